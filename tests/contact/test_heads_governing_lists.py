"""A heading, a bold line or a lead-in ending with ":" governs the list right under it
(document/list_heads.py): each item is read as the head's object. A head that offers a
way to pay or a channel makes its items offers ("## How to pay me" over "- PayPal⏎-
Wise", "## Escríbeme" over "- WhatsApp⏎- Telegram"); a head that makes them the work,
names what the seller manages or builds, or what the buyer sends, leaves them clean; a
paragraph under a heading is a sentence of its own, not an item."""
from __future__ import annotations

from gigcheck.document.list_heads import list_heads
from gigcheck.document.markdown import parse_gig
from tests.contact_support import severity_tests

ERRORS = [
    "## Payment methods I accept\n\n- PayPal\n- Payoneer\n- Bitcoin",
    "## How to pay me\n\n- PayPal\n- Wise",
    "## Métodos de pago\n\n- PayPal\n- Mercado Pago",
    "## Zahlung\n\n- PayPal\n- Überweisung",
    "**Come pagarmi**\n\n- PayPal\n- Satispay",
    "### Je prends le paiement par\n\n1. PayPal\n2. Wise",
    "## Contact me\n\n- WhatsApp\n- Telegram",
    "## Escríbeme\n\n- WhatsApp\n- Telegram",
    "**Schreib mir**\n\n- WhatsApp\n- Signal",
    "Contact me: WhatsApp or Telegram.",
]
CLEAN = [
    "## Platforms I manage\n- Instagram\n- TikTok",
    "## Payments I integrate\n- PayPal\n- Stripe",
    "## Payment\nPayment is handled by Fiverr at checkout.\n- Milestones available",
    "## Tools I use\n- Figma\n- Slack\n- Notion",
    "## Channels I grow for you\n- YouTube\n- Instagram\n- TikTok",
    "## What you send me\n- Your logo files\n- Your PayPal button colors",
    "## Pasarelas que integro\n- PayPal\n- Mercado Pago\n- Stripe",
    "**Gateways I connect to your store**\n\n- PayPal\n- Stripe",
    "## Bots I build\n- Telegram\n- WhatsApp",
    "Integro los métodos de pago de tu tienda: PayPal y Mercado Pago.",
]

test_heads_that_offer_make_their_items_errors, test_heads_of_work_leave_their_items_clean = severity_tests(
    ERRORS, CLEAN
)


def _heads(text: str) -> list[tuple[str, list[str], bool]]:
    gig = parse_gig(text)
    return [(h.head.text.strip(), [i.text.strip() for i in h.items], h.colon) for h in list_heads(gig)]


def test_a_heading_governs_its_list_items_up_to_the_next_heading() -> None:
    text = "## Payment\n\n- PayPal\n- Wise\n\n## Delivery\n\n- 2 days"
    assert _heads(text) == [("Payment", ["PayPal", "Wise"], False), ("Delivery", ["2 days"], False)]


def test_a_paragraph_under_a_heading_is_no_item() -> None:
    assert _heads("## Payment\nPayment is handled by Fiverr at checkout.\n- Milestones") == []


def test_a_bold_line_and_a_lead_in_govern_their_lists() -> None:
    assert _heads("**Payment methods**\n\n- PayPal\n- Wise") == [("Payment methods", ["PayPal", "Wise"], False)]
    assert _heads("I accept:\n- PayPal\n- Wise") == [("I accept:", ["PayPal", "Wise"], True)]
