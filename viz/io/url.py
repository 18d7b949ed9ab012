"""Download a data file from a web address safely, and resolve open-data portal pages to their files.

Safety: only http(s); every resolved address of every hop (redirects are followed here, at most
five) must be public unless private addresses are allowed; the connection goes to the address
that was checked (no second DNS lookup); connect and read time out; the body is capped.
"""
from __future__ import annotations

import email.message
import email.utils
import http.client
import ipaddress
import json
import os
import re
import socket
import ssl
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator
from urllib.parse import SplitResult, quote, unquote, urljoin, urlsplit

from viz.i18n import t
from viz.io import MAX_BYTES
from viz.io.errors import LoadError

USER_AGENT = "studio-valorisation-donnees-ouvertes/0.1 (python; import de fichiers de données publiques)"
MAX_REDIRECTS = 5
TABULAR_FORMATS = ("csv", "xlsx", "ods", "json", "geojson", "xml")
ENV_ALLOW_PRIVATE = "VIZ_ALLOW_PRIVATE_URLS"
_REDIRECT_STATUSES = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024
_FALLBACK_NAME = "telechargement"
# the page looked like a portal's but its API did not answer like one: treat the URL as a direct link
_NOT_A_PORTAL = {"url.http_404", "url.http_denied", "url.http_error", "url.html", "url.bad_api"}

_UDATA_PAGE = re.compile(r"^(?:/[a-z]{2})?/datasets/(?P<slug>[^/]+)/?$")
_UDATA_API = re.compile(r"^/api/1/datasets/(?P<slug>[^/]+)/?$")
_CKAN_PAGE = re.compile(r"^(?P<prefix>(?:/[^/]+)*?)/dataset/(?P<name>[^/]+)(?:/resource/(?P<rid>[^/]+))?/?$")


@dataclass(frozen=True)
class Resource:
    """One downloadable file of a dataset page (or the file a direct link points to)."""

    title: str
    url: str
    format: str = ""
    size: int | None = None
    description: str = ""

    @property
    def tabular(self) -> bool:
        """True when the studio can read this format as a table."""
        return self.format in TABULAR_FORMATS


# --- address policy -------------------------------------------------------------------------

def private_allowed(allow_private: bool = False) -> bool:
    """Private addresses are allowed by the caller or by VIZ_ALLOW_PRIVATE_URLS=1 (test servers)."""
    return allow_private or os.environ.get(ENV_ALLOW_PRIVATE, "") == "1"


def is_public_address(address: str) -> bool:
    """False for private, loopback, link-local, multicast, reserved or unspecified addresses."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
                or ip.is_reserved or ip.is_unspecified or not ip.is_global)


def _resolve_host(url: str, host: str, port: int) -> list[str]:
    """Every address the host name resolves to (an IP literal resolves to itself, offline)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise LoadError("url.dns", url=url, host=host) from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise LoadError("url.dns", url=url, host=host)
    return addresses


def _check_target(url: str, allowed: bool, trusted: set[str], source: str | None) -> tuple[SplitResult, str]:
    """Validate scheme and every resolved address of one hop; return the parts and the address to use.

    With private addresses allowed, the first URL may be private (its addresses become trusted), but a
    redirect may only reach a private address the first URL already had: no hop into another network.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        if source is not None:
            raise LoadError("url.redirect_scheme", url=source, target=url)
        if not scheme:
            raise LoadError("url.no_scheme", url=url)
        raise LoadError("url.scheme", url=url, scheme=f"{scheme}://")
    try:
        host, port = parts.hostname, parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:
        raise LoadError("url.no_host", url=url) from exc
    if not host:
        raise LoadError("url.no_host", url=url)
    addresses = _resolve_host(url, host, port)
    for address in addresses:
        if is_public_address(address):
            continue
        if allowed and (source is None or address in trusted):
            trusted.add(address)
            continue
        if source is not None:
            raise LoadError("url.redirect_private", url=source, target=url, address=address)
        raise LoadError("url.private", url=url, address=address)
    return parts, addresses[0]


# --- one HTTP exchange, pinned to the checked address ----------------------------------------

class _PinnedHTTPConnection(http.client.HTTPConnection):
    """HTTP to a fixed, already checked address; the Host header keeps the host name."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to a fixed, already checked address; certificate and SNI checked against the host name."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


@contextmanager
def _network_errors(url: str, timeout: float) -> Iterator[None]:
    """Turn socket, TLS and protocol failures into LoadErrors naming the URL and what happened."""
    try:
        yield
    except LoadError:
        raise
    except ssl.SSLError as exc:
        raise LoadError("url.tls", url=url, error=getattr(exc, "reason", None) or str(exc)) from exc
    except TimeoutError as exc:
        raise LoadError("url.timeout", url=url, seconds=f"{timeout:g}") from exc
    except ConnectionRefusedError as exc:
        raise LoadError("url.refused", url=url) from exc
    except http.client.HTTPException as exc:
        raise LoadError("url.protocol", url=url, error=type(exc).__name__) from exc
    except OSError as exc:
        raise LoadError("url.network", url=url, error=exc.strerror or str(exc)) from exc


def _request_target(parts: SplitResult) -> str:
    """Path and query, percent-encoded where needed (accents, spaces) and never empty."""
    safe = "/%:@!$&'()*+,;=-._~"
    target = quote(parts.path or "/", safe=safe)
    if parts.query:
        target += "?" + quote(parts.query, safe=safe + "?")
    return target


def _open(parts: SplitResult, address: str, timeout: float) -> tuple[http.client.HTTPConnection,
                                                                      http.client.HTTPResponse]:
    """Send one GET to the checked address and return the connection and its response headers."""
    https = parts.scheme.lower() == "https"
    port = parts.port or (443 if https else 80)
    cls = _PinnedHTTPSConnection if https else _PinnedHTTPConnection
    conn = cls(parts.hostname or "", port, address, timeout)
    try:
        conn.request("GET", _request_target(parts), headers={
            "User-Agent": USER_AGENT, "Accept": "*/*", "Accept-Encoding": "identity"})
        return conn, conn.getresponse()
    except BaseException:
        conn.close()
        raise


def _raise_for_status(url: str, response: http.client.HTTPResponse) -> None:
    """A French message for 4xx and 5xx answers."""
    status, reason = response.status, response.reason or ""
    if status < 400:
        return
    if status in (404, 410):
        raise LoadError("url.http_404", url=url)
    if status in (401, 403):
        raise LoadError("url.http_denied", url=url, status=status)
    if status >= 500:
        raise LoadError("url.http_server", url=url, status=status, reason=reason)
    raise LoadError("url.http_error", url=url, status=status, reason=reason)


# --- body, size and name ---------------------------------------------------------------------

def _human_size(n: int, lang: str) -> str:
    """`800 octets`, `1,5 Mo` for messages (binary multiples, as file managers show them)."""
    from viz.fmt import number
    for key, power in (("url.unit.gb", 3), ("url.unit.mb", 2), ("url.unit.kb", 1)):
        if n >= 1024 ** power:
            return t(key, lang, n=number(n / 1024 ** power, lang, 1))
    return t("url.unit.bytes", lang, n=number(n, lang, 0))


def _size_params(name: str, n: int) -> dict[str, str]:
    """`{name}_fr` and `{name}_en` parameters so each language gets its own units."""
    return {f"{name}_fr": _human_size(n, "fr"), f"{name}_en": _human_size(n, "en")}


def _looks_html(head: bytes, declared_html: bool) -> bool:
    """A web page: starts with <!doctype html / <html, or any markup when the server says text/html."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:64].lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return True
    return declared_html and start.startswith(b"<") and not start.startswith(b"<?xml")


def _read_body(url: str, response: http.client.HTTPResponse, max_bytes: int) -> bytes:
    """Stream the body, refusing it as soon as it passes max_bytes or turns out to be a web page."""
    declared = response.getheader("Content-Length")
    if declared and declared.strip().isdigit() and int(declared) > max_bytes:
        raise LoadError("url.too_big_declared", url=url, **_size_params("size", int(declared)),
                        **_size_params("cap", max_bytes))
    declared_html = "text/html" in (response.getheader("Content-Type") or "").lower()
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = response.read(_CHUNK)
        if not chunk:
            break
        if not chunks and _looks_html(chunk, declared_html):
            raise LoadError("url.html", url=url)
        total += len(chunk)
        if total > max_bytes:
            raise LoadError("url.too_big", url=url, **_size_params("cap", max_bytes))
        chunks.append(chunk)
    return b"".join(chunks)


def _filename(response: http.client.HTTPResponse, url: str) -> str:
    """Name from Content-Disposition (filename* too), else the last part of the URL path."""
    name = ""
    disposition = response.getheader("Content-Disposition")
    if disposition:
        message = email.message.Message()
        message["Content-Disposition"] = disposition
        values = [v for k, v in message.get_params([], header="content-disposition") if k == "filename"]
        values.sort(key=lambda v: not isinstance(v, tuple))  # filename* (RFC 6266) before filename
        name = email.utils.collapse_rfc2231_value(values[0]) if values else ""
    if not name:
        name = unquote(urlsplit(url).path)
    name = name.replace("\\", "/").rsplit("/", 1)[-1].strip().lstrip(".")
    return name or _FALLBACK_NAME


def fetch_url(url: str, allow_private: bool = False, timeout: float = 20,
              max_bytes: int = MAX_BYTES) -> tuple[bytes, str, str]:
    """Download one file: (data, filename, final URL after redirects); LoadError in French otherwise."""
    allowed = private_allowed(allow_private)
    trusted: set[str] = set()
    current, source = url.strip(), None
    for _hop in range(MAX_REDIRECTS + 1):
        parts, address = _check_target(current, allowed, trusted, source)
        with _network_errors(current, timeout):
            conn, response = _open(parts, address, timeout)
            try:
                if response.status in _REDIRECT_STATUSES:
                    location = response.getheader("Location")
                    if not location:
                        raise LoadError("url.redirect_no_location", url=current, status=response.status)
                    current, source = urljoin(current, location.strip()), current
                    continue
                _raise_for_status(current, response)
                data = _read_body(current, response, max_bytes)
                return data, _filename(response, current), current
            finally:
                conn.close()
    raise LoadError("url.too_many_redirects", url=url, max=MAX_REDIRECTS)


# --- dataset pages (data.gouv.fr / udata, CKAN) -------------------------------------------------

def _format_of(declared: object, url: str) -> str:
    """Lower-case format without dot; guessed from the URL's extension when the portal gives none."""
    fmt = str(declared or "").strip().lower().lstrip(".")
    if not fmt:
        tail = unquote(urlsplit(url).path).rsplit("/", 1)[-1]
        fmt = tail.rsplit(".", 1)[-1].lower() if "." in tail else ""
    return fmt


def _size_of(value: object) -> int | None:
    """A byte count from the portal (int, numeric text) or None."""
    try:
        size = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return size if size >= 0 else None


def _api_url(url: str) -> tuple[str, str, str] | None:
    """(kind, API URL, resource id) for a data.gouv.fr-like (udata) or CKAN page, on the page's own host."""
    parts = urlsplit(url)
    base = f"{parts.scheme}://{parts.netloc}"
    path = unquote(parts.path)
    match = _UDATA_PAGE.match(path) or _UDATA_API.match(path)
    if match and match["slug"] != "r":
        return "udata", f"{base}/api/1/datasets/{quote(match['slug'])}/", ""
    match = _CKAN_PAGE.match(path)
    if match:
        api = f"{base}{match['prefix']}/api/3/action/package_show?id={quote(match['name'])}"
        return "ckan", api, match["rid"] or ""
    return None


def _api_json(page: str, api: str, allow_private: bool) -> dict:
    """Download and parse a portal's JSON answer."""
    data, _name, _final = fetch_url(api, allow_private=allow_private)
    try:
        payload = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise LoadError("url.bad_api", url=page, api=api) from exc
    if not isinstance(payload, dict):
        raise LoadError("url.bad_api", url=page, api=api)
    return payload


def _resources_from(kind: str, payload: dict, page: str, api: str, first_id: str = "") -> list[Resource]:
    """Resources of a udata dataset (resources[]) or CKAN package (result.resources[]): the page's own
    resource (CKAN /resource/<id>) first, then tabular ones, then the rest in the portal's order."""
    if kind == "ckan":
        payload = payload.get("result") if payload.get("success", True) else None
    items = payload.get("resources") if isinstance(payload, dict) else None
    if not isinstance(items, list):
        raise LoadError("url.bad_api", url=page, api=api)
    ranked: list[tuple[bool, bool, int, Resource]] = []
    for position, item in enumerate(items):
        if not isinstance(item, dict) or not item.get("url"):
            continue
        link = urljoin(page, str(item["url"]).strip())
        title = item.get("title") if kind == "udata" else item.get("name")
        size = item.get("filesize") if kind == "udata" else item.get("size")
        resource = Resource(title=str(title or "").strip() or link.rsplit("/", 1)[-1], url=link,
                            format=_format_of(item.get("format"), link), size=_size_of(size),
                            description=str(item.get("description") or "").strip())
        chosen = bool(first_id) and str(item.get("id")) == first_id
        ranked.append((not chosen, not resource.tabular, position, resource))
    return [r for *_key, r in sorted(ranked, key=lambda x: x[:3])]


def _resolve(url: str, allow_private: bool) -> tuple[list[Resource], bool]:
    """(resources, is_dataset_page): tabular files first; a direct link is its own single resource."""
    url = url.strip()
    found = _api_url(url)
    if found is not None:
        kind, api, first_id = found
        try:
            resources = _resources_from(kind, _api_json(url, api, allow_private), url, api, first_id)
        except LoadError as exc:
            if exc.key not in _NOT_A_PORTAL:
                raise
        else:
            return resources, True
    name = unquote(urlsplit(url).path).rsplit("/", 1)[-1] or _FALLBACK_NAME
    return [Resource(title=name, url=url, format=_format_of("", url))], False


def resolve(url: str, allow_private: bool = False) -> list[Resource]:
    """The files behind a URL: a data.gouv.fr or CKAN dataset page's resources (tabular first), or the link itself."""
    return _resolve(url, allow_private)[0]


def _pick(url: str, resources: list[Resource], is_page: bool, index: int | None) -> Resource:
    """The resource to download: the given index, else the first tabular one."""
    if not resources:
        raise LoadError("url.no_resources", url=url)
    if index is not None:
        if not 0 <= index < len(resources):
            raise LoadError("url.bad_index", url=url, count=len(resources), index=index)
        return resources[index]
    if not is_page:
        return resources[0]
    tabular = next((r for r in resources if r.tabular), None)
    if tabular is not None:
        return tabular
    formats = ", ".join(sorted({r.format.upper() or "?" for r in resources}))
    raise LoadError("url.no_tabular", url=url, formats=formats)


def fetch(url: str, allow_private: bool = False, resource_index: int | None = None, timeout: float = 20,
          max_bytes: int = MAX_BYTES) -> tuple[bytes, str, str, list[Resource]]:
    """Download a direct link, or a dataset page's chosen file: (data, filename, final URL, resources)."""
    resources, is_page = _resolve(url, allow_private)
    resource = _pick(url, resources, is_page, resource_index)
    data, name, final_url = fetch_url(resource.url, allow_private=allow_private, timeout=timeout,
                                      max_bytes=max_bytes)
    return data, name, final_url, resources
