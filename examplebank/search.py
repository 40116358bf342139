"""The search result group the example bank contributes to /sok/ (pages/search_groups.py)."""

SEARCH_GROUPS = []
