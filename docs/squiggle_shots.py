#!/usr/bin/env python3
"""The squiggle at any scale: window screenshots and 1200×675 pictures, for docs/scale/.

    .venv/bin/python docs/squiggle_shots.py            # offscreen; about a minute

Four journals: the sample story, a 2,000-entry noisy journal, a 10,000-entry
fully random journal, and that random journal zoomed into one year. The
journals come from benchmarks/bench_data.py (the benchmark's own), the window
is the real one (careersquiggle.app.build_window), the pictures come from the
same renderer as `export png`.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import bench_data  # noqa: E402

OUT = ROOT / "docs" / "scale"
YEAR = 2009  # the year the zoomed shots show


def journal_folder(name: str, work: Path) -> Path:
    folder = work / name
    folder.mkdir()
    if name == "sample":
        from careersquiggle import paths
        from careersquiggle.services.demo import load_sample
        from careersquiggle.services.journal import Journal

        with Journal.open(paths.journal_path(folder)) as j:
            load_sample(j)
        return folder
    size, feel = {"noisy-2k": (2_000, "noisy"), "random-10k": (10_000, "random")}[
        name.removesuffix("-year")]
    src = bench_data.cached_journal(size, feel=feel)
    for p in src.iterdir():
        if p.name.startswith("journal.sqlite3"):
            shutil.copy2(p, folder / p.name)
    return folder


def year_span(year: int) -> tuple[float, float]:
    utc = dt.UTC
    return (dt.datetime(year, 1, 1, tzinfo=utc).timestamp(),
            dt.datetime(year + 1, 1, 1, tzinfo=utc).timestamp())


def window_shot(app, folder: Path, out: Path, span=None) -> None:
    from careersquiggle.app import build_window

    win = build_window(folder, folder / "settings.ini")
    win.resize(1400, 860)
    win.show()
    deadline = time.monotonic() + 120
    while (win.busy or not len(win.view.data)) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if span:
        win.view.plot.vb.setXRange(*span, padding=0)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    while not win.view.layer.at_rest and time.monotonic() < deadline:  # labels placed
        app.processEvents()
        time.sleep(0.01)
    win.grab().save(str(out))
    win.close()


def picture_shot(folder: Path, out: Path, span=None) -> None:
    from careersquiggle import paths
    from careersquiggle.render.picture import Picture, PictureSpec
    from careersquiggle.render.picture_files import encode_png
    from careersquiggle.services.journal import Journal

    with Journal.open(paths.journal_path(folder)) as j:
        picture = Picture()
        image = picture.render(j.entries(), j.checkins(), j.chapters(),
                               PictureSpec(1200, 675, span=span))
        out.write_bytes(encode_png(image))
        picture.close()


def main() -> int:
    from careersquiggle.app import make_application

    app = make_application()
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="squiggle-shots-"))
    try:
        for name in ("sample", "noisy-2k", "random-10k", "random-10k-year"):
            folder = journal_folder(name, work)
            span = year_span(YEAR) if name.endswith("-year") else None
            window_shot(app, folder, OUT / f"window-{name}.png", span)
            picture_shot(folder, OUT / f"picture-{name}.png", span)
            print(f"{name}: {OUT / f'window-{name}.png'}, {OUT / f'picture-{name}.png'}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
