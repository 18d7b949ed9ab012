"""The streaming options of `inspect` and `check`, and the switch between the in-memory and the streaming path."""
from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from viz.big import CHUNK_ROWS, STREAM_BYTES, should_stream
from viz.i18n import t

if TYPE_CHECKING:
    from viz.big.stream import Stream


def add_stream_options(parser: argparse.ArgumentParser) -> None:
    """`--stream` forces the chunked read; `--chunk-rows` sets the chunk size (tests use tiny chunks)."""
    mb = STREAM_BYTES // (1024 * 1024)
    parser.add_argument("--stream", action="store_true",
                        help=f"lire le fichier CSV par morceaux, sans le charger en mémoire (automatique au-delà de {mb} Mo)")
    parser.add_argument("--chunk-rows", type=int, default=CHUNK_ROWS, help=argparse.SUPPRESS)
    parser.add_argument("--block-bytes", type=int, default=1 << 20, help=argparse.SUPPRESS)


def stream_for(args: argparse.Namespace) -> Stream | None:
    """The Stream of `args.file` when it is to be streamed (forced, or a CSV over STREAM_BYTES), else None."""
    if not should_stream(args.file, force=args.stream):
        return None
    from viz.big.stream import open_stream
    from viz.commands import load_options
    stream = open_stream(args.file, load_options(args).csv, chunk_rows=max(1, args.chunk_rows),
                         block_bytes=max(1 << 10, args.block_bytes))
    return stream


def say_streaming(stream: Stream, command: str, lang: str = "fr") -> None:
    """Tell the person (stderr) that the file is streamed and what that changes for this command."""
    from viz.fmt import number
    size_bytes = stream.info.size_bytes
    size = number(size_bytes / 1e6, lang, 0 if size_bytes >= 1e7 else 1 if size_bytes >= 1e6 else 2)
    print(t("bigfile.streaming", lang, size_mb=size, chunk=number(stream.chunk_rows, lang, 0)), file=sys.stderr)
    print(t(f"bigfile.limits.{command}", lang), file=sys.stderr)
