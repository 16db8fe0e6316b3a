"""The buyer's site in a template is not a link to anyone's page: a host whose registered
name is made of placeholder words ("yourwebsite.com", "tudominio.com", "votre-site.fr"),
unless the seller claims it."""
from __future__ import annotations

import pytest

from gigcheck import lint_text

GIG = "---\ntitle: I will build your landing page\n---\n\n## Description\n"


def _links(text: str, config) -> list[str]:
    return [f.rule for f in lint_text(GIG + text, config=config) if f.category == "links"]


@pytest.mark.parametrize("text", [
    "I will set up your landing page at https://yourwebsite.com in 3 days.",
    "Your new domain (e.g. www.yourbrand.com) will point to Shopify.",
    "Le QR code mènera vers votre site, ex. https://votre-site.fr",
    "Configuro tu web, por ejemplo www.tudominio.com, con SSL.",
])
def test_template_sites_are_not_links(text, default_config):
    assert _links(text, default_config) == []


@pytest.mark.parametrize("text", [
    "Check my work at www.mybrandstudio.com",
    "My site: www.yourbrand.com",
    "More samples on yourbakery.com",
])
def test_real_or_claimed_sites_are_still_reported(text, default_config):
    assert _links(text, default_config) == ["GC401"]
