"""Codes made of digits that must stay text: some values have leading zeros (`011`, `001`)."""
KIND, PROPORTION = "code", 0.9


def matches(values):
    digits = values.str.fullmatch(r"[0-9]+")
    if not (values.str.match(r"0[0-9]") & digits).any():
        return (digits & False).to_numpy(dtype=bool)
    return digits.to_numpy(dtype=bool)
