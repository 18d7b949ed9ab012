"""The context sheet as PDF: the HTML page printed by WeasyPrint (Pango, DejaVu fonts for French text).

Only `data:` URIs are fetched (the images the page inlines); a remote or local address in the page is refused
by the fetcher, so a PDF is never a way to reach the network or the disk.
"""
from __future__ import annotations

from viz.errors import StudioError
from viz.export.sheet import Sheet
from viz.export.sheet_render import to_html


class SheetPdfError(StudioError, RuntimeError):
    """The PDF cannot be written (WeasyPrint or its system libraries missing); the message says what to install."""


def to_pdf(sheet: Sheet) -> bytes:
    """PDF bytes of the sheet (A4, page numbers, fonts embedded)."""
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: Pango not installed
        raise SheetPdfError("sheet.pdf.missing", error=str(exc)[:160]) from exc
    fetcher = weasyprint.URLFetcher(allowed_protocols={"data"})
    return weasyprint.HTML(string=to_html(sheet), url_fetcher=fetcher).write_pdf()


def pdf_available() -> bool:
    """Whether WeasyPrint and Pango can be loaded here."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        return False
    return True
