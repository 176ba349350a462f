"""Fieldbook: the office portfolio book. ``core`` and ``exchange`` are plain Python; ``ui`` is the Qt layer."""

__version__ = "0.1.0"
