"""Patrols page (巡查): the due list, rounds, history, findings, disagreements, checklists."""
