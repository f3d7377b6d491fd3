"""Chapter titles in pictures, measured where they are drawn and read back from the PNG: each
inside its own band, never on another title, and never beside one so the two read as one
line (the sample journal's long titles once ran on into the next band, level with the title
after it)."""

import numpy as np
import pytest
from PySide6.QtGui import QImage

from careersquiggle.core.model import Chapter
from careersquiggle.render.picture import Picture, PictureSpec
from careersquiggle.render.picture_files import encode_png

NOW = 1_790_000_000.0
SIZES = [(1920, 1080), (1200, 675), (1080, 1080), (1080, 1920), (800, 450)]


@pytest.fixture
def picture(qapp):
    p = Picture()
    yield p
    p.close()


def check_titles(layer) -> list:
    """Every title drawn against its band and every other title (scene pixels)."""
    titles = layer.labels.titles
    em = titles.font.pixelSize()
    drawn = titles.drawn()
    for full, lines, box, left, right in drawn:
        assert left < box.left() and box.right() <= right - 0.5 * em, (full, box, left, right)
        assert " ".join(lines).removesuffix("…") in " ".join(full.split()), (full, lines)
    for n, (_f, _l, a, *_) in enumerate(drawn):
        for _g, _m, b, *_ in drawn[n + 1:]:
            assert not a.intersects(b), (a, b)
            first, second = sorted((a, b), key=lambda r: r.left())
            gap = second.left() - first.right()
            level = first.top() < second.bottom() and second.top() < first.bottom()
            next_row = not level and (second.top() - first.bottom() < em
                                      and first.top() - second.bottom() < em)
            if level:  # side by side on one row: a gap that no reader takes for a space
                assert gap >= 0.9 * em, (first, second)
            elif next_row:  # on the row below: clearly apart, or clearly stacked lines
                stacked = -gap >= min(2 * em, first.width() / 2) - 0.5
                assert gap >= 0.9 * em or stacked, (first, second)
    return drawn


def ink_outside_titles(layer, image: QImage) -> int:
    """Dark pixels in the titles' rows of a PNG that lie outside every title's box: text that
    ran somewhere it was not measured to be (there is ink inside each box: the text)."""
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    px = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.width(), 4)
    grey = px[..., :3].astype(float) @ [0.299, 0.587, 0.114]
    at = layer.labels.titles.item.scenePos()
    top, bottom = int(at.y()) + 1, int(at.y() + layer.labels.title_rows_height())
    left, right = int(at.x()) + 2, int(at.x() + layer.vb.width()) - 1
    ink = np.zeros(grey.shape, bool)
    ink[top:bottom, left:right] = grey[top:bottom, left:right] < 130
    for _f, _l, box, *_ in layer.labels.titles.drawn():
        inside = (slice(max(0, int(box.top()) - 2), int(box.bottom()) + 3),
                  slice(max(0, int(box.left()) - 2), int(box.right()) + 3))
        assert ink[inside].sum() > box.width() / 2, box  # the text is seen where it is
        ink[inside] = False
    return int(ink.sum())


def read_png(tmp_path, image) -> QImage:
    path = tmp_path / "titles.png"
    path.write_bytes(encode_png(image))
    loaded = QImage(str(path))
    assert not loaded.isNull()
    return loaded


@pytest.mark.parametrize("size", SIZES)
def test_sample_titles_stay_in_their_bands(tmp_path, picture, demo_journal, size):
    j = demo_journal
    png = read_png(tmp_path, picture.render(j.entries(), j.checkins(), j.chapters(),
                                            PictureSpec(*size), now=NOW))
    drawn = check_titles(picture.layer)
    assert len(drawn) == 4  # every chapter titled, at every size
    assert ink_outside_titles(picture.layer, png) == 0
    # The PhD's title no longer runs on over the engineer's band at any size.
    phd = next(d for d in drawn if d[0].startswith("PhD"))
    assert len(phd[1]) == 2 or phd[1] == ("PhD in computational biology",)


@pytest.mark.parametrize("size", [(1200, 675), (800, 450)])
def test_neighbours_with_long_titles(tmp_path, picture, demo_journal, size):
    j = demo_journal
    chapters = [
        Chapter.create(title="Postdoctoral research fellow in marine microbiology",
                       organisation="Plymouth", start="2009-10", end="2013-09"),
        Chapter.create(title="Senior data scientist and machine learning lead",
                       organisation="Fernbank", start="2013-10", end="2017-05"),
        Chapter.create(title="Independent consultant for climate start-ups", start="2017-06"),
    ]
    png = read_png(tmp_path, picture.render(j.entries(), j.checkins(), chapters,
                                            PictureSpec(*size), now=NOW))
    drawn = check_titles(picture.layer)
    assert len(drawn) == 3
    assert all(len(lines) == 2 for _f, lines, *_ in drawn[:2])  # wrapped, not run on
    assert ink_outside_titles(picture.layer, png) == 0


def test_overlapping_chapters_titles_by_lane(tmp_path, picture, demo_journal):
    """A PhD with a teaching job inside it and a sabbatical after: lanes, one row each."""
    j = demo_journal
    chapters = [
        Chapter.create(title="PhD in computational biology", start="2009-10", end="2013-09"),
        Chapter.create(title="Teaching assistant for first-year statistics", start="2011-01",
                       end="2012-06"),
        Chapter.create(title="Teaching again", start="2012-09", end="2014-06"),
        Chapter.create(title="Engineer at Fernbank", start="2014-07", end="2020-01"),
    ]
    png = read_png(tmp_path, picture.render(j.entries(), j.checkins(), chapters,
                                            PictureSpec(1200, 675), now=NOW))
    drawn = check_titles(picture.layer)
    assert {d[0] for d in drawn} >= {"PhD in computational biology", "Engineer at Fernbank"}
    assert ink_outside_titles(picture.layer, png) == 0
