"""The five service-quality gaps per period and area."""

from __future__ import annotations

from app.services.base import Service


class GapService(Service):
    pass
