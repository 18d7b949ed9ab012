"""Dates: ISO `2024-03-01`, French `01/03/2024`, `20030502`, `2003.05.02`, `13 février 1996`; real dates only."""
from viz.kinds._dates import valid_dates

KIND, PROPORTION = "date", 0.9


def matches(values, name=None):
    return valid_dates(values)
