"""Extraction: a Document in, its entities, partnerships and figures out (offline, rule-based)."""
