"""SIREN: 9 digits, when the column name says so (9-digit numbers are too common otherwise)."""
KIND, PROPORTION, NAME = "siren", 0.9, r"siren"


def matches(values):
    return values.str.replace(r"[\s\u00a0]", "", regex=True).str.fullmatch(r"\d{9}").to_numpy(dtype=bool)
