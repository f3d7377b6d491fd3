"""The command line: the same journal from a terminal.

Commands that do not draw never import Qt, so quick capture starts fast.
Global options (--data-dir, --passphrase-stdin, --verbose) work before or
after the command.
"""

from __future__ import annotations

import argparse
import sys

from careersquiggle import __version__, logs, translations
from careersquiggle.cli import (
    argparse_words,
    common,
    journal_cmds,
    review_cmds,
    safety_cmds,
    sync_cmds,
    transfer_cmds,
)
from careersquiggle.core.i18n import translate

# Each module adds its sub-commands; order is the order of `--help`.
COMMAND_MODULES = [journal_cmds, transfer_cmds, review_cmds, safety_cmds, sync_cmds]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="careersquiggle",
        description=translate("Help", "Career Squiggle: a private journal for the "
                                      "non-linear career. With no command, opens the "
                                      "window."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=translate("Help", "show the version number and exit"))
    common.add_global_options(parser, default=None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def lang_given(argv: list[str]) -> str | None:
    """The value of --lang, wherever it is on the line (read before the parser exists)."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: list[str] | None = None) -> int:
    from careersquiggle import process

    process.harden()  # no core dumps holding passphrases; EFBIG instead of SIGXFSZ
    common.prepare_streams()
    # The language first: the help, usage and argparse's own messages are in it too.
    translations.install_terminal(lang_given(sys.argv[1:] if argv is None else argv))
    argparse_words.install()
    parser = build_parser()
    args = parser.parse_args(argv)
    logs.configure(verbose=getattr(args, "verbose", False))
    logs.log_start(args.command)
    if args.command is None:
        from careersquiggle.app import run_window

        code = run_window(args)
    else:
        code = common.run(args)
    logs.log.info("exit command=%s status=%s", args.command or "window", code)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
