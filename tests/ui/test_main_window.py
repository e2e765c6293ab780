"""The main window: every part of the product in the navigation, who is signed in, and the
task runner that keeps database work off the main thread."""

from __future__ import annotations

import threading

from app.domain.permissions import Role
from app.services.base import Actor
from app.ui.main_window import MainWindow
from app.ui.tasks import AppSignals, TaskRunner


def test_navigation_covers_every_part_and_status_shows_the_user(qtbot, make_ctx):
    window = MainWindow(make_ctx(Actor("wangli", Role.SUPERVISOR)), "金悦大酒店")
    qtbot.addWidget(window)
    assert window.page_keys() == ["my_work", "org", "roster", "patrols", "rectifications",
                                  "complaints", "surveys", "reports", "analytics", "settings"]
    assert "wangli" in window.user_label.text() and "Supervisor" in window.user_label.text()
    assert "金悦大酒店" in window.windowTitle()


def test_every_part_opens_its_real_page(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    for key in window.page_keys():
        page = window.open_page(key)
        assert type(page).__name__ != "QWidget", key  # the stand-in was replaced
        assert window.stack.currentWidget() is page


def test_runner_works_off_the_main_thread_and_broadcasts_changes(qtbot):
    signals = AppSignals()
    errors: list[BaseException] = []
    runner = TaskRunner(signals, errors.append)
    seen: dict[str, object] = {}

    def work():
        seen["thread"] = threading.current_thread()
        return 42

    with qtbot.wait_signal(signals.changed, timeout=5000) as changed:
        runner.run(work, lambda result: seen.setdefault("result", result), changes={"org"})
    assert seen["result"] == 42
    assert seen["thread"] is not threading.main_thread()
    assert changed.args == [frozenset({"org"})]

    def boom():
        raise ValueError("bad")

    runner.run(boom)
    qtbot.wait_until(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)
    runner.wait()
