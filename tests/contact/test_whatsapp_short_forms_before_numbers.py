"""WhatsApp's short forms "wp" and "wpp" (Indonesian, Turkish, Portuguese sellers) as phone
context words: a number after one, even split over lines, is a phone number. WordPress's "wp"
stands before versions, names and paths, never a phone's length."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "wp: 0812\n3456\n7890",
    "WP 0812\n3456 7890",
    "wpp 11 98765 4321",
    "Order wp 0812 3456 7890",
]

CLEAN = [
    "WP 6.4.2 and PHP 8.2 supported.",
    "I fix WP sites: 100% uptime, 24 7 support, 3 plugins.",
    "WP Rocket, WP Engine, 2000 pages migrated.",
    "Speed up WordPress (wp-admin) in 24 hours for 1500 visitors.",
]

test_numbers_after_wp_are_phones, test_wordpress_wp_stays_clean = severity_tests(ERRORS, CLEAN)
