"""Dates read as the reader writes them, while stored and exported forms stay ISO-like."""

from __future__ import annotations

import json

import pytest
from pyqtgraph.graphicsItems.DateAxisItem import MONTH_DAY_ZOOM_LEVEL
from PySide6.QtCore import QLocale

from careersquiggle.core import dates
from careersquiggle.core.dates import FuzzyDate
from careersquiggle.render import local_dates

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def german():
    local_dates.install(GERMAN)
    yield
    dates.set_reader_locale({}, None)  # plain English again for the other tests


@pytest.mark.parametrize(("locale", "day", "month"), [
    ("de_DE", "14. März 2019", "März 2019"),
    ("en_US", "March 14, 2019", "March 2019"),
    ("en_GB", "14 March 2019", "March 2019"),
    ("fr_FR", "14 mars 2019", "mars 2019"),
])
def test_month_names_and_order_follow_the_locale(locale, day, month):
    loc = QLocale(locale)
    assert local_dates.label(FuzzyDate(2019, 3, 14), loc) == day
    assert local_dates.label(FuzzyDate(2019, 3), loc) == month
    assert local_dates.label(FuzzyDate(2019), loc) == "2019"


def test_the_locale_names_every_month_both_ways():
    names = local_dates.month_names(GERMAN)
    assert names["märz"] == 3 and names["mär"] == 3 and names["dezember"] == 12
    assert sorted(set(names.values())) == list(range(1, 13))


def test_once_installed_every_label_is_in_the_readers_language_but_storage_is_not(
        german, journal):
    from careersquiggle.core.model import Entry
    from careersquiggle.services.jsondoc import dumps, export_document

    d = FuzzyDate.parse("2019-03")
    assert d.label() == "März 2019" and str(d) == "2019-03"
    assert dates.reader_months()["oktober"] == 10
    journal.add_entry(Entry.create(kind="event", title="Neue Stelle", date="2019-03-14"))
    doc = json.loads(dumps(export_document(journal)))
    assert doc["entries"][0]["date"] == "2019-03-14"


def test_the_time_axis_names_months_in_the_readers_language(german, qapp):
    before = QLocale()
    QLocale.setDefault(GERMAN)
    try:
        axis = local_dates.LocalDateAxis()
        may = FuzzyDate(2019, 5, 1).start_position() + 43200
        axis.zoomLevel = MONTH_DAY_ZOOM_LEVEL  # what a few months in view show
        spacing = axis.zoomLevel.tickSpecs[0].spacing
        assert axis.tickStrings([may], 1.0, spacing) == ["Mai"]
    finally:
        QLocale.setDefault(before)
