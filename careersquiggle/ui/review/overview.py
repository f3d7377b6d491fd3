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

from careersquiggle.core.review import Period, Review
from careersquiggle.services import review as review_service
from careersquiggle.services.journal import Journal
from careersquiggle.ui.review.charts import DriveChart, FeelChart
from careersquiggle.ui.review.overview_html import review_html
from careersquiggle.ui.review.period_picker import PeriodPicker
from careersquiggle.ui.review.style import KIND_NAMES, KIND_SYMBOLS, MUTED


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
        self.setAccessibleDescription(f"{value} {caption}")


def _ago(days: int) -> str:
    if days < 14:
        return "today" if days == 0 else f"{days} day{'s' if days != 1 else ''}"
    if days < 60:
        return f"{days // 7} weeks"
    return f"{round(days / 30.4)} months" if days < 730 else f"{days // 365} years"


class OverviewTab(QWidget):
    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.review: Review | None = None
        self.picker = PeriodPicker()
        self.picker.periodChanged.connect(self.show_period)
        self.entries_card, self.drive_card, self.checkin_card = (
            Card("Entries in the period"), Card("Check-ins in the period"), Card("Last check-in"))
        cards = QHBoxLayout()
        for c in (self.entries_card, self.drive_card, self.checkin_card):
            cards.addWidget(c, 1)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName("Review of the period")
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
        kinds = "  ".join(f"{KIND_SYMBOLS[k]} {c} {KIND_NAMES[k][0 if c == 1 else 1]}"
                          for k, c in r.by_kind.items())
        self.entries_card.set(f"{n} entr{'y' if n == 1 else 'ies'}", kinds)
        if r.drive is None:
            self.drive_card.set("no check-ins", "autonomy, mastery and purpose need a check-in")
        else:
            d = r.drive
            self.drive_card.set(f"{d.count} check-in{'s' if d.count != 1 else ''}",
                                f"on average autonomy {d.autonomy:.1f} · mastery {d.mastery:.1f}"
                                f" · purpose {d.purpose:.1f}")
        if r.last_checkin is None or r.days_since_checkin is None:
            self.checkin_card.set("never", "a first check-in takes a minute")
        else:
            ago = _ago(r.days_since_checkin)
            self.checkin_card.set(ago if ago == "today" else f"{ago} ago",
                                  f"on {r.last_checkin.date.label()}")
        self.text.setHtml(review_html(r))
        self.feel_chart.show_review(r)
        self.drive_chart.show_chapters(r.chapters)
