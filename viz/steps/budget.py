"""Step op of the budget capability: TOTEM lines rewritten in the SCDL budget form (viz.budget_scdl)."""
from __future__ import annotations

import pandas as pd

from viz.steps.base import Step
from viz.steps.registry import step_op

OP = "convert_scdl_budget"


@step_op(OP)
def convert_scdl_budget(table: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Replace the TOTEM lines by their SCDL budget form (context fallbacks in the step's params)."""
    from viz.budget_scdl import to_scdl_budget
    return to_scdl_budget(table, None, **{k: str(v) for k, v in step.options.items()})
