"""The promise register (gap 4)."""

from __future__ import annotations

from app.services.base import Service


class PromiseService(Service):
    pass
