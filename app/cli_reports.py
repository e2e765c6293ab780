"""`floorqc report shift|daily|monthly … --out F.pdf`: the PDF reports for scheduled tasks.

The PDF is built whole in memory and written through a temporary file renamed into place,
so a failed run never leaves a half-written report where the old one was."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path


def report_moment(args: argparse.Namespace) -> dt.date:
    """The report's date (or the first day of its month), checked before any database opens."""
    from app.domain.errors import QT_TRANSLATE_NOOP, ValidationError

    if args.what == "monthly":
        try:
            return dt.datetime.strptime(args.month.strip(), "%Y-%m").date()
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Write the month like 2026-11, not {value}."), value=args.month) from None
    try:
        return dt.date.fromisoformat(args.date.strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Write the date like 2026-11-23, not {value}."), value=args.date) from None


def build_report(database, args: argparse.Namespace, when: dt.date, say) -> bytes:
    from app.services.base import SYSTEM
    from app.services.bootstrap import Services

    services = Services.bind(database, SYSTEM)
    if args.what == "daily":
        return services.daily_report.daily_pdf(when, say)
    if args.what == "shift":
        from app.reports.shift_pdf import shift_report_pdf

        return shift_report_pdf(services.shift_report.shift(when, args.shift.strip()), say)
    from app.reports.monthly_pdf import monthly_report_pdf

    return monthly_report_pdf(services.monthly_report.monthly(when), say)


def write_report(database, args: argparse.Namespace, when: dt.date, say) -> None:
    from app.domain.errors import QT_TRANSLATE_NOOP

    pdf = build_report(database, args, when, say)
    out = Path(args.out)
    part = out.with_name(out.name + ".part")
    try:
        with open(part, "wb") as f:
            f.write(pdf)
            f.flush()
            os.fsync(f.fileno())
        os.replace(part, out)
    finally:
        part.unlink(missing_ok=True)
    print(say("cli", QT_TRANSLATE_NOOP("cli", "Wrote {file} ({size} KB)")).format(
        file=out, size=max(1, round(len(pdf) / 1024))))
