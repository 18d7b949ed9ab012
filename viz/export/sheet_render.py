"""The context sheet as Markdown or as one self-contained HTML page (images inlined, no external request).

Every value is data: it is escaped for the format (a cell holding `<script>` prints as text, `](javascript:`
never makes a link); only http(s) addresses become links. The HTML page carries a Content-Security-Policy
that forbids scripts and any remote resource, so even a mistake here could not load one.
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import json
import re
from typing import Any

from viz import fmt
from viz.export.sheet import Sheet, SheetChart, reuse_block
from viz.i18n import t

CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
_HTTP = re.compile(r"^https?://[^\s<>\"'`]+$", re.I)
DATASET_FIELDS = ("dataset_title", "producer", "source_url", "licence", "published", "frequency", "spatial",
                  "temporal")


def md(text: Any) -> str:
    """Plain text as inert Markdown: punctuation that builds links, HTML or emphasis backslash-escaped,
    line breaks folded, a leading list or quote mark neutralised."""
    value = re.sub(r"[ \t\r\n\f\v\u2028\u2029\x85]+", " ", str(text)).strip()  # NBSP of French numbers kept
    value = _MD_SPECIAL.sub(r"\\\1", value)
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", re.sub(r"^([-+=])", r"\\\1", value))


def _md_link(url: str) -> str:
    """An http(s) address as a Markdown autolink; anything else as escaped text."""
    return f"<{url}>" if _HTTP.match(url or "") else md(url)


def _fence(text: str) -> str:
    """A code fence longer than any run of backticks in `text`."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def _value(sheet: Sheet, name: str) -> str:
    return getattr(sheet, name) or t("sheet.not_given", sheet.lang)


def _size(sheet: Sheet) -> str:
    return t("sheet.key.size", sheet.lang, rows=fmt.number(sheet.rows, sheet.lang, 0),
             columns=fmt.number(sheet.columns_count, sheet.lang, 0))


def _created(sheet: Sheet) -> str:
    """The sheet's date written for readers (`2 décembre 2026`); as saved when it is not an ISO date."""
    try:
        return fmt.date(dt.date.fromisoformat(sheet.created), sheet.lang)
    except ValueError:
        return sheet.created


def reuse_json(sheet: Sheet) -> str:
    """The data.gouv.fr reuse fields as indented JSON; `<`, `>` and `&` written as \\u escapes (the same JSON,
    inert in any Markdown or HTML viewer)."""
    text = json.dumps(reuse_block(sheet), ensure_ascii=False, indent=2)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _md_table(rows: list[list[str]]) -> list[str]:
    if not rows:
        return []
    out = ["| " + " | ".join(md(c) for c in rows[0]) + " |", "|" + " --- |" * len(rows[0])]
    return out + ["| " + " | ".join(md(c) for c in row) + " |" for row in rows[1:]]


def _md_chart(sheet: Sheet, chart: SheetChart, number: int) -> list[str]:
    lang, colon = sheet.lang, " :" if sheet.lang == "fr" else ":"
    out = [f"### {number}. {md(chart.title)}", ""]
    if chart.png:
        out += [f"![{md(chart.alt)}](data:image/png;base64,{base64.b64encode(chart.png).decode('ascii')})", ""]
    else:
        out += [f"*{md(t('sheet.no_image', lang))}*", ""]
    out += [f"**{t('sheet.reading_label', lang)}**{colon} {md(chart.reading)}", "",
            f"**{t('sheet.alt_label', lang)}**{colon} {md(chart.alt)}", ""]
    if chart.access:
        out += [f"**{t('sheet.access_label', lang)}**{colon} {md(chart.access)}", ""]
    out += [f"**{t('sheet.table_caption', lang)}**", ""] + _md_table(chart.table) + [""]
    if chart.rows_total > len(chart.table) - 1:
        out += [md(t("sheet.table_more", lang, count=chart.rows_total - len(chart.table) + 1)), ""]
    return out


def _md_list(items: list[str], lang: str) -> list[str]:
    return [f"- {md(item)}" for item in items] or [f"- {t('sheet.none', lang)}"]


def to_markdown(sheet: Sheet) -> str:
    """The sheet as Markdown (GitHub/CommonMark); images inlined as data URIs when drawn."""
    lang, colon = sheet.lang, " :" if sheet.lang == "fr" else ":"
    out = [f"# {md(sheet.title)}", "", f"## {t('sheet.h.summary', lang)}", ""]
    out += [md(p) for p in sheet.summary.split("\n\n") if p.strip()] + ["", f"## {t('sheet.h.dataset', lang)}", ""]
    for name in DATASET_FIELDS:
        value = _md_link(sheet.source_url) if name == "source_url" and sheet.source_url else md(_value(sheet, name))
        out.append(f"- **{t('sheet.f.' + name, lang)}**{colon} {value}")
    out += [f"- **{t('sheet.f.size', lang)}**{colon} {md(_size(sheet))}",
            f"- **{t('sheet.f.file', lang)}**{colon} {md(sheet.filename)} ({t('sheet.sha', lang)} `{sheet.sha256}`)",
            "", f"### {t('sheet.h.columns', lang)}", ""]
    out += _md_table([[t("sheet.col.name", lang), t("sheet.col.kind", lang), t("sheet.col.missing", lang)]]
                     + [[c.name, c.kind, fmt.number(c.missing, lang, 0)] for c in sheet.columns])
    out += ["", f"## {t('sheet.h.checks', lang)}", "", f"- **{t('sheet.f.schema', lang)}**{colon} {md(sheet.schema)}",
            f"- **{t('sheet.f.conformity', lang)}**{colon} {md(sheet.conformity)}"]
    out += _md_list(sheet.checks, lang)[: None if sheet.checks else 0]
    if sheet.changes:
        out += ["", f"## {t('compare.sheet.heading', lang)}", ""] + _md_list(sheet.changes, lang)
    out += ["", f"## {t('sheet.h.steps', lang)}", ""] + _md_list(sheet.steps, lang)
    out += ["", f"## {t('sheet.h.charts', lang)}", ""]
    for number, chart in enumerate(sheet.charts, start=1):
        out += _md_chart(sheet, chart, number)
    out += [f"## {t('sheet.h.key_figures', lang)}", ""] + _md_list(sheet.key_figures, lang)
    out += ["", f"## {t('sheet.h.caveats', lang)}", ""] + _md_list(sheet.caveats, lang)
    out += ["", f"## {t('sheet.h.citation', lang)}", "", md(sheet.citation), ""]
    body = reuse_json(sheet)
    fence = _fence(body)
    out += [f"## {t('sheet.h.reuse', lang)}", "", f"{fence}json", body, fence, "",
            f"*{md(t('sheet.generated', lang, date=_created(sheet)))}*", ""]
    return "\n".join(out)


def h(text: Any) -> str:
    """Plain text as HTML text (quotes too: safe in attributes)."""
    return html.escape(str(text), quote=True)


def _h_link(url: str) -> str:
    """An http(s) address as a link (escaped); anything else as text."""
    return f'<a href="{h(url)}">{h(url)}</a>' if _HTTP.match(url or "") else h(url)


def html_table(rows: list[list[str]], caption: str = "") -> str:
    if not rows:
        return ""
    head = "".join(f'<th scope="col">{h(c)}</th>' for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{h(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
    cap = f"<caption>{h(caption)}</caption>" if caption else ""
    return f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _h_list(items: list[str], lang: str) -> str:
    return "<ul>" + "".join(f"<li>{h(i)}</li>" for i in items or [t("sheet.none", lang)]) + "</ul>"


def _h_chart(sheet: Sheet, chart: SheetChart, number: int) -> str:
    lang = sheet.lang
    if chart.png:
        image = (f'<img src="data:image/png;base64,{base64.b64encode(chart.png).decode("ascii")}" '
                 f'alt="{h(chart.alt)}">')
    else:
        image = f'<p class="note">{h(t("sheet.no_image", lang))}</p>'
    more = chart.rows_total - len(chart.table) + 1
    parts = [f"<figure>{image}<figcaption>{h(chart.title)}</figcaption></figure>",
             f"<p><strong>{h(t('sheet.reading_label', lang))}</strong> : {h(chart.reading)}</p>",
             f"<p><strong>{h(t('sheet.alt_label', lang))}</strong> : {h(chart.alt)}</p>"]
    if chart.access:
        parts.append(f"<p><strong>{h(t('sheet.access_label', lang))}</strong> : {h(chart.access)}</p>")
    parts.append(html_table(chart.table, t("sheet.table_caption", lang)))
    if more > 0:
        parts.append(f'<p class="note">{h(t("sheet.table_more", lang, count=more))}</p>')
    return f'<section class="chart"><h3>{number}. {h(chart.title)}</h3>{"".join(parts)}</section>'


STYLE = """
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: #1a1a1a; max-width: 60rem;
       margin: 2rem auto; padding: 0 1rem; line-height: 1.45; font-size: 11pt; }
h1 { font-size: 1.7rem; border-bottom: 3px solid #0072B2; padding-bottom: .3rem; }
h2 { font-size: 1.3rem; color: #00497a; margin-top: 1.6rem; }
h3 { font-size: 1.1rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: bold; } dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: .5rem 0; font-size: .9em; width: 100%; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; }
th, td { border: 1px solid #999; padding: .2rem .45rem; text-align: left; vertical-align: top;
         overflow-wrap: break-word; }
th { background: #e8eef4; }
img { max-width: 100%; height: auto; border: 1px solid #ddd; }
figure { margin: .5rem 0; } figcaption { font-size: .9em; color: #444; }
pre { background: #f4f4f4; padding: .6rem; white-space: pre-wrap; overflow-wrap: anywhere; font-size: .85em; }
.note, footer { color: #444; font-size: .9em; }
code { overflow-wrap: anywhere; }
@page { size: A4; margin: 1.6cm 1.5cm; @bottom-right { content: counter(page) " / " counter(pages);
        font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: #555; } }
@media print { body { margin: 0; max-width: none; } section.chart { break-inside: auto; }
               h2, h3 { break-after: avoid; } img { max-height: 15cm; } }
"""


def _heading(key: str, lang: str) -> str:
    """A section's title (the comparison's lives with the compare texts)."""
    return t("compare.sheet.heading" if key == "changes" else f"sheet.h.{key}", lang)


def to_html(sheet: Sheet) -> str:
    """One self-contained HTML page: styles inline, images as data URIs, no script, CSP forbidding remote loads."""
    lang = sheet.lang
    rows = [(t(f"sheet.f.{n}", lang), _h_link(sheet.source_url) if n == "source_url" and sheet.source_url
             else h(_value(sheet, n))) for n in DATASET_FIELDS]
    rows += [(t("sheet.f.size", lang), h(_size(sheet))),
             (t("sheet.f.file", lang), f"{h(sheet.filename)} ({h(t('sheet.sha', lang))} <code>{h(sheet.sha256)}</code>)")]
    facts = "<dl>" + "".join(f"<dt>{h(k)}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"
    columns = html_table([[t("sheet.col.name", lang), t("sheet.col.kind", lang), t("sheet.col.missing", lang)]]
                       + [[c.name, c.kind, fmt.number(c.missing, lang, 0)] for c in sheet.columns])
    checks = (f"<dl><dt>{h(t('sheet.f.schema', lang))}</dt><dd>{h(sheet.schema)}</dd>"
              f"<dt>{h(t('sheet.f.conformity', lang))}</dt><dd>{h(sheet.conformity)}</dd></dl>"
              + (_h_list(sheet.checks, lang) if sheet.checks else ""))
    charts = "".join(_h_chart(sheet, c, n) for n, c in enumerate(sheet.charts, start=1))
    summary = "".join(f"<p>{h(p.strip())}</p>" for p in sheet.summary.split("\n\n") if p.strip())
    sections = [("summary", summary), ("dataset", facts + f"<h3>{h(t('sheet.h.columns', lang))}</h3>" + columns),
                ("checks", checks), *([("changes", _h_list(sheet.changes, lang))] if sheet.changes else []), ("steps", _h_list(sheet.steps, lang)), ("charts", charts),
                ("key_figures", _h_list(sheet.key_figures, lang)), ("caveats", _h_list(sheet.caveats, lang)),
                ("citation", f"<p>{h(sheet.citation)}</p>"), ("reuse", f"<pre><code>{h(reuse_json(sheet))}</code></pre>")]
    body = "".join(f'<section id="{key}"><h2>{h(_heading(key, lang))}</h2>{content}</section>'
                   for key, content in sections)
    return (f'<!DOCTYPE html>\n<html lang="{h(lang)}"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{h(sheet.title)}</title><style>{STYLE}</style></head><body><main>"
            f"<h1>{h(sheet.title)}</h1>{body}</main>"
            f"<footer><p>{h(t('sheet.generated', lang, date=_created(sheet)))}</p></footer></body></html>\n")
