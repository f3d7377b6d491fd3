"""Every text of every window, dialog and review tab goes through the catalogue: opened in
the pseudo-locale, nothing a person sees or hears is left in plain English."""

from __future__ import annotations

import pytest

from careersquiggle.ui import language
from tests.ui.every_window import builders
from tests.ui.untranslated import journal_words, leftover, untranslated


@pytest.fixture
def pseudo(qapp):
    language.install(qapp, "pseudo")
    yield
    language.install(qapp, "en_GB")


def test_the_finder_finds_plain_english_and_passes_the_rest():
    data = ["Engineer at Fernbank"]
    assert leftover("Save the picture", data) == "Save the picture"
    assert leftover("[Sávé ~~] picture", data) == "picture"
    assert leftover("[Éñtrý %1 ~~]".replace("%1", "Engineer at Fernbank"), data) == ""
    assert leftover("[[shíft ~] ~~~~]: March 2019, +2, /tmp/a.png", data) == ""


def test_every_visible_text_is_translated(qtbot, pseudo, demo_journal, tmp_path):
    data = journal_words(demo_journal)
    problems = {}
    for name, build in builders(demo_journal, tmp_path).items():
        window = build()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        if found := untranslated(window, data):
            problems[name] = found
        window.close()
    import os
    if os.environ.get('I18N_DUMP'):
        with open(os.environ['I18N_DUMP'], 'w') as f:
            for k, v in problems.items():
                f.write(f'== {k}\n' + '\n'.join(v) + '\n')
    assert problems == {}
