"""Reports-to rules of the one-leads-three model: leader chains, cycles and spans."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


def leader_chain(start: int, leader_of: Mapping[int, int | None]) -> list[int]:
    """Ids from ``start``'s leader upwards, stopping before any repeat."""
    chain: list[int] = []
    seen = {start}
    current = leader_of.get(start)
    while current is not None and current not in seen:
        chain.append(current)
        seen.add(current)
        current = leader_of.get(current)
    return chain


def cycle_if_led_by(employee: int, new_leader: int | None,
                    leader_of: Mapping[int, int | None]) -> list[int] | None:
    """The closed loop ``[employee, new_leader, ..., employee]`` that setting the leader
    would create, or None if the chain stays a tree."""
    if new_leader is None:
        return None
    path = [employee, new_leader]
    seen = {employee}
    current: int | None = new_leader
    while current is not None:
        if current == employee:
            return path
        if current in seen:  # an existing loop elsewhere; not ours to report
            return None
        seen.add(current)
        current = leader_of.get(current)
        if current is not None:
            path.append(current)
    return None


@dataclass(frozen=True)
class SpanCheck:
    leader_id: int
    direct_reports: int
    limit: int

    @property
    def exceeded(self) -> bool:
        return self.direct_reports > self.limit


def span_checks(leader_of: Mapping[int, int | None],
                limit_of: Mapping[int, int]) -> dict[int, SpanCheck]:
    """Direct-report count against the span limit for every leader with reports.
    ``limit_of`` maps a leader id to the span of their rank (default 3)."""
    counts: dict[int, int] = {}
    for _emp, leader in leader_of.items():
        if leader is not None:
            counts[leader] = counts.get(leader, 0) + 1
    return {lid: SpanCheck(lid, n, limit_of.get(lid, 3)) for lid, n in counts.items()}
