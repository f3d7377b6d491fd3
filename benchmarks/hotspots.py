#!/usr/bin/env python3
"""Where the time goes: cProfile (standard library) around one benchmark subject.

    .venv/bin/python benchmarks/hotspots.py window --size 10000
    .venv/bin/python benchmarks/hotspots.py window --size 100000 --py-spy   # every thread
    .venv/bin/python benchmarks/hotspots.py frames --size 100000
    .venv/bin/python benchmarks/hotspots.py capture | filter | export
    .venv/bin/python benchmarks/hotspots.py imports -- list --tag work --json --data-dir JOURNAL
    .venv/bin/python benchmarks/hotspots.py window-imports | memory --size 100000

Prints (1) our functions (careersquiggle/) by inclusive time and (2) the
functions that spend the time themselves, anywhere, each as a share of the
profiled wall time; the full profile is saved (open it with
``python -m pstats FILE`` or snakeviz). cProfile inflates pure-Python code a
little relative to C++ (Qt); read shares, not absolute times. ``imports``
runs ``python -X importtime`` on a terminal command and lists the costliest
imports.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import cProfile
import os
import pstats
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(HERE), str(HERE / "probes")]

import bench_data

HOME = bench_data.CACHE / "home"
# Bytecode as an installed app has it (see run.py), for this process and its children.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False
compileall.compile_dir(str(REPO / "careersquiggle"), quiet=1)
os.environ.update(
    QT_QPA_PLATFORM="offscreen",
    HOME=str(HOME),
    XDG_CONFIG_HOME=str(HOME / ".config"),
    XDG_DATA_HOME=str(HOME / ".local/share"),
    XDG_CACHE_HOME=str(HOME / ".cache"),
)


def summarise(prof: cProfile.Profile, total: float, title: str, top: int, save: Path) -> None:
    prof.dump_stats(str(save))
    st = pstats.Stats(prof)
    rows = st.stats  # {(file, line, name): (cc, nc, tt, ct, callers)}
    ours = [
        (ct, tt, nc, key)
        for key, (cc, nc, tt, ct, _c) in rows.items()
        if "careersquiggle" in key[0] and "benchmarks" not in key[0]
    ]
    ours.sort(reverse=True)
    print(f"\n## {title}: {total * 1000:.0f} ms profiled (saved: {save})\n")
    print("Our code, by inclusive time:\n")
    print("| incl % | self % | calls | function |")
    print("| ---: | ---: | ---: | --- |")
    for ct, tt, nc, (file, line, name) in ours[:top]:
        short = file.split("careersquiggle/", 1)[-1]
        print(
            f"| {100 * ct / total:.1f} | {100 * tt / total:.1f} | {nc} | `{short}:{line} {name}` |"
        )
    selfish = sorted(
        ((tt, ct, nc, key) for key, (cc, nc, tt, ct, _c) in rows.items()), reverse=True
    )
    print("\nAnywhere, by self time:\n")
    print("| self % | incl % | calls | function |")
    print("| ---: | ---: | ---: | --- |")
    for tt, ct, nc, (file, line, name) in selfish[:top]:
        where = "/".join(Path(file).parts[-2:]) if file != "~" else ""
        print(
            f"| {100 * tt / total:.1f} | {100 * ct / total:.1f} | {nc} | `{where}:{line} {name}` |"
        )


def spy(cmd: list[str], title: str, top: int, out: Path, rate: int = 200) -> None:
    """Sample ``cmd`` with py-spy (every thread, C++ time counted where Python called it)."""
    import re
    import shutil

    exe = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(exe).exists():
        sys.exit("py-spy is not installed: .venv/bin/pip install py-spy (not a project dependency)")
    raw = out.with_suffix(".spy.txt")
    subprocess.run(
        [exe, "record", "--format", "raw", "--rate", str(rate), "-o", str(raw), "--", *cmd],
        check=True,
        cwd=HERE / "probes",
        capture_output=True,
    )
    incl: dict[str, int] = {}
    own: dict[str, int] = {}
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        n = int(count)
        total += n
        # "func (path/file.py:LINE)": drop the line, so a function counts once.
        frames = [re.sub(r":\d+\)$", ")", f) for f in stack.split(";")]
        for f in set(frames):
            incl[f] = incl.get(f, 0) + n
        own[frames[-1]] = own.get(frames[-1], 0) + n
    print(f"\n## {title}: {total} samples at {rate} Hz, all threads (raw stacks: {raw})\n")
    print("Our code, by inclusive samples:\n")
    print("| incl % | self % | function |")
    print("| ---: | ---: | --- |")
    ours = sorted(((c, f) for f, c in incl.items() if "careersquiggle/" in f), reverse=True)
    for c, f in ours[:top]:
        print(f"| {100 * c / total:.1f} | {100 * own.get(f, 0) / total:.1f} | `{f}` |")
    print("\nAnywhere, by self samples:\n")
    print("| self % | function |")
    print("| ---: | --- |")
    for c, f in sorted(((c, f) for f, c in own.items()), reverse=True)[:top]:
        print(f"| {100 * c / total:.1f} | `{f}` |")


def journal(size: int) -> Path:
    import atexit
    import shutil

    folder = bench_data.fresh_copy(size, bench_data.DEFAULT_SEED)
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def profile_window(size: int, top: int, out: Path) -> None:
    folder = journal(size)
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    import _probe

    from careersquiggle.app import build_window, make_application

    app = make_application()
    win = build_window(folder, folder / "settings.ini")
    win.show()
    _probe.run_until_painted(
        app, win.view.graphics.viewport(), ready=lambda: len(win.view.data) > 0
    )
    prof.disable()
    summarise(
        prof,
        time.perf_counter() - t0,
        f"Window start, {size} entries (imports to first paint)",
        top,
        out,
    )


def profile_memory(size: int, top: int) -> None:
    """tracemalloc (Python and NumPy allocations, not Qt's) of a window showing ``size`` entries."""
    import resource
    import tracemalloc

    import _probe

    folder = journal(size)
    tracemalloc.start(8)
    from careersquiggle.app import build_window, make_application

    app = make_application()
    win = build_window(folder, folder / "settings.ini")
    win.show()
    _probe.run_until_painted(
        app, win.view.graphics.viewport(), ready=lambda: len(win.view.data) > 0
    )
    for _ in range(3):
        app.processEvents()
    snap = tracemalloc.take_snapshot()
    current, peak = tracemalloc.get_traced_memory()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\n## Memory, window with {size} entries: peak RSS {rss:.0f} MiB; Python/NumPy "
        f"allocations now {current / 2**20:.1f} MiB, peak {peak / 2**20:.1f} MiB\n"
    )
    for group, title in (("filename", "by file"), ("lineno", "by line")):
        print(f"Held now, {title}:\n")
        print("| MiB | blocks | where |")
        print("| ---: | ---: | --- |")
        for stat in snap.statistics(group)[:top]:
            frame = stat.traceback[0]
            where = "/".join(Path(frame.filename).parts[-3:])
            where += f":{frame.lineno}" if group == "lineno" else ""
            print(f"| {stat.size / 2**20:.1f} | {stat.count} | `{where}` |")
        print()


def profile_frames(size: int, top: int, out: Path, steps: int) -> None:
    import _probe

    from careersquiggle.app import build_window, make_application

    folder = journal(size)
    app = make_application()
    win = build_window(folder, folder / "settings.ini")
    win.show()
    _probe.run_until_painted(
        app, win.view.graphics.viewport(), ready=lambda: len(win.view.data) > 0
    )
    for _ in range(3):
        app.processEvents()
    view, vb = win.view, win.view.plot.vb
    viewport = view.graphics.viewport()
    counter = _probe.PaintCounter(viewport)

    def pan(sign):
        (x0, x1), _ = vb.viewRange()
        vb.translateBy(x=sign * 0.1 * (x1 - x0))

    for what, act in (
        ("zoom", lambda i: view.zoom(0.8 if i % 2 == 0 else 1.25)),
        ("pan", lambda i: pan(1 if i % 2 == 0 else -1)),
    ):
        prof = cProfile.Profile()
        total = 0.0
        for i in range(steps):
            prof.enable()
            wall, _cpu = _probe.timed_frame(app, viewport, counter, lambda a=act, k=i: a(k))
            prof.disable()
            total += wall
        summarise(
            prof,
            total,
            f"{what.capitalize()} steps, {size} entries ({steps} steps, "
            f"{1000 * total / steps:.0f} ms each)",
            top,
            out.with_name(out.stem + f"-{what}" + out.suffix),
        )


def profile_cli(argv: list[str], title: str, top: int, out: Path) -> None:
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull):
        prof.enable()
        from careersquiggle.cli import main

        main(argv)
        prof.disable()
    summarise(prof, time.perf_counter() - t0, title, top, out)


def import_times(argv: list[str], top: int, module: bool = True) -> None:
    """``python -X importtime`` of a terminal command (or a script): the costliest imports."""
    head = ["-m", "careersquiggle"] if module else []
    r = subprocess.run(
        [sys.executable, "-X", "importtime", *head, *argv],
        check=False,
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    rows = []
    for line in r.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        head, cum_us, name = line.split("|", 2)
        self_us = head.split(":", 1)[1]
        name = name[1:]  # one space after the bar, then two per level of nesting
        depth = (len(name) - len(name.lstrip(" "))) // 2
        rows.append((int(cum_us), int(self_us), depth, name.strip()))
    total = sum(c for c, _s, d, _n in rows if d == 0)
    what = f"careersquiggle {' '.join(argv)}" if module else Path(argv[0]).name
    print(f"\n## Imports of `{what}`: {total / 1000:.0f} ms in imports\n")
    print("| cumulative ms | depth | module |")
    print("| ---: | ---: | --- |")
    for cum, _self, depth, name in sorted(rows, reverse=True)[:top]:
        print(f"| {cum / 1000:.1f} | {depth} | `{name}` |")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "subject",
        choices=[
            "window",
            "frames",
            "memory",
            "capture",
            "filter",
            "export",
            "imports",
            "window-imports",
        ],
    )
    p.add_argument("--size", type=int, default=10_000)
    p.add_argument("--steps", type=int, default=4)
    p.add_argument("--top", type=int, default=25)
    p.add_argument(
        "--py-spy",
        action="store_true",
        help="window: sample the whole launch with py-spy (every thread) instead of "
        "cProfile (the window's thread only)",
    )
    p.add_argument(
        "--source",
        type=Path,
        help="profile the careersquiggle package under this folder (e.g. the "
        "CACHE/src-SHA that run.py --rev exported) instead of the work tree",
    )
    p.add_argument(
        "rest",
        nargs=argparse.REMAINDER,
        help="for imports: the command's arguments after --; JOURNAL stands for a "
        "fresh copy of the test journal's folder",
    )
    args = p.parse_args()
    if args.source:
        sys.path.insert(0, str(args.source.resolve()))
        os.environ["PYTHONPATH"] = str(args.source.resolve())
    bench_data.cached_journal(args.size)
    out = bench_data.CACHE / f"profile-{args.subject}-{args.size}.prof"
    if args.subject == "window" and args.py_spy:
        folder = journal(args.size)
        spy(
            [
                sys.executable,
                str(HERE / "probes" / "app_window.py"),
                str(folder),
                str(folder / "settings.ini"),
                str(args.size),
            ],
            f"Window start, {args.size} entries (launch to entries painted)",
            args.top,
            out,
        )
    elif args.subject == "window":
        profile_window(args.size, args.top, out)
    elif args.subject == "frames":
        profile_frames(args.size, args.top, out, args.steps)
    elif args.subject == "memory":
        profile_memory(args.size, args.top)
    elif args.subject == "window-imports":
        folder = journal(args.size)
        import_times(
            [
                str(HERE / "probes" / "app_window.py"),
                str(folder),
                str(folder / "settings.ini"),
                str(args.size),
            ],
            args.top,
            module=False,
        )
    elif args.subject == "imports":
        rest = [a for a in args.rest if a != "--"] or [
            "add",
            "--kind",
            "note",
            "--title",
            "T",
            "--data-dir",
            "JOURNAL",
        ]
        folder = str(journal(args.size))
        import_times([folder if a == "JOURNAL" else a for a in rest], args.top)
    else:
        folder = journal(args.size)
        argv = {
            "capture": [
                "add",
                "--kind",
                "note",
                "--title",
                "Profiled note",
                "--data-dir",
                str(folder),
            ],
            "filter": ["list", "--tag", bench_data.FILTER_TAG, "--json", "--data-dir", str(folder)],
            "export": ["export", "png", str(folder / "out.png"), "--data-dir", str(folder)],
        }[args.subject]
        profile_cli(
            argv, f"`careersquiggle {' '.join(argv[:2])}` on {args.size} entries", args.top, out
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
