"""Regex pieces that mean the same in Python's `re` and in RE2 (pyarrow), so pandas keeps its Arrow path.

pandas 3 sends `\\d`, `\\s`, `\\w`, `\\b` and `\\uXXXX` patterns on accented text to Python's `re`, one value at a time.
Patterns of the kinds and numbers write `[0-9]` for a digit and SPACE for a blank: the literal characters that
Python's `\\s` matches (str.isspace), which RE2 reads as themselves.
"""
from __future__ import annotations

# Every character for which str.isspace() is true (none above U+3000), written out: computing it scanned 12,289
# code points at every start-up (tests/test_cli_startup.py checks it against str.isspace).
SPACE_CHARS = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
               "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
SPACE = f"[{SPACE_CHARS}]"
