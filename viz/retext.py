"""Regex pieces that mean the same in Python's `re` and in RE2 (pyarrow), so pandas keeps its Arrow path.

pandas 3 sends `\\d`, `\\s`, `\\w`, `\\b` and `\\uXXXX` patterns on accented text to Python's `re`, one value at a time.
Patterns of the kinds and numbers write `[0-9]` for a digit and SPACE for a blank: the literal characters that
Python's `\\s` matches (str.isspace), which RE2 reads as themselves.
"""
from __future__ import annotations

SPACE_CHARS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
SPACE = f"[{SPACE_CHARS}]"
