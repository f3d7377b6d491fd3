"""Alembic environment: always run against the connection the app hands in."""

from alembic import context

from careersquiggle.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables.
    # The app hands in a connection inside one BEGIN IMMEDIATE (db/migrate.py): every
    # step and the new alembic_version commit together.
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
