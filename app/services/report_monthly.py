"""The monthly accountability report's figures (月度考核)."""

from __future__ import annotations

from app.services.base import Service


class MonthlyReportService(Service):
    pass
