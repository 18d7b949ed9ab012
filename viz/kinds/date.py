"""Dates: ISO `2024-03-01` or French `01/03/2024`."""
KIND, PROPORTION = "date", 0.9


def matches(values):
    return values.str.fullmatch(r"\d{4}-[01]\d-[0-3]\d|[0-3]\d/[01]\d/\d{4}").to_numpy(dtype=bool)
