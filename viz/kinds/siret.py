"""SIRET: 14 digits (spaces allowed, as often published: `123 456 789 00012`)."""
KIND, PROPORTION = "siret", 0.9


def matches(values):
    return values.str.replace(r"[\s\u00a0]", "", regex=True).str.fullmatch(r"\d{14}").to_numpy(dtype=bool)
