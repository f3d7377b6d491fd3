"""Sharing a picture without a file: the clipboard, and the choices remembered between
exports (so the window's Copy picture makes the same picture the dialog last did)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QImage

from careersquiggle.core.alt_text import AltText
from careersquiggle.core.redaction import Redaction
from careersquiggle.render.picture import PRESETS, PictureSpec, default_title

FLAGS = ("hide_orgs", "years_only", "hide_feel", "key_only")


def copy_picture(image: QImage, alt: AltText) -> None:
    """The picture as an image and its short alt text as text, in one clipboard entry, so a
    chat or a post editor takes whichever it understands."""
    mime = QMimeData()
    mime.setImageData(image)
    mime.setText(alt.short)
    QGuiApplication.clipboard().setMimeData(mime)


def remembered(settings, key: str, default: str) -> str:
    return str(settings.value(f"export/{key}", default)) if settings else default


def remembered_spec(settings) -> PictureSpec:
    """The picture the export dialog last made (its size, look and redaction)."""
    preset = remembered(settings, "preset", "slide")
    w, h = PRESETS.get(preset, PRESETS["slide"])
    if preset == "custom":
        w = int(remembered(settings, "width", str(w)))
        h = int(remembered(settings, "height", str(h)))
    return PictureSpec(
        width=w, height=h, title=remembered(settings, "title", default_title()),
        source=remembered(settings, "source", ""),
        scale=int(remembered(settings, "scale", "1")),
        theme=remembered(settings, "theme", "light"),
        include_strip=remembered(settings, "strip", "false") == "true",
        redaction=Redaction(**{f: remembered(settings, f, "false") == "true" for f in FLAGS}),
    )


def remember(settings, spec: PictureSpec, preset: str) -> None:
    if not settings:
        return
    settings.set("export/title", spec.title)
    settings.set("export/source", spec.source)
    settings.set("export/preset", preset)
    settings.set("export/width", str(spec.width))
    settings.set("export/height", str(spec.height))
    settings.set("export/scale", str(spec.scale))
    settings.set("export/theme", spec.theme)
    settings.set("export/strip", "true" if spec.include_strip else "false")
    for f in FLAGS:
        settings.set(f"export/{f}", "true" if getattr(spec.redaction, f) else "false")
