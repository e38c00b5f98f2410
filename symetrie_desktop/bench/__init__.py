"""Measurements of the app at 5,000 post-its, each beside its floor in the same run.

``python -m symetrie_desktop.bench`` (or ``make bench``) prints every figure of issue 11
with the cheapest thing that does the same job measured right beside it (a bare Qt
window, an empty view, a bare sqlite UPDATE, json + executemany, python + reportlab),
so that a shared, noisy machine still gives comparable ratios. Never used by the app.
"""
