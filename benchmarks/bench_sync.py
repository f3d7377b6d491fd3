#!/usr/bin/env python3
"""Issue 19: sync between laptops at 10k entries, as ratios to floors in the same run.

    .venv/bin/python benchmarks/bench_sync.py [--rounds 5]   (also `run.py --only sync`)

1. Apply: a laptop with an empty journal runs `careersquiggle sync` on a folder
   where another laptop put its 10k entries (a snapshot), against the floor
   `careersquiggle import json` of the same entries into an empty journal.
   Goal <= 1.5x.
2. A round with nothing new: `careersquiggle sync` on that 10k journal, against
   `careersquiggle list` on the same journal. Goal <= 2x.
3. The synced folder's size against the JSON export's.

Each is the median of interleaved runs (floor, subject, floor, subject...).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_data
from bench_proc import run

GOAL_APPLY = 1.5
GOAL_IDLE = 2.0
PASSPHRASE = "bench sync passphrase"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    home = bench_data.CACHE / "home"
    home.mkdir(parents=True, exist_ok=True)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
    )
    env.pop("CAREERSQUIGGLE_DATA_DIR", None)
    return env


def _empty_journal(cli: Path, env: dict[str, str], runs: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="sync-empty-", dir=runs))
    os.chmod(folder, 0o700)
    run([cli, "list", "--data-dir", folder], env=env).check()  # created, at head
    return folder


def _joined(folder: Path, synced: Path) -> None:
    """Set up to sync without its first round (that round is what is measured)."""
    from careersquiggle import paths
    from careersquiggle.services.journal import Journal
    from careersquiggle.services.sync.setup import Sync

    with Journal.open(paths.journal_path(folder)) as journal:
        Sync(journal).setup(synced, name="bench B", passphrase=PASSPHRASE)


def measure(python: Path, rounds: int, log=print) -> list[dict]:
    cli = python.parent / "careersquiggle"
    env = _env()
    runs = bench_data.CACHE / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    source = bench_data.fresh_copy(10_000, bench_data.DEFAULT_SEED, log)
    export = source / "export.json"
    run([cli, "export", "json", export, "--data-dir", source], env=env).check()
    synced = Path(tempfile.mkdtemp(prefix="sync-folder-", dir=runs))
    from careersquiggle import paths
    from careersquiggle.services.journal import Journal
    from careersquiggle.services.sync import engine
    from careersquiggle.services.sync.setup import Sync

    with Journal.open(paths.journal_path(source)) as journal:
        Sync(journal).setup(synced, name="bench A", passphrase=PASSPHRASE)
        engine.run(journal)  # 10k entries out: a change file, then a snapshot
    samples: dict[str, list[float]] = {"import": [], "apply": [], "list": [], "idle": []}
    kept: list[Path] = []
    for r in range(rounds):
        floor_dir = _empty_journal(cli, env, runs)
        samples["import"].append(
            run([cli, "import", "json", export, "--data-dir", floor_dir], env=env).check().wall
        )
        subject = _empty_journal(cli, env, runs)
        _joined(subject, synced)
        samples["apply"].append(run([cli, "sync", "--data-dir", subject], env=env).check().wall)
        samples["list"].append(
            run([cli, "list", "--data-dir", subject], env=env, keep_stdout=False).check().wall
        )
        samples["idle"].append(run([cli, "sync", "--data-dir", subject], env=env).check().wall)
        log(
            f"  sync round {r + 1}/{rounds}: import {samples['import'][-1]:.2f}s, apply "
            f"{samples['apply'][-1]:.2f}s, list {samples['list'][-1]:.2f}s, idle sync "
            f"{samples['idle'][-1]:.2f}s"
        )
        shutil.rmtree(floor_dir, ignore_errors=True)
        kept.append(subject)
    for folder in kept:
        shutil.rmtree(folder, ignore_errors=True)
    med = {k: statistics.median(v) for k, v in samples.items()}
    folder_bytes = sum(p.stat().st_size for p in synced.rglob("*") if p.is_file())
    export_bytes = export.stat().st_size
    shutil.rmtree(synced, ignore_errors=True)
    shutil.rmtree(source, ignore_errors=True)
    return [
        {
            "subject": "apply 10k entries from another laptop (`sync`)",
            "floor": "`import json` of the same entries",
            "subject_s": med["apply"],
            "floor_s": med["import"],
            "ratio": med["apply"] / med["import"],
            "goal": GOAL_APPLY,
        },
        {
            "subject": "a sync round with nothing new, 10k entries",
            "floor": "`list` on the same journal",
            "subject_s": med["idle"],
            "floor_s": med["list"],
            "ratio": med["idle"] / med["list"],
            "goal": GOAL_IDLE,
        },
        {
            "subject": "synced folder size, 10k entries",
            "floor": "JSON export size",
            "subject_s": folder_bytes,
            "floor_s": export_bytes,
            "ratio": folder_bytes / export_bytes,
            "goal": 2.0,
            "bytes": True,
        },
    ]


def markdown(table: list[dict]) -> str:
    lines = [
        "| sync: subject | floor | subject | floor | ratio | goal | ok |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in table:
        if r.get("bytes"):
            a, b = f"{r['subject_s'] / 1e6:.2f} MB", f"{r['floor_s'] / 1e6:.2f} MB"
        else:
            a, b = f"{r['subject_s']:.2f} s", f"{r['floor_s']:.2f} s"
        ok = "yes" if r["ratio"] <= r["goal"] else "NO"
        lines.append(
            f"| {r['subject']} | {r['floor']} | {a} | {b} | {r['ratio']:.2f}x | "
            f"<= {r['goal']}x | {ok} |"
        )
    return "\n".join(lines)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--python", default=str(HERE.parent / ".venv" / "bin" / "python"))
    args = p.parse_args(argv)
    table = measure(
        Path(args.python).absolute(), args.rounds, lambda t: print(t, file=sys.stderr, flush=True)
    )
    print(markdown(table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
