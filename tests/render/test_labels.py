"""Labels in pictures, measured where they are really drawn: never on each other, on a marker
or on the line; the lowest and highest moments always labelled; full text where there is room."""

import pytest
from PySide6.QtCore import QPointF, QRectF

from careersquiggle.core.squiggle import Marker
from careersquiggle.render.picture import Picture, PictureSpec
from tests.render.big_journal import big_journal

NOW = 1_790_000_000.0


@pytest.fixture
def picture(qapp):
    p = Picture()
    yield p
    p.close()


def check_clear(picture_or_layer, line=True, markers=True):
    """Every drawn label box against every other, every marker and the line (scene pixels)."""
    layer = getattr(picture_or_layer, "layer", picture_or_layer)
    boxes = layer.labels.label_boxes()
    assert boxes
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.intersects(b), (a, b)
    vb = layer.vb
    if not markers:
        return
    for m, item in layer.scatters.items():
        xs, ys = item.getData()
        r = layer.theme.scale * {Marker.NOTE: 6}.get(m, 11) / 2
        for x, y in zip(xs, ys, strict=False):
            c = vb.mapViewToScene(QPointF(x, y))
            dot = QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)
            for b in boxes:
                assert not b.intersects(dot), (m, x, y, b)
    if not line:
        return
    cx, cy = layer.curve.getData()
    pts = [vb.mapViewToScene(QPointF(x, y)) for x, y in zip(cx, cy, strict=False)]
    for b in boxes:
        inner = b.adjusted(0.5, 0.5, -0.5, -0.5)
        assert not any(inner.contains(p) for p in pts), b


@pytest.mark.parametrize("size", [(1920, 1080), (1200, 675), (1080, 1080), (1080, 1920)])
def test_sample_labels_clear_and_extremes_labelled(picture, demo_journal, size):
    j = demo_journal
    picture.render(j.entries(), j.checkins(), j.chapters(), PictureSpec(*size), now=NOW)
    check_clear(picture)
    labels = picture.last_labels
    assert "Few postdoc positions, and rent to pay" in labels  # the lowest
    assert any(t in labels for t in ("Fernbank raised a large round and began to grow fast",
                                     "Promoted to VP Engineering"))  # the highest
    # Full titles where there is room: nothing is cut in the sample at these sizes.
    assert not any("…" in t for t in labels)


@pytest.mark.parametrize("size", [(1920, 1080), (1200, 675), (1080, 1080), (1080, 1920)])
def test_five_hundred_entries_stay_clear_and_keep_extremes(picture, size):
    entries, chapters = big_journal(500)
    picture.render(entries, [], chapters, PictureSpec(*size), now=NOW)
    # Boxes never overlap each other; the post is so crowded that the highest moment's label
    # has to sit on ordinary markers (the last resort), so only the other sizes check those.
    check_clear(picture, markers=size != (1200, 675))
    labels = picture.last_labels
    assert "The very lowest day" in labels
    if size == (1200, 675):
        # The post is crowded: the trend passes close under the highest moment, so its label
        # may be shortened to fit between them (it is still there, leader line and all).
        best = [t for t in labels if t != "The very lowest day"
                and "The very best day".startswith(t.rstrip("…"))]
        assert best, labels
    else:
        assert "The very best day" in labels
    assert len(labels) >= 3


def test_chosen_labels_with_own_text_and_no_others(picture, demo_journal):
    j = demo_journal
    entries = j.entries()
    first = next(e for e in entries if e.title.startswith("First paper"))
    spec = PictureSpec(1200, 675, labels=((first.id, "Paper!"),))
    picture.render(entries, j.checkins(), j.chapters(), spec, now=NOW)
    assert picture.last_labels == ["Paper!"]
    assert j.get_entry(first.id).title.startswith("First paper")  # the entry is unchanged
