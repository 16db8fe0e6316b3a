"""What GC901 compares: identifiers only, one spelling per person-reaching detail
(detectors/identities.py), from the keys the contact and payment rules give."""
from __future__ import annotations

import pytest

from gigcheck import lint_text
from gigcheck.detectors.identities import IdentityVocab, email_identity, identity, link_identity
from gigcheck.policy.config import load_config


@pytest.fixture(scope="module")
def config():
    return load_config(discover=False)


@pytest.fixture(scope="module")
def vocab(config):
    v = config.vocabulary
    return IdentityVocab.from_tables(v.table("channels"), v.table("email"), v.table("links"))


def identities_of(text: str, config, vocab) -> set[str]:
    """The identities of the contact and payment findings of `text`."""
    found = {identity(f.key, f.excerpt, vocab) for f in lint_text(text, config=config) if f.category in ("contact", "payment")}
    return {i for i in found if i is not None}


SAME = [
    # one mailbox: case, Gmail's ignored dots, "+tag", googlemail.com
    ("Mail Bob.Smith@Gmail.com", "Write to bobsmith@gmail.com", "email:bobsmith@gmail.com"),
    ("Mail b.o.b.smith+fiverr@googlemail.com", "Write to BOBSMITH@gmail.com", "email:bobsmith@gmail.com"),
    ("Mail lina+gigs@studio-lina.de", "Write to Lina@Studio-Lina.de", "email:lina@studio-lina.de"),
    # one phone: written, as a chat link, as ?phone=
    ("WhatsApp: +44 7700 900123", "[chat](https://wa.me/447700900123)", "phone:+447700900123"),
    ("Call +44 7700 900123", "api.whatsapp.com/send?phone=447700900123", "phone:+447700900123"),
    # one handle on one channel: "@", case, a profile link to it
    ("Telegram: @lina_art", "My channel: https://t.me/Lina_Art/", "telegram:lina_art"),
    ("Instagram: @lina.art", "instagram.com/lina.art", "instagram:lina.art"),
    ("Skype: bob.smith88", "skype:bob.smith88?call", "skype:bob.smith88"),
    ("LinkedIn: linkedin.com/in/Lina-Art", "https://www.linkedin.com/in/lina-art/", "linkedin:lina-art"),
    # payment accounts
    ("IBAN DE89 3704 0044 0532 0130 00", "IBAN: DE89370400440532013000", "iban:de89370400440532013000"),
    ("Tips: paypal.me/LinaArt", "https://www.paypal.me/linaart/", "url:paypal.me/linaart"),
    ("Cash App $LinaBeats", "cashapp $linabeats", "cashtag:$linabeats"),
]


@pytest.mark.parametrize("a,b,want", SAME, ids=[w for *_, w in SAME])
def test_one_identifier_however_written(a, b, want, config, vocab):
    assert want in identities_of(a, config, vocab)
    assert want in identities_of(b, config, vocab)


DIFFERENT = [
    # dots matter outside Gmail; one name on two channels is two handles
    ("Mail bob.smith@outlook.com", "Mail bobsmith@outlook.com"),
    ("Telegram: @lina_art", "Instagram: @lina_art"),
    ("paypal.me/linaart", "paypal.me/otherperson"),
    ("https://facebook.com/profile.php?id=1000123", "https://facebook.com/profile.php?id=1000999"),
]


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_different_identifiers_stay_apart(a, b, config, vocab):
    ia, ib = identities_of(a, config, vocab), identities_of(b, config, vocab)
    assert ia and ib and not ia & ib


NOT_IDENTIFIERS = [
    "Message me on WhatsApp before ordering.",
    "PayPal only.",
    "I accept PayPal, Wise and Payoneer outside Fiverr.",
    "Let's continue on Telegram.",
    "Find me elsewhere, I'm easy to find.",
    "Live session on Zoom after you order.",
    "Pagamento só por Pix, fora da plataforma.",
    "Schreib mir auf WhatsApp!",
]


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_channel_and_service_names_identify_no_one(text, config, vocab):
    findings = [f for f in lint_text(text, config=config) if f.category in ("contact", "payment")]
    assert all(identity(f.key, f.excerpt, vocab) is None for f in findings), [f.key for f in findings]


def test_keys_one_by_one(vocab):
    assert identity("invitation:contact:whatsapp", "message me on WhatsApp", vocab) is None
    assert identity("pay:paypal", "PayPal only", vocab) is None
    assert identity("mention:zoom", "Zoom", vocab) is None
    assert identity("link:paypal.me", "paypal.me", vocab) is None  # the host alone names no one
    assert identity("pay:outside", "pay me outside", vocab) is None
    assert identity("", "", vocab) is None and identity(None, "", vocab) is None
    assert identity("handle:@bob-smith", "venmo @bob-smith", vocab) == "handle:bob-smith"
    assert identity("+14155550134", "+1 415 555 0134", vocab) == "phone:+14155550134"
    assert identity("skype-bob.voice", "skype-bob.voice", vocab) == "detail:skype-bob.voice"
    assert identity("unknownchannel:bob", "x", vocab) is None  # only the pack's channels
    assert identity("zoom:812 3456 7890", "Zoom meeting ID 812 3456 7890", vocab) == "zoom:81234567890"
    assert identity("facebook:rosa delgado songs", "x", vocab) == "facebook:rosadelgadosongs"
    assert identity("telegram:@", "x", vocab) is None


def test_links(vocab):
    assert link_identity("https://www.instagram.com/", vocab) is None
    assert link_identity("x.com/bob/status/123", vocab) == "twitter:bob"
    assert link_identity("tiktok.com/@bob/video/1", vocab) == "tiktok:bob"
    assert link_identity("facebook.com/profile.php?id=100012", vocab) == "facebook:100012"
    assert link_identity("calendly.com/lina/30min?utm=x", vocab) == "url:calendly.com/lina/30min?utm=x"
    assert link_identity("wa.me/message/ABC", vocab) == "url:wa.me/message/abc"
    assert email_identity("A.B+x@GoogleMail.com", vocab) == "email:ab@gmail.com"
