"""Yes/no values: oui/non, true/false, vrai/faux, yes/no, o/n/y; `0`/`1` only when the name says boolean
(`est_gratuit`, `is_open`, `has_wifi`, `bool…`, `flag…`)."""
import pyarrow.compute as pc

from viz.kinds._arrow import arrow, isin, name_of
from viz.kinds._names import words

KIND, PROPORTION = "boolean", 1.0
WORDS = ["oui", "non", "true", "false", "vrai", "faux", "yes", "no", "o", "n", "y"]
_WORDS, _BITS = frozenset(WORDS), frozenset({"0", "1"})
_PREFIX = {"est", "is", "has", "a", "avec"}
_ANY = {"bool", "boolean", "booleen", "flag", "indicateur", "ouinon"}


def says_boolean(name: object) -> bool:
    """Whether a column name announces a yes/no column (then `0`/`1` are booleans too)."""
    tokens = words(name)
    return bool(tokens) and (tokens[0] in _PREFIX and len(tokens) > 1 or bool(_ANY & set(tokens)))


def matches(values, name=None):
    low = pc.utf8_lower(arrow(values))
    ok = isin(low, _WORDS)
    if says_boolean(name_of(values, name)):
        ok |= isin(low, _BITS)
    return ok
