"""The long break test (`make torture`, run by hand, not in CI).

Each operation that writes files of the journal's set (backup, encrypt, decrypt,
passwd, restore, import, a migration, the first creation) is run under
``strace -e inject=SYSCALL:signal=SIGKILL:when=N``: killed on entering its Nth
rename (every one), and its Nth fsync/fdatasync/pwrite64/write/unlink (sampled
evenly). After each kill:

1. the next command (``list``) opens the journal with the right key only: every
   file of the set opens with the old key or every one with the new key, never a
   mix, and none with no key when the set is encrypted;
2. every entry acknowledged before the kill is there (an import: all or none);
3. no plaintext anywhere in the folder while the set is encrypted;
4. the retry succeeds (or finds the change already complete).

Usage: python tests/safety/torture.py [--samples N] [--only NAME ...]
Prints one line per scenario and a total; exits non-zero if any kill point failed.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from careersquiggle.db import connection as dbengine  # noqa: E402

SECRET = "Torture-secret-word"
OLD, NEW = "old passphrase one", "new passphrase two"
RENAMES = ("rename", "renameat", "renameat2")
SAMPLED = ("fsync", "fdatasync", "pwrite64", "write", "unlink", "unlinkat")


def cs(folder: Path, *argv: str, stdin: str = "", strace: list[str] | None = None,
       timeout: float = 180) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "careersquiggle", *argv]
    if strace is not None:
        cmd = ["strace", "-qq", "-f", *strace, *cmd]
    env = dict(os.environ, CAREERSQUIGGLE_DATA_DIR=str(folder))
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=env,
                          timeout=timeout, start_new_session=True)


def add_entries(folder: Path, n: int, key: str | None = None, start: int = 0) -> list[str]:
    from careersquiggle.core.model import Entry
    from careersquiggle.services.journal import Journal

    titles = [f"{SECRET} {i}" for i in range(start, start + n)]
    with Journal.open(folder / "journal.sqlite3", passphrase=key) as j:
        j.import_batch(_report(), [Entry.create(kind="note", title=t, date="2021",
                                                notes=f"{SECRET} notes " * 20) for t in titles])
    return titles


def _report():
    from careersquiggle.services.report import ImportReport

    return ImportReport()


def titles_in(path: Path, key: str | None) -> set[str] | None:
    try:
        conn = dbengine.raw_connect(path, key)
        try:
            return {r[0] for r in conn.execute("SELECT title FROM entries")}
        finally:
            conn.close()
    except Exception:
        return None


def set_files(folder: Path) -> list[Path]:
    """The journal, its backups and kept copies: every file that is a whole database."""
    out = [folder / "journal.sqlite3"]
    if (folder / "backups").is_dir():
        out += sorted((folder / "backups").glob("journal-*.sqlite3"))
    out += sorted(p for p in folder.iterdir() if re.search(r"\.(before-upgrade|replaced)-", p.name)
                  and not p.name.endswith(("-wal", "-shm", "-journal")))
    return [p for p in out if p.exists() and p.stat().st_size > 0]


def plaintext_files(folder: Path) -> list[str]:
    hits = []
    for p in folder.rglob("*"):
        if p.is_file() and SECRET.encode() in p.read_bytes():
            hits.append(str(p.relative_to(folder)))
    return hits


def key_of_set(folder: Path, keys: tuple) -> tuple[str | None | bool, list[str]]:
    """The one key every file of the set opens with (False when mixed), and problems."""
    problems, found = [], set()
    for p in set_files(folder):
        opening = [k for k in keys if titles_in(p, k) is not None]
        if len(opening) != 1:
            problems.append(f"{p.name} opens with {opening}")
        found.update(opening)
    if len(found) > 1:
        problems.append(f"the set is under several keys: {sorted(map(str, found))}")
        return False, problems
    return (found.pop() if found else False), problems


class Scenario:
    name = ""
    argv: tuple = ()
    stdin = ""
    keys: tuple = (None,)  # before, after
    entries = 60

    def setup(self, folder: Path) -> None:
        self.acked = set(add_entries(folder, self.entries, self.keys[0]))

    def stdin_for_list(self, key) -> str:
        return f"{key}\n" if key else ""

    def check(self, folder: Path, retried: bool) -> list[str]:
        problems = []
        key, bad = key_of_set(folder, tuple(dict.fromkeys(self.keys)))
        problems += bad
        if key is False:
            return problems or ["the journal does not open"]
        if retried and key != self.keys[-1]:
            problems.append(f"after the retry the set is under {key!r}, not {self.keys[-1]!r}")
        have = titles_in(folder / "journal.sqlite3", key) or set()
        missing = self.acked - have - self.elsewhere(folder, key)
        if missing:
            problems.append(f"{len(missing)} acknowledged entries missing")
        if key is not None and plaintext_files(folder):
            problems.append(f"plaintext left: {plaintext_files(folder)[:3]}")
        return problems

    def elsewhere(self, folder: Path, key) -> set[str]:
        return set()


class Backup(Scenario):
    name, argv = "backup", ("backup",)


class Encrypt(Scenario):
    name, argv, keys = "encrypt", ("encrypt", "--passphrase-stdin"), (None, OLD)
    stdin = f"{OLD}\n{OLD}\n"

    def setup(self, folder):
        super().setup(folder)
        for _ in range(2):
            cs(folder, "backup", stdin=self.stdin_for_list(self.keys[0]))
        shutil.copyfile(folder / "journal.sqlite3",
                        folder / "journal.sqlite3.replaced-2026-01-01T000000Z")


class Decrypt(Encrypt):
    name, argv, keys = "decrypt", ("decrypt", "--passphrase-stdin"), (OLD, None)
    stdin = f"{OLD}\n"

    def setup(self, folder):
        Scenario.setup(self, folder)
        for _ in range(2):
            cs(folder, "backup", "--passphrase-stdin", stdin=f"{OLD}\n")


class Passwd(Decrypt):
    name, argv, keys = "passwd", ("passwd", "--passphrase-stdin"), (OLD, NEW)
    stdin = f"{OLD}\n{NEW}\n"


class Restore(Scenario):
    name, argv = "restore", ("restore",)

    def setup(self, folder):
        super().setup(folder)
        cs(folder, "backup")
        self.acked |= set(add_entries(folder, 10, start=1000))

    def elsewhere(self, folder, key):
        # The restored backup lacks the newest entries; the replaced journal keeps them.
        found = set()
        for p in folder.glob("journal.sqlite3.replaced-*"):
            if not p.name.endswith(("-wal", "-shm")):
                found |= titles_in(p, key) or set()
        return found


class Import(Scenario):
    name = "import"

    def setup(self, folder):
        super().setup(folder)
        doc = {"format": "careersquiggle", "version": 1, "entries": [
            {"kind": "note", "title": f"imported {i}", "date": "2020"} for i in range(300)]}
        self.source = folder.parent / "in.json"
        self.source.write_text(json.dumps(doc), encoding="utf-8")
        self.argv = ("import", "json", str(self.source))

    def check(self, folder, retried):
        problems = super().check(folder, retried)
        have = titles_in(folder / "journal.sqlite3", None) or set()
        n = sum(t.startswith("imported") for t in have)
        if n not in (0, 300):
            problems.append(f"a partial import: {n} of 300")
        if retried and n != 300:
            problems.append("the retried import is missing")
        return problems


class Migration(Scenario):
    name, argv = "migration", ("list",)

    def setup(self, folder):
        from alembic import command

        from careersquiggle.db import migrate

        first = sorted(r.revision for r in migrate.script_directory().walk_revisions())[0]
        from careersquiggle.db.engine import make_engine

        engine = make_engine(folder / "journal.sqlite3")
        with engine.begin() as c:
            command.upgrade(migrate.alembic_config(c), first)
        engine.dispose()
        import sqlite3

        conn = sqlite3.connect(folder / "journal.sqlite3")
        self.acked = {f"{SECRET} {i}" for i in range(self.entries)}
        conn.executemany(
            "INSERT INTO entries (kind, title, date, pos, feel, notes, private, shift_from, "
            "shift_to, created_at, updated_at) VALUES ('note', ?, '2021', 2021.5, NULL, '', 0, "
            "'', '', 'a', 'b')", [(t,) for t in self.acked])
        conn.commit()
        conn.close()

    def check(self, folder, retried):
        problems = super().check(folder, retried)
        done = cs(folder, "check")
        if retried and done.returncode != 0:
            problems.append(f"check fails: {done.stderr.strip()[:200]}")
        return problems


class FirstCreation(Scenario):
    name, argv = "first creation", ("add", "--kind", "note", "--title", "the very first")

    def setup(self, folder):
        self.acked = set()

    def check(self, folder, retried):
        path = folder / "journal.sqlite3"
        if not retried:
            return []
        problems = []
        have = titles_in(path, None)
        if not have or "the very first" not in have:
            problems.append("the retried first add is missing")
        return problems


SCENARIOS = [Backup(), Encrypt(), Decrypt(), Passwd(), Restore(), Import(), Migration(),
             FirstCreation()]


def count_calls(scenario: Scenario, base: Path) -> collections.Counter:
    folder = fresh(base, scenario)
    log = base / "count.strace"
    names = ",".join(RENAMES + SAMPLED)
    done = cs(folder, *scenario.argv, stdin=scenario.stdin,
              strace=["-o", str(log), "-e", f"trace={names}"])
    if done.returncode != 0:
        raise SystemExit(f"{scenario.name}: the operation fails without a kill: {done.stderr}")
    counts: collections.Counter = collections.Counter()
    pids = collections.Counter()
    for line in log.read_text().splitlines():
        m = re.match(r"(\d+)\s+(\w+)\(", line)
        if m:
            pids[m[1]] += 1
    main = pids.most_common(1)[0][0] if pids else None
    for line in log.read_text().splitlines():
        m = re.match(r"(\d+)\s+(\w+)\(", line)
        if m and m[1] == main:
            counts[m[2]] += 1
    return counts


def fresh(base: Path, scenario: Scenario) -> Path:
    work = base / "run"
    shutil.rmtree(work, ignore_errors=True)
    folder = work / "data"
    folder.mkdir(parents=True)
    scenario.setup(folder)
    return folder


def points(counts: collections.Counter, samples: int) -> list[tuple[str, int]]:
    out = [(name, n) for name in RENAMES for n in range(1, counts[name] + 1)]
    for name in SAMPLED:
        total = counts[name]
        if total:
            step = max(1, total // samples)
            out += [(name, n) for n in range(1, total + 1, step)][:samples]
    return out


def torture(scenario: Scenario, base: Path, samples: int) -> tuple[int, int, list[str]]:
    counts = count_calls(scenario, base)
    print(f"{scenario.name}: system calls " + ", ".join(f"{k} {v}" for k, v in
                                                         sorted(counts.items())), flush=True)
    failures, killed = [], 0
    todo = points(counts, samples)
    for name, n in todo:
        folder = fresh(base, scenario)
        done = cs(folder, *scenario.argv, stdin=scenario.stdin,
                  strace=["-o", "/dev/null", "-e", f"trace={name}",
                          "-e", f"inject={name}:signal=SIGKILL:when={n}"])
        killed += done.returncode in (-9, 137)
        where = f"{scenario.name}: kill at {name} #{n}"
        # The next command sweeps and finishes; then the set must be whole.
        for key in dict.fromkeys(scenario.keys):
            after = cs(folder, "list", "--passphrase-stdin" if key else "--verbose",
                       stdin=scenario.stdin_for_list(key))
            if after.returncode == 0:
                break
        if "Traceback" in after.stderr:
            failures.append(f"{where}: a traceback in the next command")
        failures += [f"{where}: {p}" for p in scenario.check(folder, retried=False)]
        retry = cs(folder, *scenario.argv, stdin=scenario.stdin)
        if retry.returncode != 0 and "already" not in retry.stderr \
                and "not encrypted" not in retry.stderr and "does not open" not in retry.stderr:
            failures.append(f"{where}: the retry failed: {retry.stderr.strip()[:200]}")
        failures += [f"{where} (after retry): {p}" for p in scenario.check(folder, retried=True)]
    return len(todo), killed, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=int(os.environ.get("TORTURE_SAMPLES", 5)),
                        help="kill points per sampled system call (default 5)")
    parser.add_argument("--only", nargs="*", help="scenario names to run")
    args = parser.parse_args()
    if shutil.which("strace") is None:
        print("torture: strace is not installed (apt-get install strace)", file=sys.stderr)
        return 2
    total = total_killed = 0
    all_failures = []
    with tempfile.TemporaryDirectory(prefix="cs-torture-") as tmp:
        for scenario in SCENARIOS:
            if args.only and scenario.name not in args.only:
                continue
            n, killed, failures = torture(scenario, Path(tmp), args.samples)
            total, total_killed = total + n, total_killed + killed
            all_failures += failures
            print(f"{scenario.name:15} {n:4} kill points, {killed:4} killed, "
                  f"{len(failures)} failed", flush=True)
            for f in failures[:10]:
                print(f"    {f}", flush=True)
    print(f"total: {total} kill points, {total_killed} killed, {len(all_failures)} failures")
    return 1 if all_failures else 0


if __name__ == "__main__":
    sys.exit(main())
