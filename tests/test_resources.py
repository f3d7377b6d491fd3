"""The app's face: its icon found from a checkout, a wheel's layout and a frozen bundle;
the version; the About dialog; the desktop files a Linux menu and software centre read."""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import careersquiggle
from careersquiggle.resources import resource_path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = careersquiggle.APP_ID
SIZES = (16, 32, 48, 64, 128, 256, 512)


# -- the icon -------------------------------------------------------------------
@pytest.mark.parametrize("size", SIZES)
def test_every_icon_size_is_found_and_is_a_real_image_of_that_size(qapp, size):
    from PySide6.QtGui import QImage

    image = QImage(str(resource_path(f"icons/app-{size}.png")))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()  # rounded corners: transparent, not a white box
    assert image.pixelColor(0, 0).alpha() == 0


def test_the_svg_master_draws(qapp):
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(resource_path("icons/app.svg")))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height() == 512


def test_a_missing_resource_is_a_loud_error_naming_it():
    with pytest.raises(FileNotFoundError, match="icons/nope.png"):
        resource_path("icons/nope.png")


def test_in_a_frozen_bundle_resources_come_from_the_bundle_folder(tmp_path, monkeypatch):
    # What PyInstaller's bootloader sets; the spec copies icons to this place.
    icons = tmp_path / "careersquiggle" / "resources" / "icons"
    icons.mkdir(parents=True)
    shutil.copy(resource_path("icons/app-32.png"), icons / "app-32.png")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("icons/app-32.png") == icons / "app-32.png"
    with pytest.raises(FileNotFoundError):
        resource_path("icons/app.svg")  # not copied: the checkout's is not used by mistake


def test_the_wheel_ships_every_resource_and_migration():
    """setuptools' package-data globs must cover every file the app looks up at run time."""
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"]["careersquiggle"]
    pkg = ROOT / "careersquiggle"
    needed = [p for p in (pkg / "resources" / "icons").iterdir()]
    needed += [p for p in (pkg / "db" / "migrations").rglob("*")
               if p.is_file() and "__pycache__" not in p.parts]
    missing = [str(p.relative_to(pkg)) for p in needed
               if not any(fnmatch.fnmatch(str(p.relative_to(pkg)), g) for g in globs)]
    assert len(needed) >= 10
    assert missing == []


def test_the_application_has_the_icon_in_every_size(qapp):
    from careersquiggle.app import make_application

    app = make_application()
    icon = app.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= set(SIZES)
    assert app.desktopFileName() == APP_ID


# -- the version ----------------------------------------------------------------
def test_version_flag_prints_the_package_version():
    done = subprocess.run([sys.executable, "-m", "careersquiggle", "--version"],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0
    assert done.stdout.strip() == f"careersquiggle {careersquiggle.__version__}"
    assert done.stderr == ""


# -- About ----------------------------------------------------------------------
def test_about_shows_version_and_folders_and_opens_the_journal_folder(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from careersquiggle.ui.about_dialog import AboutDialog

    opened = []
    data, logs = tmp_path / "my journal", tmp_path / "logs"
    dlg = AboutDialog(data, log_folder=logs, open_url=opened.append)
    qtbot.addWidget(dlg)
    dlg.show()
    assert careersquiggle.__version__ in dlg.version.text()
    fields = {f.accessibleName(): f.text() for f in dlg.findChildren(QLineEdit)}
    assert fields == {"Your journal — journal folder location": str(data),
                      "Logs — log folder location": str(logs)}
    # What a screen reader announces for each button (its own name, or its text).
    spoken = [QAccessible.queryAccessibleInterface(b).text(QAccessible.Text.Name)
              for b in dlg.findChildren(QPushButton)]
    assert "Open the journal folder" in spoken and all(spoken)

    qtbot.mouseClick(dlg.open_data, Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()) for u in opened] == [data]
    assert opened[0].scheme() == "file"  # the file manager, never the network


def test_help_about_in_the_window_shows_this_journals_folder(qtbot, tmp_path, journal):
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from careersquiggle import logs
    from careersquiggle.services.open_journal import OpenJournal
    from careersquiggle.ui.about_dialog import AboutDialog
    from careersquiggle.ui.controller import JournalController
    from careersquiggle.ui.main_window import MainWindow
    from careersquiggle.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(JournalController(OpenJournal(journal)), settings)
    qtbot.addWidget(window)
    seen = {}

    def read_and_close():
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, AboutDialog):
            QTimer.singleShot(10, read_and_close)
            return
        seen["journal"], seen["logs"] = dlg.data_field.text(), dlg.log_field.text()
        dlg.reject()

    QTimer.singleShot(0, read_and_close)
    window.action_for["about"].trigger()
    assert seen == {"journal": str(journal.path.parent), "logs": str(logs.default_log_dir())}


# -- desktop files ----------------------------------------------------------------
def _validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install desktop-file-utils appstream)")
    return path


def test_desktop_file_validates_and_names_the_app():
    desktop = PACKAGING / f"{APP_ID}.desktop"
    done = subprocess.run([_validator("desktop-file-validate"), str(desktop)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    text = desktop.read_text()
    assert f"Icon={APP_ID}\n" in text and "Exec=careersquiggle\n" in text


def test_metainfo_validates_without_network():
    metainfo = PACKAGING / f"{APP_ID}.metainfo.xml"
    done = subprocess.run([_validator("appstreamcli"), "validate", "--no-net", str(metainfo)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    text = metainfo.read_text()
    assert f"<id>{APP_ID}</id>" in text
    assert f'<release version="{careersquiggle.__version__}"' in text
