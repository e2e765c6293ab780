"""The checklist template editor: create a template, add items through the item dialog,
reorder, duplicate, save, publish; a published version is frozen and New version copies it
with a reason; a team leader may look but not change; JSON export and import."""

from __future__ import annotations

import json

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from app.domain.errors import PermissionDenied
from app.domain.permissions import Role
from app.services.base import Actor
from app.ui.checklists import ChecklistsTab
from app.ui.checklists.common import checklist_service
from app.ui.checklists.dialogs import ProblemsDialog
from app.ui.checklists.item_dialog import ItemDialog
from app.ui.checklists.preview import PreviewDialog
from app.ui.form_dialog import select_data


@pytest.fixture
def open_tab(qtbot):
    def build(ctx) -> ChecklistsTab:
        tab = ChecklistsTab(ctx)
        qtbot.addWidget(tab)
        tab.resize(1280, 800)
        tab.show()
        return tab

    return build


def click(qtbot, button) -> None:
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def is_closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def answer_yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def fill_item(qtbot, dialog: ItemDialog, text: str, section: str = "迎客",
              response: str = "pass_fail", critical: bool = False) -> None:
    dialog.section.setEditText(section)
    dialog.text.setPlainText(text)
    dialog.text_en.setPlainText(f"{text} (en)")
    dialog.guidance.setPlainText("看一看")
    select_data(dialog.category, "hygiene")
    select_data(dialog.dimension, "tangibles")
    select_data(dialog.servqual, 4)
    select_data(dialog.response, response)
    select_data(dialog.severity, "major")
    dialog.weight.setValue(2.0)
    dialog.critical.setChecked(critical)
    dialog.photo_on_fail.setChecked(critical)
    if response == "number":
        dialog.min_value.setText("2")
        dialog.max_value.setText("8")
        dialog.unit.setText("°C")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def create_template(qtbot, tab: ChecklistsTab, name: str = "测试检查表",
                    key: str = "test_editor") -> None:
    click(qtbot, tab.new_button)
    dialog = tab.dialog
    dialog.name.setText(name)
    dialog.name_en.setText("Test checklist")
    dialog.key.setText(key)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert is_closed(dialog)


def texts(editor) -> list[str]:
    return [i.text for i in editor.items]


def build_published(qtbot, tab: ChecklistsTab) -> None:
    """A template with three items (A, C, B re-ordered to A, B, C, then B duplicated), saved
    and published through the editor."""
    create_template(qtbot, tab)
    editor = tab.editor
    assert editor.version is not None and editor.version.status == "draft"
    assert tab.selected().key == "test_editor"
    for text, response in (("A 桌面整洁", "pass_fail"), ("C 菜品温度", "number"),
                           ("B 餐具无破损", "pass_fail")):
        click(qtbot, editor.add_button)
        fill_item(qtbot, editor.dialog, text, response=response, critical=text.startswith("B"))
        assert is_closed(editor.dialog)
    assert texts(editor) == ["A 桌面整洁", "C 菜品温度", "B 餐具无破损"]
    assert editor.current_row() == 2
    click(qtbot, editor.up_button)
    assert texts(editor) == ["A 桌面整洁", "B 餐具无破损", "C 菜品温度"]
    click(qtbot, editor.copy_button)  # duplicates B below itself
    assert texts(editor) == ["A 桌面整洁", "B 餐具无破损", "B 餐具无破损", "C 菜品温度"]
    editor.levels.set_keys(("leader", "supervisor"))
    editor.areas.set_keys(("private_room",))
    assert editor.dirty and editor.unsaved.isVisible()
    click(qtbot, editor.save_button)
    assert editor.error.text() == ""
    assert not editor.dirty
    assert [i.id is not None for i in editor.version.items] == [True] * 4
    click(qtbot, editor.publish_button)
    answer_yes(editor.dialog)
    assert editor.version.status == "published", editor.error.text()


def test_build_save_and_publish_a_template(qtbot, ctx, open_tab, ui_errors):
    tab = open_tab(ctx)
    build_published(qtbot, tab)
    version = checklist_service(ctx).version(tab.editor.version.id)
    assert version.version == 1 and version.status == "published"
    assert [i.text for i in version.items] == ["A 桌面整洁", "B 餐具无破损", "B 餐具无破损",
                                               "C 菜品温度"]
    number = version.items[3]
    assert (number.response_type, number.min_value, number.max_value, number.unit) == (
        "number", 2.0, 8.0, "°C")
    first = version.items[0]
    assert (first.category, first.dimension, first.servqual_item, first.weight,
            first.default_severity, first.text_en) == ("hygiene", "tangibles", 4, 2.0,
                                                       "major", "A 桌面整洁 (en)")
    assert version.items[1].critical and version.items[1].photo_on_fail
    assert version.levels == ("leader", "supervisor")
    assert version.area_kinds == ("private_room",)
    summary = tab.selected()
    assert (summary.latest_version, summary.latest_status, summary.items) == (1, "published", 4)
    assert not ui_errors


def test_a_published_version_is_frozen(qtbot, ctx, open_tab):
    tab = open_tab(ctx)
    build_published(qtbot, tab)
    editor = tab.editor
    assert editor.frozen.isVisible()
    assert "Published versions are frozen" in editor.note.text()
    assert editor.new_version_button.isVisible() and editor.new_version_button.isEnabled()
    assert editor.name.isReadOnly() and editor.description.isReadOnly()
    assert not editor.levels.boxes["leader"].isEnabled()
    for button in (editor.add_button, editor.save_button, editor.publish_button,
                   editor.up_button, editor.delete_button):
        assert not button.isEnabled()
    editor.table.selectRow(0)
    editor.move(1)  # the shortcut's slot does nothing either
    assert texts(editor)[0] == "A 桌面整洁"
    click(qtbot, editor.edit_button)  # "View item…": the dialog opens read-only
    dialog = editor.dialog
    assert dialog.text.isReadOnly() and not dialog.ok_button.isVisible()
    dialog.reject()


def test_new_version_copies_the_items_and_keeps_version_one(qtbot, ctx, open_tab, ui_errors):
    tab = open_tab(ctx)
    build_published(qtbot, tab)
    v1 = tab.editor.version
    click(qtbot, tab.version_button)
    dialog = tab.dialog
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "why" in dialog.error.text()  # a reason is required
    dialog.reason.setPlainText("总部新标准")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert is_closed(dialog)
    v2 = tab.editor.version
    assert (v2.version, v2.status, v2.change_reason) == (2, "draft", "总部新标准")
    assert [i.text for i in v2.items] == [i.text for i in v1.items]
    assert tab.selected().latest_version == 2 and tab.selected().latest_status == "draft"
    assert not tab.editor.frozen.isVisible() and tab.editor.add_button.isEnabled()
    # Change the draft: version 1 stays as it was.
    tab.editor.table.selectRow(0)
    click(qtbot, tab.editor.delete_button)
    click(qtbot, tab.editor.save_button)
    service = checklist_service(ctx)
    assert len(service.version(v2.id).items) == 3
    assert service.version(v1.id) == v1
    assert not ui_errors


def test_keyboard_moves_items_and_preview_groups_by_section(qtbot, ctx, open_tab):
    tab = open_tab(ctx)
    create_template(qtbot, tab)
    editor = tab.editor
    for text, section in (("一", "甲"), ("二", "甲"), ("三", "乙")):
        click(qtbot, editor.add_button)
        fill_item(qtbot, editor.dialog, text, section=section)
    editor.table.setFocus()
    editor.table.selectRow(2)
    qtbot.keySequence(editor.table, QKeySequence("Ctrl+Up"))
    assert texts(editor) == ["一", "三", "二"]
    qtbot.keySequence(editor.table, QKeySequence("Ctrl+Down"))
    assert texts(editor) == ["一", "二", "三"]
    click(qtbot, editor.preview_button)
    preview = editor.dialog
    assert isinstance(preview, PreviewDialog)
    assert [box.title() for box in preview.sections] == ["甲", "乙"]
    preview.reject()


def test_the_item_dialog_keeps_mistakes_inline(qtbot, ctx, open_tab):
    tab = open_tab(ctx)
    create_template(qtbot, tab)
    click(qtbot, tab.editor.add_button)
    dialog = tab.editor.dialog
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text()
    dialog.text.setPlainText("冷柜温度")
    select_data(dialog.response, "number")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "limit" in dialog.error.text()
    dialog.max_value.setText("4")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert is_closed(dialog)
    assert tab.editor.items[0].max_value == 4.0 and tab.editor.items[0].min_value is None


def test_a_team_leader_may_look_but_not_edit(qtbot, ctx, make_ctx, open_tab):
    build_published(qtbot, open_tab(ctx))
    leader_ctx = make_ctx(Actor("leader", Role.LEADER))
    tab = open_tab(leader_ctx)
    assert tab.select_template("test_editor")
    editor = tab.editor
    assert editor.version is not None and len(editor.items) == 4
    for button in (tab.new_button, tab.copy_button, tab.version_button, tab.archive_button,
                   tab.import_button, editor.new_version_button):
        assert not button.isEnabled()
    assert tab.export_button.isEnabled() and editor.preview_button.isEnabled()
    assert "may not" in tab.new_button.toolTip()
    assert "Read only" in editor.note.text()
    with pytest.raises(PermissionDenied):
        checklist_service(leader_ctx).new_draft(tab.selected().template_id, "不许")


def test_a_leader_draft_is_read_only_too(qtbot, ctx, make_ctx, open_tab):
    create_template(qtbot, open_tab(ctx))
    tab = open_tab(make_ctx(Actor("leader", Role.LEADER)))
    assert tab.select_template("test_editor")
    editor = tab.editor
    assert editor.version.status == "draft"
    assert editor.name.isReadOnly() and not editor.add_button.isEnabled()
    assert not editor.save_button.isEnabled() and not editor.publish_button.isEnabled()
    with pytest.raises(PermissionDenied):
        checklist_service(make_ctx(Actor("leader", Role.LEADER))).save_draft(
            editor.version.id, name="x", name_en="", description="", levels=(),
            area_kinds=(), items=[])


def test_json_export_then_import(qtbot, ctx, open_tab, tmp_path, ui_errors):
    tab = open_tab(ctx)
    build_published(qtbot, tab)
    path = tmp_path / "checklists.json"
    tab.export_to(path)
    assert "Exported" in tab.info.text()
    data = json.loads(path.read_text(encoding="utf-8"))
    mine = next(t for t in data["templates"] if t["key"] == "test_editor")
    assert len(mine["items"]) == 4

    # Unchanged content: nothing new.
    tab.import_from(path)
    assert "0 new, 0 with a new version" in tab.info.text()
    # A changed item comes back as version 2, published.
    mine["items"][0]["text"] = "A 桌面整洁无油渍"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    tab.import_from(path)
    assert "1 with a new version" in tab.info.text()
    tab.select_template("test_editor")
    assert (tab.selected().latest_version, tab.selected().latest_status) == (2, "published")
    assert tab.editor.items[0].text == "A 桌面整洁无油渍"

    # A broken file: nothing imported, every problem listed with its JSON path.
    mine["items"][1]["category"] = "foo"
    mine["items"][2]["weight"] = -1
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    tab.import_from(path)
    problems = tab.dialog
    assert isinstance(problems, ProblemsDialog) and problems.isVisible()
    lines = [problems.problems.item(i).text() for i in range(problems.problems.count())]
    assert len(lines) >= 2
    assert any("items[1].category" in line for line in lines)
    assert any("items[2].weight" in line for line in lines)
    problems.reject()
    assert tab.selected().latest_version == 2
    assert not ui_errors
