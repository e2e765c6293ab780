"""Guards against a broken Qt binding: PySide6 6.12.0 on Python 3.11 drops a reference to
None on every void method call, and the app aborts with "none_dealloc" after a few minutes
of use. We pin a release without the bug; this test fails if a future pin brings it back."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(3000):
        label.setText("巡查")
        label.setVisible(False)
    assert abs(sys.getrefcount(None) - before) < 100
