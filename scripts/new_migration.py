"""Write a new Alembic revision from the models: python scripts/new_migration.py "message"."""

import sys
import tempfile
from pathlib import Path

from alembic import command

from app.db.engine import make_engine
from app.db.migrate import alembic_config, upgrade

with tempfile.TemporaryDirectory() as tmp:
    engine = make_engine(Path(tmp) / "scratch.db")
    upgrade(engine, backup=False)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.revision(cfg, message=sys.argv[1], autogenerate=True)
