"""Tests of the sync with the shared PostgreSQL."""
