"""Synchronisation with the network's shared PostgreSQL; never imports Qt."""
