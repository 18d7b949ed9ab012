"""Files too large to hold in memory: read in chunks with pyarrow's streaming CSV reader, inspected and checked
chunk by chunk with the same per-column functions as the in-memory path (`viz.big.stream`, `profile`, `check`)."""
from __future__ import annotations

from pathlib import Path

STREAM_BYTES = 200 * 1024 * 1024  # CSV files above this are streamed by inspect and check (= viz.io.MAX_BYTES)
CHUNK_ROWS = 500_000  # rows checked at once: about 0.6 GB of working memory for 12 columns (1,000,000: 0.9 GB)


def should_stream(source: str, force: bool = False) -> bool:
    """True when `source` is a local file to stream: forced, or a CSV larger than STREAM_BYTES."""
    if source.startswith(("http://", "https://")):
        return False
    path = Path(source)
    try:
        if not path.is_file():
            return False
        size = path.stat().st_size
    except OSError:
        return False
    if not force and size <= STREAM_BYTES:
        return False
    with open(path, "rb") as handle:
        head = handle.read(4096)
    from viz.io import _format_of
    try:
        return _format_of(head, path.name) == "csv"
    except Exception:  # noqa: BLE001  (a binary head: the ordinary reader says what it is)
        return False
