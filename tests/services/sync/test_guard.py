"""The guard: a live journal inside a folder a sync tool manages is recognised."""

from __future__ import annotations

from careersquiggle.services.syncing import managed_by


def test_a_syncthing_folder_is_recognised_by_its_marker(tmp_path):
    (tmp_path / "Shared" / ".stfolder").mkdir(parents=True)
    journal = tmp_path / "Shared" / "careers" / "journal.sqlite3"
    assert managed_by(journal) == "Syncthing"


def test_the_usual_folder_names_are_recognised(tmp_path):
    for name, tool in (("Dropbox", "Dropbox"), ("OneDrive - Acme", "OneDrive"),
                       ("iCloud Drive", "iCloud Drive"), ("Nextcloud", "Nextcloud")):
        assert managed_by(tmp_path / name / "cs" / "journal.sqlite3") == tool


def test_an_ordinary_folder_is_not(tmp_path):
    assert managed_by(tmp_path / "data" / "journal.sqlite3") is None
