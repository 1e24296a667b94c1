"""Briefing: a static HTML page generated from the published analysis models."""
