"""A standalone map page that loads nothing from the internet: the deck's JSON and pydeck's own deck.gl bundle.

pydeck's `to_html(offline=True)` still links mapbox-gl.js, Bootstrap and font stylesheets from CDNs: a
closed network sees broken requests, and every visit would leak to a CDN. This page is written by hand: one
inline script (the bundle shipped in the pydeck wheel), one inline JSON, a legend, no external URL.
"""
from __future__ import annotations

import json
from functools import lru_cache
from html import escape
from pathlib import Path

import pydeck

from viz.charts.pointmap import PointMapResult

BUNDLE = Path(pydeck.__file__).resolve().parent / "nbextension" / "static" / "index.js"
STYLE = """body{margin:0;padding:0;overflow:hidden;font-family:Arial,Helvetica,sans-serif}
#deck-container{width:100vw;height:100vh;background:#dfe8ef}
#deck-container canvas{z-index:1}
.legend{position:absolute;z-index:10;left:12px;bottom:12px;background:rgba(255,255,255,.92);padding:8px 10px;
border-radius:4px;font-size:12px;color:#222;max-width:40vw;box-shadow:0 1px 4px rgba(0,0,0,.2)}
.legend h1{font-size:14px;margin:0 0 4px}.legend p{margin:2px 0 6px;color:#555}
.legend span.swatch{display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:middle;border-radius:2px}
.deck-tooltip{font-size:12px}"""


@lru_cache(maxsize=1)
def _bundle() -> str:
    """The deck.gl bundle of the installed pydeck (about 4.3 MB), safe inside a <script> element."""
    return BUNDLE.read_text(encoding="utf-8").replace("</script", "<\\/script")


def _legend(result: PointMapResult) -> str:
    """The title, which mode is shown, and one swatch per category or class."""
    items = "".join(f'<div><span class="swatch" style="background:rgb({r},{g},{b})"></span>{escape(label)}</div>'
                    for label, (r, g, b) in result.legend)
    title = f"<h1>{escape(result.spec.title)}</h1>" if result.spec.title else ""
    return f'<div class="legend" id="legend">{title}<p>{escape(result.sentence())}</p>{items}</div>'


def deck_json(result: PointMapResult) -> str:
    """The deck as JSON, safe to inline in a script."""
    return result.deck.to_json().replace("</", "<\\/")


def to_html(result: PointMapResult) -> bytes:
    """The whole page: works offline, from a file:// URL, with no request leaving the machine."""
    tooltip = json.dumps(result.deck._tooltip if result.deck._tooltip else False).replace("</", "<\\/")
    lang = result.spec.lang
    page = f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{escape(result.spec.title or "Carte")}</title>
<style>{STYLE}</style>
<script>{_bundle()}</script>
</head><body><div id="deck-container"></div>{_legend(result)}
<script>
const container = document.getElementById('deck-container');
const jsonInput = {deck_json(result)};
const tooltip = {tooltip};
window.deckInstance = createDeck({{container, jsonInput, tooltip, customLibraries: null, configuration: null}});
</script></body></html>"""
    return page.encode("utf-8")
