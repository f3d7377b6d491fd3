"""encrypt, decrypt, passwd, backup and restore from a terminal, and every other command
on an encrypted journal: the passphrase from the terminal or one line of stdin."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys

import pytest

from careersquiggle.services import encryption

from .conftest import NEW_PASS, PASS, SECRET, files_containing, run_detached


def one_error(code, out, err, *words):
    assert code == 1 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err
    for w in words:
        assert w in err, err


def test_encrypt_then_every_command_asks_for_the_passphrase(filled, cli):
    code, out, err = cli("encrypt", "--passphrase-stdin", stdin=f"{PASS}\n{PASS}\n")
    assert (code, err) == (0, ""), err
    assert "encrypted" in out and encryption.is_encrypted(filled)
    assert files_containing(filled.parent, SECRET) == []
    code, out, err = cli("list", "--json", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert code == 0 and len(json.loads(out)) == 5
    code, out, err = cli("add", "--kind", "note", "--title", "more", "--passphrase-stdin",
                         stdin=f"{PASS}\n")
    assert code == 0, err
    one_error(*cli("list", "--passphrase-stdin", stdin="wrong passphrase\n"),
              "the passphrase does not open")
    one_error(*cli("list", "--passphrase-stdin", stdin=""), "no passphrase line")


def test_with_no_terminal_and_no_flag_the_error_says_what_to_do(filled):
    encryption.encrypt(filled, PASS)
    env = dict(os.environ, CAREERSQUIGGLE_DATA_DIR=str(filled.parent))
    done = run_detached("list", env=env)
    one_error(done.returncode, done.stdout.decode(), done.stderr.decode(),
              "--passphrase-stdin", "terminal")


def test_passwd_and_decrypt_from_standard_input(filled, cli):
    encryption.encrypt(filled, PASS)
    one_error(*cli("passwd", "--passphrase-stdin", stdin=f"{PASS}\nshort\nshort\n"),
              "at least 8")
    code, out, err = cli("passwd", "--passphrase-stdin", stdin=f"{PASS}\n{NEW_PASS}\n")
    assert (code, err) == (0, ""), err
    one_error(*cli("decrypt", "--passphrase-stdin", stdin=f"{PASS}\n"), "does not open")
    code, out, err = cli("decrypt", "--passphrase-stdin", stdin=f"{NEW_PASS}\n")
    assert (code, err) == (0, "") and "removed the encryption" in out
    code, out, err = cli("list", "--json")
    assert code == 0 and len(json.loads(out)) == 5


def test_a_mismatched_or_short_new_passphrase_changes_nothing(filled, cli):
    before = filled.read_bytes()
    one_error(*cli("encrypt", "--passphrase-stdin", stdin="tiny\n"), "at least 8")
    one_error(*cli("decrypt"), "not encrypted")
    one_error(*cli("passwd"), "not encrypted")
    assert filled.read_bytes() == before


def test_restore_lists_backups_with_their_entry_counts(filled, cli):
    assert cli("backup")[0] == 0
    code, out, err = cli("restore", "--list")
    assert code == 0 and "5 entries" in out


def _pty_run(argv, env, answers):
    """Run the command line on a pseudo-terminal, typing each answer after its prompt."""
    master, slave = pty.openpty()

    def controlling_tty():
        import fcntl
        import termios

        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen([sys.executable, "-m", "careersquiggle", *argv], env=env,
                            stdin=slave, stdout=slave, stderr=slave,
                            preexec_fn=controlling_tty)
    os.close(slave)
    seen = b""
    try:
        for prompt, answer in answers:
            while prompt.encode() not in seen:
                ready, _, _ = select.select([master], [], [], 60)  # a guard against hanging
                assert ready, f"no prompt {prompt!r}; saw {seen!r}"
                seen += os.read(master, 1024)
            seen = seen.split(prompt.encode(), 1)[1]
            os.write(master, answer.encode() + b"\n")
        rest = b""
        while True:
            try:
                chunk = os.read(master, 1024)
            except OSError:
                break
            if not chunk:
                break
            rest += chunk
        return proc.wait(timeout=60), (seen + rest).decode(errors="replace")
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_on_a_terminal_a_new_passphrase_is_asked_twice_and_not_echoed(filled):
    env = dict(os.environ, CAREERSQUIGGLE_DATA_DIR=str(filled.parent))
    code, screen = _pty_run(["encrypt"], env, [("New passphrase:", PASS),
                                               ("New passphrase again:", PASS)])
    assert code == 0, screen
    assert "encrypted" in screen and PASS not in screen
    code, screen = _pty_run(["list"], env, [("Passphrase:", PASS)])
    assert code == 0 and f"{SECRET} 1" in screen
