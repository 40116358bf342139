"""The sections the example bank contributes to the home page (pages/sections.py)."""

SECTIONS = []
