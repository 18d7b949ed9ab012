"""Patterns RE2 refuses (lookahead, backreferences), run with a time limit per column.

RE2 (through pyarrow) runs in linear time but refuses `(?=…)`, `(?!…)`, `(?<=…)` and `\\1`. Those patterns are
legitimate in a Table Schema and frictionless runs them with Python's backtracking engine, so they are not
refused here: they run through the `regex` module (compatible with `re`) whose matches accept a timeout.
A column gets PATTERN_SECONDS plus PER_VALUE_SECONDS per distinct value; values not checked in time are
counted and said, never silently passed.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import regex

from viz import fmt
from viz.findings import Finding

PATTERN_SECONDS = 2.0  # a column's budget, plus PER_VALUE_SECONDS for each distinct value
PER_VALUE_SECONDS = 50e-6  # an honest value takes 5-20 µs with a timeout (its clock costs): never cut short
# Per value: honest values match in microseconds; `regex` checks its clock coarsely (a 0.1 s timeout fires after
# about 0.45 s here), so one value may overshoot the column's budget by that much at most.
VALUE_SECONDS = 0.1


@dataclass
class SlowResult:
    """Distinct values that break the pattern, and how many distinct values could not be checked in time."""

    bad: list[str]
    unchecked: list[str]
    seconds: float = PATTERN_SECONDS


def compile_pattern(pattern: str) -> regex.Pattern:
    """The pattern, matched on whole values as viz.checks.schema does (re-compatible VERSION0); regex.error
    when invalid."""
    return regex.compile(f"(?:{pattern})", flags=regex.VERSION0)


def check_values(values: list[str], pattern: str, seconds: float | None = None) -> SlowResult:
    """Match every distinct value against the whole pattern within `seconds` in all (default: the column's
    budget for that many values)."""
    compiled = compile_pattern(pattern)
    seconds = PATTERN_SECONDS + PER_VALUE_SECONDS * len(values) if seconds is None else seconds
    deadline = time.monotonic() + seconds
    bad: list[str] = []
    unchecked: list[str] = []
    for i, value in enumerate(values):
        left = deadline - time.monotonic()
        if left <= 0:
            return SlowResult(bad, unchecked + values[i:], seconds)
        try:
            if compiled.fullmatch(value, timeout=min(left, VALUE_SECONDS)) is None:
                bad.append(value)
        except TimeoutError:
            unchecked.append(value)
    return SlowResult(bad, unchecked, seconds)


def timed_pattern(arr: pa.Array, pattern: str, field: dict, out: list[Finding]) -> np.ndarray:
    """Mask of the cells breaking `pattern`; a `schema.pattern-timeout` warning in `out` for cells not reached."""
    from viz.checks.schema_report import simple_finding
    uniques = [v for v in pc.unique(arr).to_pylist() if v is not None]
    try:
        result = check_values(uniques, pattern)
    except regex.error as exc:
        out.append(simple_finding("invalid-pattern", field["name"], [], count=0, error=str(exc)))
        return np.zeros(len(arr), dtype=bool)
    bad = pc.is_in(arr, value_set=pa.array(result.bad, type=arr.type)).to_numpy(zero_copy_only=False)
    if result.unchecked:
        skipped = pc.is_in(arr, value_set=pa.array(result.unchecked, type=arr.type)).to_numpy(zero_copy_only=False)
        out.append(simple_finding("pattern-timeout", field["name"], [], severity="warning",
                                  count=int(skipped.sum()), seconds=fmt.number(result.seconds, "fr", 1),
                                  seconds_en=fmt.number(result.seconds, "en", 1), pattern=pattern))
    return bad
