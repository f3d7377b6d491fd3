"""A test harness that plays the sync tool between two or three laptops.

Each device has its own data folder (a real journal file) and its own copy of
the synced folder. After a device's round, the files it wrote or deleted in its
own subfolder travel to the other copies the way a sync tool delivers them:
late, out of order, twice, under a conflicted-copy name, cut short first and
whole later; deletions travel too. Clocks disagree by hours.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from careersquiggle.core.crossroads import Intent, Option
from careersquiggle.core.model import Chapter, CheckIn, Entry
from careersquiggle.services import jsondoc
from careersquiggle.services.journal import Journal
from careersquiggle.services.sync import crypto, engine, store
from careersquiggle.services.sync import folder as layout
from careersquiggle.services.sync.merge import seen_of
from careersquiggle.services.sync.setup import Sync

HOUR = 3600 * 1000
BASE_MS = 1_780_000_000_000
WORDS = ("launch", "promotion", "mentor", "layoff", "sabbatical", "project", "talk", "move")
PASSPHRASE = "correct horse battery"
SCRYPT_N = 2**10  # the cheapest cost scrypt is allowed here: tests derive many keys

_template: dict[str, bytes] = {}


def fresh_journal(path: Path) -> Journal:
    """A new journal at head, copied from one built once (Alembic costs ~0.2 s a file),
    with its own journal and device ids."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if "file" not in _template:
        first = path.parent / "template.sqlite3"
        Journal.open(first).close()
        _template["file"] = first.read_bytes()
        first.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_template["file"])
    conn = sqlite3.connect(path)
    with conn:
        for key in ("journal_id", "device_id"):
            conn.execute("UPDATE sync_meta SET value = ? WHERE key = ?", (uuid.uuid4().hex, key))
    conn.close()
    return Journal.open(path)


@dataclass
class Device:
    name: str
    journal: Journal
    folder: Path  # this device's copy of the synced folder
    skew: int  # ms its clock is off by
    world: World
    listing: dict[str, bytes] = field(default_factory=dict)
    _device_id: str = ""
    unplugged: bool = False
    read: set[str] = field(default_factory=set)  # own change files acknowledged

    def wall(self) -> int:
        return BASE_MS + self.skew + self.world.now * 1000

    def sync(self) -> engine.Round:
        done = engine.run(self.journal, wall=self.wall, snapshot_files=self.world.snapshot_files)
        self.world.after_round(self)
        self.world.acknowledge(self)
        return done

    @property
    def device_id(self) -> str:
        if not self._device_id:  # set at set-up, kept for good
            self._device_id = Sync(self.journal).settings()["device_id"]
        return self._device_id


class World:
    def __init__(self, root: Path, seed: int, devices: int = 2, *, mangle: bool = True,
                 snapshot_files: int = 3):
        self.rng = random.Random(seed)
        self.root = root
        self.now = 0
        self.mangle = mangle
        self.snapshot_files = snapshot_files
        self.pending: list[tuple[int, Device, str, bytes | None]] = []  # due, to, rel, data
        # kind, uid, field, stamp, the value as JSON, the stamps it had seen
        self.acknowledged: set[tuple[str, str, str, str, str, tuple[str, ...]]] = set()
        self.devices: list[Device] = []
        for n in range(devices):
            name = "abc"[n]
            journal = fresh_journal(root / name / "journal.sqlite3")
            skew = self.rng.randint(-5, 5) * HOUR + self.rng.randint(0, 999)
            self.devices.append(Device(name, journal, root / f"{name}-synced", skew, self))
        first = self.devices[0]
        Sync(first.journal).setup(first.folder, name=first.name, passphrase=PASSPHRASE,
                                  scrypt_n=SCRYPT_N)
        header = (first.folder / layout.HEADER).read_bytes()
        for d in self.devices[1:]:
            d.folder.mkdir(parents=True)
            (d.folder / layout.HEADER).write_bytes(header)
            Sync(d.journal).setup(d.folder, name=d.name, passphrase=PASSPHRASE)

    def close(self) -> None:
        for d in self.devices:
            d.journal.close()

    # -- the sync tool ------------------------------------------------------------------
    def _own_files(self, d: Device) -> dict[str, bytes]:
        own = layout.device_dir(d.folder, d.device_id)
        if not own.is_dir():
            return {}
        return {f"{layout.DEVICES}/{own.name}/{p.name}": p.read_bytes() for p in own.iterdir()}

    def after_round(self, d: Device) -> None:
        """Queue what changed in the device's own subfolder for every other copy."""
        if d.unplugged:
            return
        now = self._own_files(d)
        for rel, data in now.items():
            if d.listing.get(rel) != data:
                for other in self.devices:
                    if other is not d:
                        self._queue(other, rel, data)
        for rel in set(d.listing) - set(now):
            for other in self.devices:
                if other is not d:
                    self.pending.append((self.now + self.rng.randint(0, 6), other, rel, None))
        d.listing = now

    def _queue(self, to: Device, rel: str, data: bytes) -> None:
        due = self.now + self.rng.randint(0, 8)  # late and out of order
        if self.mangle and self.rng.random() < 0.2:  # cut short first, whole later
            self.pending.append((self.now, to, rel, data[:self.rng.randint(0, len(data) - 1)]))
            due += 2
        self.pending.append((due, to, rel, data))
        if self.mangle and self.rng.random() < 0.15:  # twice
            self.pending.append((due + self.rng.randint(1, 5), to, rel, data))
        if self.mangle and self.rng.random() < 0.15:  # a conflicted copy beside it
            stem = rel.removesuffix(layout.SUFFIX)
            tail = self.rng.choice([" (conflicted copy 2026-03-01)",
                                    ".sync-conflict-20260301-101010-ABCDEFG"])
            self.pending.append((due + 1, to, stem + tail + layout.SUFFIX, data))

    def deliver(self, everything: bool = False) -> None:
        keep = []
        for item in sorted(self.pending, key=lambda p: p[0]):
            due, to, rel, data = item
            if (not everything and due > self.now) or to.unplugged:
                keep.append(item)  # a stick that is not plugged in gets nothing
                continue
            target = to.folder / rel
            if data is None:
                target.unlink(missing_ok=True)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
        self.pending = keep

    def settle(self) -> None:
        """Every file delivered whole (each copy mirrors each device's subfolder), and
        rounds until nobody has anything new."""
        for _ in range(4):
            self.deliver(everything=True)
            for d in self.devices:
                for other in self.devices:
                    if other is d:
                        continue
                    theirs = self._own_files(other)
                    mine = layout.device_dir(d.folder, other.device_id)
                    for p in list(mine.iterdir()) if mine.is_dir() else []:
                        rel = f"{layout.DEVICES}/{mine.name}/{p.name}"
                        if rel not in theirs and "conflict" not in p.name:
                            p.unlink()  # what the sync tool deleted
                    for rel, data in theirs.items():
                        (d.folder / rel).parent.mkdir(parents=True, exist_ok=True)
                        (d.folder / rel).write_bytes(data)
            quiet = True
            for d in self.devices:
                r = d.sync()
                quiet = quiet and not r.sent and not r.received
            if quiet:
                return
        raise AssertionError("the devices did not settle")

    # -- what a person does --------------------------------------------------------------
    def act(self, d: Device) -> None:
        j, rng = d.journal, self.rng
        entries = j.entries(_all())
        choice = rng.random()
        if choice < 0.35 or not entries:
            j.add_entry(Entry.create(kind=rng.choice(["event", "note", "shock"]),
                                     title=f"{rng.choice(WORDS)} {rng.randint(1, 99)}",
                                     date=f"20{rng.randint(10, 25)}-0{rng.randint(1, 9)}",
                                     feel=rng.choice([None, -3, 0, 2, 5]),
                                     tags=rng.sample(WORDS, rng.randint(0, 2))))
        elif choice < 0.65:
            e = rng.choice(entries)
            j.update_entry(e.with_changes(**rng.choice([
                {"title": f"{rng.choice(WORDS)} {rng.randint(1, 99)}"},
                {"feel": rng.randint(-5, 5)}, {"notes": rng.choice(WORDS)},
                {"tags": tuple(rng.sample(WORDS, 2))}])))
        elif choice < 0.75:
            j.delete_entry(rng.choice(entries).id)
        elif choice < 0.83:
            j.add_checkin(CheckIn.create(date="2024-05", autonomy=rng.randint(0, 10),
                                         mastery=rng.randint(0, 10), purpose=5))
        elif choice < 0.9:
            j.add_chapter(Chapter.create(title=f"Job {rng.randint(1, 9)}", start="2015"))
        elif choice < 0.95:
            j.crossroads.set_intent(Intent.create(statement=f"lead {rng.choice(WORDS)}"))
        else:
            options = j.crossroads.options()
            if len(options) < 3:
                j.crossroads.add_option(Option.create(
                    title=f"Option {uuid.uuid4().hex[:6]}", autonomy=5, mastery=5,
                    purpose=5, money=5))

    def play(self, steps: int) -> None:
        for _ in range(steps):
            self.now += 1
            d = self.rng.choice(self.devices)
            roll = self.rng.random()
            if roll < 0.55:
                self.act(d)
            elif roll < 0.6 and self.mangle:
                self.unplug(d)  # the USB stick pulled out, or put back
            else:
                done = d.sync()
                assert done.missing == d.unplugged
            self.deliver()
        for d in self.devices:
            if d.unplugged:
                self.unplug(d)

    def unplug(self, d: Device) -> None:
        """Take the device's copy of the folder away, or bring it back."""
        away = d.folder.with_name(d.folder.name + "-unplugged")
        if d.unplugged:
            away.rename(d.folder)
        else:
            d.folder.rename(away)
        d.unplugged = not d.unplugged

    # -- what must hold -------------------------------------------------------------------
    def acknowledge(self, d: Device) -> None:
        """Every write the device put into its change files is acknowledged: it must
        not be lost. Read from the files themselves (a write that lost within the very
        round that sent it is in a file, though never in the state after the round)."""
        if d.unplugged:
            return
        settings = Sync(d.journal).settings()
        key = crypto.unb64(settings["key"])
        own = layout.device_dir(d.folder, d.device_id)
        # A snapshot written in the same round may already have replaced the change
        # file: its own writes (stamped with its device id) are read from it then.
        for path in sorted(own.glob("[cs]-*.csq")) if own.is_dir() else []:
            if path.name in d.read:
                continue
            d.read.add(path.name)
            label = f"{settings['journal_id']}/{d.device_id}/{path.name[0]}/{int(path.name[2:10])}"
            doc = json.loads(crypto.unseal(key, label, path.read_bytes()))
            for kind, uid, fields in doc["objects"]:
                for name, (value, stamp, base) in fields.items():
                    if stamp.endswith(d.device_id):
                        self.acknowledged.add((kind, uid, name, stamp, json.dumps(value),
                                               tuple(seen_of(base))))


def _all() -> Any:
    from careersquiggle.core.model import EntryQuery

    return EntryQuery(include_private=True)


def canonical_export(journal: Journal) -> str:
    """``export json`` without what is each laptop's own (local ids, the export's time)."""
    doc = jsondoc.export_document(journal)

    def clean(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()
                    if k not in ("id", "entry_id", "exported_at")}
        if isinstance(value, list):
            return sorted((clean(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
        return value

    return json.dumps(clean(doc), sort_keys=True, ensure_ascii=False)


def lost_writes(world: World) -> list[str]:
    """Acknowledged writes that a device neither holds nor replaced knowingly (the
    winner had seen it), and that no device lists as a conflict. (A value that lost
    is listed where it met the winner: on its own laptop at least, once the winner
    arrives there; a snapshot may carry only the winner on to the others.)"""
    problems = []
    # A write that a later one replaced knowingly (it is among that one's seen) was
    # superseded by a user who saw it, not lost; that later write is checked itself.
    seen = {(kind, uid, name, old) for kind, uid, name, _s, _v, olds in world.acknowledged
            for old in olds}
    conflicts: set[tuple[str, str, str, str]] = set()
    for d in world.devices:
        with d.journal._read() as c:
            conflicts |= set(c.execute("SELECT kind, uid, field, stamp FROM sync_conflicts"))
    for d in world.devices:
        with d.journal._read() as c:
            states = {(k, u): s for k, u, s in store.load_all(c)}
        for kind, uid, name, stamp, value, _base in world.acknowledged:
            if name in ("created_at", "updated_at"):
                continue  # time stamps follow their edit, never conflicts of their own
            state = states.get((kind, uid), {})
            have = state.get(name)
            tomb = state.get("_deleted")
            if (kind, uid, name, stamp) in conflicts or (kind, uid, name, stamp) in seen:
                continue
            if tomb:  # deleted: only what the deleting laptop had seen may go unlisted
                if stamp in seen_of(tomb[2]) or name == "_deleted":
                    continue
            elif have and (have[1] == stamp or json.dumps(have[0]) == value
                           or stamp in seen_of(have[2])):
                continue  # applied, the same value won, or replaced by one who saw it
            problems.append(f"{d.name}: {kind} {uid[:6]} {name} @{stamp[:20]}")
    return problems


def remove(root: Path) -> None:
    shutil.rmtree(root, ignore_errors=True)
