"""A small fake HTTP server on 127.0.0.1 for tests: register routes, start it on a free port, assert on requests.

    with FakeServer() as server:
        server.route("/data.csv", Response.file(b"a;b\\n1;2\\n", "data.csv", "text/csv"))
        server.route("/search", lambda req: Response.json({"q": req.args.get("q")}))
        server.route(re.compile(r"/datasets/r/[0-9a-f-]+"), Response.redirect("/data.csv"))
        viz.io.load(server.url("/data.csv"), allow_private=True)
        assert server.requests[-1].path == "/data.csv"

or use the `fake_server` fixture (`from tests.fakeserver import fake_server`). Each answer closes its
connection (HTTP/1.0), so a body sent without Content-Length simply ends when the socket closes.
"""
from __future__ import annotations

import email.parser
import email.policy
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterator, Union
from urllib.parse import parse_qs, urlsplit

import pytest


@dataclass
class Request:
    """What the server received: method, path, query arguments (first value), headers, body."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    @property
    def args(self) -> dict[str, str]:
        """Query arguments, first value of each."""
        return {k: v[0] for k, v in self.query.items()}

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)

    def form(self) -> dict[str, bytes]:
        """A multipart/form-data body as {field name: raw bytes} (file fields included)."""
        head = f"Content-Type: {self.headers.get('content-type', '')}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + self.body)
        return {part.get_param("name", header="content-disposition"): part.get_payload(decode=True)
                for part in message.iter_parts()}


@dataclass
class Response:
    """An answer: status, body, headers; `delay` seconds before answering; `chunks` streamed without length."""

    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/plain; charset=utf-8"
    delay: float = 0.0
    chunks: list[bytes] | None = None
    content_length: int | None = None

    @classmethod
    def json(cls, payload: Any, status: int = 200) -> "Response":
        """A JSON answer."""
        return cls(status, json.dumps(payload, ensure_ascii=False).encode(), content_type="application/json")

    @classmethod
    def file(cls, data: bytes, filename: str | None = None, content_type: str = "application/octet-stream",
             **kwargs: Any) -> "Response":
        """A file download, with a Content-Disposition attachment name when given."""
        headers = {"Content-Disposition": f'attachment; filename="{filename}"'} if filename else {}
        return cls(200, data, headers=headers, content_type=content_type, **kwargs)

    @classmethod
    def redirect(cls, location: str, status: int = 302) -> "Response":
        """A redirect to `location` (absolute or relative)."""
        return cls(status, b"", headers={"Location": location})

    @classmethod
    def html(cls, text: str, status: int = 200) -> "Response":
        """A web page."""
        return cls(status, text.encode(), content_type="text/html; charset=utf-8")


Handler = Callable[[Request], Union[Response, bytes, str, dict, list]]
Route = Union[str, "re.Pattern[str]"]


def _as_response(value: Response | bytes | str | dict | list) -> Response:
    """Let handlers return a Response, raw bytes/text, or JSON-able data."""
    if isinstance(value, Response):
        return value
    if isinstance(value, (dict, list)):
        return Response.json(value)
    return Response(body=value)


class FakeServer:
    """Routes (exact path or compiled regex, per method) answered from a thread on a free local port."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.routes: list[tuple[str, Route, Handler]] = []
        self.requests: list[Request] = []
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def route(self, path: Route, answer: Response | Handler | None = None,
              methods: tuple[str, ...] = ("GET",)) -> Any:
        """Register a fixed Response or a handler(Request) for a path; usable as a decorator."""
        def register(target: Response | Handler) -> Response | Handler:
            handler = (lambda _req: target) if isinstance(target, Response) else target
            for method in methods:
                self.routes.insert(0, (method.upper(), path, handler))  # latest registration wins
            return target
        return register(answer) if answer is not None else register

    def url(self, path: str = "/") -> str:
        """Absolute URL of a path on this server."""
        return f"{self.base_url}{path}"

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT"""
        if self._httpd is None:
            raise RuntimeError("FakeServer not started")
        return f"http://{self.host}:{self._httpd.server_address[1]}"

    @property
    def port(self) -> int:
        """The free port the server listens on."""
        return int(self.base_url.rsplit(":", 1)[1])

    def find(self, method: str, path: str) -> Handler | None:
        """The handler for a request, or None (answered 404)."""
        for route_method, route, handler in self.routes:
            if route_method != method:
                continue
            if (route.fullmatch(path) if isinstance(route, re.Pattern) else route == path):
                return handler
        return None

    def start(self) -> "FakeServer":
        """Listen on a free port and serve from a daemon thread."""
        self._httpd = ThreadingHTTPServer((self.host, 0), _make_handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Wake sleeping handlers, stop serving and close the socket."""
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> "FakeServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _make_handler(server: FakeServer) -> type[BaseHTTPRequestHandler]:
    """A request handler class bound to one FakeServer."""

    class _Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            request = Request(self.command, parts.path, parse_qs(parts.query, keep_blank_values=True),
                              {k.lower(): v for k, v in self.headers.items()},
                              self.rfile.read(length) if length else b"")
            server.requests.append(request)
            handler = server.find(self.command, parts.path)
            response = _as_response(handler(request)) if handler else Response(404, b"not found")
            if response.delay and server._stopping.wait(response.delay):
                return
            self._write(response)

        def _write(self, response: Response) -> None:
            body = response.body.encode() if isinstance(response.body, str) else response.body
            try:
                self.send_response(response.status)
                self.send_header("Content-Type", response.content_type)
                for name, value in response.headers.items():
                    self.send_header(name, value)
                if response.chunks is None:
                    length = response.content_length if response.content_length is not None else len(body)
                    self.send_header("Content-Length", str(length))
                self.end_headers()
                if self.command == "HEAD":
                    return
                for chunk in response.chunks if response.chunks is not None else [body]:
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout, size cap): expected in tests

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _serve

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return _Handler


@pytest.fixture
def fake_server() -> Iterator[FakeServer]:
    """A started FakeServer, stopped after the test."""
    with FakeServer() as server:
        yield server
