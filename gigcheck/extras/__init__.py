"""Gig extras: field parsing and clarity judgments."""
