"""Figure exports: PNG and SVG through kaleido 1.x and a local Chromium, self-contained HTML without it.

kaleido cold-starts a browser for every image unless one is kept running: the first image export of a process
starts one browser in a daemon thread (about 3 s), later exports take about 0.3 s. Every wait is bounded: a
browser that cannot start or hangs gives a French message after START_SECONDS / RENDER_SECONDS.
"""
from __future__ import annotations

import atexit
import concurrent.futures
import logging
import os
import shutil
import signal
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import plotly.graph_objects as go
import plotly.io as pio

from viz.errors import StudioError

if TYPE_CHECKING:  # asyncio is imported by the image server only: an HTML export never needs it (50 ms)
    import asyncio

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")

START_SECONDS = 45.0  # a cold Chromium starts in 2-3.5 s here; beyond this it will not start
RENDER_SECONDS = 60.0  # one image renders in about 0.3 s once the browser runs

_lock = threading.Lock()
_server: "_Server | None" = None


class ImageExportError(StudioError, RuntimeError):
    """A PNG/SVG export that cannot run (no Chromium) or failed; `.message(lang)` says what to do."""


class _Server:
    """One kaleido browser per process in a daemon thread; every wait on it is bounded (never a hang), and a
    browser that cannot start becomes a French message, not a traceback."""

    def __init__(self, path: str) -> None:
        for name in ("choreographer", "kaleido", "logistro"):  # their English warnings never reach people
            logging.getLogger(name).setLevel(logging.CRITICAL + 1)
        self.path = path
        self.ready = threading.Event()
        self.error: BaseException | None = None
        self.browser: Any = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.stopping: asyncio.Event | None = None
        self.thread = threading.Thread(target=self._run, name="viz-kaleido", daemon=True)
        self.thread.start()
        atexit.register(self.stop)

    def _run(self) -> None:
        import asyncio
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # noqa: BLE001  reported to the caller in French, never printed
            self.error = exc
            self.ready.set()

    async def _serve(self) -> None:
        """Open the browser, then idle until stop(): renders are sent to this loop by render()."""
        import asyncio

        import kaleido
        self.loop, self.stopping = asyncio.get_running_loop(), asyncio.Event()
        self.browser = kaleido.Kaleido(path=self.path, mathjax=False, timeout=RENDER_SECONDS)
        async with self.browser:
            self.ready.set()
            await self.stopping.wait()

    def render(self, fig: dict, opts: dict) -> bytes:
        """The image bytes, or ImageExportError after START_SECONDS / RENDER_SECONDS."""
        if not self.ready.wait(START_SECONDS):
            self.kill()
            raise ImageExportError("safe.images.start_timeout", path=self.path, seconds=int(START_SECONDS))
        if self.error is not None or self.loop is None:
            raise ImageExportError("safe.images.no_start", path=self.path)
        import asyncio
        future = asyncio.run_coroutine_threadsafe(self.browser.calc_fig(fig, opts=opts), self.loop)
        try:
            return bytes(future.result(timeout=RENDER_SECONDS + 5))
        except concurrent.futures.TimeoutError:
            future.cancel()
            self.kill()
            raise ImageExportError("safe.images.timeout", seconds=int(RENDER_SECONDS)) from None
        except Exception as exc:  # noqa: BLE001  a browser crash must not take the app down
            raise ImageExportError("images.failed", error=str(exc)[:200]) from exc

    def kill(self) -> None:
        """End the browser process this server started (it hangs): never a stray Chromium left behind."""
        process = getattr(self.browser, "subprocess", None)
        if process is None or process.poll() is not None:
            return
        try:  # choreographer starts the browser in its own session: end the whole group, never ours
            group = os.getpgid(process.pid)
            if group != os.getpgid(0):
                os.killpg(group, signal.SIGKILL)
            else:
                process.kill()
        except (OSError, AttributeError):
            process.kill()

    def stop(self) -> None:
        """Close the browser at exit, waiting a few seconds at most."""
        if self.loop is not None and self.stopping is not None and not self.loop.is_closed():
            try:
                self.loop.call_soon_threadsafe(self.stopping.set)
            except RuntimeError:  # the loop closed meanwhile
                return
            self.thread.join(timeout=5)


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


def _image(fig: go.Figure, fmt: str, scale: float) -> bytes:
    """Render through the process's browser (started on first use), at the figure's own width and height;
    a browser that failed is dropped, so the next export tries a fresh one."""
    global _server
    path = chromium_path()
    if path is None:
        raise ImageExportError("images.no_chromium")
    layout = fig.layout
    opts = {"format": fmt, "scale": scale, "width": layout.width or 1000, "height": layout.height or 640}
    with _lock:  # the browser handles one task at a time
        if _server is None or _server.path != path:
            _server = _Server(path)
        try:
            return _server.render(fig.to_dict(), opts)
        except ImageExportError:
            _server = None
            raise


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
    from viz.export.tables import write_bytes
    return write_bytes(out, writers[suffix](fig))
