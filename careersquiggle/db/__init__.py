"""Qt-free persistence: ORM models, engine set-up, migrations."""
