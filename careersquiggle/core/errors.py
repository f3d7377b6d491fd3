"""The one error type for anything a person typed or a file held that we cannot accept."""


class JournalError(Exception):
    """A problem explained in words a person understands; never shown as a traceback."""


class ValidationError(JournalError):
    """A value given by the user (or read from a file) is not acceptable.

    ``field`` names what was wrong ('title', 'date'...) so a form can show the message
    beside that field, in any language."""

    def __init__(self, message: str = "", field: str | None = None):
        super().__init__(message)
        self.field = field


class DamagedJournal(JournalError):
    """The journal file cannot be read as it should: offer its newest good backup."""


class NotFound(JournalError):
    """What was asked for is not in the journal (any more: deleted elsewhere, say)."""
