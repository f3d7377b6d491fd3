"""Writing exports through links and devices, or whole through a temporary file; restoring
never drops encryption quietly."""

import os

import pytest

from careersquiggle.core.errors import JournalError
from careersquiggle.services import backup, encryption
from careersquiggle.services.files import atomic_write, replacing


def test_a_link_is_followed_and_stays_a_link(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    atomic_write(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
    assert oct(real.stat().st_mode & 0o777) == "0o600"


def test_a_pipe_is_written_into_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    atomic_write(fifo, b"through the pipe")
    assert os.read(reader, 100) == b"through the pipe"
    os.close(reader)
    assert not fifo.is_file() and fifo.exists()


def test_a_plain_backup_is_not_restored_over_an_encrypted_journal(demo_journal, tmp_path):
    import shutil

    path = demo_journal.path
    demo_journal.close()
    outside = tmp_path / "kept-elsewhere.sqlite3"  # like `careersquiggle backup OUT`
    shutil.copyfile(backup.make_backup(path).path, outside)
    encryption.encrypt(path, "a long passphrase")
    before = path.read_bytes()
    with pytest.raises(JournalError, match="not encrypted"):
        backup.restore(outside, path, "a long passphrase")
    assert path.read_bytes() == before


def test_the_date_editor_keeps_years_outside_the_twentieth_century(qtbot):
    from careersquiggle.core.dates import FuzzyDate
    from careersquiggle.ui.widgets import FuzzyDateEdit

    edit = FuzzyDateEdit()
    qtbot.addWidget(edit)
    for text in ("1850", "1066-10-14", "9999-12"):
        edit.set_date(FuzzyDate.parse(text))
        assert edit.text() == text
        assert edit.edit.text() == FuzzyDate.parse(text).label()  # shown back in words


def test_replacing_keeps_the_old_file_when_the_writer_fails_or_writes_nothing(tmp_path):
    target = tmp_path / "review.pdf"
    target.write_bytes(b"the review of last week")
    with pytest.raises(RuntimeError), replacing(target) as tmp:
        tmp.write_bytes(b"half a PDF")
        raise RuntimeError("the printer stopped")
    with pytest.raises(JournalError, match="cannot be written"), replacing(target):
        pass  # a writer that gave up without a word
    assert target.read_bytes() == b"the review of last week"
    with replacing(target) as tmp:
        tmp.write_bytes(b"%PDF- the new one")
    assert target.read_bytes() == b"%PDF- the new one"
    assert target.stat().st_mode & 0o077 == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["review.pdf"]  # no .part left
