"""Taking the review out of the window: Markdown to keep, a PDF, or paper.

One text for all three: the Markdown review the terminal writes
(services/review_markdown.py); the PDF and the printout are that Markdown laid out by
QTextDocument, so the window, the file and the paper never disagree.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from careersquiggle.core.review import Period
from careersquiggle.services import review_markdown
from careersquiggle.services.files import replacing
from careersquiggle.services.formats import write_text_file
from careersquiggle.services.journal import Journal


def review_text(journal: Journal, period: Period) -> str:
    return review_markdown.review_journal(journal, period)


def file_stem(period: Period) -> str:
    """A file name for the review of ``period``, e.g. 'career-review-engineer-at-fernbank'."""
    slug = re.sub(r"[^\w]+", "-", period.label.casefold()).strip("-")
    return f"career-review-{slug}" if slug else "career-review"


def review_document(markdown: str) -> QTextDocument:
    """The review laid out for paper (tables, lists and quotes as Markdown has them)."""
    doc = QTextDocument()
    font = QFont(doc.defaultFont())
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    doc.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    return doc


def write_markdown(path: Path | str, markdown: str) -> None:
    """All or nothing, readable by the owner only (the review may quote private entries)."""
    write_text_file(path, markdown)


def write_pdf(path: Path | str, doc: QTextDocument, title: str) -> None:
    """Through Qt's printer in PDF mode, into a temporary file renamed into place once
    whole; JournalError with the reason when the folder cannot take it."""
    with replacing(path) as tmp:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp))
        printer.setDocName(title)
        doc.print_(printer)
