"""Commune INSEE code: 5 characters, digits or 2A/2B + 3 digits (Corsica)."""
KIND, PROPORTION = "code_insee", 0.9


def matches(values):
    return values.str.upper().str.fullmatch(r"\d{5}|2[AB]\d{3}").to_numpy(dtype=bool)
