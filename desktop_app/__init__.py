"""Tresen: the front-desk program of the neighbourhood facilities of Berlin-Mitte."""

__version__ = "0.1.0"
