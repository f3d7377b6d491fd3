"""Running the command line in-process, as the terminal would."""

from careersquiggle.cli import main


def run(capsys, *argv):
    """(exit status, standard output, standard error) of ``careersquiggle ARGV...``."""
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err
