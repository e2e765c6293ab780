"""Alembic environment: runs on the connection FloorQC hands over (never opens its own)."""

from alembic import context

from app.db import models  # noqa: F401  (registers the tables)
from app.db.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("FloorQC migrations run through app.db.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
