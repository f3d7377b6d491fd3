#!/usr/bin/env python3
"""Issues 9 and 16, "Speed at a lifetime of entries" and "The squiggle at any scale": the
five measurements in one command, on journals whose feel varies entry to entry around slow
waves ("noisy", as real ones do) plus one fully random journal.

    .venv/bin/python benchmarks/run.py            # default: 7 rounds; 2-3 min today, 10 at most
    .venv/bin/python benchmarks/run.py --quick    # 2 rounds (100k once): under a minute today
    .venv/bin/python benchmarks/run.py --only capture,filter
    .venv/bin/python benchmarks/run.py --rev HEAD # measure a committed version, not the work tree

Every figure is the median of several runs, interleaved with the runs of its
floor (floor, subject, floor, subject, ...), and is reported as a ratio to
that floor measured in the same session. Prints a Markdown table; the raw
samples go to CACHE/results-*.json. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import bench_data
import bench_jrnl
from bench_proc import run

PROBES = HERE / "probes"
SIZES = (1_000, 10_000, 100_000)
GROUPS = ("window", "capture", "filter", "export", "interaction", "sync")

# Goals: issue 9, plus the two this harness had to choose (frames, memory).
GOAL_WINDOW_10K = 1.5  # x the floor window
GOAL_WINDOW_GROWTH = 1.3  # 100k start / 1k start
GOAL_CAPTURE = 1.5  # x `python -c "import sqlalchemy, sqlite3"`
GOAL_FILTER = 0.5  # x jrnl
GOAL_EXPORT = 1.0  # x the floor export: never slower than a bare ImageExporter export
GOAL_FRAME_10K = 0.25  # x the floor step at 10k noisy entries (about a 60 Hz frame here)
GOAL_FRAME_100K = 0.5  # x the floor step at 100k
RANDOM = "random"  # the fully random journal's feel (10k entries, measured beside the rest)
GOAL_MEMORY = 2.0  # x the floor window's peak RSS


# -- settings for one session -------------------------------------------------
class Session:
    def __init__(self, args):
        self.args = args
        self.python = Path(args.python).absolute()  # not resolved: the venv's own python
        self.cli = self.python.parent / "careersquiggle"
        self.cache = bench_data.CACHE
        self.home = (
            self.cache / "home"
        )  # a persistent fake HOME: warm font cache, nothing of the user's
        self.home.mkdir(parents=True, exist_ok=True)
        self.source = self._source(args)
        self.env = dict(os.environ)
        self.env.update(
            QT_QPA_PLATFORM="offscreen",
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_DATA_HOME=str(self.home / ".local/share"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
        )
        self.env.pop("CAREERSQUIGGLE_DATA_DIR", None)
        if self.source != REPO:
            self.env["PYTHONPATH"] = str(self.source)
            sys.path.insert(0, str(self.source))  # test journals are built by that code too
        # Bytecode as an installed app has it (pip compiles at install, and so do the floors'
        # libraries): a shell with PYTHONDONTWRITEBYTECODE would otherwise make every start
        # compile all our modules again, which no user ever pays.
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run(
            [str(self.python), "-m", "compileall", "-q", str(self.source / "careersquiggle")],
            check=True,
            env=self.env,
        )
        self.floor_args = ["--floor", args.floor]
        self.samples: dict[str, list] = {}
        self.errors: dict[str, str] = {}

    def _source(self, args) -> Path:
        sha = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", args.rev or "HEAD"],
            check=False,
            capture_output=True,
            text=True,
        ).stdout.strip()
        self.sha = sha[:9] or "?"
        if args.rev is None:
            dirty = subprocess.run(
                ["git", "-C", str(REPO), "status", "--porcelain", "careersquiggle"],
                check=False,
                capture_output=True,
                text=True,
            ).stdout.strip()
            self.sha += " + uncommitted changes" if dirty else ""
            return REPO
        dest = bench_data.CACHE / f"src-{sha[:12]}"
        if not (dest / "careersquiggle").exists():
            tmp = Path(tempfile.mkdtemp(dir=bench_data.CACHE))
            archive = subprocess.run(
                ["git", "-C", str(REPO), "archive", sha, "careersquiggle"],
                check=True,
                capture_output=True,
            ).stdout
            subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive, check=True)
            tmp.rename(dest)
        return dest

    def add(self, key: str, value) -> None:
        self.samples.setdefault(key, []).append(value)

    def log(self, text: str) -> None:
        print(text, file=sys.stderr, flush=True)


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def tidy(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


# -- 1 and 5: window start, interaction, memory ----------------------------------
def window_rounds(
    s: Session,
    rounds: int,
    interact_rounds: set[int],
    steps: int,
    budget: float,
    sizes=SIZES,
    big_rounds: set[int] | None = None,
) -> None:
    """``big_rounds``: the rounds that include 100k entries (all when None)."""
    # Warm-up, not counted: disk caches, compiled bytecode, the font cache.
    run([s.python, PROBES / "floor_window.py", *s.floor_args], env=s.env, cwd=PROBES)
    folder = bench_data.fresh_copy(1_000, s.args.seed, s.log)
    run(
        [s.python, PROBES / "app_window.py", folder, folder / "settings.ini", 1_000],
        env=s.env,
        cwd=PROBES,
    )
    tidy(folder)
    for r in range(rounds):
        interact = r in interact_rounds
        extra = ["--interact", str(steps), "--budget", str(budget)] if interact else []
        floor = run(
            [s.python, PROBES / "floor_window.py", *extra, *s.floor_args], env=s.env, cwd=PROBES
        )
        _record_window(s, "floor", floor, interact)
        cases = [(n, "noisy") for n in sizes] + [(10_000, RANDOM)]
        for n, feel in cases:
            if n >= 100_000 and big_rounds is not None and r not in big_rounds:
                continue
            folder = bench_data.fresh_copy(n, s.args.seed, s.log, feel)
            settings = folder / "settings.ini"  # none yet: a first start, default size
            # Interaction is timed at 10k and 100k only (1k is never the slow case).
            want = extra if n >= 10_000 else []
            res = run(
                [s.python, PROBES / "app_window.py", folder, settings, n, *want],
                env=s.env,
                cwd=PROBES,
            )
            _record_window(s, f"app{n}" + ("r" if feel == RANDOM else ""), res, bool(want))
            tidy(folder)
        s.log(
            f"  window round {r + 1}/{rounds}: "
            + ", ".join(
                f"{k.removeprefix('window.').removesuffix('.visible')} {v[-1]:.2f}s"
                for k, v in s.samples.items()
                if k.startswith("window.") and k.endswith(".visible") and v
            )
        )


def _record_window(s: Session, name: str, res, interact: bool) -> None:
    if res.code != 0 or not res.probe.get("t_painted"):
        s.errors[f"window.{name}"] = (res.stderr.strip().splitlines() or ["no paint"])[-1]
        s.log(f"  ! window {name}: {s.errors[f'window.{name}']}")
        return
    p = res.probe
    s.add(f"window.{name}.visible", res.since_launch("t_painted"))
    s.add(
        f"window.{name}.first", res.since_launch("t_first_paint") or res.since_launch("t_painted")
    )
    s.add(
        f"window.{name}.complete", res.since_launch("t_complete") or res.since_launch("t_painted")
    )
    s.add(f"window.{name}.rss_mib", res.rss_kib / 1024)
    if p.get("cpu_painted") is not None:
        s.add(f"window.{name}.cpu", p["cpu_painted"])
    if "max_stall" in p:
        s.add(f"window.{name}.stall", p["max_stall"])
    for phase, a, b in (
        ("python+imports", None, "t_imported"),
        ("QApplication", "t_imported", "t_app"),
        ("build_window", "t_app", "t_built"),
        ("show", "t_built", "t_show"),
        ("first paint (maybe empty)", "t_show", "t_first_paint"),
        ("entries painted", "t_first_paint", "t_painted"),
        ("labels painted (after entries)", "t_painted", "t_labels"),
    ):
        if p.get(b) is not None and (a is None or p.get(a) is not None):
            start = res.launched if a is None else p[a]
            s.add(f"window.{name}.phase.{phase}", p[b] - start)
    if interact:
        s.add(f"frames.{name}.zoom_ms", [v * 1000 for v in p.get("zoom", [])])
        s.add(f"frames.{name}.pan_ms", [v * 1000 for v in p.get("pan", [])])
        s.add(f"frames.{name}.cpu_ms", [v * 1000 for v in p.get("frame_cpu", [])])
        if p.get("settle"):
            s.add(f"frames.{name}.settle_ms", [v * 1000 for v in p["settle"]])
        s.add(f"memory.{name}.rss_mib", res.rss_kib / 1024)


# -- 2: quick capture -------------------------------------------------------------
def capture_rounds(s: Session, rounds: int) -> None:
    folder = bench_data.fresh_copy(10_000, s.args.seed, s.log)
    try:
        for r in range(rounds + 1):  # the first round warms caches and is not counted
            floor = run([s.python, "-c", "import sqlalchemy, sqlite3"], env=s.env).check()
            res = run(
                [
                    s.cli,
                    "add",
                    "--kind",
                    "note",
                    "--title",
                    f"Benchmark note {r}",
                    "--data-dir",
                    folder,
                ],
                env=s.env,
            )
            if res.code != 0:
                s.errors["capture"] = res.stderr.strip().splitlines()[-1]
                return
            if r:
                s.add("capture.floor", floor.wall)
                s.add("capture.app", res.wall)
                s.add("capture.floor.cpu", floor.cpu)
                s.add("capture.app.cpu", res.cpu)
    finally:
        tidy(folder)


# -- 3: filter from the terminal ----------------------------------------------------
def filter_rounds(s: Session, rounds: int) -> None:
    tag = bench_data.FILTER_TAG
    folder = bench_data.fresh_copy(10_000, s.args.seed, s.log)
    jrnl_home = s.cache / "jrnl-home"
    env_jrnl = bench_jrnl.setup(bench_data.jrnl_text_file(10_000, s.args.seed, s.log), jrnl_home)
    exe = bench_jrnl.jrnl_bin()
    try:
        for r in range(rounds + 1):
            ref = run([exe, f"@{tag}", "--export", "json"], env=env_jrnl).check()
            res = run([s.cli, "list", "--tag", tag, "--json", "--data-dir", folder], env=s.env)
            if res.code != 0:
                s.errors["filter"] = res.stderr.strip().splitlines()[-1]
                return
            if r == 0:  # same question, same answer: check once
                ours, theirs = len(json.loads(res.stdout)), len(json.loads(ref.stdout)["entries"])
                s.samples["filter.matches"] = [ours, theirs]
                if ours != theirs:
                    s.log(f"  ! filter: careersquiggle found {ours} entries, jrnl {theirs}")
                continue
            s.add("filter.floor", ref.wall)
            s.add("filter.app", res.wall)
            s.add("filter.floor.cpu", ref.cpu)
            s.add("filter.app.cpu", res.cpu)
    finally:
        tidy(folder)


# -- 4: export ------------------------------------------------------------------------
def export_rounds(s: Session, rounds: int, size: int = 10_000) -> None:
    folder = bench_data.fresh_copy(size, s.args.seed, s.log)
    random_folder = bench_data.fresh_copy(size, s.args.seed, s.log, RANDOM)
    out = folder / "out"
    out.mkdir()
    try:
        # Warm-up, not counted.
        run(
            [s.python, PROBES / "floor_export.py", out / "floor.png", *s.floor_args],
            env=s.env,
            cwd=PROBES,
        )
        run([s.cli, "export", "png", out / "squiggle.png", "--data-dir", folder], env=s.env)
        for r in range(rounds):
            floor = run(
                [s.python, PROBES / "floor_export.py", out / "floor.png", *s.floor_args],
                env=s.env,
                cwd=PROBES,
            ).check()
            res = run(
                [s.cli, "export", "png", out / "squiggle.png", "--data-dir", folder], env=s.env
            )
            if res.code != 0:
                s.errors["export"] = res.stderr.strip().splitlines()[-1]
                return
            s.add("export.floor", floor.wall)
            s.add("export.app", res.wall)
            s.add("export.floor.cpu", floor.cpu)
            s.add("export.app.cpu", res.cpu)
            s.add("export.floor.rss_mib", floor.rss_kib / 1024)
            s.add("export.app.rss_mib", res.rss_kib / 1024)
            rnd = run(
                [s.cli, "export", "png", out / "random.png", "--data-dir", random_folder],
                env=s.env,
            )
            if rnd.code == 0:
                s.add("export.random", rnd.wall)
            s.log(f"  export round {r + 1}/{rounds}: floor {floor.wall:.2f}s, app {res.wall:.2f}s")
    finally:
        tidy(folder)
        tidy(random_folder)


# -- the table ----------------------------------------------------------------------------
def flat(values):
    out = []
    for v in values or []:
        out.extend(v if isinstance(v, list) else [v])
    return out


def rows(s: Session) -> list[dict]:
    m = {k: median(flat(v)) for k, v in s.samples.items()}
    out = []
    bare = "bare PlotWidget, 10k points" + (", line only" if s.args.floor == "line" else "")

    def row(name, figure, floor, floor_name, goal_text, ok, unit="s", ratio=None, note=""):
        if ratio is None and figure is not None and floor:
            ratio = figure / floor
        out.append(
            {
                "name": name,
                "figure": figure,
                "floor": floor,
                "floor_name": floor_name,
                "ratio": ratio,
                "goal": goal_text,
                "unit": unit,
                "note": note,
                "result": None if ok is None else ("PASS" if ok else "FAIL"),
            }
        )

    def ok_ratio(ratio, goal):
        return None if ratio is None else ratio <= goal

    if "window.floor.visible" in m or s.errors.get("window.floor"):
        fl = m.get("window.floor.visible")
        for n in SIZES:
            fig = m.get(f"window.app{n}.visible")
            r = fig / fl if fig and fl else None
            if n == 10_000:
                row(
                    "1. Window start, 10k entries",
                    fig,
                    fl,
                    bare,
                    f"≤ {GOAL_WINDOW_10K}× floor",
                    ok_ratio(r, GOAL_WINDOW_10K),
                )
            else:
                row(f"1. Window start, {n // 1000}k entries", fig, fl, bare, "(information)", None)
        fig = m.get("window.app10000r.visible")
        row(
            "1. Window start, 10k random",
            fig,
            fl,
            bare,
            f"≤ {GOAL_WINDOW_10K}× floor",
            ok_ratio(fig / fl if fig and fl else None, GOAL_WINDOW_10K),
        )
        big, small = m.get("window.app100000.visible"), m.get("window.app1000.visible")
        r = big / small if big and small else None
        row(
            "1. Window start, 100k vs 1k",
            big,
            small,
            "window start, 1k entries",
            f"≤ {GOAL_WINDOW_GROWTH}× 1k",
            ok_ratio(r, GOAL_WINDOW_GROWTH),
            ratio=r,
        )
    if "capture.app" in m or "capture" in s.errors:
        fig, fl = m.get("capture.app"), m.get("capture.floor")
        row(
            "2. Quick capture (`add`, 10k)",
            fig,
            fl,
            '`python -c "import sqlalchemy, sqlite3"`',
            f"≤ {GOAL_CAPTURE}× floor",
            ok_ratio(fig / fl if fig and fl else None, GOAL_CAPTURE),
        )
    if "filter.app" in m or "filter" in s.errors:
        fig, fl = m.get("filter.app"), m.get("filter.floor")
        row(
            "3. Filter (`list --tag --json`, 10k)",
            fig,
            fl,
            "jrnl 4.6 `@tag --export json`",
            f"≤ {GOAL_FILTER}× jrnl",
            ok_ratio(fig / fl if fig and fl else None, GOAL_FILTER),
        )
    if "export.app" in m or "export" in s.errors:
        fig, fl = m.get("export.app"), m.get("export.floor")
        row(
            "4. Export PNG 1920×1080 (10k)",
            fig,
            fl,
            "ImageExporter, " + bare.replace("PlotWidget", "plot"),
            f"≤ {GOAL_EXPORT}× floor",
            ok_ratio(fig / fl if fig and fl else None, GOAL_EXPORT),
        )
        fig = m.get("export.random")
        row(
            "4. Export PNG 1920×1080 (10k random)",
            fig,
            fl,
            "ImageExporter, " + bare.replace("PlotWidget", "plot"),
            f"≤ {GOAL_EXPORT}× floor",
            ok_ratio(fig / fl if fig and fl else None, GOAL_EXPORT),
        )
    if any(k.startswith("frames.") for k in m):
        for what in ("zoom", "pan"):
            fl = m.get(f"frames.floor.{what}_ms")
            for case, label, goal in (
                ("app10000", "10k", GOAL_FRAME_10K),
                ("app100000", "100k", GOAL_FRAME_100K),
                ("app10000r", "10k random", GOAL_FRAME_10K),
            ):
                fig = m.get(f"frames.{case}.{what}_ms")
                row(
                    f"5. {what.capitalize()} step, {label} entries",
                    fig,
                    fl,
                    f"same step, {bare}",
                    f"≤ {goal}× floor",
                    ok_ratio(fig / fl if fig and fl else None, goal),
                    unit="ms",
                )
        # Not a step: the one frame after a pan or zoom stops, when moments and labels are
        # chosen for the view (left out of the steps while it moves).
        fl = m.get("frames.floor.zoom_ms")
        for case, label in (
            ("app10000", "10k"),
            ("app100000", "100k"),
            ("app10000r", "10k random"),
        ):
            fig = m.get(f"frames.{case}.settle_ms")
            if fig is not None:
                row(
                    f"5. Rest after a step, {label} entries",
                    fig,
                    fl,
                    f"zoom step, {bare}",
                    "(information)",
                    None,
                    unit="ms",
                )
        fig, fl = m.get("memory.app100000.rss_mib"), m.get("memory.floor.rss_mib")
        row(
            "5. Peak memory, 100k entries",
            fig,
            fl,
            bare,
            f"≤ {GOAL_MEMORY}× floor",
            ok_ratio(fig / fl if fig and fl else None, GOAL_MEMORY),
            unit="MiB",
        )
    return out


def fmt(value, unit):
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.0f} ms" if value >= 10 else f"{value:.1f} ms"
    return f"{value:.0f} {unit}"


def markdown_table(table: list[dict], s: Session) -> str:
    lines = [
        "| measurement | figure | floor | ratio | goal | result |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    for r in table:
        ratio = "—" if r["ratio"] is None else f"{r['ratio']:.2f}×"
        result = r["result"] or ("ERROR" if r["figure"] is None else "info")
        if result in ("PASS", "FAIL"):
            result = f"**{result}**"
        lines.append(
            f"| {r['name']} | {fmt(r['figure'], r['unit'])} | "
            f"{fmt(r['floor'], r['unit'])} ({r['floor_name']}) | {ratio} | "
            f"{r['goal']} | {result} |"
        )
    return "\n".join(lines)


def details(s: Session) -> str:
    m = {k: median(flat(v)) for k, v in s.samples.items()}
    out = []
    phases = [
        "python+imports",
        "QApplication",
        "build_window",
        "show",
        "first paint (maybe empty)",
        "entries painted",
        "labels painted (after entries)",
    ]
    cases = ["floor"] + [f"app{n}" for n in SIZES] + ["app10000r"]
    names = [n for n in cases if f"window.{n}.visible" in m]
    if names:
        out.append(
            "Window start by phase (median seconds; the floor has no phases "
            "before its first paint):\n"
        )
        out.append("| phase | " + " | ".join(names) + " |")
        out.append("| --- |" + " ---: |" * len(names))
        for ph in phases:
            cells = [m.get(f"window.{n}.phase.{ph}") for n in names]
            if any(c is not None for c in cells):
                out.append(
                    f"| {ph} | "
                    + " | ".join("—" if c is None else f"{c:.2f}" for c in cells)
                    + " |"
                )
        for key, label in (
            ("first", "window first painted (since launch)"),
            ("visible", "visible with entries (since launch)"),
            ("complete", "complete (all entries on the squiggle)"),
            ("stall", "longest freeze after show()"),
            ("rss_mib", "peak RSS, MiB"),
        ):
            cells = [m.get(f"window.{n}.{key}") for n in names]
            out.append(
                f"| {label} | "
                + " | ".join(
                    "—" if c is None else (f"{c:.0f}" if key == "rss_mib" else f"{c:.2f}")
                    for c in cells
                )
                + " |"
            )
        out.append("")
    cpu = []
    for g, label in (("capture", "quick capture"), ("filter", "filter"), ("export", "export")):
        a, b = m.get(f"{g}.app.cpu"), m.get(f"{g}.floor.cpu")
        if a and b:
            cpu.append(f"{label} {a:.2f}/{b:.2f} s = {a / b:.2f}×")
    fl = m.get("window.floor.cpu")
    for n, label in (("app10000", "window start 10k"), ("app10000r", "window start 10k random")):
        if fl and m.get(f"window.{n}.cpu"):
            cpu.append(
                f"{label} {m[f'window.{n}.cpu']:.2f}/{fl:.2f} s = {m[f'window.{n}.cpu'] / fl:.2f}×"
            )
    a, b = m.get("window.app100000.cpu"), m.get("window.app1000.cpu")
    if a and b:
        cpu.append(f"window start 100k/1k {a:.2f}/{b:.2f} s = {a / b:.2f}×")
    fl = m.get("frames.floor.cpu_ms")
    for n, label in (("app10000", "10k"), ("app100000", "100k"), ("app10000r", "10k random")):
        if fl and m.get(f"frames.{n}.cpu_ms"):
            cpu.append(
                f"step {label} {m[f'frames.{n}.cpu_ms']:.0f}/{fl:.0f} ms = "
                f"{m[f'frames.{n}.cpu_ms'] / fl:.2f}×"
            )
    if cpu:
        out.append(
            "CPU-time cross-check (user+sys of the child, less sensitive to a busy "
            "machine; window start: CPU of the process until the paint): " + "; ".join(cpu) + "."
        )
    fr = []
    for n in ("floor", "app10000", "app100000", "app10000r"):
        steps = flat(s.samples.get(f"frames.{n}.zoom_ms")) + flat(
            s.samples.get(f"frames.{n}.pan_ms")
        )
        if steps:
            cpu = m.get(f"frames.{n}.cpu_ms")
            fr.append(
                f"{n}: {len(steps)} steps, worst {max(steps):.0f} ms"
                + ("" if cpu is None else f", median CPU {cpu:.0f} ms")
            )
    if fr:
        out.append("Frames: " + "; ".join(fr) + ".")
    if "filter.matches" in s.samples:
        a, b = s.samples["filter.matches"]
        out.append(
            f"Filter answers: careersquiggle {a} entries, jrnl {b} entries "
            f"(tag `{bench_data.FILTER_TAG}`)."
        )
    if s.errors:
        out.append("Errors: " + "; ".join(f"{k}: {v}" for k, v in s.errors.items()))
    return "\n".join(out)


def machine(s: Session, load_before) -> str:
    def version(mod):
        r = subprocess.run(
            [str(s.python), "-c", f"import {mod}; print({mod}.__version__)"],
            check=False,
            capture_output=True,
            text=True,
            env=s.env,
        )
        return r.stdout.strip() or "?"

    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load_after = os.getloadavg()
    return (
        f"{platform.node() or 'machine'}: {cpu}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, PySide6 {version('PySide6')}, pyqtgraph "
        f"{version('pyqtgraph')}; code {s.sha}; load average "
        f"{load_before[0]:.1f} before, {load_after[0]:.1f} after; "
        f"{dt.datetime.now().isoformat(timespec='minutes')}"
    )


def main(argv=None) -> int:
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--quick", action="store_true", help="fewer rounds: about two minutes")
    p.add_argument(
        "--only", default=",".join(GROUPS), help=f"comma-separated subset of {','.join(GROUPS)}"
    )
    p.add_argument("--rounds", type=int, help="rounds for window/export (default 7, quick 2)")
    p.add_argument("--seed", type=int, default=bench_data.DEFAULT_SEED)
    p.add_argument(
        "--floor",
        choices=["markers", "line"],
        default="markers",
        help="the floor plots' 10k points: a line with a marker on each point "
        "(default, like the squiggle) or a bare line",
    )
    p.add_argument(
        "--rev", help="measure this git revision (exported to the cache) instead of the work tree"
    )
    p.add_argument(
        "--python",
        default=str(REPO / ".venv" / "bin" / "python"),
        help="the interpreter with careersquiggle installed",
    )
    p.add_argument("--markdown", type=Path, help="also write the report to this file")
    args = p.parse_args(argv)
    only = {g.strip() for g in args.only.split(",") if g.strip()}
    unknown = only - set(GROUPS)
    if unknown:
        p.error(f"unknown group(s): {', '.join(sorted(unknown))}")

    s = Session(args)
    load_before = os.getloadavg()
    quick = args.quick
    rounds = args.rounds or (2 if quick else 7)
    started = time.monotonic()
    s.log(f"Benchmarks ({'quick' if quick else 'default'}), code from {s.source}")
    needed = sorted({1_000, 10_000, 100_000} if only & {"window", "interaction"} else {10_000})
    for n in needed:
        bench_data.cached_journal(n, args.seed, s.log)
    bench_data.cached_journal(10_000, args.seed, s.log, RANDOM)

    if only & {"window", "interaction"}:
        s.log("1/5. Window start (+ 5. interaction and memory)")
        sizes = SIZES if "window" in only else (10_000, 100_000)
        if "interaction" in only:
            interact = {rounds - 1} if quick else set(range(rounds))
        else:
            interact = set()
        window_rounds(
            s,
            rounds,
            interact,
            steps=2 if quick else 6,
            budget=5 if quick else 12,
            sizes=sizes,
            big_rounds={rounds - 1} if quick else None,
        )
    if "capture" in only:
        s.log("2/5. Quick capture")
        capture_rounds(s, 5 if quick else 15)
    if "filter" in only:
        s.log("3/5. Filter from the terminal")
        filter_rounds(s, 5 if quick else 15)
    if "export" in only:
        s.log("4/5. Export")
        export_rounds(s, 1 if quick else max(2, rounds - 2))  # 5 by default

    sync_table = []
    if "sync" in only:
        import bench_sync

        s.log("6. Sync between laptops (bench_sync.py)")
        sync_table = bench_sync.measure(s.python, 2 if quick else 5, s.log)

    table = rows(s)
    report = "\n".join(
        [
            markdown_table(table, s),
            *(["", bench_sync.markdown(sync_table)] if sync_table else []),
            "",
            details(s),
            "",
            (
                f"Machine: {machine(s, load_before)}. Took {time.monotonic() - started:.0f} s "
                f"({'quick' if quick else 'default'} mode)."
            ),
        ]
    )
    print(report)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    raw = s.cache / f"results-{stamp}.json"
    raw.write_text(
        json.dumps(
            {
                "table": table,
                "sync": sync_table,
                "samples": s.samples,
                "errors": s.errors,
                "quick": quick,
                "source": str(s.source),
            },
            indent=1,
        )
    )
    print(f"\n(raw samples: {raw})", file=sys.stderr)
    if args.markdown:
        args.markdown.write_text(report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
