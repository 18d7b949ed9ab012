"""Geocoding against a fake BAN server on 127.0.0.1 (single /search and batch /search/csv/), never the network."""
from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from tests.fakeserver import Response
from viz.dataset import Dataset, ReadInfo
from viz.errors import StudioError
from viz.geo.detect import CoordColumns
from viz.geo.geocode import GeocodeSettings, answers_table, geocode
from viz.geo.steps import geocoded_step

KNOWN = {"12 rue de la République 13200 Arles": (43.6768, 4.6278, 0.93, "12 Rue de la République 13200 Arles"),
         "1 place Bellecour 69002 Lyon": (45.7578, 4.8320, 0.88, "1 Place Bellecour 69002 Lyon")}


def places() -> pd.DataFrame:
    return pd.DataFrame({"nom": ["Médiathèque", "Centre social", "Inconnu"],
                         "adresse": ["12 rue de la République", "1 place Bellecour", "nulle part"],
                         "code_postal": ["13200", "69002", "00000"], "commune": ["Arles", "Lyon", "Ailleurs"],
                         "latitude": ["", "", ""], "longitude": ["", "", ""]}, dtype="str")


def ban_search(request):
    hit = KNOWN.get(request.args.get("q", ""))
    features = [] if hit is None else [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [hit[1], hit[0]]},
                                        "properties": {"label": hit[3], "score": hit[2]}}]
    return Response.json({"type": "FeatureCollection", "features": features})


def ban_csv(request):
    form = request.form()
    assert form["columns"] == b"q"
    rows = list(csv.DictReader(io.StringIO(form["data"].decode("utf-8"))))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "q", "latitude", "longitude", "result_label", "result_score"])
    for row in rows:
        hit = KNOWN.get(row["q"])
        writer.writerow([row["id"], row["q"]] + ([hit[0], hit[1], hit[3], hit[2]] if hit else ["", "", "", ""]))
    return Response(200, out.getvalue().encode(), content_type="text/csv")


def settings(server, tmp_path, **kw) -> GeocodeSettings:
    host = server.base_url.removeprefix("http://")
    kw = {"timeout": 2, **kw}
    return GeocodeSettings(domain=f"{host}/geocodage", scheme="http", cache_path=tmp_path / "cache.json", **kw)


@pytest.fixture
def ban(fake_server):
    fake_server.route("/geocodage/search", ban_search)
    fake_server.route("/geocodage/search/csv/", ban_csv, methods=("POST",))
    return fake_server


def test_single_requests_with_scores_progress_and_cache(ban, tmp_path):
    seen = []
    result = geocode(places(), [0, 1, 2], "adresse", "code_postal", "commune", settings(ban, tmp_path),
                     progress=lambda done, total: seen.append((done, total)))
    assert [(a.latitude, a.score) for a in result.answers] == [(43.6768, 0.93), (45.7578, 0.88), (None, None)]
    assert seen[-1] == (3, 3) and result.asked == 3
    assert all(r.path == "/geocodage/search" for r in ban.requests)
    again = geocode(places(), [0, 1, 2], "adresse", "code_postal", "commune", settings(ban, tmp_path))
    assert again.asked == 0 and len(ban.requests) == 3  # nothing asked twice


def test_batch_endpoint_for_many_rows(ban, tmp_path):
    result = geocode(places(), [0, 1, 2], "adresse", "code_postal", "commune", settings(ban, tmp_path, batch_from=2))
    assert [r.path for r in ban.requests] == ["/geocodage/search/csv/"]
    table = answers_table(result)
    assert table["accept"].tolist() == [True, True, False]
    assert table["row"].tolist() == [2, 3, 4]


def test_accepted_answers_become_a_replayable_step(ban, tmp_path):
    result = geocode(places(), [0, 1, 2], "adresse", "code_postal", "commune", settings(ban, tmp_path))
    accepted = [(a.query, a.latitude, a.longitude) for a in result.answers if a.found]
    step = geocoded_step(CoordColumns(lat="latitude", lon="longitude"), "adresse", "code_postal", "commune",
                         accepted, "ban")
    ds = Dataset(original=places(), read=ReadInfo(format="csv", sha256="x"))
    ds.with_step(step)
    work = ds.working()
    assert work["latitude"].tolist() == ["43.676800", "45.757800", ""]
    assert ds.original["latitude"].tolist() == ["", "", ""]


def test_timeout_is_a_french_message(fake_server, tmp_path):
    fake_server.route("/geocodage/search", Response(200, b"{}", delay=5))
    with pytest.raises(StudioError, match="n'a pas répondu"):
        geocode(places(), [0], "adresse", None, None, settings(fake_server, tmp_path, timeout=0.5))


def test_garbage_answers(fake_server, tmp_path):
    fake_server.route("/geocodage/search", Response.html("<html>maintenance</html>"))
    fake_server.route("/geocodage/search/csv/", Response(200, b"<html>oops</html>"), methods=("POST",))
    with pytest.raises(StudioError, match="illisible"):
        geocode(places(), [0], "adresse", None, None, settings(fake_server, tmp_path))
    with pytest.raises(StudioError, match="illisible"):
        geocode(places(), [0, 1], "adresse", None, None, settings(fake_server, tmp_path, batch_from=1))


def test_corrupt_cache_is_set_aside(ban, tmp_path):
    (tmp_path / "cache.json").write_text("{pas du json", encoding="utf-8")
    result = geocode(places(), [0], "adresse", "code_postal", "commune", settings(ban, tmp_path))
    assert result.notes == ["geocode.note.cache_reset"] and result.answers[0].found
    assert (tmp_path / "cache.json.corrompu").exists()


def test_nominatim_only_for_a_handful(ban, tmp_path):
    many = pd.concat([places()] * 10, ignore_index=True)
    many["adresse"] = many["adresse"] + pd.Series(range(len(many))).astype(str)
    with pytest.raises(StudioError, match="en masse"):
        geocode(many, list(range(len(many))), "adresse", None, None,
                settings(ban, tmp_path, provider="nominatim", nominatim_max_rows=5))


def test_answers_before_a_timeout_are_kept(fake_server, tmp_path):
    def slow_after_first(request):
        if request.args.get("q", "").startswith("1 place"):
            return Response(200, b"{}", delay=5)
        return ban_search(request)
    fake_server.route("/geocodage/search", slow_after_first)
    with pytest.raises(StudioError, match="1 adresse"):
        geocode(places(), [0, 1], "adresse", "code_postal", "commune", settings(fake_server, tmp_path, timeout=0.5))
    fake_server.route("/geocodage/search", ban_search)
    again = geocode(places(), [0, 1], "adresse", "code_postal", "commune", settings(fake_server, tmp_path))
    assert again.asked == 1 and again.answers[0].latitude == 43.6768
