"""Streamlit's own widget texts in the studio's language, and the page's `lang` attribute.

Streamlit has no setting for its built-in strings (uploader, multiselect, status widget) nor for `<html lang>`.
One small script, sent once per run through `st.html(..., unsafe_allow_javascript=True)`, watches the page and
rewrites those texts from the catalogue (viz/i18n/messages_ui.py); tests/test_e2e_french.py checks the result
in Chromium.
"""
from __future__ import annotations

import json

import streamlit as st

from viz.i18n import t

# Streamlit's exact texts (1.67) → catalogue keys; `{n}` / `{size}` parts are matched as patterns.
_EXACT = {
    "Upload": "ui.st.upload", "Browse files": "ui.st.upload", "Drag and drop file here": "ui.st.drop",
    "Drag and drop files here": "ui.st.drop", "Select all": "ui.st.select_all", "Stop": "ui.st.stop",
    "Running...": "ui.st.running", "No results": "ui.st.no_results", "Clear all": "ui.st.clear_all",
    "Skip to main content": "ui.st.skip", "Press Enter to apply": "ui.st.enter", "Deploy": "ui.st.deploy",
    "Choose an option": "ui.st.choose", "Choose options": "ui.st.choose", "Selected values": "ui.st.selected",
    "Open": "ui.st.open", "Close": "ui.st.close", "Clear": "ui.st.clear", "Decrement": "ui.st.decrement",
    "Increment": "ui.st.increment", "Download plot as a PNG": "ui.st.plot_png", "Fullscreen": "ui.st.fullscreen",
    "Close fullscreen": "ui.st.close_fullscreen", "Show/hide columns": "ui.st.columns",
    "Download as CSV": "ui.st.csv", "Search": "ui.st.search", "Dismiss": "ui.st.dismiss",
    "Collapse sidebar": "ui.st.collapse", "Expand sidebar": "ui.st.expand", "Main menu": "ui.st.menu",
    "Link to heading": "ui.st.anchor", "Sidebar": "ui.st.sidebar", "App pages": "ui.st.pages",
    "Reset axes": "ui.st.reset", "Zoom in": "ui.st.zoom_in", "Zoom out": "ui.st.zoom_out",
    "Autoscale": "ui.st.autoscale", "Produced with Plotly.js": "ui.st.plotly", "Rerun": "ui.st.rerun",
    "Clear cache": "ui.st.clear_cache", "Settings": "ui.st.settings", "Print": "ui.st.print",
    "Record a screencast": "ui.st.screencast", "About": "ui.st.about", "file upload": "frenchui.st.file_upload",
}
_PATTERNS = (  # regex source → catalogue key; groups are passed as {1}, {2}...
    (r"^(\d+(?:\.\d+)?)\s?(KB|MB|GB|B) per file(?: • (.*))?$", "ui.st.limit"),
    (r"^Limit (\d+(?:\.\d+)?)\s?(KB|MB|GB|B) per file(?: • (.*))?$", "ui.st.limit"),
    (r"^You can only select up to (\d+) options?\. Remove an option first\.$", "ui.st.max_selections"),
    (r"^(\d+(?:\.\d+)?)\s?(KB|MB|GB|B)$", "ui.st.size"),
    (r"^Remove (.+)$", "ui.st.remove"),
)

_SCRIPT = """<script>
(() => {
  const conf = %s;
  const doc = window.parent && window.parent.document ? window.parent.document : document;
  const units = conf.units;
  const size = (n, u) => n.replace('.', conf.decimal) + '\\u00a0' + (units[u] || u);
  const rewrite = (text) => {
    const trimmed = text.trim();
    if (conf.exact[trimmed] !== undefined) return text.replace(trimmed, conf.exact[trimmed]);
    for (const [source, template] of conf.patterns) {
      const m = trimmed.match(new RegExp(source));
      if (!m) continue;
      let out = template;
      if (m[2] && units[m[2]] !== undefined) out = out.replace('{size}', size(m[1], m[2]));
      out = out.replace('{1}', m[1] || '').replace('{3}', m[3] || '').replace(/ • $/, '');
      return text.replace(trimmed, out);
    }
    return null;
  };
  const walk = (root) => {
    const it = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const todo = [];
    while (it.nextNode()) todo.push(it.currentNode);
    for (const node of todo) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[data-testid="stDataFrame"], .stCode, textarea, input')) continue;
      const out = rewrite(node.nodeValue || '');
      if (out !== null && out !== node.nodeValue) node.nodeValue = out;
    }
    for (const el of root.querySelectorAll ? root.querySelectorAll('[placeholder], [aria-label], [title]') : []) {
      for (const attr of ['placeholder', 'aria-label', 'title']) {
        const value = el.getAttribute(attr);
        const out = value && rewrite(value);
        if (out !== null && out !== undefined && out !== value) el.setAttribute(attr, out);
      }
    }
  };
  doc.documentElement.lang = conf.lang;
  window.parent.__vizLangConf = conf;
  if (!window.parent.__vizLangObserver) {
    let pending = false;
    const run = () => { pending = false; const c = window.parent.__vizLangConf; doc.documentElement.lang = c.lang;
                        walk(doc.body); };
    window.parent.__vizLangObserver = new MutationObserver(() => {
      if (!pending) { pending = true; window.parent.requestAnimationFrame(run); } });
    window.parent.__vizLangObserver.observe(doc.body, {childList: true, subtree: true, characterData: true});
  }
  walk(doc.body);
})();
</script>"""


def config(lang: str) -> dict:
    """What the script needs: the page language, exact replacements, patterns and size units."""
    if lang == "en":
        return {"lang": "en", "exact": {}, "patterns": [], "units": {}, "decimal": "."}
    return {"lang": lang, "decimal": ",",
            "exact": {english: t(key, lang) for english, key in _EXACT.items()},
            "patterns": [[source, t(key, lang)] for source, key in _PATTERNS],
            "units": {"B": t("ui.st.unit.B", lang), "KB": t("ui.st.unit.KB", lang), "MB": t("ui.st.unit.MB", lang),
                      "GB": t("ui.st.unit.GB", lang)}}


def install(lang: str) -> None:
    """Send the script (no visible element) with this run's language."""
    st.html(_SCRIPT % json.dumps(config(lang), ensure_ascii=False), unsafe_allow_javascript=True)
