"""Symétrie: the desktop app for symmetry-of-attention workshops.

Layers, from the bottom up: ``domain`` (the method, no Qt, no SQL), ``store`` (the
workshop file), ``commands`` (every edit, undoable), ``exchange`` and ``report``
(pure functions of a workshop) and ``ui`` (Qt views over one model).
"""

__version__ = "0.1.0"
