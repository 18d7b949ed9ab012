"""Column names that never collide: a repeated name gets `_2`, `_3`... skipping every name already taken."""
from __future__ import annotations

from collections.abc import Iterable


def unique_names(names: Iterable[str]) -> list[str]:
    """First occurrences keep their name; later ones get the first free `name_k` (k >= 2).

    Names given by the file are reserved first, so `a;a;a_2;b` becomes `a, a_3, a_2, b`, never two `a_2`.
    """
    names = list(names)
    taken = set(names)
    seen: set[str] = set()
    next_k: dict[str, int] = {}
    out = []
    for name in names:
        if name not in seen:
            seen.add(name)
            out.append(name)
            continue
        k = next_k.get(name, 2)
        while f"{name}_{k}" in taken:
            k += 1
        next_k[name] = k + 1
        new = f"{name}_{k}"
        taken.add(new)
        seen.add(new)
        out.append(new)
    return out
