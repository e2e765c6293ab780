"""The checklist template editor (检查表): ChecklistsTab, embedded as a tab of the patrols page."""

from app.ui.checklists.checklists_tab import ChecklistsTab

__all__ = ["ChecklistsTab"]
