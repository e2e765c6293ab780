"""Shared fixtures: every test gets its own database built through the real migration path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["FLOORQC_ARGON2_PROFILE"] = "test"  # cheap hashes; the production profile is OWASP's

import pytest

from app.db.engine import Database
from app.domain.permissions import Role
from app.services.base import SYSTEM, Actor
from app.services.bootstrap import Services, open_database


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("FLOORQC_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("FLOORQC_LANG", "en")


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "floorqc.db"


@pytest.fixture
def db(db_path) -> Database:
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def services(db) -> Services:
    """Services acting as an administrator."""
    return Services.bind(db, SYSTEM)


@pytest.fixture
def services_as(db):
    def bind(role: Role | str, employee_id: int | None = None) -> Services:
        return Services.bind(db, Actor(f"test-{role}", Role(role), None, employee_id))

    return bind
