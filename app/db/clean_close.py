"""Whether a SQLite file was last closed cleanly by FloorQC and left untouched since, so the
start-up check can skip its full ``quick_check`` (issue 8 asks for it after an unclean
shutdown; on a three-year venue it costs a quarter of a second at every start).

When the last connection closes, SQLite checkpoints the WAL and deletes the -wal file. At
that moment ``mark`` sets the file's mtime to a moment a few seconds in the past and records
(size, mtime, inode) beside it as ``<name>-clean``. Any later write — by FloorQC after a crash,
by another program, by a disk tool scribbling over pages — gives the file a current mtime, so
the recorded fingerprint no longer matches and the check runs. Moving the mtime back is what
makes this safe on coarse file-system clocks: a write in the same clock tick as the close
cannot reproduce a time chosen in the past. Opening the file removes the marker, so a crash
while it is open always leads to the full check. What this cannot see is a disk that changes
bytes without the operating system noticing; ``floorqc check`` (integrity_check) is for that.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path

SUFFIX = "-clean"
_BACKDATE_NS = 5_000_000_000  # more than the 2 s mtime step of FAT file systems


def marker_path(path: Path) -> Path:
    return path.with_name(path.name + SUFFIX)


def _fingerprint(st: os.stat_result) -> dict:
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ino": st.st_ino}


def _wal_in_use(path: Path) -> bool:
    """A -wal beside the file means a connection is still open or the last one crashed."""
    return path.with_name(path.name + "-wal").exists()


def mark(path: Path) -> bool:
    """Record a clean close of ``path``; False (and no marker) when it cannot be vouched for:
    another connection still has it open, or the folder is not writable."""
    path = Path(path)
    try:
        if not path.exists() or _wal_in_use(path):
            return False
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, time.time_ns() - _BACKDATE_NS))
        if _wal_in_use(path):  # someone opened it meanwhile: their writes must not be hidden
            return False
        marker = marker_path(path)
        tmp = marker.with_name(marker.name + ".tmp")
        tmp.write_text(json.dumps(_fingerprint(path.stat())), encoding="utf-8")
        os.replace(tmp, marker)
        return True
    except OSError:
        return False


def closed_cleanly(path: Path) -> bool:
    """True when ``path`` is exactly as FloorQC left it at its last clean close."""
    path = Path(path)
    try:
        recorded = json.loads(marker_path(path).read_text(encoding="utf-8"))
        return not _wal_in_use(path) and recorded == _fingerprint(path.stat())
    except (OSError, ValueError):
        return False


def forget(path: Path) -> None:
    """Called when the file is opened for use: until the next clean close, nothing vouches
    for it."""
    with contextlib.suppress(OSError):
        marker_path(Path(path)).unlink(missing_ok=True)
