"""Shared helpers of the sample generators: seeded randomness, French money, SIRET, CSV bytes."""
from __future__ import annotations

import csv
import io
import math
import random

NBSP = "\u00a0"
SEED = 20250101


def rng(name: str) -> random.Random:
    """One independent, stable random stream per sample file (Python's Mersenne Twister never changes)."""
    return random.Random(f"{SEED}-{name}")


def money_fr(cents: int, thousands: str = NBSP, with_thousands: bool = True) -> str:
    """`1234567` cents -> `12 345,67` (French decimal comma, NBSP thousands)."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    text = f"{euros:,}".replace(",", thousands) if with_thousands else str(euros)
    return f"{sign}{text},{rest:02d}"


def luhn_ok(digits: str) -> bool:
    """True when the digit string passes the Luhn check (SIREN and SIRET use it)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    """Append the check digit that makes `prefix + digit` pass the Luhn check."""
    for digit in "0123456789":
        if luhn_ok(prefix + digit):
            return prefix + digit
    raise AssertionError("unreachable")


def siret(r: random.Random, first: str | None = None) -> str:
    """A Luhn-valid SIRET whose SIREN is Luhn-valid too (fictional numbers)."""
    head = first if first is not None else str(r.randint(3, 8))
    siren = luhn_complete(head + "".join(str(r.randint(0, 9)) for _ in range(7)))
    return luhn_complete(siren + f"{r.randint(1, 60):04d}")


def lognormal_weights(r: random.Random, n: int, sigma: float) -> list[float]:
    """n positive weights with a heavy tail, summing to 1."""
    raw = [math.exp(r.gauss(0.0, sigma)) for _ in range(n)]
    total = sum(raw)
    return [w / total for w in raw]


def csv_text(header: list[str], rows: list[list[str]], sep: str, newline: str) -> str:
    """Rows as CSV text, quoting only where needed (as spreadsheet exports do)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=sep, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()
