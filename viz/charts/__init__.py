"""Charts: one module per chart kind, each a spec dataclass (the user's choices) plus a pure build(table, spec)."""
