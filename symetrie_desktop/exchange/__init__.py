"""Workshops in and out: the JSON exchange format, templates, the demo, and the other exports.
Pure functions of a workshop, usable with no window."""
