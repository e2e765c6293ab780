"""The Reports page (issue 7): preview, save and print the shift, daily and monthly reports
and the blank complaint forms. The main window imports ``reports_page.ReportsPage``."""
