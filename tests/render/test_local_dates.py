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


def test_the_time_axis_ticks_are_pyqtgraphs_own_through_pans_and_zooms(qapp):
    """The axis keeps its tick lattice and texts between steps; the ticks and texts are
    still exactly those pyqtgraph's own date axis makes, at every zoom a life shows."""
    import random

    import pyqtgraph as pg
    from PySide6.QtGui import QImage, QPainter

    ours, theirs = local_dates.LocalDateAxis(), pg.DateAxisItem()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        ours.fontMetrics = theirs.fontMetrics = painter.fontMetrics()  # (set while painting)
        rng = random.Random(16)
        year = 365.25 * 86400
        centre, span = 0.0, 40 * year
        for _ in range(3000):
            if rng.random() < 0.3:  # anywhere, at any zoom from days to two centuries
                centre, span = rng.uniform(-90, 60) * year, 10 ** rng.uniform(5.5, 9.8)
            elif rng.random() < 0.5:  # a pan step
                centre += rng.choice((-0.1, 0.1)) * span
            else:  # a zoom step
                span *= rng.choice((0.8, 1.25))
            width = rng.choice((281.0, 869.0, 1920.0))
            levels = ours.tickValues(centre - span / 2, centre + span / 2, width)
            assert levels == theirs.tickValues(centre - span / 2, centre + span / 2, width)
            for spacing, values in levels:
                assert ours.tickStrings(values, 1.0, spacing) == ours._tick_strings(
                    values, 1.0, spacing)
    finally:
        painter.end()
