"""Loading a large journal off the window's thread, so the window shows at once."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from careersquiggle.core.model import EntryQuery

# Below this many entries a load takes under a tenth of a second: do it in place.
ASYNC_THRESHOLD = 20000


class ColumnsLoader(QObject):
    """Runs ``journal.entry_columns(query)`` in a worker; only the newest request is delivered."""

    partial = Signal(object)  # EntryColumns without text: enough to draw the squiggle
    loaded = Signal(object)  # EntryColumns
    failed = Signal(str)
    _finished = Signal(int, object)  # token, future: crosses back to the window's thread
    _partial = Signal(int, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal-load")
        self._token = 0
        self.busy = False
        self._finished.connect(self._deliver)
        self._partial.connect(self._deliver_partial)

    def request(self, journal, query: EntryQuery, shape_first: bool = True) -> None:
        self._token += 1
        token = self._token
        self.busy = True
        def load():
            if shape_first:  # a fraction of the time; then the text for labels and the list
                self._partial.emit(token, journal.entry_columns(query, text=False))
            return journal.entry_columns(query)

        future = self._pool.submit(load)
        future.add_done_callback(lambda f: self._finished.emit(token, f))

    def run_later(self, fn) -> Future:
        """Run ``fn`` on the loader's thread, after any load already asked for."""
        return self._pool.submit(fn)

    def cancel(self) -> None:
        self._token += 1
        self.busy = False

    def _deliver(self, token: int, future: Future) -> None:
        if token != self._token:
            return  # a newer request (or another journal) replaced this one
        self.busy = False
        error = future.exception()
        if error is not None:
            self.failed.emit(str(error))
        else:
            self.loaded.emit(future.result())

    def _deliver_partial(self, token: int, cols) -> None:
        if token == self._token:
            self.partial.emit(cols)

    def shutdown(self) -> None:
        self.cancel()
        self._pool.shutdown(wait=True)
