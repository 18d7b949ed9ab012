"""Figure exports: PNG and SVG through kaleido 1.x and a local Chromium, self-contained HTML without it.

kaleido cold-starts a browser for every image unless a server is running: the first image export of a process
starts `kaleido.start_sync_server()` once (about 3 s), later exports take about 0.3 s.
"""
from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio

from viz.errors import StudioError

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")

_lock = threading.Lock()
_server_started = False


class ImageExportError(StudioError, RuntimeError):
    """A PNG/SVG export that cannot run (no Chromium) or failed; `.message(lang)` says what to do."""


def chromium_path() -> str | None:
    """The Chromium (or Chrome) executable kaleido will use: $BROWSER_PATH, then PATH, then usual places."""
    env = os.environ.get("BROWSER_PATH")
    if env:
        return env if Path(env).is_file() else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in CHROMIUM_PATHS if Path(p).is_file()), None)


def chromium_available() -> bool:
    """Whether PNG/SVG exports can run on this machine."""
    return chromium_path() is not None


def _ensure_server() -> None:
    """Start kaleido's sync server once per process, on the Chromium found (MathJax off: works offline)."""
    global _server_started
    path = chromium_path()
    if path is None:
        raise ImageExportError("images.no_chromium")
    with _lock:
        if _server_started:
            return
        import kaleido
        kaleido.start_sync_server(path=path, mathjax=False, silence_warnings=True)
        _server_started = True


def _image(fig: go.Figure, fmt: str, scale: float) -> bytes:
    """Render through the running kaleido server, at the figure's own width and height."""
    _ensure_server()
    import kaleido
    layout = fig.layout
    opts = {"format": fmt, "scale": scale, "width": layout.width or 1000, "height": layout.height or 640}
    try:
        with _lock:  # the server handles one task at a time
            return bytes(kaleido.calc_fig_sync(fig.to_dict(), opts=opts))
    except Exception as exc:  # noqa: BLE001  a browser crash must not take the app down
        raise ImageExportError("images.failed", error=str(exc)[:200]) from exc


def to_png(fig: go.Figure, scale: float = 2) -> bytes:
    """PNG bytes (scale 2 = twice the figure's width and height in pixels, for sharp print)."""
    return _image(fig, "png", scale)


def to_svg(fig: go.Figure) -> bytes:
    """SVG bytes (text stays text, for editing in Inkscape or Illustrator)."""
    return _image(fig, "svg", 1)


def to_html(fig: go.Figure, title: str | None = None, alt: str | None = None, table_html: str = "") -> bytes:
    """A self-contained HTML page: plotly.js inlined, readable offline, no Chromium needed; with `alt`, the
    chart's alternative text (escaped) and `table_html` (an already escaped data table) follow the chart."""
    from html import escape
    text = pio.to_html(fig, include_plotlyjs=True, full_html=True, config={"displaylogo": False})
    if title:
        text = text.replace("<head>", f"<head><title>{escape(title)}</title>", 1)
    if alt:
        extra = (f'<section style="font-family: sans-serif; max-width: 60rem"><p id="alt-text">{escape(alt)}</p>'
                 f"{table_html}</section>")
        text = text.replace("<body>", '<body><div role="figure" aria-describedby="alt-text">', 1)
        text = text.replace("</body>", f"</div>{extra}</body>", 1)
    return text.encode("utf-8")


def write(fig: go.Figure, path: str | Path, scale: float = 2) -> Path:
    """Write the figure by the file's suffix (.html, .png, .svg); raise ValueError on another suffix."""
    out = Path(path)
    suffix = out.suffix.lower()
    writers = {".html": to_html, ".htm": to_html, ".png": lambda f: to_png(f, scale), ".svg": to_svg}
    if suffix not in writers:
        raise ValueError(suffix)
    out.write_bytes(writers[suffix](fig))
    return out
