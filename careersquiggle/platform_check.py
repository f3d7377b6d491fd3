"""Before the window starts: can Qt's X11 platform plugin load on this machine?

On a fresh Debian or Ubuntu the xcb plugin often lacks a system library
(libxcb-cursor0 first of all) and Qt aborts with a long message. Loading the
plugin's own library finds out first, without a display, and the person gets one
line naming the missing library and the command that installs it.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from pathlib import Path

# The library file Qt's xcb plugin needs -> (Debian/Ubuntu package, Fedora package).
PACKAGES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}
_LIB = re.compile(r"(lib[\w.+-]+\.so(?:\.\d+)*)")


def wants_xcb(env=os.environ) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "")
    return not chosen or chosen.split(":")[0].split(";")[0] == "xcb"


def xcb_plugin() -> Path | None:
    import PySide6  # only the package's location: no Qt library is loaded

    found = sorted(Path(PySide6.__file__).parent.glob("Qt/plugins/platforms/libqxcb.so"))
    return found[0] if found else None


def install_command(package: tuple[str, str], os_release: Path = Path("/etc/os-release")) -> str:
    try:
        text = os_release.read_text(encoding="utf-8", errors="replace").lower()
    except OSError:
        text = ""
    if re.search(r"^id(_like)?=.*(fedora|rhel|centos)", text, re.MULTILINE):
        return f"sudo dnf install {package[1]}"
    return f"sudo apt install {package[0]}"


def problem(plugin: Path | None = None) -> str | None:
    """One sentence saying what is missing, or None when the plugin loads."""
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None  # not a wheel layout we know: let Qt speak for itself
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        message = str(exc)
        libs = [lib for lib in _LIB.findall(message) if lib != plugin.name]
        lib = Path(libs[0]).name if libs else "a system library"
        package = PACKAGES.get(lib, ("the package that provides " + lib,) * 2)
        return (f"the window cannot start: Qt's X11 platform plugin needs {lib}, which is "
                f"missing or broken; install it with: {install_command(package)} "
                "(see the README for all the packages)")
    return None
