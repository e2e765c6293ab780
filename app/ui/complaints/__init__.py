"""The complaints page (投诉处理): the complaint log with its response clock, and guest comments."""
