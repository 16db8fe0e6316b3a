"""Detectors: code that finds contact details and off-platform deals in normalized text.

Rules (in gigcheck/rules/) decide severity and wording; detectors only find spans.
"""
