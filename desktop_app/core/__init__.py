"""Domain, persistence and services; never imports Qt."""
