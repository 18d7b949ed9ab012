"""Date and time, ISO 8601 (`2024-03-01T14:00`, `2024-03-01 14:00:00`)."""
KIND, PROPORTION = "datetime", 0.9


def matches(values):
    return values.str.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?").to_numpy(dtype=bool)
