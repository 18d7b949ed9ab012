"""Accessibility of chart colours: WCAG contrast of text on tiles and palettes seen with colour-blind eyes.

Text colour per tile: black or white, whichever contrasts more (WCAG 2.1 relative luminance); for any
background one of the two reaches at least 4.58:1, so tile labels always pass AA (4.5:1). Colour-blind
readers: each palette is simulated for protanopia, deuteranopia and tritanopia (Machado, Oliveira &
Fernandes 2009, severity 1) and the closest pair is measured in CIE Lab (ΔE 1976).
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Any

import numpy as np

AA_TEXT = 4.5  # WCAG 2.1 AA, normal text
DISTINCT_DE = 10.0  # two tiles side by side stay tellable apart above this ΔE76 (a common rule of thumb)
BLACK, WHITE = "#000000", "#FFFFFF"
VISIONS = ("normal", "protan", "deutan", "tritan")
_MACHADO = {
    "protan": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                        [-0.003882, -0.048116, 1.051998]]),
    "deutan": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                        [-0.011820, 0.042940, 0.968881]]),
    "tritan": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                        [0.004733, 0.691367, 0.303900]]),
}


def _rgb(colour: str) -> np.ndarray:
    """`#RRGGBB` (or `#RGB`) as three floats in 0..1."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6:
        raise ValueError(f"not a hex colour: {colour!r}")
    return np.array([int(text[i:i + 2], 16) / 255 for i in (0, 2, 4)])


def _linear(rgb: np.ndarray) -> np.ndarray:
    return np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)


def _srgb(lin: np.ndarray) -> np.ndarray:
    lin = np.clip(lin, 0, 1)
    return np.where(lin <= 0.0031308, lin * 12.92, 1.055 * lin ** (1 / 2.4) - 0.055)


def luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance (0 = black, 1 = white)."""
    r, g, b = _linear(_rgb(colour))
    return float(0.2126 * r + 0.7152 * g + 0.0722 * b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_colour(background: str) -> str:
    """Black or white text, whichever contrasts more with `background`."""
    return BLACK if contrast(background, BLACK) >= contrast(background, WHITE) else WHITE


def text_colours(backgrounds: list[str]) -> list[str]:
    """text_colour() of each tile (computed once per distinct colour)."""
    cache = {c: text_colour(c) for c in set(backgrounds)}
    return [cache[c] for c in backgrounds]


def simulate(colour: str, vision: str) -> np.ndarray:
    """The sRGB (0..1) a reader with `vision` sees (normal, protan, deutan, tritan)."""
    rgb = _rgb(colour)
    if vision == "normal":
        return rgb
    return _srgb(_MACHADO[vision] @ _linear(rgb))


def _lab(rgb: np.ndarray) -> np.ndarray:
    """sRGB (0..1) to CIE Lab (D65)."""
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ _linear(rgb)
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 216 / 24389, np.cbrt(xyz), (24389 / 27 * xyz + 16) / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def delta_e(a: np.ndarray, b: np.ndarray) -> float:
    """ΔE 1976 between two sRGB (0..1) colours."""
    return float(np.linalg.norm(_lab(a) - _lab(b)))


@dataclass(frozen=True)
class PaletteCheck:
    """How a palette reads: the closest pair per vision, and the weakest text contrast on its tiles."""

    name: str
    closest: dict[str, float]  # vision -> smallest ΔE76 between two colours of the palette
    pairs: dict[str, tuple[str, str]]  # vision -> that closest pair
    min_text_contrast: float  # over the palette's colours, with the text colour text_colour() picks

    @property
    def text_ok(self) -> bool:
        return self.min_text_contrast >= AA_TEXT

    def hard_visions(self) -> list[str]:
        """Visions for which two colours of the palette are hard to tell apart."""
        return [v for v in VISIONS if self.closest[v] < DISTINCT_DE]


def check_palette(name: str, colours: tuple[str, ...] | list[str]) -> PaletteCheck:
    """Measure a palette for every vision and for text contrast on its tiles."""
    closest, pairs = {}, {}
    for vision in VISIONS:
        seen = {c: simulate(c, vision) for c in colours}
        best = min(((delta_e(seen[a], seen[b]), (a, b)) for a, b in combinations(colours, 2)),
                   default=(float("inf"), ("", "")))
        closest[vision], pairs[vision] = best
    ratios = [contrast(c, text_colour(c)) for c in colours]
    return PaletteCheck(name, closest, pairs, min(ratios, default=21.0))


def figure_colours(figure: Any) -> list[str]:
    """The distinct hex colours of a plotly figure's markers (tiles, bars, areas), white and light grey left out."""
    colours: list[str] = []
    for trace in figure.data:
        marker = getattr(trace, "marker", None)
        values = getattr(marker, "colors", None) if marker is not None else None
        if values is None and marker is not None:
            values = getattr(marker, "color", None)
        if isinstance(values, str):
            values = [values]
        if isinstance(values, (list, tuple)):
            colours += [c for c in values if isinstance(c, str) and c.startswith("#")]
    return list(dict.fromkeys(c.upper() for c in colours if c.upper() not in ("#FFFFFF", "#EEEEEE")))


def palette_sentence(figure: Any, lang: str = "fr") -> str:
    """A sentence for readers: colours measured for colour-blind eyes, and text contrast where text sits on the
    colours (treemap tiles; bars, choropleths and maps write their text beside them)."""
    from viz import fmt
    from viz.i18n import t
    distinct = figure_colours(figure)
    if not distinct:
        return ""
    check = check_palette("", distinct)
    hard = [t(f"sheet.vision.{v}", lang) for v in check.hard_visions()]
    closest = min(check.closest[v] for v in ("protan", "deutan", "tritan"))
    colours = t("sheet.access.hard" if hard else "sheet.access.ok", lang, colours=len(distinct),
                delta=fmt.number(closest, lang, 1), visions=", ".join(hard))
    tiles = any(getattr(trace, "type", "") == "treemap" for trace in figure.data)  # text drawn on the colours
    text = t("sheet.access.text", lang, contrast=fmt.number(check.min_text_contrast, lang, 2)) if tiles else ""
    return f"{colours}{text}."
