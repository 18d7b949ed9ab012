"""Sample 1: the budget primitif 2025 of a fictional town, as a cp1252 `;` CSV with French amounts."""
from __future__ import annotations

import random

from tools.samples_common import csv_text, lognormal_weights, money_fr, rng
from tools.samples_m57 import CHAPTERS, FIXED_FONCTION, SERVICE_FONCTIONS

HEADER = ["exercice", "section", "sens", "chapitre", "libelle_chapitre", "article", "libelle_article",
          "fonction", "montant_prevu"]
YEAR = "2025"
# Deliberate faults and how many of each (documented in sample_data/README.md, counted by the tests).
FAULTS = {"lost_zero_chapters": 10, "zero_amounts": 4, "negative_amounts": 3, "missing_amounts": 2,
          "duplicate_rows": 1, "stray_spaces_labels": 5}
_CENTS_CHAPTERS = {"011", "012", "65"}
SPREAD_FACTOR = 1.45  # scales every article's number of functions (about 1,600 lines in all)


def _split(total: int, weights: list[float], step: int) -> list[int]:
    """Split `total` cents by ascending weights, each part at least `step`, the largest part absorbing rounding."""
    order = sorted(range(len(weights)), key=lambda i: weights[i])
    parts = [0] * len(weights)
    for i in order[:-1]:
        parts[i] = max(step, int(round(total * weights[i] / step)) * step)
    parts[order[-1]] = total - sum(parts)
    return parts


def _article_lines(r: random.Random, chapter: str, article: str, spread: int, total: int) -> list[tuple[str, int]]:
    """(fonction, cents) lines of one article: a heavy-tailed split over `spread` functions."""
    if spread == 1:
        return [(FIXED_FONCTION.get(article, "01"), total)]
    count = min(round(spread * SPREAD_FACTOR), len(SERVICE_FONCTIONS))
    fonctions = sorted(r.sample(SERVICE_FONCTIONS, count))
    step = 1 if chapter in _CENTS_CHAPTERS else 100
    parts = _split(total, lognormal_weights(r, len(fonctions), 1.4), step)
    return list(zip(fonctions, parts))


def _chapter_total(target: object, section: str, sens: str, totals: dict) -> int:
    """Target in cents: a fixed amount, the total of a linked chapter, or the balance of the section."""
    if isinstance(target, int):
        return target * 100
    if isinstance(target, str):
        chapter, linked_sens = target.split("/")
        other = "Fonctionnement" if section == "Investissement" else "Investissement"
        return totals[(other if chapter in ("042", "023") else section, linked_sens, chapter)]
    spent = sum(v for (s, d, _), v in totals.items() if s == section and d == "Dépense")
    earned = sum(v for (s, d, _), v in totals.items() if s == section and d == "Recette")
    return spent - earned


def balanced_lines(r: random.Random) -> list[list]:
    """Every budget line before the faults: each section balanced to the cent."""
    totals: dict[tuple[str, str, str], int] = {}
    lines: list[list] = []
    for section, sens, chapter, label, target, articles in CHAPTERS:
        total = _chapter_total(target, section, sens, totals)
        totals[(section, sens, chapter)] = total
        weights = [w for _, _, w, _ in articles]
        article_totals = _split(total, [w / sum(weights) for w in weights], 100)
        for (article, art_label, _, spread), art_total in zip(articles, article_totals):
            for fonction, cents in _article_lines(r, chapter, article, spread, art_total):
                lines.append([YEAR, section, sens, chapter, label, article, art_label, fonction, cents])
    return lines


def _apply_faults(r: random.Random, lines: list[list]) -> list[list]:
    """Add the documented faults on distinct lines; returns the new list (with one duplicated line)."""
    by_chapter = lambda code: [i for i, line in enumerate(lines) if line[3] == code]  # noqa: E731
    used: set[int] = set()

    def pick(pool: list[int], n: int) -> list[int]:
        chosen = r.sample([i for i in pool if i not in used], n)
        used.update(chosen)
        return chosen

    for i in pick(by_chapter("011"), 5) + pick(by_chapter("012"), 3) + pick(by_chapter("014"), 1) + pick(
            by_chapter("042"), 1):
        lines[i][3] = lines[i][3][1:]
    general = by_chapter("011") + by_chapter("65")
    for i in pick(general, FAULTS["zero_amounts"]):
        lines[i][8] = 0
    for i in pick(general, FAULTS["negative_amounts"]):
        lines[i][8] = -r.choice([1250, 480, 3600, 215]) * 100
    for i in pick(general, FAULTS["missing_amounts"]):
        lines[i][8] = None
    spaced = pick(by_chapter("011") + by_chapter("012"), FAULTS["stray_spaces_labels"])
    for n, i in enumerate(spaced):
        label = lines[i][6]
        lines[i][6] = label + " " if n < 3 else label.replace(" ", "  ", 1)
    dup = pick(by_chapter("21"), 1)[0]
    return lines[:dup + 1] + [list(lines[dup])] + lines[dup + 1:]


def build() -> bytes:
    """The whole file as bytes: cp1252, CRLF, `;`, amounts `12 345,67` with a non-breaking space."""
    r = rng("budget")
    lines = _apply_faults(r, balanced_lines(r))
    rows = [[*line[:8], "" if line[8] is None else money_fr(line[8])] for line in lines]
    return csv_text(HEADER, rows, ";", "\r\n").encode("cp1252")
