"""A picture of a dense, noisy journal draws the same readable shape as the window."""

import numpy as np
import pytest
from PySide6.QtGui import QImage

from careersquiggle.core.columns import EntryColumns
from careersquiggle.core.moments import limit_for
from careersquiggle.render.picture import Picture, PictureSpec
from careersquiggle.render.picture_files import encode_png
from tests.conftest import noisy_items
from tests.render.test_picture import NOW, pixels


@pytest.fixture(scope="module")
def noisy():
    entries, checkins, chapters = noisy_items(10_000)
    return EntryColumns.from_entries(entries).sorted(), checkins, chapters


@pytest.mark.parametrize("size", [(1920, 1080), (1200, 675)])
def test_dense_picture_is_a_shape_not_a_barcode(tmp_path, qapp, noisy, size):
    cols, checkins, chapters = noisy
    picture = Picture()
    try:
        image = picture.render(cols, checkins, chapters, PictureSpec(*size), now=NOW)
        layer = picture.layer
        w = layer.vb.width()
        assert w > size[0] * 0.7  # the plot fills the picture: the trend is at its size
        xs, ys = layer.curve.getData()
        d = np.sign(np.diff(ys))
        d = d[d != 0]
        assert np.count_nonzero(d[1:] != d[:-1]) / (w / 100) <= 2.0
        assert 0 < layer.moments.size <= limit_for(w)
        boxes = layer.labels.label_boxes()
        assert 2 <= len(boxes) <= w / 60  # (a post-sized picture has phone-sized text)
        assert not any(boxes[a].intersects(boxes[b])
                       for a in range(len(boxes)) for b in range(a + 1, len(boxes)))
        path = tmp_path / "dense.png"
        path.write_bytes(encode_png(image))
        back = QImage(str(path))
        assert (back.width(), back.height()) == size
        assert len(np.unique(pixels(back)[..., :3].reshape(-1, 3), axis=0)) > 50
    finally:
        picture.close()


def test_window_and_picture_draw_the_same_line(qapp, noisy):
    """One renderer: the same data, range and plot width give the same trend."""
    cols, checkins, chapters = noisy
    picture = Picture()
    try:
        picture.render(cols, checkins, chapters, PictureSpec(1200, 675), now=NOW)
        layer = picture.layer
        (x0, x1), _ = layer.vb.viewRange()
        xs, ys = layer.curve.getData()
        again = picture.last_data.line(x0, x1, layer.vb.width(), pad=0.05)
        assert np.allclose(xs, again[0]) and np.allclose(ys, again[1])
    finally:
        picture.close()
