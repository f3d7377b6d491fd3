"""The review tab: a period picker, the figures at a glance, the story in words, two charts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from careersquiggle.core.i18n import Context, fill
from careersquiggle.core.review import Period, Review
from careersquiggle.services import review as review_service
from careersquiggle.services.journal import Journal
from careersquiggle.ui.review.charts import DriveChart, FeelChart
from careersquiggle.ui.review.overview_html import review_html
from careersquiggle.ui.review.period_picker import PeriodPicker
from careersquiggle.ui.review.style import KIND_SYMBOLS, MUTED

ReviewCounts = Context("ReviewCounts")
Overview = Context("Overview")


class Card(QFrame):
    """A figure with a caption, e.g. '20 entries'."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet("#card { background: #F4F6F8; border-radius: 8px; }")
        lay = QVBoxLayout(self)
        self.value = QLabel()
        # The card is always light, so its text is always dark (also under a dark palette).
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600; color: #222222;")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet(f"color: {MUTED};")
        lay.addWidget(self.value)
        lay.addWidget(self.caption)
        self.setAccessibleName(name)

    def set(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleDescription(fill("%1 %2", value, caption))


def _kind_count(kind: str, n: int) -> str:
    """'3 shifts': each kind its own plural (lupdate needs the literal text)."""
    if kind == "event":
        return ReviewCounts.tr("%n events", "", n)
    if kind == "shift":
        return ReviewCounts.tr("%n shifts", "", n)
    if kind == "shock":
        return ReviewCounts.tr("%n shocks", "", n)
    return ReviewCounts.tr("%n notes", "", n)


def _ago(days: int) -> str:
    if days == 0:
        return Overview.tr("today")
    if days < 14:
        return Overview.tr("%n days ago", "", days)
    if days < 60:
        return Overview.tr("%n weeks ago", "", days // 7)
    if days < 730:
        return Overview.tr("%n months ago", "", round(days / 30.4))
    return Overview.tr("%n years ago", "", days // 365)


class OverviewTab(QWidget):
    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.review: Review | None = None
        self.picker = PeriodPicker()
        self.picker.periodChanged.connect(self.show_period)
        self.entries_card, self.drive_card, self.checkin_card = (
            Card(Overview.tr("Entries in the period")),
            Card(Overview.tr("Check-ins in the period")), Card(Overview.tr("Last check-in")))
        cards = QHBoxLayout()
        for c in (self.entries_card, self.drive_card, self.checkin_card):
            cards.addWidget(c, 1)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(Overview.tr("Review of the period"))
        self.feel_chart, self.drive_chart = FeelChart(), DriveChart()
        charts = QSplitter(Qt.Orientation.Vertical)
        charts.addWidget(self.feel_chart)
        charts.addWidget(self.drive_chart)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.text)
        body.addWidget(charts)
        body.setSizes([520, 620])
        lay = QVBoxLayout(self)
        lay.addWidget(self.picker)
        lay.addLayout(cards)
        lay.addWidget(body, 1)

    def set_journal(self, journal: Journal) -> None:
        self.journal = journal
        self.refresh()

    def refresh(self) -> None:
        self.picker.set_context(self.journal.chapters(), review_service.today(self.journal))
        self.picker.refresh()
        self.show_period(self.picker.period())

    def show_period(self, period: Period) -> None:
        r = review_service.build(self.journal, period)
        self.review = r
        n = len(r.entries)
        kinds = "  ".join(f"{KIND_SYMBOLS[k]} {_kind_count(k, c)}"
                          for k, c in r.by_kind.items())
        self.entries_card.set(Overview.tr("%n entries", "", n), kinds)
        if r.drive is None:
            self.drive_card.set(Overview.tr("no check-ins"),
                                Overview.tr("autonomy, mastery and purpose need a check-in"))
        else:
            d = r.drive
            self.drive_card.set(Overview.tr("%n check-ins", "", d.count), fill(
                Overview.tr("on average autonomy %1 · mastery %2 · purpose %3"),
                f"{d.autonomy:.1f}", f"{d.mastery:.1f}", f"{d.purpose:.1f}"))
        if r.last_checkin is None or r.days_since_checkin is None:
            self.checkin_card.set(Overview.tr("never"),
                                  Overview.tr("a first check-in takes a minute"))
        else:
            self.checkin_card.set(_ago(r.days_since_checkin),
                                  fill(Overview.tr("on %1"), r.last_checkin.date.label()))
        self.text.setHtml(review_html(r))
        self.feel_chart.show_review(r)
        self.drive_chart.show_chapters(r.chapters)
