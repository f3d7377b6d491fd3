"""Pictures to share, read back as images: exact size, opaque, not blank, private stays out."""

import numpy as np
import pytest
from PySide6.QtGui import QImage

from careersquiggle.core.model import Entry
from careersquiggle.render.picture import Picture, PictureSpec
from careersquiggle.render.picture_files import encode_png, svg_bytes

NOW = 1_790_000_000.0  # a fixed "now" so ongoing chapters end at the same place


@pytest.fixture
def picture(qapp):
    p = Picture()
    yield p
    p.close()


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    pixels = np.frombuffer(image.constBits(), np.uint8)
    return pixels.reshape(image.height(), image.width(), 4).copy()


def read_back(tmp_path, image, name="p.png") -> QImage:
    path = tmp_path / name
    path.write_bytes(encode_png(image))
    loaded = QImage(str(path))
    assert not loaded.isNull()
    return loaded


@pytest.mark.parametrize("size", [(1920, 1080), (1200, 675), (1080, 1080), (777, 431)])
def test_exact_size_opaque_and_not_blank(tmp_path, picture, demo_journal, size):
    j = demo_journal
    img = read_back(tmp_path, picture.render(j.entries(), j.checkins(), j.chapters(),
                                             PictureSpec(*size), now=NOW))
    assert (img.width(), img.height()) == size
    px = pixels(img)
    assert (px[..., 3] == 255).all()
    assert tuple(px[0, 0, :3]) == (255, 255, 255)  # the light share theme
    colours = np.unique(px[..., :3].reshape(-1, 3), axis=0)
    assert len(colours) > 50
    # Labels where there is room, at every size (text is sized for phones: fewer, larger).
    assert len(picture.last_labels) >= 4


def test_private_entries_leave_no_trace(tmp_path, picture, journal_path, demo_journal):
    from careersquiggle.services.journal import Journal

    j = demo_journal
    spec = PictureSpec(1200, 675)
    with_private = picture.render(j.entries(), j.checkins(), j.chapters(), spec, now=NOW)
    other = Journal.open(tmp_path / "other.sqlite3")
    public = [e for e in j.entries() if not e.private]
    for e in public:
        other.add_entry(e)
    without = picture.render(other.entries(), j.checkins(), j.chapters(), spec, now=NOW)
    assert any(e.private for e in j.entries())
    assert np.array_equal(pixels(with_private), pixels(without))
    shown = picture.render(j.entries(), j.checkins(), j.chapters(),
                           PictureSpec(1200, 675, include_private=True), now=NOW)
    assert not np.array_equal(pixels(shown), pixels(without))
    other.close()


def test_notes_never_appear(picture, journal):
    journal.add_entry(Entry.create(kind="event", title="Visible event", date="2020", feel=2,
                                   notes="SECRET NOTES TEXT"))
    journal.add_entry(Entry.create(kind="note", title="A private thought", date="2021"))
    picture.render(journal.entries(), [], [], PictureSpec(1200, 675), now=NOW)
    assert picture.last_labels == ["Visible event"]
    svg = svg_bytes(picture, PictureSpec(1200, 675)).decode()
    assert "Visible event" in svg and "SECRET" not in svg and "private thought" not in svg


def test_svg_is_a_valid_drawing(picture, demo_journal):
    from PySide6.QtSvg import QSvgRenderer

    j = demo_journal
    picture.render(j.entries(), j.checkins(), j.chapters(),
                   PictureSpec(1920, 1080, title="Ten years"),
                   now=NOW)
    data = svg_bytes(picture, PictureSpec(1920, 1080, title="Ten years"))
    renderer = QSvgRenderer(data)
    assert renderer.isValid()
    assert renderer.viewBox().width() == 1920
    assert b"Ten years" in data


def test_the_whole_range_fits_whatever_the_window_shows(picture, demo_journal):
    j = demo_journal
    picture.render(j.entries(), j.checkins(), j.chapters(), PictureSpec(1200, 675), now=NOW)
    xs = picture.last_data.x
    vb = picture.widget.ci.getItem(2, 0).vb
    (x0, x1), _ = vb.viewRange()
    assert x0 < xs.min() and x1 > xs.max()


def test_stress_a_thousand_labelled_entries_at_4000_px(tmp_path, picture, journal):
    rng = np.random.default_rng(7)
    entries = [
        Entry.create(kind=["event", "shift", "shock"][i % 3], title=f"Moment number {i} of many",
                     date=f"{1990 + i % 35}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                     feel=int(rng.integers(-5, 6)), id=i + 1)
        for i in range(1000)
    ]
    # Dense labels on purpose: this is the drawing load that aborted PySide6 6.12.0.
    spec = PictureSpec(4000, 2250, label_spacing=2)
    img = read_back(tmp_path, picture.render(entries, [], [], spec, now=NOW))
    assert (img.width(), img.height()) == (4000, 2250)
    # Packed this tight, few places are free of the line and the markers; the lowest and
    # highest get one whatever happens.
    assert 2 <= len(picture.last_labels) <= 250
