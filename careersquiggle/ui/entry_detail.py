"""The selected entry, readable: title, date as written, kind, feel, tags, notes."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser

from careersquiggle.core.i18n import Context, fill
from careersquiggle.core.model import Entry
from careersquiggle.ui.entry_table import kind_text

Detail = Context("Detail")


def entry_markdown(e: Entry) -> str:
    parts = [f"### {e.title}", ""]
    facts = [e.date.label(), kind_text(e)]
    if e.feel is not None:
        facts.append(fill(Detail.tr("feel %1"), f"{e.feel:+d}"))
    if e.private:
        facts.append(Detail.tr("private"))
    parts.append(" · ".join(facts))
    if e.shift_from or e.shift_to:
        parts += ["", fill(Detail.tr("**From** %1 **to** %2"), e.shift_from or "—",
                           e.shift_to or "—")]
    if e.tags:
        parts += ["", " ".join(f"`{t}`" for t in e.tags)]
    if e.notes.strip():
        parts += ["", e.notes]
    return "\n".join(parts)


class EntryDetail(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)  # links in notes never start a browser or a request
        self.setAccessibleName(Detail.tr("Entry details"))
        self.show_entry(None)

    def show_entry(self, e: Entry | None) -> None:
        if e is None:
            self.setMarkdown(Detail.tr("*Select an entry on the squiggle or in the list to see it "
                                       "here. Double-click to edit it.*"))
        else:
            self.setMarkdown(entry_markdown(e))
