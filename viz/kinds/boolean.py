"""Yes/no values: oui/non, true/false, vrai/faux, yes/no, o/n/y; `0`/`1` only when the name says boolean
(`est_gratuit`, `is_open`, `has_wifi`, `bool…`, `flag…`)."""
from viz.kinds._names import words

KIND, PROPORTION = "boolean", 1.0
WORDS = ["oui", "non", "true", "false", "vrai", "faux", "yes", "no", "o", "n", "y"]
_PREFIX = {"est", "is", "has", "a", "avec"}
_ANY = {"bool", "boolean", "booleen", "flag", "indicateur", "ouinon"}


def matches(values):
    tokens = words(values.name)
    low = values.str.lower()
    ok = low.isin(WORDS)
    if tokens and (tokens[0] in _PREFIX and len(tokens) > 1 or _ANY & set(tokens)):
        ok |= low.isin(["0", "1"])
    return ok.to_numpy(dtype=bool)
