"""Geocode rows from their address with geopy: the national address base (BAN, on the Géoplateforme) by default,
its batch CSV endpoint for many rows, Nominatim for a handful; answers cached on disk, never applied unseen."""
from __future__ import annotations

import csv
import io
import json
import socket
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

from viz.errors import StudioError

Progress = Callable[[int, int], None]
BAN_DOMAIN = "data.geopf.fr/geocodage"  # api-adresse.data.gouv.fr stopped answering in January 2026


@dataclass
class GeocodeSettings:
    """Where and how to ask. `batch_from`: rows from which the BAN batch CSV endpoint is used."""

    provider: str = "ban"  # or "nominatim"
    domain: str = BAN_DOMAIN
    scheme: str = "https"
    timeout: float = 15.0
    user_agent: str = "studio-valorisation-donnees-ouvertes/1.0 (geocodage de lieux)"
    cache_path: Path | None = None
    batch_from: int = 20
    nominatim_max_rows: int = 20
    nominatim_delay: float = 1.0

    def __post_init__(self) -> None:
        """A domain given as a URL (`http://127.0.0.1:8080/geocodage`) sets the scheme too."""
        for scheme in ("http", "https"):
            if self.domain.startswith(f"{scheme}://"):
                self.scheme, self.domain = scheme, self.domain[len(scheme) + 3:]
        self.domain = self.domain.strip().strip("/")


@dataclass
class Answer:
    """One row's answer: position, score (0-1) and label from the service, or nothing."""

    row: int  # DataFrame position
    query: str
    latitude: float | None = None
    longitude: float | None = None
    score: float | None = None
    label: str = ""

    @property
    def found(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass
class GeocodeResult:
    answers: list[Answer]
    asked: int = 0  # queries sent to the service (the others came from the cache)
    notes: list[str] = field(default_factory=list)  # i18n keys of remarks (corrupt cache reset...)


def queries(table: pd.DataFrame, address: str | None, postal: str | None = None,
            commune: str | None = None) -> pd.Series:
    """The text asked for each row: `address postal commune`, spaces folded ("" when nothing is known)."""
    parts = [table[c].fillna("").astype("str") for c in (address, postal, commune) if c and c in table.columns]
    if not parts:
        raise StudioError("geocode.error.no_address")
    text = parts[0]
    for part in parts[1:]:
        text = text + " " + part
    return text.str.replace(r"\s+", " ", regex=True).str.strip()


class Cache:
    """Answers by (provider, query) in a JSON file; a corrupt file is set aside, never fatal."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.data: dict[str, dict] = {}
        self.reset = False
        if path is not None and path.exists():
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
                if not isinstance(loaded, dict):
                    raise ValueError("not an object")
                self.data = {k: v for k, v in loaded.items() if isinstance(v, dict)}
            except (ValueError, UnicodeDecodeError, OSError):
                path.replace(path.with_suffix(path.suffix + ".corrompu"))
                self.reset = True

    def get(self, key: str) -> dict | None:
        return self.data.get(key)

    def put(self, key: str, value: dict) -> None:
        self.data[key] = value

    def save(self) -> None:
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self.data, ensure_ascii=False), encoding="utf-8")
            tmp.replace(self.path)


def _answer(row: int, query: str, hit: dict | None) -> Answer:
    if not hit or hit.get("lat") is None:
        return Answer(row, query)
    return Answer(row, query, float(hit["lat"]), float(hit["lon"]), hit.get("score"), hit.get("label", ""))


def geocode(table: pd.DataFrame, rows: list[int], address: str | None, postal: str | None = None,
            commune: str | None = None, settings: GeocodeSettings | None = None,
            progress: Progress | None = None) -> GeocodeResult:
    """Answers for `rows` (DataFrame positions): from the cache first, then the service (batch when many)."""
    settings = settings or GeocodeSettings()
    text = queries(table, address, postal, commune)
    cache = Cache(settings.cache_path)
    result = GeocodeResult([], notes=["geocode.note.cache_reset"] if cache.reset else [])
    wanted = {}
    for row in rows:
        query = str(text.iloc[row])
        if query and cache.get(f"{settings.provider}|{query}") is None:
            wanted.setdefault(query, []).append(row)
    if settings.provider == "nominatim" and len(wanted) > settings.nominatim_max_rows:
        raise StudioError("geocode.error.nominatim_many", count=len(wanted), limit=settings.nominatim_max_rows)
    todo = list(wanted)
    hits: dict[str, dict] = {}
    try:
        if settings.provider == "ban" and len(todo) >= settings.batch_from:
            _ban_batch(todo, settings, progress, hits)
        else:
            _one_by_one(todo, settings, progress, hits)
    finally:  # what was answered before a failure is kept: never asked twice
        for query, hit in hits.items():
            cache.put(f"{settings.provider}|{query}", hit)
        cache.save()
    result.asked = len(todo)
    result.answers = [_answer(r, str(text.iloc[r]), cache.get(f"{settings.provider}|{text.iloc[r]}")) for r in rows]
    return result


def _geocoder(settings: GeocodeSettings):  # type: ignore[no-untyped-def]
    """A geopy geocoder: BANFrance on the configured domain, or Nominatim behind a 1-request-per-second limiter."""
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import BANFrance, Nominatim
    if settings.provider == "nominatim":
        domain = settings.domain if settings.domain != BAN_DOMAIN else "nominatim.openstreetmap.org"
        coder = Nominatim(user_agent=settings.user_agent, domain=domain, scheme=settings.scheme,
                          timeout=settings.timeout)
        return RateLimiter(coder.geocode, min_delay_seconds=settings.nominatim_delay, max_retries=0,
                           swallow_exceptions=False)
    coder = BANFrance(domain=settings.domain, scheme=settings.scheme, timeout=settings.timeout,
                      user_agent=settings.user_agent)
    return coder.geocode


def _one_by_one(todo: list[str], settings: GeocodeSettings, progress: Progress | None, hits: dict[str, dict]) -> None:
    """One geopy request per distinct query, answers into `hits`; errors become French messages."""
    from geopy import exc
    ask = _geocoder(settings)
    for done, query in enumerate(todo, start=1):
        try:
            location = ask(query)
        except exc.GeocoderTimedOut as error:
            raise StudioError("geocode.error.timeout", seconds=settings.timeout, done=done - 1) from error
        except exc.GeocoderParseError as error:
            raise StudioError("geocode.error.garbage", detail=str(error)[:120]) from error
        except (exc.GeocoderServiceError, exc.GeopyError) as error:
            if "timeout" in str(error).lower() or "timed out" in str(error).lower():
                raise StudioError("geocode.error.timeout", seconds=settings.timeout, done=done - 1) from error
            raise StudioError("geocode.error.service", detail=str(error)[:160]) from error
        except (TypeError, KeyError, ValueError, IndexError) as error:
            raise StudioError("geocode.error.garbage", detail=type(error).__name__) from error
        hits[query] = _hit_of(location, settings.provider)
        if progress:
            progress(done, len(todo))


def _hit_of(location, provider: str) -> dict:  # type: ignore[no-untyped-def]
    if location is None:
        return {"lat": None, "lon": None}
    raw = location.raw if isinstance(location.raw, dict) else {}
    score = raw.get("properties", {}).get("score") if provider == "ban" else raw.get("importance")
    return {"lat": float(location.latitude), "lon": float(location.longitude),
            "score": None if score is None else float(score), "label": location.address or ""}


def _multipart(fields: list[tuple[str, str]], file_field: str, filename: str, data: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    out = io.BytesIO()
    for name, value in fields:
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{filename}"\r\n'
              f"Content-Type: text/csv\r\n\r\n".encode() + data + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


BATCH_SIZE = 5000


def _ban_batch(todo: list[str], settings: GeocodeSettings, progress: Progress | None, hits: dict[str, dict]) -> None:
    """The BAN batch endpoint `POST /search/csv/`: one CSV of queries per chunk, answers into `hits`."""
    url = f"{settings.scheme}://{settings.domain.strip('/')}/search/csv/"
    for start in range(0, len(todo), BATCH_SIZE):
        chunk = todo[start:start + BATCH_SIZE]
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["id", "q"])
        writer.writerows([[i, q] for i, q in enumerate(chunk)])
        body, ctype = _multipart([("columns", "q")], "data", "adresses.csv", buffer.getvalue().encode("utf-8"))
        request = urllib.request.Request(url, data=body, method="POST",
                                         headers={"Content-Type": ctype, "User-Agent": settings.user_agent})
        try:
            with urllib.request.urlopen(request, timeout=settings.timeout) as response:
                text = response.read().decode("utf-8-sig")
        except (socket.timeout, TimeoutError) as error:
            raise StudioError("geocode.error.timeout", seconds=settings.timeout, done=start) from error
        except urllib.error.HTTPError as error:
            raise StudioError("geocode.error.service", detail=f"HTTP {error.code}") from error
        except (urllib.error.URLError, OSError) as error:
            raise StudioError("geocode.error.service", detail=str(getattr(error, "reason", error))[:160]) from error
        except UnicodeDecodeError as error:
            raise StudioError("geocode.error.garbage", detail="encodage") from error
        hits.update(_read_batch(text, chunk))
        if progress:
            progress(min(start + BATCH_SIZE, len(todo)), len(todo))


def _read_batch(text: str, chunk: list[str]) -> dict[str, dict]:
    """The answer CSV: `id`, then `latitude`, `longitude`, `result_score`, `result_label` per query."""
    rows = list(csv.DictReader(io.StringIO(text)))
    needed = {"id", "latitude", "longitude", "result_score"}
    if not rows or not needed <= set(rows[0]):
        raise StudioError("geocode.error.garbage", detail=text[:80].replace("\n", " "))
    hits: dict[str, dict] = {}
    for row in rows:
        try:
            query = chunk[int(row["id"])]
            lat, lon = row.get("latitude") or "", row.get("longitude") or ""
            if not lat or not lon:
                hits[query] = {"lat": None, "lon": None}
                continue
            hits[query] = {"lat": float(lat), "lon": float(lon), "score": float(row["result_score"] or 0),
                           "label": row.get("result_label", "")}
        except (ValueError, IndexError) as error:
            raise StudioError("geocode.error.garbage", detail=str(row)[:80]) from error
    if not np.all([np.isfinite(h["lat"]) for h in hits.values() if h["lat"] is not None]):
        raise StudioError("geocode.error.garbage", detail="nan")
    return hits


def answers_table(result: GeocodeResult, accept_from: float = 0.6) -> pd.DataFrame:
    """The answers for review: row number, query, label, score, position, accepted by default above `accept_from`."""
    return pd.DataFrame({
        "row": [a.row + 2 for a in result.answers],
        "query": [a.query for a in result.answers],
        "label": [a.label for a in result.answers],
        "score": [a.score for a in result.answers],
        "latitude": [a.latitude for a in result.answers],
        "longitude": [a.longitude for a in result.answers],
        "accept": [a.found and (a.score is None or a.score >= accept_from) for a in result.answers],
    })
