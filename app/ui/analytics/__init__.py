"""The analytics page: the five service-quality gaps (pyqtgraph is imported only here)."""
