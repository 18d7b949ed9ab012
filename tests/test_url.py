"""Import from a web address: against tests/fakeserver.py on 127.0.0.1, never the real network."""
from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fakeserver import FakeServer, Response
from viz.io import LoadError, load
from viz.io import url as urlmod
from viz.io.url import Resource, fetch, fetch_url, is_public_address, resolve

ROOT = Path(__file__).resolve().parents[1]

COMMUNES_CSV = (
    "code_commune;nom_commune;population;surface_km2\r\n"
    "01053;Bourg-en-Bresse;41 527;23,86\r\n"
    "01004;Ambérieu-en-Bugey;14 514;24,6\r\n"
    "2A004;Ajaccio;71 361;82,03\r\n"
    "97411;Saint-Denis;153 810;142,79\r\n"
).encode("latin-1")

UUID = "3f2b8c1e-6d4a-4e8b-9a51-0c7d2e9f1a6b"


@pytest.fixture(autouse=True)
def _no_env_override(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests decide allow_private themselves; an exported VIZ_ALLOW_PRIVATE_URLS must not leak in."""
    monkeypatch.delenv(urlmod.ENV_ALLOW_PRIVATE, raising=False)


def _error(func, *args, **kwargs) -> LoadError:
    """Run and return the LoadError it must raise."""
    with pytest.raises(LoadError) as info:
        func(*args, **kwargs)
    return info.value


def _datagouv(server: FakeServer, slug: str = "budget-primitif-2024") -> None:
    """A data.gouv.fr-like page, its API v1 answer (pdf, csv, xlsx) and the three files."""
    server.route(f"/fr/datasets/{slug}/", Response.html("<!doctype html><html><body>Budget</body></html>"))
    server.route(f"/api/1/datasets/{slug}/", Response.json({
        "id": "65a1b2c3d4e5f60718293a4b", "slug": slug, "title": "Budget primitif 2024",
        "resources": [
            {"id": "r1", "title": "Notice explicative", "format": "pdf", "filesize": 48213,
             "url": server.url("/static/notice.pdf"), "description": "Lisez-moi", "type": "documentation"},
            {"id": "r2", "title": "Budget primitif 2024 (CSV)", "format": "csv", "filesize": len(COMMUNES_CSV),
             "url": server.url(f"/fr/datasets/r/{UUID}"), "description": "", "type": "main"},
            {"id": "r3", "title": "Budget primitif 2024 (Excel)", "format": "xlsx", "filesize": None,
             "url": "/static/budget-2024.xlsx", "description": None, "type": "main"},
        ]}))
    server.route("/static/notice.pdf", Response.file(b"%PDF-1.4 ...", content_type="application/pdf"))
    server.route("/static/budget-2024.xlsx", Response.file(b"PK\x03\x04xlsx", content_type="application/vnd.ms-excel"))
    server.route(re.compile(r"/(fr/)?datasets/r/[0-9a-f-]{36}"), Response.redirect("/static/resources/budget-2024.csv"))
    server.route("/static/resources/budget-2024.csv", Response.file(COMMUNES_CSV, content_type="text/csv"))


# --- success paths ---------------------------------------------------------------------------

def test_latin1_semicolon_csv_loads_end_to_end(fake_server: FakeServer) -> None:
    fake_server.route("/communes.csv", Response.file(COMMUNES_CSV, content_type="text/csv; charset=iso-8859-1"))
    ds = load(fake_server.url("/communes.csv"), allow_private=True)
    assert list(ds.original.columns) == ["code_commune", "nom_commune", "population", "surface_km2"]
    assert list(ds.original["code_commune"]) == ["01053", "01004", "2A004", "97411"]
    assert ds.original["nom_commune"][1] == "Ambérieu-en-Bugey"
    assert ds.read.separator == ";" and ds.read.decimal == ","
    assert ds.read.filename == "communes.csv"
    assert ds.read.url == fake_server.url("/communes.csv")
    assert fake_server.requests[-1].headers["user-agent"] == urlmod.USER_AGENT


def test_filename_from_content_disposition_then_path_then_fallback(fake_server: FakeServer) -> None:
    fake_server.route("/download", Response.file(COMMUNES_CSV, "communes 2024.csv"))
    fake_server.route("/dl2", Response(body=COMMUNES_CSV, headers={
        "Content-Disposition": "attachment; filename=\"x.csv\"; filename*=UTF-8''subventions%20r%C3%A9gion.csv"}))
    fake_server.route("/evil", Response(body=COMMUNES_CSV, headers={
        "Content-Disposition": 'attachment; filename="../../etc/passwd.csv"'}))
    fake_server.route("/fichiers/d%C3%A9penses.csv", Response(body=COMMUNES_CSV))
    fake_server.route("/", Response(body=COMMUNES_CSV))
    assert fetch_url(fake_server.url("/download"), allow_private=True)[1] == "communes 2024.csv"
    assert fetch_url(fake_server.url("/dl2"), allow_private=True)[1] == "subventions région.csv"
    assert fetch_url(fake_server.url("/evil"), allow_private=True)[1] == "passwd.csv"
    data, name, final = fetch_url(fake_server.url("/fichiers/dépenses.csv"), allow_private=True)
    assert (data, name) == (COMMUNES_CSV, "dépenses.csv")
    assert fetch_url(fake_server.url("/"), allow_private=True)[1] == "telechargement"


def test_datagouv_dataset_page_resolves_csv_first(fake_server: FakeServer) -> None:
    _datagouv(fake_server)
    page = fake_server.url("/fr/datasets/budget-primitif-2024/")
    resources = resolve(page, allow_private=True)
    assert [r.format for r in resources] == ["csv", "xlsx", "pdf"]
    assert resources[0] == Resource("Budget primitif 2024 (CSV)", fake_server.url(f"/fr/datasets/r/{UUID}"),
                                    "csv", len(COMMUNES_CSV), "")
    assert resources[1].url == fake_server.url("/static/budget-2024.xlsx")  # relative link made absolute
    assert resources[2].size == 48213 and resources[2].description == "Lisez-moi"
    assert fake_server.requests[-1].path == "/api/1/datasets/budget-primitif-2024/"

    data, name, final, listed = fetch(page, allow_private=True)
    assert data == COMMUNES_CSV and name == "budget-2024.csv"
    assert final == fake_server.url("/static/resources/budget-2024.csv")
    assert listed == resources
    assert fetch(page, allow_private=True, resource_index=2)[0].startswith(b"%PDF")


@pytest.mark.parametrize("path", ["/en/datasets/budget-primitif-2024/", "/datasets/budget-primitif-2024",
                                  "/api/1/datasets/budget-primitif-2024/"])
def test_datagouv_page_variants_use_the_api(fake_server: FakeServer, path: str) -> None:
    _datagouv(fake_server)
    assert [r.format for r in resolve(fake_server.url(path), allow_private=True)] == ["csv", "xlsx", "pdf"]


def test_datagouv_resource_link_is_a_redirect(fake_server: FakeServer) -> None:
    _datagouv(fake_server)
    data, name, final = fetch_url(fake_server.url(f"/fr/datasets/r/{UUID}"), allow_private=True)
    assert (data, name, final) == (COMMUNES_CSV, "budget-2024.csv", fake_server.url("/static/resources/budget-2024.csv"))
    assert resolve(fake_server.url(f"/fr/datasets/r/{UUID}"), allow_private=True)[0].url.endswith(UUID)
    assert all(not r.path.startswith("/api/") for r in fake_server.requests)


def test_ckan_package_show(fake_server: FakeServer) -> None:
    fake_server.route("/data/api/3/action/package_show", lambda req: Response.json({
        "success": True, "result": {"name": req.args["id"], "title": "Subventions 2023", "resources": [
            {"id": "a1", "name": "Carte des associations", "format": "WMS", "url": "https://carto.example/wms",
             "size": None},
            {"id": "a2", "name": "Subventions versées 2023", "format": "CSV", "size": "4096",
             "url": fake_server.url("/files/subventions-2023.csv"), "description": "Fichier SCDL"},
        ]}}))
    fake_server.route("/files/subventions-2023.csv", Response.file(COMMUNES_CSV, content_type="text/csv"))
    page = fake_server.url("/data/dataset/subventions-2023")
    resources = resolve(page, allow_private=True)
    assert resources[0] == Resource("Subventions versées 2023", fake_server.url("/files/subventions-2023.csv"),
                                    "csv", 4096, "Fichier SCDL")
    assert resources[1].format == "wms" and resources[1].size is None
    assert fake_server.requests[-1].args == {"id": "subventions-2023"}
    ds_bytes, name, _final, _ = fetch(page, allow_private=True)
    assert (ds_bytes, name) == (COMMUNES_CSV, "subventions-2023.csv")
    wms_page = fake_server.url("/data/dataset/subventions-2023/resource/a1")
    assert [r.format for r in resolve(wms_page, allow_private=True)] == ["wms", "csv"]
    assert fetch(wms_page, allow_private=True)[1] == "subventions-2023.csv"  # first readable one


def test_direct_link_is_its_own_resource_without_a_request(fake_server: FakeServer) -> None:
    link = fake_server.url("/exports/lieux.geojson")
    assert resolve(link, allow_private=True) == [Resource("lieux.geojson", link, "geojson")]
    assert fake_server.requests == []


def test_portal_looking_path_without_api_is_a_direct_link(fake_server: FakeServer) -> None:
    fake_server.route("/datasets/communes.csv", Response.file(COMMUNES_CSV, content_type="text/csv"))
    link = fake_server.url("/datasets/communes.csv")
    data, name, final, resources = fetch(link, allow_private=True)
    assert (data, name, final) == (COMMUNES_CSV, "communes.csv", link)
    assert resources == [Resource("communes.csv", link, "csv")]
    assert [r.path for r in fake_server.requests] == ["/api/1/datasets/communes.csv/", "/datasets/communes.csv"]


def test_dataset_without_tabular_file_says_which_formats(fake_server: FakeServer) -> None:
    fake_server.route("/api/1/datasets/plans/", Response.json({"resources": [
        {"title": "Plan", "format": "pdf", "url": fake_server.url("/p.pdf")},
        {"title": "Archive", "format": "zip", "url": fake_server.url("/a.zip")}]}))
    err = _error(fetch, fake_server.url("/fr/datasets/plans/"), allow_private=True)
    assert err.key == "url.no_tabular" and "PDF, ZIP" in err.message("fr") and "/fr/datasets/plans/" in str(err)
    err = _error(fetch, fake_server.url("/fr/datasets/plans/"), allow_private=True, resource_index=5)
    assert "2 fichiers" in str(err) and "numéro 5" in str(err)


# --- refusals and failures: each names the address and what happened ----------------------------

def test_timeout_is_quick_and_named(fake_server: FakeServer) -> None:
    fake_server.route("/slow.csv", Response.file(COMMUNES_CSV, delay=5))
    start = time.monotonic()
    err = _error(fetch_url, fake_server.url("/slow.csv"), allow_private=True, timeout=1)
    assert time.monotonic() - start < 3
    assert err.key == "url.timeout"
    assert "Délai dépassé" in str(err) and fake_server.url("/slow.csv") in str(err) and "1 secondes" in str(err)


@pytest.mark.parametrize("target,address", [("http://10.0.0.1/x", "10.0.0.1"),
                                            ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
                                            ("http://[::ffff:192.168.1.1]/x", "::ffff:192.168.1.1")])
def test_redirect_to_private_address_is_refused_before_connecting(
        fake_server: FakeServer, monkeypatch: pytest.MonkeyPatch, target: str, address: str) -> None:
    fake_server.route("/go", Response.redirect(target))
    connected: list[object] = []
    real = socket.create_connection
    monkeypatch.setattr(socket, "create_connection", lambda addr, *a, **k: connected.append(addr) or real(addr, *a, **k))
    err = _error(fetch_url, fake_server.url("/go"), allow_private=True)
    assert err.key == "url.redirect_private"
    assert "Redirection refusée" in str(err) and fake_server.url("/go") in str(err) and address in str(err)
    assert [a[0] for a in connected] == ["127.0.0.1"]


def test_redirect_to_file_scheme_is_refused(fake_server: FakeServer) -> None:
    fake_server.route("/go", Response.redirect("file:///etc/passwd", status=301))
    err = _error(fetch_url, fake_server.url("/go"), allow_private=True)
    assert err.key == "url.redirect_scheme" and "file:///etc/passwd" in str(err) and "/go" in str(err)


def test_redirect_loop_stops(fake_server: FakeServer) -> None:
    fake_server.route("/boucle", Response.redirect("/boucle"))
    err = _error(fetch_url, fake_server.url("/boucle"), allow_private=True)
    assert err.key == "url.too_many_redirects" and "plus de 5 fois" in str(err)
    assert len(fake_server.requests) == 6


def test_html_page_is_refused_with_advice(fake_server: FakeServer) -> None:
    fake_server.route("/page", Response.html("<!DOCTYPE html><html><head><title>Portail</title></head></html>"))
    fake_server.route("/page-as-text", Response(body="\n  <html><body>Accueil</body></html>"))
    for path in ("/page", "/page-as-text"):
        err = _error(fetch_url, fake_server.url(path), allow_private=True)
        assert err.key == "url.html"
        assert "renvoie une page web" in str(err) and fake_server.url(path) in str(err)
        assert "web page" in err.message("en")


def test_csv_mislabelled_as_html_is_still_read(fake_server: FakeServer) -> None:
    fake_server.route("/export", Response(body=COMMUNES_CSV, content_type="text/html"))
    assert fetch_url(fake_server.url("/export"), allow_private=True)[0] == COMMUNES_CSV


@pytest.mark.parametrize("status,key,words", [(404, "url.http_404", "erreur 404"), (403, "url.http_denied", "erreur 403"),
                                              (500, "url.http_server", "code 500")])
def test_http_errors(fake_server: FakeServer, status: int, key: str, words: str) -> None:
    fake_server.route("/f.csv", Response(status, b"oops"))
    err = _error(load, fake_server.url("/f.csv"), allow_private=True)
    assert err.key == key and words in str(err) and fake_server.url("/f.csv") in str(err)


def test_size_cap_from_content_length_and_while_streaming(fake_server: FakeServer) -> None:
    fake_server.route("/big-declared.csv", Response.file(b"x" * 5000))
    fake_server.route("/big-streamed.csv", Response(chunks=[b"a;b\n" + b"1;2\n" * 100] * 10))
    err = _error(fetch_url, fake_server.url("/big-declared.csv"), allow_private=True, max_bytes=1000)
    assert err.key == "url.too_big_declared"
    assert "4,9 Ko" in str(err) and "1\u202f000 octets" in str(err) and "/big-declared.csv" in str(err)
    assert "4.9 KB" in err.message("en")
    err = _error(fetch_url, fake_server.url("/big-streamed.csv"), allow_private=True, max_bytes=1000)
    assert err.key == "url.too_big" and "1\u202f000 octets" in str(err) and "/big-streamed.csv" in str(err)
    assert len(fetch_url(fake_server.url("/big-streamed.csv"), allow_private=True, max_bytes=5000)[0]) == 4040


@pytest.mark.parametrize("bad,key", [("ftp://ftp.example.fr/data.csv", "url.scheme"),
                                     ("file:///etc/passwd", "url.scheme"),
                                     ("www.data.gouv.fr/fr/datasets/x/", "url.no_scheme"),
                                     ("http:///data.csv", "url.no_host")])
def test_non_http_addresses(bad: str, key: str) -> None:
    err = _error(fetch_url, bad)
    assert err.key == key and bad in str(err)


def test_loopback_refused_unless_allowed(fake_server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_server.route("/x.csv", Response.file(COMMUNES_CSV))
    for link in (fake_server.url("/x.csv"), f"http://localhost:{fake_server.port}/x.csv"):
        err = _error(fetch_url, link)
        assert err.key == "url.private" and link in str(err) and "réseau privé" in str(err)
    assert "127.0.0.1" in str(err) or "::1" in str(err)
    err = _error(load, fake_server.url("/x.csv"))
    assert err.key == "url.private"
    assert fake_server.requests == []
    monkeypatch.setenv(urlmod.ENV_ALLOW_PRIVATE, "1")
    assert fetch_url(fake_server.url("/x.csv"))[0] == COMMUNES_CSV


@pytest.mark.parametrize("address,public", [
    ("8.8.8.8", True), ("2a01:e0a:1::1", True), ("127.0.0.1", False), ("10.1.2.3", False), ("172.16.0.1", False),
    ("192.168.0.10", False), ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False),
    ("224.0.0.1", False), ("240.0.0.1", False), ("::1", False), ("fe80::1", False), ("fc00::1", False),
    ("::ffff:10.0.0.1", False), ("not an ip", False)])
def test_address_policy(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_dns_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    monkeypatch.setattr(socket, "getaddrinfo", fail)
    err = _error(fetch_url, "https://www.data-gouv-introuvable.fr/x.csv")
    assert err.key == "url.dns" and "« www.data-gouv-introuvable.fr »" in str(err) and "/x.csv" in str(err)


def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    err = _error(fetch_url, f"http://127.0.0.1:{port}/x.csv", allow_private=True)
    assert err.key == "url.refused" and f"127.0.0.1:{port}/x.csv" in str(err)


def test_tls_error(fake_server: FakeServer) -> None:
    link = f"https://127.0.0.1:{fake_server.port}/x.csv"
    err = _error(fetch_url, link, allow_private=True, timeout=5)
    assert err.key == "url.tls" and link in str(err) and "Connexion sécurisée impossible" in str(err)


def test_cli_inspect_url(fake_server: FakeServer) -> None:
    fake_server.route("/x.csv", Response.file(COMMUNES_CSV, content_type="text/csv"))
    fake_server.route("/missing.csv", Response(404))
    cmd = [sys.executable, "-m", "viz", "inspect", fake_server.url("/x.csv"), "--json", "--allow-private-urls"]
    run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["rows"] == 4 and out["separator"] == ";"
    assert [c["name"] for c in out["columns"]] == ["code_commune", "nom_commune", "population", "surface_km2"]
    cmd[4] = fake_server.url("/missing.csv")
    run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "erreur 404" in run.stderr and "/missing.csv" in run.stderr
    run = subprocess.run(cmd[:5], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={k: v for k, v in __import__("os").environ.items() if k != urlmod.ENV_ALLOW_PRIVATE})
    assert run.returncode == 2 and "réseau privé" in run.stderr


def test_fakeserver_post_multipart_and_404(fake_server: FakeServer) -> None:
    """The shared fake server (reused by the geocoder tests) reads multipart POSTs and answers 404 elsewhere."""
    import urllib.error
    import urllib.request

    @fake_server.route("/geocodage/search/csv/", methods=("POST",))
    def batch(req):  # noqa: ANN001, ANN202
        form = req.form()
        return Response(body=form["data"].decode() + "|" + form["columns"].decode(), content_type="text/csv")

    boundary = "frontiere"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"data\"; filename=\"a.csv\"\r\n"
            f"Content-Type: text/csv\r\n\r\nadresse\r\n8 bd du Port\r\n--{boundary}\r\n"
            f"Content-Disposition: form-data; name=\"columns\"\r\n\r\nadresse\r\n--{boundary}--\r\n").encode()
    request = urllib.request.Request(fake_server.url("/geocodage/search/csv/"), data=body, method="POST",
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    with urllib.request.urlopen(request, timeout=5) as answer:
        assert answer.read() == b"adresse\r\n8 bd du Port|adresse"
    assert fake_server.requests[-1].method == "POST"
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(fake_server.url("/geocodage/search/csv/"), timeout=5)  # GET not registered
    assert info.value.code == 404
