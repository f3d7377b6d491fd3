"""Pictures read back in every format and size: pixel dimensions at each scale, the alt
text in the file, themes, and redaction that leaves no trace in pixels, text or metadata."""

import io
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtGui import QImage

from careersquiggle.core.model import Chapter, Entry
from careersquiggle.core.redaction import Redaction
from careersquiggle.render.picture import PRESETS, Picture, PictureSpec
from careersquiggle.render.picture_files import encode_png, pdf_bytes, svg_bytes

NOW = 1_790_000_000.0
ORGS = ("Fernbank", "University of Leeds")


@pytest.fixture
def picture(qapp):
    p = Picture()
    yield p
    p.close()


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    raw = np.frombuffer(image.constBits(), np.uint8)
    return raw.reshape(image.height(), image.width(), 4).copy()


def read_png(tmp_path, data: bytes, name="p.png") -> QImage:
    path = tmp_path / name
    path.write_bytes(data)
    img = QImage(str(path))
    assert not img.isNull()
    return img


def pdf_text(data: bytes) -> tuple[str, str, tuple[float, float]]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    page = reader.pages[0]
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    box = page.mediabox
    return " ".join(page.extract_text().split()), meta, (float(box.width), float(box.height))


def render(picture, j, spec, entries=None, chapters=None):
    return picture.render(j.entries() if entries is None else entries, j.checkins(),
                          j.chapters() if chapters is None else chapters, spec, now=NOW)


@pytest.mark.parametrize("preset", list(PRESETS))
def test_every_preset_at_1x_with_its_alt_text_chunk(tmp_path, picture, demo_journal, preset):
    w, h = PRESETS[preset]
    image = render(picture, demo_journal, PictureSpec(w, h))
    img = read_png(tmp_path, encode_png(image, picture.alt))
    assert (img.width(), img.height()) == (w, h)
    assert 0 < len(picture.alt.short) < 250
    assert img.text("Description").startswith(picture.alt.short)
    assert picture.alt.long in img.text("Description")


@pytest.mark.parametrize("preset,scale", [("post", 2), ("post", 3), ("story", 2), ("square", 3)])
def test_scale_multiplies_the_pixels_and_keeps_the_layout(tmp_path, picture, demo_journal,
                                                          preset, scale):
    w, h = PRESETS[preset]
    one = pixels(render(picture, demo_journal, PictureSpec(w, h)))
    labels_one = picture.last_labels
    big = render(picture, demo_journal, PictureSpec(w, h, scale=scale))
    img = read_png(tmp_path, encode_png(big, picture.alt))
    assert (img.width(), img.height()) == (w * scale, h * scale)
    assert picture.last_labels == labels_one
    # The same picture with more pixels: scaled back down it matches the 1× one closely.
    small = pixels(img.scaled(w, h))
    assert np.abs(small[..., :3].astype(int) - one[..., :3].astype(int)).mean() < 8


def test_themes(picture, demo_journal):
    light = pixels(render(picture, demo_journal, PictureSpec(800, 450)))
    dark = pixels(render(picture, demo_journal, PictureSpec(800, 450, theme="dark")))
    clear = pixels(render(picture, demo_journal, PictureSpec(800, 450, theme="transparent")))
    assert tuple(light[0, 0]) == (255, 255, 255, 255)
    assert dark[0, 0, :3].max() < 60 and dark[0, 0, 3] == 255
    assert clear[0, 0, 3] == 0 and (clear[..., 3] == 255).any()


def test_svg_and_pdf_are_vector_with_text_and_description(picture, demo_journal):
    from PySide6.QtSvg import QSvgRenderer

    spec = PictureSpec(1200, 675, title="Ten years", source="Source: my journal")
    render(picture, demo_journal, spec)
    svg = svg_bytes(picture, spec)
    assert QSvgRenderer(svg).isValid()
    text = svg.decode()
    assert "<desc>" in text and picture.alt.short.split(":")[0] in text
    assert "Ten years" in text and "Source: my journal" in text
    pdf = pdf_bytes(picture, spec)
    assert pdf.startswith(b"%PDF")
    words, meta, (pw, ph) = pdf_text(pdf)
    assert (round(pw), round(ph)) == (900, 506)  # 1200 × 675 px at 96 dpi, in points
    assert "Ten years" in words and "First paper accepted" in words


def redacted_by_hand(j):
    """The sample journal as if it had never named an organisation."""
    entries = [replace(e, title=e.title.replace("Fernbank", "the organisation").replace(
        "the organisation raised", "The organisation raised")) for e in j.entries()]
    entries = [replace(e, title="The organisation" + e.title[len("the organisation"):])
               if e.title.startswith("the organisation") else e for e in entries]
    chapters = [replace(c, title=c.role, organisation="") for c in j.chapters()]
    return entries, chapters


def test_hide_orgs_leaves_no_trace(tmp_path, picture, demo_journal):
    j = demo_journal
    spec = PictureSpec(1200, 675, redaction=Redaction(hide_orgs=True))
    hidden = render(picture, j, spec)
    svg, pdf = svg_bytes(picture, spec), pdf_bytes(picture, spec)
    png = encode_png(hidden, picture.alt)
    alt = picture.alt.as_text()
    entries, chapters = redacted_by_hand(j)
    by_hand = render(picture, j, PictureSpec(1200, 675), entries=entries, chapters=chapters)
    assert np.array_equal(pixels(hidden), pixels(by_hand))
    words, meta, _ = pdf_text(pdf)
    for name in ORGS:
        for where in (svg.decode(), words, meta, alt, png.decode("latin-1")):
            assert name.lower() not in where.lower(), (name, where[:200])
    assert "VP Engineering" in svg.decode()  # the band keeps the role
    plain = render(picture, j, PictureSpec(1200, 675))
    assert not np.array_equal(pixels(plain), pixels(hidden))
    assert "Fernbank" in svg_bytes(picture, PictureSpec(1200, 675)).decode()


def test_a_chapter_without_a_role_is_numbered(picture, journal):
    journal.add_chapter(Chapter.create(title="Acme Corp years", organisation="Acme Corp",
                                       start="2015", end="2018"))
    journal.add_entry(Entry.create(kind="event", title="Joined Acme Corp", date="2015-03", feel=2))
    spec = PictureSpec(1200, 675, redaction=Redaction(hide_orgs=True))
    picture.render(journal.entries(), [], journal.chapters(), spec, now=NOW)
    svg = svg_bytes(picture, spec).decode()
    assert "Chapter 1" in svg and "Acme" not in svg and "Acme" not in picture.alt.as_text()
    assert picture.last_labels == ["Joined the organisation"]


def test_private_entries_stay_out_of_every_format(picture, demo_journal):
    j = demo_journal
    private = next(e for e in j.entries() if e.private)
    # Even asked for by name, a private moment stays out unless private entries are included.
    spec = PictureSpec(1200, 675, labels=((private.id, private.title),))
    render(picture, j, spec)
    assert picture.last_labels == []
    words, meta, _ = pdf_text(pdf_bytes(picture, spec))
    for where in (svg_bytes(picture, spec).decode(), words, meta, picture.alt.as_text()):
        assert private.title not in where
    render(picture, j, replace(spec, include_private=True))
    assert private.title in svg_bytes(picture, spec).decode()
    assert private.title in picture.alt.long


def test_years_only_and_hide_feel(picture, demo_journal):
    j = demo_journal
    span = (Entry.create(kind="event", title="x", date="2016-02").date.position(),
            Entry.create(kind="event", title="x", date="2016-10").date.position())
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    spec = PictureSpec(1200, 675, span=span)
    render(picture, j, spec)
    assert any(m in svg_bytes(picture, spec).decode() for m in months)
    spec = replace(spec, redaction=Redaction(years_only=True))
    render(picture, j, spec)
    svg = svg_bytes(picture, spec).decode()
    assert not any(f">{m}" in svg or f"{m} " in svg for m in months)
    feel = PictureSpec(1200, 675)
    render(picture, j, feel)
    assert "+5" in svg_bytes(picture, feel).decode()
    hide = replace(feel, redaction=Redaction(hide_feel=True))
    render(picture, j, hide)
    text = svg_bytes(picture, hide).decode()
    assert "+5" not in text and "−5" not in text
    assert "+" not in picture.alt.as_text() and "−" not in picture.alt.as_text()


def test_key_only_labels_just_the_turns_and_extremes(picture, demo_journal):
    render(picture, demo_journal, PictureSpec(1920, 1080, redaction=Redaction(key_only=True)))
    labels = set(picture.last_labels)
    assert "Few postdoc positions, and rent to pay" in labels
    assert "I want to manage people" in labels  # a preference shift
    assert "First paper accepted" not in labels  # an ordinary event


def test_key_only_follows_the_key_moment_flag(picture, journal):
    rows = [("The low", "event", -2, False), ("Marked as key", "event", 1, True),
            ("A plain shift", "shift", 0, False), ("The high", "event", 3, False)]
    for i, (title, kind, feel, key) in enumerate(rows):
        journal.add_entry(Entry.create(kind=kind, title=title, date=f"{2015 + 2 * i}-06",
                                       feel=feel, key_moment=key))
    picture.render(journal.entries(), [], [], PictureSpec(1200, 675,
                   redaction=Redaction(key_only=True)), now=NOW)
    assert {"Marked as key", "The low", "The high"} <= set(picture.last_labels)
    assert "A plain shift" not in picture.last_labels  # turns count only when none is marked
