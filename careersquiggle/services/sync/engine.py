"""One sync round: write this laptop's changes, merge the others', in one transaction.

1. Diff the journal against the state kept in it (store.local_changes): every
   local change becomes a write stamped by the hybrid logical clock, sealed into
   this device's next numbered change file.
2. Read every other file not read before (by name and size), newest snapshot of
   each device first; a file still arriving is left for the next round, a damaged
   or altered one is refused and reported, and nothing of it is applied.
3. Merge object by object (merge.py), write the winners into the journal's rows,
   keep the losers in the conflict list.
4. Now and then, write a snapshot and delete this device's older files.

No network: the user's sync tool moves the files. Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careersquiggle.core.errors import JournalError
from careersquiggle.core.hlc import Clock, wall_ms
from careersquiggle.core.i18n import fill, translate
from careersquiggle.services.changes import Changes
from careersquiggle.services.sync import crypto, kinds, store
from careersquiggle.services.sync import folder as layout
from careersquiggle.services.sync.merge import DELETED, State, merge

if TYPE_CHECKING:
    from careersquiggle.services.journal import Journal

# A snapshot is written when this device's change files since the last one reach half
# its size (at least 64 KiB) or 64 files: the folder stays near one copy per device.
SNAPSHOT_FILES = 64
SNAPSHOT_MIN_BYTES = 64 * 1024
_ORDER = {name: n for n, name in enumerate(kinds.KINDS)}  # entries before plan actions
_SEEN_TYPES = (list, str, type(None))  # a write's seen: stamps (older files: one, or none)


class NotSetUp(JournalError):
    """This journal has no synced folder yet."""


@dataclass
class Round:
    """What one round did, for the status line and the terminal."""

    missing: bool = False  # the folder was not there: nothing done
    sent: int = 0  # objects written into this device's change file
    received: int = 0  # objects merged from other devices
    conflicts: int = 0  # new entries in the conflict list
    waiting: int = 0  # files still arriving (incomplete), read next round
    rejected: list[str] = field(default_factory=list)  # files refused (damaged/altered)
    invalid: int = 0  # objects whose values this version refused
    snapshot: bool = False
    changes: Changes = field(default_factory=Changes)


@dataclass
class _Work:
    """The round's objects in memory, saved once at the end."""

    c: Any
    states: dict[tuple[str, str], State] = field(default_factory=dict)
    digests: dict[tuple[str, str], str | None] = field(default_factory=dict)
    to_write: set[tuple[str, str]] = field(default_factory=set)
    stored: dict[tuple[str, str], str] | None = None  # every state's text, once read

    def state(self, key: tuple[str, str]) -> State | None:
        if key not in self.states:
            if self.stored is not None:
                text = self.stored.get(key)
                found = None if text is None else json.loads(text)
            else:
                found = store.load(self.c, *key)
            if found is None:
                return None
            self.states[key] = found
        return self.states[key]

    def expect(self, many: int) -> None:
        """Many objects coming (a snapshot, a join): one query instead of one each."""
        if self.stored is None and many > 200:
            self.stored = store.texts(self.c)


def run(journal: Journal, *, wall: Callable[[], int] = wall_ms,
        snapshot_files: int = SNAPSHOT_FILES) -> Round:
    """One round for an open journal set up for sync (else NotSetUp). A folder that
    cannot be written or read (full, read-only, pulled out mid-round) is one
    JournalError, and the round's transaction is undone: nothing half-done."""
    try:
        with _collector_waits():
            return _run(journal, wall, snapshot_files)
    except OSError as exc:
        with journal._read() as c:
            where = store.meta(c).get("folder", "")
        raise JournalError(fill(translate(
            "Sync", "the synced folder %1 cannot be used just now (%2); nothing was synced"),
            where, exc.strerror or exc)) from None


def _run(journal: Journal, wall: Callable[[], int], snapshot_files: int) -> Round:
    with journal._read() as c:
        settings = store.meta(c)
    if "folder" not in settings:
        raise NotSetUp("this journal is not set up to sync: run `careersquiggle sync setup "
                       "FOLDER` first")
    root = Path(settings["folder"])
    try:
        header = layout.read_header(root) if root.is_dir() else None
    except JournalError:
        header = None
    if header is None:
        return Round(missing=True)
    if header["journal"] != settings["journal_id"]:
        raise JournalError(fill(translate(
            "Sync", "%1 now holds another journal's sync files; nothing was changed"), root))
    key = crypto.unb64(settings["key"])
    device = settings["device_id"]
    clock = Clock(device, settings.get("clock"), wall)
    result = Round()
    with journal._write() as c:
        # Nothing written since this process's last round (no commit of ours, none from
        # another process): the diff of every row is skipped; the window's idle rounds
        # then cost a look at the folder. Read inside the write transaction, where no
        # other writer can slip in between.
        unchanged = _quiet.get(journal) == _marker(c)
        work = _Work(c)
        ops, work.digests = ([], {}) if unchanged else store.local_changes(c, clock)
        for kind, uid, fields in ops:
            work.states[(kind, uid)] = merge(work.state((kind, uid)), fields)[0]
        seq = int(settings.get("seq", "0"))
        since = int(settings.get("since_snapshot", "0"))
        if ops:
            seq = layout.next_seq(root, device, seq)
            size = _write_file(root, key, settings, "c", seq, clock.last,
                               [[k, u, f] for k, u, f in ops])
            store.remember_file(c, f"{layout.DEVICES}/{device}/{layout.file_name('c', seq)}",
                                size, "applied")
            result.sent, since = len(ops), since + size
        _read_others(root, key, settings, clock, work, result)
        changes = _materialise(work, result)
        now = journal.now_text()
        _save(work)
        if result.sent and (since >= max(SNAPSHOT_MIN_BYTES,
                                         int(settings.get("snapshot_size", "0")) // 2)
                            or seq - int(settings.get("snapshot_seq", "0")) >= snapshot_files):
            seq = layout.next_seq(root, device, seq)
            size = _write_file(root, key, settings, "s", seq, clock.last,
                               raw_objects=store.all_as_json(c))
            store.forget_files(c, _compact(root, device, seq))
            store.remember_file(c, f"{layout.DEVICES}/{device}/{layout.file_name('s', seq)}",
                                size, "applied")
            settings.update(snapshot_seq=str(seq), snapshot_size=str(size))
            result.snapshot, since = True, 0
        store.set_meta(c, clock=clock.last, seq=str(seq), since_snapshot=str(since),
                       snapshot_seq=settings.get("snapshot_seq"),
                       snapshot_size=settings.get("snapshot_size"), last_synced=now,
                       waiting=str(result.waiting), rejected=str(len(result.rejected)))
        marker = _marker(c)  # before COMMIT, which moves neither count
    result.changes = changes
    _quiet[journal] = marker
    return result


@contextlib.contextmanager
def _collector_waits() -> Iterator[None]:
    """Python's cyclic garbage collector waits while a round runs. The round keeps
    millions of small objects (every object's state, a file's JSON) and so sets off full
    collections over the whole heap: at 100k entries some fifteen of 0.2-0.9 s, each
    holding every thread (a window syncing in the background too), and half the time of
    reading a file's JSON at 10k. What the round leaves behind goes by reference
    counting; the collector takes up any cycles once it is done."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


# Per open journal (weakly held): its change marker right after its last round here.
_quiet: weakref.WeakKeyDictionary[Journal, tuple[int, int]] = weakref.WeakKeyDictionary()


def _marker(c: Any) -> tuple[int, int]:
    """Moves with every commit: another connection's (data_version) or this one's
    (the connection's count of changed rows)."""
    return int(c.execute("PRAGMA data_version").fetchone()[0]), int(c.total_changes)


def _write_file(root: Path, key: bytes, settings: dict[str, str], kind: str, seq: int,
                last: str, objects: list[Any] | None = None, raw_objects: str = "[]") -> int:
    """Seal and write one file; ``raw_objects``: the objects as JSON text already
    (a snapshot is put together from the stored state without parsing it)."""
    device = settings["device_id"]
    doc = {"format": layout.FORMAT, "version": layout.FORMAT_VERSION,
           "journal": settings["journal_id"], "device": device,
           "name": settings.get("device_name", ""), "kind": kind, "seq": seq, "clock": last}
    body = store.dumps_list(objects) if objects is not None else raw_objects
    text = store.dumps(doc)[:-1] + ',"objects":' + body + "}"
    data = crypto.seal(key, f"{settings['journal_id']}/{device}/{kind}/{seq}",
                       text.encode("utf-8"))
    layout.write_atomic(layout.device_dir(root, device) / layout.file_name(kind, seq), data)
    return len(data)


def _read_others(root: Path, key: bytes, settings: dict[str, str], clock: Clock,
                 work: _Work, result: Round) -> None:
    known = store.known_files(work.c)
    found = layout.scan(root)
    store.forget_files(work.c, set(known) - {f.rel for f in found})  # compacted away
    by_device: dict[str, list[layout.Found]] = {}
    for f in found:
        by_device.setdefault(f.device, []).append(f)
    for files in by_device.values():
        # The newest readable snapshot covers that device's older files.
        covered = 0
        for f in sorted((f for f in files if f.kind == "s"), key=lambda f: -f.seq):
            if known.get(f.rel) == (f.size, "applied") or _apply_file(
                    f, key, settings, clock, work, result):
                covered = f.seq
                break
        for f in sorted(files, key=lambda f: f.seq):
            if f.kind == "c" and f.seq > covered and known.get(f.rel, (-1, ""))[0] != f.size:
                _apply_file(f, key, settings, clock, work, result)


def _apply_file(f: layout.Found, key: bytes, settings: dict[str, str], clock: Clock,
                work: _Work, result: Round) -> bool:
    """Merge one file; False when it is still arriving or was refused."""
    try:
        blob = f.path.read_bytes()
        doc = json.loads(crypto.unseal(key, f"{settings['journal_id']}/{f.label}", blob))
        objects = _objects(doc, settings, f)
    except (crypto.Incomplete, FileNotFoundError):
        result.waiting += 1
        return False
    except OSError:
        result.waiting += 1  # unreadable just now (a stick pulled out): next round
        return False
    except (crypto.Rejected, ValueError, TypeError, KeyError):
        result.rejected.append(f.rel)
        store.remember_file(work.c, f.rel, len(blob), "rejected")
        return False
    if isinstance(doc.get("clock"), str):
        clock.see(doc["clock"])
    store.set_meta(work.c, **{f"peer:{f.device}": str(doc.get("name") or "")})
    found_at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    work.expect(len(objects))
    for kind, uid, incoming in objects:
        before = work.state((kind, uid))
        merged, lost = merge(before, incoming)
        if merged == before:
            if lost:
                result.conflicts += store.add_conflicts(work.c, kind, uid, lost, found_at)
            continue
        work.states[(kind, uid)] = merged
        work.to_write.add((kind, uid))
        result.received += 1
        if lost:
            result.conflicts += store.add_conflicts(work.c, kind, uid, lost, found_at)
    store.remember_file(work.c, f.rel, f.size, "applied")
    return True


def _objects(doc: Any, settings: dict[str, str], f: layout.Found) -> list[tuple[str, str, State]]:
    """The file's objects, checked; raise ValueError for anything malformed."""
    if (not isinstance(doc, dict) or doc.get("format") != layout.FORMAT
            or doc.get("journal") != settings["journal_id"] or doc.get("device") != f.device
            or not isinstance(doc.get("objects"), list)):
        raise ValueError("not this journal's sync file")
    out: list[tuple[str, str, State]] = []
    for kind, uid, fields in doc["objects"]:
        spec = kinds.KINDS.get(kind)
        if spec is None or not isinstance(uid, str) or not isinstance(fields, dict):
            continue  # a kind a newer version syncs: left out here
        allowed = spec.allowed
        # The file's own dict when every field is one this version knows (the usual
        # case): copying 10k objects' fields costs a tenth of a second.
        state: State = (fields if fields.keys() <= allowed
                        else {n: v for n, v in fields.items() if n in allowed})
        for _v, stamp, seen in state.values():  # three items each, or ValueError
            if stamp.__class__ is not str or seen.__class__ not in _SEEN_TYPES:
                raise ValueError("a malformed stamp")
        out.append((kind, uid, state))
    return out


def _materialise(work: _Work, result: Round) -> Changes:
    """Write merged objects into the journal's rows; the local ids touched."""
    for key in work.to_write:  # each gets its digest below; None until then (saved all the same)
        work.digests.setdefault(key, None)
    touched: dict[str, set[int]] = {"entries": set(), "checkins": set(), "chapters": set()}
    other: set[str] = set()
    written: dict[str, list[str]] = {}
    by_kind: dict[str, list[str]] = {}
    for kind_name, uid in sorted(work.to_write):
        by_kind.setdefault(kind_name, []).append(uid)
    for kind_name in sorted(by_kind, key=_ORDER.__getitem__):  # events before plan actions
        kind = kinds.KINDS[kind_name]
        ids = kinds.ids_by_uid(work.c, kind)
        new: list[tuple[str, dict[str, Any]]] = []
        done: list[int] = []
        for uid in by_kind[kind_name]:
            state = work.states[(kind_name, uid)]
            if DELETED in state:
                ident = kinds.remove(work.c, kind, uid)
                work.digests[(kind_name, uid)] = store.TOMBSTONE_DIGEST
                if ident is not None:
                    done.append(ident)
                continue
            if not all(name in state for name in kind.fields):
                work.digests[(kind_name, uid)] = None  # not whole yet: its creation is coming
                continue
            fields = {n: v[0] for n, v in state.items()}
            if uid not in ids and kind_name != "intent":
                new.append((uid, fields))
                continue
            try:
                done.append(kinds.write(work.c, kind, uid, fields, ids.get(uid)))
            except (JournalError, ValueError, TypeError, KeyError):
                result.invalid += 1  # refused by this version's rules: kept, not shown
                work.digests[(kind_name, uid)] = None
                continue
            written.setdefault(kind_name, []).append(uid)
        added, refused = kinds.insert_many(work.c, kind, new)
        result.invalid += refused
        for uid, _fields in new:
            if uid not in added:
                work.digests[(kind_name, uid)] = None
        written.setdefault(kind_name, []).extend(added)
        done.extend(added.values())
        if kind.table in touched:
            touched[kind.table].update(done)
        elif done:
            other.add({"options": "options", "plan_actions": "plan"}.get(kind.table, "intent"))
    if "entry" in written:
        written.setdefault("action", []).extend(_link_actions(work))
    for kind_name, uids in written.items():
        work.digests.update({(kind_name, u): d for u, d in
                             store.row_digests(work.c, kinds.KINDS[kind_name], uids).items()})
    return Changes(frozenset(touched["entries"]), frozenset(touched["checkins"]),
                   frozenset(touched["chapters"]), frozenset(other))


def _link_actions(work: _Work) -> list[str]:
    """Plan actions whose event arrived only now get linked to it."""
    linked = []
    for ident, uid in work.c.execute(
            "SELECT id, uid FROM plan_actions WHERE entry_id IS NULL AND uid IS NOT NULL"
            ).fetchall():
        state = work.state(("action", uid)) or {}
        target = state.get("entry", [None])[0]
        if target:
            row = work.c.execute("SELECT id FROM entries WHERE uid = ?", (target,)).fetchone()
            if row:
                work.c.execute("UPDATE plan_actions SET entry_id = ? WHERE id = ?",
                               (row[0], ident))
                linked.append(uid)
    return linked


def _save(work: _Work) -> None:
    """Save what changed: every object changed here or merged in has its new digest.
    (An object only looked at keeps its row as it is, digest included: rewriting its
    digest would hide a later local delete of it.)"""
    rows = []
    for key, digest in work.digests.items():
        state = work.state(key)
        if state is not None:
            rows.append((key[0], key[1], digest, state))
    store.save(work.c, rows)


def _compact(root: Path, device: str, snapshot_seq: int) -> list[str]:
    """Delete this device's files the new snapshot covers; their relative names."""
    gone = []
    for f in layout.scan_device(root, device):
        if f.seq < snapshot_seq:
            try:
                f.path.unlink()
                gone.append(f.rel)
            except OSError:
                pass  # next snapshot tries again
    return gone
