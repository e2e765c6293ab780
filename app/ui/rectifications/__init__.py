"""Rectification screens (整改): My work, the list, the detail with its actions, the wallboard."""
