"""The schema each revision should have (db/schema_check.EXPECTED) is what the
migrations really create: built here revision by revision and compared."""

from __future__ import annotations

import pprint

import pytest
from alembic import command

from careersquiggle.db import migrate, schema_check
from careersquiggle.db.engine import make_engine


def _revisions() -> list[str]:
    return [r.revision for r in reversed(list(migrate.script_directory().walk_revisions()))]


@pytest.mark.parametrize("revision", _revisions())
def test_every_revision_is_described_as_the_migrations_build_it(tmp_path, revision):
    path = tmp_path / "j.sqlite3"
    engine = make_engine(path)
    with engine.begin() as c:
        command.upgrade(migrate.alembic_config(c), revision)
    engine.dispose()
    built = schema_check.describe(path)
    # When this fails after adding a migration, paste the printed entry into EXPECTED.
    assert schema_check.EXPECTED.get(revision) == built, (
        f"add to schema_check.EXPECTED:\n{revision!r}: {pprint.pformat(built, width=96)}")
