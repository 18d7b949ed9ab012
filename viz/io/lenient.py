"""Codec names pyarrow's decoding can use so a byte the encoding lacks (0x81, 0x8D, 0x8F, 0x90, 0x9D in cp1252)
becomes `�` instead of stopping the read: the mojibake check then names the cell, with its row.

pyarrow decodes a non-UTF-8 stream through Python's incremental decoder for the encoding's name, strictly;
`viz-lenient-cp1252` is cp1252 whose decoder always replaces.
"""
from __future__ import annotations

import codecs
import threading

_PREFIX = "viz_lenient_"  # codec names are looked up lower case, `-` turned into `_`
_LOCK = threading.Lock()
_registered = False


def _search(name: str) -> codecs.CodecInfo | None:
    if not name.startswith(_PREFIX):
        return None
    base = codecs.lookup(name[len(_PREFIX):])

    class Decoder(base.incrementaldecoder):  # type: ignore[name-defined, misc]
        def __init__(self, errors: str = "strict") -> None:
            super().__init__("replace")

    def decode(data: bytes, errors: str = "strict") -> tuple[str, int]:
        return base.decode(data, "replace")
    return codecs.CodecInfo(base.encode, decode, name=name, incrementalencoder=base.incrementalencoder,
                            incrementaldecoder=Decoder)


def lenient(encoding: str) -> str:
    """The name of `encoding` decoding with replacement (UTF-8 is left to pyarrow's own check)."""
    global _registered
    if encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig"):
        return encoding
    with _LOCK:
        if not _registered:
            codecs.register(_search)
            _registered = True
    return f"viz-lenient-{encoding}"
