"""`floorqc gaps`: every figure of the five service-quality gaps as text tables or JSON."""

from __future__ import annotations

import argparse


def print_gaps(database, args: argparse.Namespace, period, say) -> None:
    import json

    from app.domain.errors import QT_TRANSLATE_NOOP, NotFound
    from app.services.base import SYSTEM
    from app.services.gaps import GapService
    from app.services.teams import TeamService

    area_id = None
    if args.area is not None:
        area_id = next((a.id for a in TeamService(database, SYSTEM).areas()
                        if a.name == args.area.strip()), None)
        if area_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No area named {name}."), name=args.area)
    result = GapService(database, SYSTEM).five_gaps(*period, area_id)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print(_gaps_text(result, say))


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(rows: list[list[str]]) -> list[str]:
    """Left-aligned columns, two spaces apart; CJK characters count double."""
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths, strict=True)).rstrip()
            for r in rows]


def _gaps_text(result, say) -> str:
    """Every figure of FiveGaps as readable tables; "no data" is written out, never 0."""
    from app.domain.errors import QT_TRANSLATE_NOOP
    from app.domain.servqual import DIMENSIONS, ITEMS, SCALE_POINTS
    from app.domain.servqual_instrument import DIMENSION_LABELS

    def tr(text: str) -> str:
        return say("cli", text)

    no_data = tr(QT_TRANSLATE_NOOP("cli", "no data"))

    def cell(m, fmt: str) -> str:
        return no_data if m.value is None else f"{format(m.value, fmt)} ({m.n})"

    names = {1: QT_TRANSLATE_NOOP("cli", "Gap 1 management vs guest expectations"),
             2: QT_TRANSLATE_NOOP("cli", "Gap 2 standards vs expectations"),
             3: QT_TRANSLATE_NOOP("cli", "Gap 3 delivery vs standards"),
             4: QT_TRANSLATE_NOOP("cli", "Gap 4 promises vs delivery"),
             5: QT_TRANSLATE_NOOP("cli", "Gap 5 perception vs expectation")}
    start, end = result.period
    where = result.area or tr(QT_TRANSLATE_NOOP("cli", "whole venue"))
    lines = [tr(QT_TRANSLATE_NOOP("cli", "Service-quality gaps {start} to {end}, {area}")).format(
                 start=start.isoformat(), end=end.isoformat(), area=where),
             tr(QT_TRANSLATE_NOOP("cli", "Gaps 1 and 5 in scale points (-6 to +6), gaps 2-4 in "
                                         "percentage points (-100 to 0); negative is a "
                                         "shortfall; n in brackets.")), ""]
    head = [tr(QT_TRANSLATE_NOOP("cli", "Gap")), *(say("servqual", DIMENSION_LABELS[d])
                                                   for d in DIMENSIONS),
            tr(QT_TRANSLATE_NOOP("cli", "Overall")), tr(QT_TRANSLATE_NOOP("cli", "Dimensions"))]
    rows = [head]
    for g in result.gaps:
        fmt = "+.2f" if g.unit == SCALE_POINTS else "+.1f"
        rows.append([tr(names[g.number]), *(cell(g.dimensions[d], fmt) for d in DIMENSIONS),
                     cell(g.overall, fmt), f"{g.overall.dimensions_with_data}/5"])
    g5 = result.gap5
    for label, means in ((QT_TRANSLATE_NOOP("cli", "Mean expectation (E)"), g5.expectation),
                         (QT_TRANSLATE_NOOP("cli", "Mean perception (P)"), g5.perception)):
        rows.append([tr(label), *(cell(means[d], ".2f") for d in DIMENSIONS), "", ""])
    lines += _table(rows)
    lines += ["", tr(QT_TRANSLATE_NOOP("cli", "Weighted SERVQUAL score: {value}")).format(
        value=cell(result.weighted_score, "+.2f")), ""]
    items = [[tr(QT_TRANSLATE_NOOP("cli", "Item")), tr(names[5]), tr(names[1])]]
    items += [[f"Q{i}", cell(result.gap5.items[i], "+.2f"), cell(result.gap1.items[i], "+.2f")]
              for i in ITEMS]
    lines += _table(items)
    return "\n".join(lines)
