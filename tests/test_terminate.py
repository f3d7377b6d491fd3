"""A terminated window (logout, kill) still saves its state and takes its closing backup."""

import os
import signal
import subprocess
import sys
import time


def test_sigterm_closes_the_window_properly(tmp_path):
    data = tmp_path / "journal"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-m", "careersquiggle", "demo", "--data-dir", str(data)],
                   check=True, env=env, capture_output=True)
    app = subprocess.Popen([sys.executable, "-m", "careersquiggle", "--data-dir", str(data)],
                           env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (data / "settings.ini").exists() and time.monotonic() < deadline:
        time.sleep(0.1)  # the window writes its settings once it is up
    time.sleep(1.0)  # settings are written while the window is built; let it show
    app.send_signal(signal.SIGTERM)
    _out, err = app.communicate(timeout=60)
    assert app.returncode == 0, err
    assert b"Traceback" not in err
    assert list((data / "backups").iterdir())  # the closing backup
    assert "geometry" in (data / "settings.ini").read_text()
