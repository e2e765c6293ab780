"""SERVQUAL survey entry and the promise register (gap 4)."""
