"""A laid-out picture as a file: PNG (with its alt text), SVG (text stays text) or PDF (vector).

Every format gets the same description; nothing else about the journal goes
into the file's metadata.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui

from careersquiggle import APP_NAME
from careersquiggle.core.alt_text import AltText
from careersquiggle.render.picture import Picture, PictureSpec

FORMATS = ("png", "svg", "pdf")


def encode_png(image: QtGui.QImage, alt: AltText | None = None) -> bytes:
    """PNG bytes; the alt text goes in a ``Description`` text chunk (short, then long)."""
    if alt is not None:
        image = image.copy()
        image.setText("Description", alt.as_text().strip())
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    # The stub asks for bytes, but PySide6 takes the format as str (bytes is refused).
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def svg_bytes(picture: Picture, spec: PictureSpec) -> bytes:
    """The scene last rendered, as SVG (vector, text stays text); alt text in ``<desc>``."""
    from PySide6.QtSvg import QSvgGenerator

    w, h = spec.width, spec.height
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buffer)
    gen.setSize(QtCore.QSize(w, h))
    gen.setViewBox(QtCore.QRect(0, 0, w, h))
    gen.setTitle(spec.title or "Career squiggle")
    gen.setDescription(picture.alt.as_text().strip())
    painter = QtGui.QPainter(gen)
    picture.widget.scene().render(painter, QtCore.QRectF(0, 0, w, h), QtCore.QRectF(0, 0, w, h))
    painter.end()
    return bytes(buffer.data().data())


def pdf_bytes(picture: Picture, spec: PictureSpec) -> bytes:
    """The scene last rendered, as a one-page vector PDF the size of the picture (at 96 dpi)."""
    w, h = spec.width, spec.height
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    writer = QtGui.QPdfWriter(buffer)
    writer.setResolution(96)
    points = QtCore.QSizeF(w * 72 / 96, h * 72 / 96)
    writer.setPageSize(QtGui.QPageSize(points, QtGui.QPageSize.Unit.Point))
    writer.setPageMargins(QtCore.QMarginsF(0, 0, 0, 0))
    writer.setTitle(spec.title or "Career squiggle")
    writer.setCreator(APP_NAME)
    painter = QtGui.QPainter(writer)
    picture.widget.scene().render(painter, QtCore.QRectF(0, 0, w, h), QtCore.QRectF(0, 0, w, h))
    painter.end()
    return bytes(buffer.data().data())


def picture_bytes(picture: Picture, image: QtGui.QImage, spec: PictureSpec, fmt: str) -> bytes:
    if fmt == "svg":
        return svg_bytes(picture, spec)
    if fmt == "pdf":
        return pdf_bytes(picture, spec)
    return encode_png(image, picture.alt)
