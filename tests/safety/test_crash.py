"""Crash safety: kill -9 a process writing entries, many times at random moments;
every write it acknowledged is there and the journal passes its check."""

from __future__ import annotations

import random
import signal
import subprocess
import sys

from careersquiggle.services.journal import Journal

WRITER = """
import sys
from careersquiggle.core.model import Entry
from careersquiggle.services.journal import Journal

journal = Journal.open(sys.argv[1])
round_ = sys.argv[2]
n = 0
while True:
    n += 1
    title = f"round {round_} entry {n}"
    entry = Entry.create(kind="note", title=title, date="2024-05", notes="x" * (n % 7) * 300,
                         tags=[f"t{n % 5}"])
    new_id = journal.add_entry(entry).id
    # Acknowledged only after the commit returned, as the window or terminal would.
    print(new_id, title, flush=True)
"""


def test_every_acknowledged_write_survives_kill_9(journal_path):
    rng = random.Random()
    seed = rng.randrange(1 << 30)
    rng.seed(seed)
    acknowledged: dict[int, str] = {}
    for round_ in range(8):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(journal_path), str(round_)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            for _ in range(rng.randint(1, 40)):
                line = proc.stdout.readline()
                assert line, f"writer stopped early (seed {seed}): {proc.stderr.read()}"
                new_id, title = line.rstrip("\n").split(" ", 1)
                acknowledged[int(new_id)] = title
        finally:
            proc.send_signal(signal.SIGKILL)  # mid-write, at whatever point it has reached
            proc.wait()
        # Lines already written to the pipe before the kill were acknowledged too.
        for line in proc.stdout.read().split("\n")[:-1]:  # whole lines only
            new_id, title = line.split(" ", 1)
            acknowledged[int(new_id)] = title
    with Journal.open(journal_path) as j:
        held = {e.id: e.title for e in j.entries()}
        assert j.check() == [], f"seed {seed}"
    missing = {i: t for i, t in acknowledged.items() if held.get(i) != t}
    assert missing == {}, f"seed {seed}"
    assert len(acknowledged) >= 8
