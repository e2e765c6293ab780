"""Render the analytics page's quality tab to a PNG in Chinese: the demo venue (three weeks of
patrol rounds ending yesterday among the rest), the four weeks ending yesterday, as the
manager sees them — trends, Pareto, p-chart, DPMO and sigma level, team ranking, inspector
disagreement — at a height that shows every chart without scrolling.

    QT_QPA_PLATFORM=offscreen python scripts/render_quality_screens.py [OUT_DIR]
                                                  [--extra-tsv FILE ...] [--today YYYY-MM-DD]

OUT_DIR defaults to docs/screenshots (file analytics_quality.png). --extra-tsv adds
translations not yet merged into the .qm (lines: context<TAB>English<TAB>Chinese), taking
precedence over it.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from screens_common import SCREENSHOTS, application, snap, temp_database, ui_context

from app.domain.permissions import Role
from app.services.analytics_dto import AnalyticsFilter
from app.services.base import Actor
from app.services.bootstrap import Services

SIZE = (1280, 1760)
DAYS = 21  # the demo has three weeks of rounds, ending yesterday


def render(out_dir: Path, extra: list[Path], today: dt.date) -> list[Path]:
    from app.ui.analytics.quality_tab import QualityTab

    _app, translate = application(extra_files=extra)
    out_dir.mkdir(parents=True, exist_ok=True)
    shot = out_dir / "analytics_quality.png"
    with temp_database(today=today) as database:
        manager = Services.bind(database, Actor("manager", Role.MANAGER))
        tab = QualityTab(ui_context(manager, translate), standalone=True)
        last = today - dt.timedelta(days=1)
        snap(tab, shot, SIZE, lambda tab: tab.set_filter(
            AnalyticsFilter(last - dt.timedelta(days=DAYS - 1), last)))
    return [shot]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=SCREENSHOTS)
    parser.add_argument("--extra-tsv", type=Path, action="append", default=[])
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    args = parser.parse_args()
    for shot in render(args.out_dir, args.extra_tsv, args.today):
        print(shot)


if __name__ == "__main__":
    main()
