"""Print the permission table as Markdown, generated from app.domain.permissions.

    python scripts/permission_table.py > table.md

Roles are columns, permissions rows, ✓ where the role has the permission. README.md holds
exactly this output; tests/unit/test_permission_table.py fails when the two drift apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain.permissions import (  # noqa: E402
    PERMISSION_LABELS,
    ROLE_LABELS,
    ROLE_PERMISSIONS,
    Permission,
    Role,
)

MARK = "✓"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def rows() -> list[list[str]]:
    """The header row, then one row per permission (English labels)."""
    table = [[""] + [ROLE_LABELS[role] for role in Role]]
    for permission in Permission:
        table.append([_sentence(PERMISSION_LABELS[permission])]
                     + [MARK if permission in ROLE_PERMISSIONS[role] else "" for role in Role])
    return table


def markdown_table() -> str:
    table = rows()
    table[0][0] = "What the role may do"
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]

    def line(cells: list[str], centre: bool = False) -> str:
        padded = [cell.ljust(width) if i == 0 or not centre else cell.center(width)
                  for i, (cell, width) in enumerate(zip(cells, widths, strict=True))]
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join(["-" * (widths[0] + 2)]
                          + [":" + "-" * w + ":" for w in widths[1:]]) + "|"
    return "\n".join([line(table[0], centre=True), rule]
                     + [line(row, centre=True) for row in table[1:]]) + "\n"


def main() -> int:
    sys.stdout.write(markdown_table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
