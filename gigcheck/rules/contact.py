"""Contact rules (category `contact`): details that would take the buyer off the platform.

Detection lives in gigcheck/detect/ (emails.py, phones.py); what counts as an "at",
a mail provider, a region or a number word is data in the pack (policies/vocab/
contact.toml). These rules only choose where to look and what to tell the seller.
"""
from __future__ import annotations

from typing import Iterator

from gigcheck.detectors import emails, phones
from gigcheck.scan.contacts import EMAIL, PHONE, gig_contacts
from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Severity
from gigcheck.rules.base import Context, Rule

REMOVE = "Remove it: buyers contact you through the marketplace's messages."


def _hits(gig: Gig, ctx: Context, kind: str, messages: dict[str, str]) -> Iterator[Hit]:
    for run, c in gig_contacts(gig, ctx, kind):
        a, b = run.src_span(c.start, c.end)
        yield Hit(a, b, run.section, messages[c.form], REMOVE, key=c.value)


class ContactEmail(Rule):
    """Email addresses are contact details, and the marketplace forbids contact details
    in gigs however they are written.

    Buyers must reach you through the marketplace's messages: that is where orders,
    payments and disputes are protected, for them and for you. A gig that hands out an
    address invites buyers to deal outside the platform, so editors reject it and
    repeated cases can get an account restricted.

    This rule finds addresses written plainly (`sara@gmail.com`), in disguise
    (`sara at gmail dot com`, `sara[at]gmail[.]com`, `sara(@)gmail.com`, spaced-out
    letters, fullwidth or look-alike characters, invisible characters, HTML entities,
    the words for "at" and "dot" in other languages: `arroba`, `punto`, `собака`,
    `точка`, `艾特`, `点` ...), and mail accounts named by provider only (`my gmail is
    rickyvoices`, `jane_doe at gmail`, `hotmail: kay.art`). It looks everywhere a buyer
    or an editor can see text: title, tags, description, extras, FAQ, link texts and
    targets, image descriptions, code, HTML comments and front-matter values.

    Not flagged: code such as `@media`, `@app.route` or `npm i @angular/core@17`, SSH
    remotes (`git@github.com:owner/repo`), placeholder addresses of tutorials and
    templates (`name@example.com`, `sales@yourdomain.com`; the list is in the pack),
    and prose about email ("email marketing", "look at the dot grid").
    """

    code = "GC201"
    name = "contact-email"
    category = "contact"
    severity = Severity.ERROR
    summary = "The gig contains an email address, plain or disguised."
    bad_example = "Send your script to bob.voice@gmail.com before ordering.\n"
    good_example = "Send me your script through the order page after ordering.\n"

    MESSAGES = {
        emails.PLAIN: "This is an email address; sharing contact details is against marketplace rules.",
        emails.DISGUISED: (
            "This is an email address written in disguise; contact details are against "
            "marketplace rules however they are written."
        ),
        emails.PROVIDER: (
            "This names an email account; an account name with its provider is contact "
            "details too, which marketplace rules forbid."
        ),
    }

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        return _hits(gig, ctx, EMAIL, self.MESSAGES)


class ContactPhone(Rule):
    """Phone numbers are contact details, and the marketplace forbids contact details in
    gigs however they are written.

    Calls and chats outside the marketplace leave the buyer without protection for the
    order and the payment, so a gig that gives a number (or a WhatsApp, Viber or
    Telegram number) is rejected by editors, and repeated cases can get an account
    restricted. If a buyer needs a call, the marketplace offers one after an order
    starts.

    This rule finds numbers written plainly (`+1 415 555 0132`, `(415) 555-0132`,
    `0176 12345678`, `tel:` links) and in disguise: spelled out in words, in English or
    other languages (`four one five ...`, `nueve ocho siete ...`, `девятьсот
    шестнадцать ...`, `一三八 ...`), mixed (`415 five five five 0132`), with letters for
    digits (`O7700 9OOl23`), fullwidth, mathematical or other scripts' digits, or spaced
    out. Numbers without a country code are checked against the regions listed in the
    pack.

    Not flagged: dates and year ranges, prices, versions, ISBN and EAN codes,
    resolutions, coordinates, measurements, counts (`5000+ orders`, `10 000 clients`),
    times, order and tracking numbers.
    """

    code = "GC202"
    name = "contact-phone"
    category = "contact"
    severity = Severity.ERROR
    summary = "The gig contains a phone number, plain, spelled out or disguised."
    bad_example = "Questions? Call or WhatsApp me: +44 7700 900 123.\n"
    good_example = "Questions? Message me here; I reply within 2 hours.\n"

    MESSAGES = {
        phones.PLAIN: "This is a phone number; sharing contact details is against marketplace rules.",
        phones.SPELLED: (
            "This is a phone number written out in words; contact details are against "
            "marketplace rules however they are written."
        ),
        phones.DISGUISED: (
            "This is a phone number written in disguise; contact details are against "
            "marketplace rules however they are written."
        ),
    }

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        return _hits(gig, ctx, PHONE, self.MESSAGES)
