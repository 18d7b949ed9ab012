"""Yes/no values: oui/non, true/false, vrai/faux, yes/no (0/1 only when the name does not say code)."""
KIND, PROPORTION = "boolean", 1.0


def matches(values):
    low = values.str.lower()
    words = low.isin(["oui", "non", "true", "false", "vrai", "faux", "yes", "no", "o", "n"])
    return words.to_numpy(dtype=bool)
