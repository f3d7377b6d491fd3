"""A language we do not ship, or the C locale of a bare system, still gets English plurals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from careersquiggle.ui import language


@pytest.mark.parametrize("lang", ["C", "fr_FR", "en_US"])
def test_one_entry_is_singular_in_every_language_we_do_not_translate(qapp, lang):
    language.install(qapp, lang)
    assert QCoreApplication.translate("Window", "%n entries", "", 1) == "1 entry"
    assert QCoreApplication.translate("SyncRunner", "%n conflicts", "", 1) == "1 conflict"
    assert QCoreApplication.translate("Window", "%n entries", "", 2) == "2 entries"
