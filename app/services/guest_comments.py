"""Guest comments that are not complaints."""

from __future__ import annotations

from app.services.base import Service


class GuestCommentService(Service):
    pass
