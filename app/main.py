"""Composition root: a subcommand runs headless; no subcommand starts the GUI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app.cli import build_parser, run

    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command:
        return run(args)
    from app.ui.application import run_gui

    return run_gui(args.db)


if __name__ == "__main__":
    raise SystemExit(main())
