"""Encryption at rest: no plaintext left anywhere, clear passphrase errors, lossless round trip."""

from __future__ import annotations

import json
import shutil

import pytest

from careersquiggle.core.errors import JournalError, ValidationError
from careersquiggle.services import backup, encryption, jsondoc, lock
from careersquiggle.services.demo import load_sample
from careersquiggle.services.journal import Journal

from .conftest import NEW_PASS, PASS, SECRET, add_secrets, files_containing


def document(path, passphrase=None) -> dict:
    with Journal.open(path, passphrase=passphrase) as j:
        doc = jsondoc.export_document(j)
    doc.pop("exported_at", None)
    return json.loads(json.dumps(doc))


def test_encrypt_leaves_no_plaintext_in_the_data_folder(filled):
    backup.make_backup(filled)
    # A copy kept aside by an earlier upgrade is a plaintext copy too.
    shutil.copyfile(filled, filled.with_name(filled.name + ".before-upgrade-0001"))
    assert len(files_containing(filled.parent, SECRET)) == 3
    done = encryption.encrypt(filled, PASS)
    assert len(done.copies) == 2
    assert not filled.read_bytes().startswith(b"SQLite format 3")
    assert files_containing(filled.parent, SECRET) == []
    assert [p.name for p in filled.parent.rglob("*.part")] == []
    with Journal.open(filled, passphrase=PASS) as j:
        assert len(j.entries()) == 5 and j.check() == []
        add_secrets(j, 2, start=10)  # written through an encrypted engine, WAL included
        assert files_containing(filled.parent, SECRET) == []


def test_without_or_with_a_wrong_passphrase_the_message_is_clear(filled):
    encryption.encrypt(filled, PASS)
    before = filled.read_bytes()
    with pytest.raises(encryption.PassphraseRequired, match="give its passphrase"):
        Journal.open(filled)
    with pytest.raises(encryption.WrongPassphrase) as info:
        Journal.open(filled, passphrase="not the passphrase")
    assert str(info.value) == f"the passphrase does not open {filled}"
    assert filled.read_bytes() == before


def test_decrypt_round_trip_keeps_every_row(journal_path):
    with Journal.open(journal_path) as j:
        load_sample(j)
        add_secrets(j, 3)
    original = document(journal_path)
    encryption.encrypt(journal_path, PASS)
    assert document(journal_path, PASS) == original
    encryption.decrypt(journal_path, PASS)
    assert journal_path.read_bytes().startswith(b"SQLite format 3")
    assert document(journal_path) == original


def test_passwd_changes_the_passphrase_of_the_journal_and_its_backups(filled):
    encryption.encrypt(filled, PASS)
    with Journal.open(filled, passphrase=PASS) as j:
        info = backup.make_backup(j.path, j.passphrase)
    with pytest.raises(encryption.WrongPassphrase):
        encryption.change_passphrase(filled, "wrong passphrase", NEW_PASS)
    encryption.change_passphrase(filled, PASS, NEW_PASS)
    with pytest.raises(encryption.WrongPassphrase):
        Journal.open(filled, passphrase=PASS)
    with Journal.open(filled, passphrase=NEW_PASS) as j:
        assert len(j.entries()) == 5
    assert backup.entry_count(info.path, NEW_PASS) == 5
    assert backup.entry_count(info.path, PASS) is None


def test_a_copy_that_cannot_be_read_stops_encryption_before_anything_changes(filled):
    info = backup.make_backup(filled)
    info.path.write_bytes(info.path.read_bytes()[:3000])  # a damaged plaintext backup
    before = filled.read_bytes()
    with pytest.raises(JournalError, match="cannot be converted") as err:
        encryption.encrypt(filled, PASS)
    assert info.path.name in str(err.value)
    assert filled.read_bytes() == before
    assert [p.name for p in filled.parent.rglob("*.part")] == []


def test_encryption_waits_for_the_window_to_let_go(filled):
    before = filled.read_bytes()
    with lock.acquire(filled) as held:
        with pytest.raises(lock.JournalInUse):
            encryption.encrypt(filled, PASS)
        assert filled.read_bytes() == before
        encryption.encrypt(filled, PASS, held=held)  # the window's own lock
    assert encryption.is_encrypted(filled)


def test_a_new_journal_can_be_encrypted_from_its_first_byte(journal_path):
    with Journal.open(journal_path, passphrase=PASS) as j:
        add_secrets(j, 1)
    assert encryption.is_encrypted(journal_path)
    assert files_containing(journal_path.parent, SECRET) == []


@pytest.mark.parametrize("new, again, why", [
    ("short", "short", "at least 8"),
    ("long enough one", "long enough two", "not the same"),
])
def test_a_new_passphrase_must_be_long_enough_and_typed_twice(new, again, why):
    with pytest.raises(ValidationError, match=why):
        encryption.check_new_passphrase(new, again)


def test_each_operation_refuses_the_wrong_kind_of_journal(filled):
    with pytest.raises(JournalError, match="not encrypted"):
        encryption.decrypt(filled, PASS)
    encryption.encrypt(filled, PASS)
    with pytest.raises(JournalError, match="already encrypted"):
        encryption.encrypt(filled, NEW_PASS)
