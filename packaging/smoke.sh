#!/usr/bin/env bash
# Smoke test of the built bundle (after `make package`): it starts, knows its version,
# migrates a new journal, exports a picture with no display, opens an encrypted journal,
# and its window comes up. Everything happens in a temporary folder: the user's own
# journal, settings and logs are never touched.
#
#     packaging/smoke.sh [dist/CareerSquiggle/careersquiggle]
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$here/dist/CareerSquiggle/careersquiggle}"
[ -x "$bin" ] || { echo "smoke: no built program at $bin (run: make package)" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/xdg-data" XDG_CONFIG_HOME="$tmp/xdg-config" \
       XDG_STATE_HOME="$tmp/xdg-state" XDG_CACHE_HOME="$tmp/xdg-cache"
unset CAREERSQUIGGLE_DATA_DIR
data="$tmp/journal"
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
step() { echo "smoke: $*"; }

want="careersquiggle $(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$here/careersquiggle/__init__.py")"
got="$("$bin" --version)"
[ "$got" = "$want" ] || fail "--version said '$got', expected '$want'"
step "version ok ($got)"

# `demo` opens a new journal: this runs the Alembic migrations from inside the bundle.
"$bin" demo --data-dir "$data" >/dev/null || fail "demo"
"$bin" check --data-dir "$data" >/dev/null || fail "check"
[ "$("$bin" list --data-dir "$data" | wc -l)" -ge 10 ] || fail "list shows the sample story"
step "migrations, demo, check and list ok"

# Formats are loaded by name at run time: a round trip proves the bundle has them.
"$bin" export json "$tmp/journal.json" --data-dir "$data" 2>/dev/null || fail "export json"
"$bin" import json "$tmp/journal.json" --data-dir "$tmp/copy" >/dev/null || fail "import json"
[ "$("$bin" list --data-dir "$tmp/copy")" = "$("$bin" list --data-dir "$data")" ] \
    || fail "the imported copy lists differently"
"$bin" review --data-dir "$data" | grep -q . || fail "review"
step "json round trip and review ok"

# Offscreen even when a display is around: the terminal export must not need one.
QT_QPA_PLATFORM=offscreen "$bin" export png "$tmp/squiggle.png" --data-dir "$data" \
    --width 1200 --height 675 2>"$tmp/export.err" || { cat "$tmp/export.err" >&2; fail "export png"; }
[ -s "$tmp/squiggle.png" ] || fail "export png wrote no file"
magic="$(head -c 8 "$tmp/squiggle.png" | od -An -tx1 | tr -d ' \n')"
[ "$magic" = "89504e470d0a1a0a" ] || fail "export png wrote something that is not a PNG"
step "export png ok ($(wc -c <"$tmp/squiggle.png") bytes)"

# SQLCipher is bundled where its wheel exists (Linux x86-64).
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
    echo "smoke-passphrase" | "$bin" encrypt --passphrase-stdin --data-dir "$data" >/dev/null \
        || fail "encrypt"
    echo "smoke-passphrase" | "$bin" list --passphrase-stdin --data-dir "$data" | grep -q . \
        || fail "list an encrypted journal"
    echo "smoke-passphrase" | "$bin" decrypt --passphrase-stdin --data-dir "$data" >/dev/null \
        || fail "decrypt"
    step "encryption ok"
fi

# The window: still running after a few seconds means it started (it runs until closed).
set +e
QT_QPA_PLATFORM=offscreen timeout 8 "$bin" --data-dir "$data" 2>"$tmp/window.err"
code=$?
set -e
[ "$code" -eq 124 ] || { cat "$tmp/window.err" >&2; fail "the window exited with $code"; }
if grep -q "Traceback" "$tmp/window.err"; then cat "$tmp/window.err" >&2; fail "window error"; fi
step "window starts"

log="$XDG_STATE_HOME/CareerSquiggle/log/careersquiggle.log"
[ -s "$log" ] || fail "no log file at $log"
if grep -q "Fernbank" "$log"; then fail "the log contains journal text"; fi
step "log ok (no journal text)"
echo "smoke: all ok"
