"""The Roster page (排班): week grid, coverage and redeployment, skill matrix, change log, and
shift types with staffing requirements. ``RosterPage`` in ``roster_page`` assembles the tabs."""
