"""The sync engine between real journals and a real folder: passphrases, tampering,
privacy, joining, compaction, a missing folder, files still arriving."""

from __future__ import annotations

import json

import pytest

from careersquiggle.core.errors import JournalError
from careersquiggle.core.model import Chapter, CheckIn, Entry
from careersquiggle.services.sync import crypto, engine, store
from careersquiggle.services.sync import folder as layout
from careersquiggle.services.sync.setup import Sync
from tests.services.sync.harness import PASSPHRASE, SCRYPT_N, canonical_export, fresh_journal

SECRET = "Secret interview at Zanzibar Robotics"


@pytest.fixture
def pair(fast_dir):
    a = fresh_journal(fast_dir / "a" / "journal.sqlite3")
    b = fresh_journal(fast_dir / "b" / "journal.sqlite3")
    folder = fast_dir / "synced"
    yield a, b, folder
    a.close()
    b.close()


def _setup(j, folder, name, passphrase=PASSPHRASE, **kw):
    return Sync(j).setup(folder, name=name, passphrase=passphrase, scrypt_n=SCRYPT_N, **kw)


def _entry(title="Led the launch", **kw):
    return Entry.create(kind="event", title=title, date="2021-04", tags=["leadership"], **kw)


def test_a_second_laptop_builds_its_journal_from_the_folder(pair):
    a, b, folder = pair
    a.add_entry(_entry())
    a.add_checkin(CheckIn.create(date="2021-05", autonomy=7, mastery=6, purpose=8))
    a.add_chapter(Chapter.create(title="Acme", start="2019", end="2022"))
    assert _setup(a, folder, "home") is False  # a new folder
    engine.run(a)
    assert _setup(b, folder, "work") is True  # joined
    done = engine.run(b)
    assert done.received == 3 and done.changes.entries
    assert canonical_export(a) == canonical_export(b)
    assert Sync(b).status().devices == {Sync(a).settings()["device_id"]: "home"}


def test_a_wrong_passphrase_is_one_clear_message_and_changes_nothing(pair):
    a, b, folder = pair
    _setup(a, folder, "home")
    engine.run(a)
    with pytest.raises(crypto.WrongSyncPassphrase, match="sync passphrase is wrong"):
        _setup(b, folder, "work", passphrase="not it")
    assert not Sync(b).is_set_up


def test_nothing_readable_is_written_into_the_folder(pair):
    a, _b, folder = pair
    a.add_entry(_entry(SECRET, notes="salary talk"))
    a.add_chapter(Chapter.create(title="Zanzibar years", start="2020"))
    _setup(a, folder, "home")
    engine.run(a, snapshot_files=1)  # a snapshot too
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert any(p.name.startswith("s-") for p in files)
    for p in files:
        data = p.read_bytes()
        for word in ("Zanzibar", "salary", "leadership", "launch", "event"):
            assert word.encode() not in data, p
            assert word.encode("utf-16-le") not in data, p


def test_a_tampered_file_is_refused_reported_and_nothing_of_it_applied(pair):
    a, b, folder = pair
    _setup(a, folder, "home")
    _setup(b, folder, "work")
    a.add_entry(_entry())
    engine.run(a)
    [changes] = [p for p in folder.rglob("c-*.csq")]
    data = bytearray(changes.read_bytes())
    data[-5] ^= 0x01
    changes.write_bytes(bytes(data))
    done = engine.run(b)
    assert done.rejected == [changes.relative_to(folder).as_posix()]
    assert b.is_empty() and done.received == 0
    assert Sync(b).status().rejected == 1
    engine.run(b)  # reported once, not in a loop
    assert b.is_empty()


def test_a_file_still_arriving_waits_and_is_applied_when_whole(pair):
    a, b, folder = pair
    _setup(a, folder, "home")
    _setup(b, folder, "work")
    a.add_entry(_entry())
    engine.run(a)
    [changes] = [p for p in folder.rglob("c-*.csq")]
    whole = changes.read_bytes()
    changes.write_bytes(whole[: len(whole) // 2])
    first = engine.run(b)
    assert (first.waiting, first.rejected, b.is_empty()) == (1, [], True)
    changes.write_bytes(whole)
    assert engine.run(b).received == 1
    assert [e.title for e in b.entries()] == ["Led the launch"]


def test_a_missing_folder_is_a_status_not_an_error(pair):
    a, _b, folder = pair
    _setup(a, folder, "home")
    folder.rename(folder.with_name("unplugged"))
    a.add_entry(_entry())
    assert engine.run(a).missing
    assert Sync(a).status().present is False
    folder.with_name("unplugged").rename(folder)
    assert engine.run(a).sent == 1  # the waiting change goes out once it is back


def test_same_field_on_both_laptops_keeps_the_later_and_lists_the_other(pair):
    a, b, folder = pair
    _setup(a, folder, "home")
    a.add_entry(_entry())
    engine.run(a)
    _setup(b, folder, "work")
    engine.run(b)
    [ea], [eb] = a.entries(), b.entries()
    a.update_entry(ea.with_changes(title="Led the spring launch"))
    engine.run(a)
    b.update_entry(eb.with_changes(title="Led the big launch"))  # later, not having seen a's
    engine.run(b)
    engine.run(a)
    assert [e.title for e in a.entries()] == [e.title for e in b.entries()] == [
        "Led the big launch"]
    [conflict] = Sync(a).conflicts()
    assert (conflict.field, conflict.value, conflict.current) == (
        "title", "Led the spring launch", "Led the big launch")
    Sync(a).flip(conflict.id)  # the user prefers the other
    engine.run(a)
    engine.run(b)
    assert [e.title for e in b.entries()] == ["Led the spring launch"]


def test_an_edit_against_a_delete_loses_to_it_and_is_kept_in_the_list(pair):
    a, b, folder = pair
    _setup(a, folder, "home")
    a.add_entry(_entry())
    engine.run(a)
    _setup(b, folder, "work")
    engine.run(b)
    a.delete_entry(a.entries()[0].id)
    engine.run(a)
    b.update_entry(b.entries()[0].with_changes(notes="what I learnt"))
    engine.run(b)
    engine.run(a)
    assert a.is_empty() and b.is_empty()
    [conflict] = Sync(b).conflicts()
    assert conflict.deleted and conflict.value == "what I learnt"
    Sync(b).flip(conflict.id)  # bring it back, with the edit
    engine.run(b)
    engine.run(a)
    assert [e.notes for e in a.entries()] == ["what I learnt"]


def test_joining_with_an_existing_journal_merges_after_a_preview(pair):
    a, b, folder = pair
    a.add_entry(_entry())
    a.add_entry(_entry("Moved to Berlin"))
    _setup(a, folder, "home")
    engine.run(a)
    b.add_entry(_entry())  # the same entry, typed on both laptops
    b.add_entry(_entry("Started a podcast"))
    with pytest.raises(JournalError, match="--merge"):
        _setup(b, folder, "work")
    preview = Sync(b).preview_join(folder, PASSPHRASE)
    assert preview is not None
    assert (preview.in_folder["entry"], preview.here["entry"], preview.same["entry"],
            preview.added["entry"]) == (2, 2, 1, 1)
    assert len(b.entries()) == 2  # a preview changes nothing
    _setup(b, folder, "work", merge_existing=True)
    engine.run(b)
    engine.run(a)
    titles = sorted(e.title for e in a.entries())
    assert titles == ["Led the launch", "Moved to Berlin", "Started a podcast"]
    assert canonical_export(a) == canonical_export(b)


def test_snapshots_compact_the_folder(pair):
    a, b, folder = pair
    _setup(a, folder, "home")
    for n in range(12):
        a.add_entry(_entry(f"Step {n}"))
        engine.run(a, snapshot_files=4)
    own = layout.device_dir(folder, Sync(a).settings()["device_id"])
    names = sorted(p.name for p in own.iterdir())
    assert len(names) <= 4 and any(n.startswith("s-") for n in names)
    _setup(b, folder, "work")
    engine.run(b)
    assert canonical_export(a) == canonical_export(b)


def test_a_file_renamed_to_stand_in_for_another_is_refused(pair):
    a, b, folder = pair
    _setup(a, folder, "home")
    _setup(b, folder, "work")
    a.add_entry(_entry())
    engine.run(a)
    [changes] = list(folder.rglob("c-*.csq"))
    changes.rename(changes.with_name("c-00000009.csq"))
    assert engine.run(b).rejected and b.is_empty()


def test_the_header_holds_no_journal_content(pair):
    a, _b, folder = pair
    a.add_entry(_entry(SECRET))
    _setup(a, folder, "home")
    header = json.loads((folder / layout.HEADER).read_text())
    assert set(header) == {"format", "version", "journal", "kdf", "check"}


def test_a_journal_file_copied_to_another_laptop_gets_its_own_device_id(pair, fast_dir):
    a, _b, folder = pair
    a.add_entry(_entry())
    copy = fast_dir / "copy" / "journal.sqlite3"
    copy.parent.mkdir()
    a.close()
    copy.write_bytes(a.path.read_bytes())
    from careersquiggle.services.journal import Journal

    a = Journal.open(a.path)
    c = Journal.open(copy)
    try:
        assert Sync(a).settings()["device_id"] == Sync(c).settings()["device_id"]
        _setup(a, folder, "home")
        engine.run(a)
        _setup(c, folder, "copy", merge_existing=True)
        assert Sync(a).settings()["device_id"] != Sync(c).settings()["device_id"]
        engine.run(c)
        c.add_entry(_entry("Only on the copy"))
        engine.run(c)
        engine.run(a)
        assert canonical_export(a) == canonical_export(c)
        assert len(a.entries()) == 2
    finally:
        a.close()
        c.close()


def test_a_folder_that_cannot_be_written_is_one_error_and_nothing_half_done(pair):
    a, _b, folder = pair
    _setup(a, folder, "home")
    own = layout.device_dir(folder, Sync(a).settings()["device_id"])
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text("a file where the laptop's subfolder should be")
    a.add_entry(_entry())
    with pytest.raises(JournalError, match="cannot be used just now"):
        engine.run(a)
    own.unlink()
    assert engine.run(a).sent == 1  # the change was not lost: it goes out now


def test_an_encrypted_journal_syncs_with_its_own_passphrase(fast_dir):
    from careersquiggle.services.journal import Journal

    (fast_dir / "a").mkdir()
    a = Journal.open(fast_dir / "a" / "journal.sqlite3", passphrase="journal secret")
    b = fresh_journal(fast_dir / "b" / "journal.sqlite3")
    folder = fast_dir / "synced"
    try:
        a.add_entry(_entry())
        Sync(a).setup(folder, name="home", scrypt_n=SCRYPT_N)  # no sync passphrase asked
        engine.run(a)
        with pytest.raises(JournalError, match="passphrase is needed"):
            Sync(b).setup(folder, name="work")
        Sync(b).setup(folder, name="work", passphrase="journal secret")
        engine.run(b)
        assert canonical_export(a) == canonical_export(b)
    finally:
        a.close()
        b.close()


def test_a_delete_after_a_file_came_twice_still_goes_out(pair):
    a, b, folder = pair
    _setup(a, folder, "home")
    a.add_entry(_entry())
    engine.run(a)
    _setup(b, folder, "work")
    engine.run(b)
    [changes] = list(folder.rglob("c-*.csq"))
    again = changes.with_name(changes.stem + " (conflicted copy 2026-03-01).csq")
    again.write_bytes(changes.read_bytes())  # the sync tool delivers it a second time
    assert engine.run(b).received == 0
    b.delete_entry(b.entries()[0].id)
    assert engine.run(b).sent == 1
    engine.run(a)
    assert a.is_empty()


def test_a_change_file_is_encoded_a_thousand_objects_at_a_time_to_the_same_text():
    # (One call over 100k objects held the interpreter, and a window syncing in the
    # background, for 0.7 s.)
    for n in (0, 1, 999, 1000, 1001, 2345):
        objects = [["entry", f"u{i}", {"title": [f"Step {i} · é", "s", []]}] for i in range(n)]
        assert store.dumps_list(objects) == store.dumps(objects)
        assert json.loads(store.dumps_list(objects, chunk=7)) == objects


def test_a_round_leaves_the_garbage_collector_as_it_found_it(pair):
    # (It waits during the round: a round's millions of small objects set off full
    # collections that held every thread, the window's too.)
    import gc

    a, _b, folder = pair
    a.add_entry(_entry())
    _setup(a, folder, "home")
    engine.run(a)
    assert gc.isenabled()
    gc.disable()
    try:
        a.add_entry(_entry(title="Second"))
        engine.run(a)
        assert not gc.isenabled()  # someone else's choice, kept
    finally:
        gc.enable()
