"""Whole numbers without sign `+` or leading zeros (codes with leading zeros are `code`), at most 18 digits."""
KIND, PROPORTION = "integer", 0.95


def matches(values):
    text = values.str.replace(r"[\s\u00a0\u202f]", "", regex=True)
    return text.str.fullmatch(r"-?(0|[1-9]\d{0,17})").to_numpy(dtype=bool)
