"""Contact rules (category `contact`): details and invitations that would take the buyer
off the platform: emails, phone numbers, messenger and social handles, invitations to
talk elsewhere, channels named for live sessions, contact details hidden in links.

Detection lives in gigcheck/detectors/ (emails, phones, triggers, handles, invitations),
shared per gig by gigcheck/scan/; what counts as an "at", a mail provider, a platform
name or a contact verb is data in the pack (policies/vocab/contact.toml, channels.toml).
These rules only choose what to report and what to tell the seller.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from gigcheck.detectors import emails, phones
from gigcheck.detectors.contact_lift import START_KEYS, StartWords
from gigcheck.detectors.handles import DISGUISED
from gigcheck.detectors.mentions import find_mentions
from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Severity
from gigcheck.rules import fixes
from gigcheck.rules.base import Context, Option, Rule, located
from gigcheck.rules.links import LinkRule
from gigcheck.scan import channels as ch
from gigcheck.scan.contacts import EMAIL, PHONE, gig_contacts
from gigcheck.scan.direct_contact import company_names, contact_form_links
from gigcheck.scan.links import FoundLink, email_spans

REMOVE = "Remove it: buyers contact you through the marketplace's messages."
_GIG = "---\ntitle: I will record a professional voice over\n---\n"
_HOWEVER = "contact details are against marketplace rules however they are written."


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
    fix_summary = "Removes the contact detail (and a space beside it)."
    fix_applicability = "unsafe"
    name = "contact-email"
    category = "contact"
    severity = Severity.ERROR
    summary = "The gig contains an email address, plain or disguised."
    messages = {
        "default": "This is an email address; sharing contact details is against marketplace rules.",
        emails.DISGUISED: "This is an email address written in disguise; " + _HOWEVER,
        emails.PROVIDER: (
            "This names an email account; an account name with its provider is contact "
            "details too, which marketplace rules forbid."
        ),
    }
    suggestions = {"default": REMOVE}
    bad_example = _GIG + "Send your script to bob.voice@gmail.com before ordering.\n"
    good_example = _GIG + "Send me your script through the order page after ordering.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        return _contacts(self, ctx, EMAIL)


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
    fix_summary = "Removes the contact detail (and a space beside it)."
    fix_applicability = "unsafe"
    name = "contact-phone"
    category = "contact"
    severity = Severity.ERROR
    summary = "The gig contains a phone number, plain, spelled out or disguised."
    messages = {
        "default": "This is a phone number; sharing contact details is against marketplace rules.",
        phones.SPELLED: "This is a phone number written out in words; " + _HOWEVER,
        phones.DISGUISED: "This is a phone number written in disguise; " + _HOWEVER,
    }
    suggestions = {"default": REMOVE}
    bad_example = _GIG + "Questions? Call or WhatsApp me: +44 7700 900 123.\n"
    good_example = _GIG + "Questions? Message me here; I reply within 2 hours.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        return _contacts(self, ctx, PHONE)


def _contacts(rule: Rule, ctx: Context, kind: str) -> Iterator[Hit]:
    for run, c in gig_contacts(ctx.scan, kind):
        form = c.form if c.form in rule.messages else "default"
        span = run.src_span(c.start, c.end)
        yield rule.hit(span, run.section, form, value=c.value, fix=fixes.contact_removal(ctx.scan.gig, span))


class ContactHandle(Rule):
    """Messenger and social handles are contact details, and the marketplace forbids
    contact details in gigs however they are written.

    Orders, payments and disputes are protected only inside the marketplace. A Skype,
    WhatsApp, Telegram, Discord or Instagram handle invites the buyer to talk, and
    usually to pay, somewhere the marketplace cannot help either of you, so editors deny
    the gig and repeated cases can get an account restricted.

    This rule finds a platform named next to an identifier: `skype id: maria.voice`,
    `tg @nadia`, `Discord (pastel#2048)`, `my skype is joecool`, `i'm dean.malmgren on
    skype`, `微信号：wx_2024`, `Телеграм: @marina`, also when the name is disguised
    (`sk*pe`, `s***e`, `skipe`, `$kype`, `$k¥pe`, `inst@`, `wh@tsapp`, `S K Y P E`,
    `sk ype`, look-alike or fullwidth letters, invisible characters) or shortened (`tg`,
    `IG`, `f.b`, `wa`, `zap`, `snap`, `the gram`); meeting rooms (`Zoom meeting ID 812 3456
    7890, passcode 4411`), page names (`Facebook: Rosa Delgado Songs (search it)`) and
    profile paths (`LinkedIn: /in/daniel-okoro`); and links to chats and profiles
    (`t.me/…`, `wa.me/…`, `facebook.com/…`, `skype:bob?call`), link targets included.

    Not flagged: a platform that is the subject of the work (`I will build a WhatsApp
    chatbot`, `Instagram marketing`, `Discord server setup`, `Skype-quality audio`), the
    sites themselves without a profile (`instagram.com`), and identifiers that are phone
    numbers or email addresses (the phone and email rules report those).

    With the option `contact_forms` (on in the upwork pack: Upwork names "a link to a
    contact form or form requesting contact information" as a means of direct contact),
    links to contact and booking forms are reported too: form hosts (`forms.gle`,
    Typeform, Tally, Jotform, scheduling pages) and a site's own contact page
    (`brightline.com/contact-us`); the same site's portfolio pages are not.
    """

    code = "GC203"
    fix_summary = "Removes the handle (and a space beside it)."
    fix_applicability = "unsafe"
    name = "contact-handle"
    category = "contact"
    severity = Severity.ERROR
    summary = "The gig gives a messenger or social media handle, plain or disguised, or links to one."
    messages = {
        "default": "This is {label:a} handle; sharing contact details is against marketplace rules.",
        DISGUISED: "This is {label:a} handle written in disguise; " + _HOWEVER,
        "scheme": "This link opens a chat or call outside the marketplace; contact details are against "
        "marketplace rules.",
        "messenger": "This links to a chat or call on {label}; contact details are against marketplace rules.",
        "social": "This links to {label:a} profile; social media profiles are contact details, which "
        "marketplace rules forbid.",
        "form": "This links to a contact or booking form ({label}); a form that collects the buyer's details is "
        "a way to reach you outside the marketplace, which its rules forbid.",
    }
    suggestions = {"default": REMOVE}
    options = (
        Option("contact_forms", bool, False, "Report links to contact and booking forms (`[vocab.links]` "
               "`contact_form_hosts`, a site's `contact_form_paths` such as /contact-us) as contact details."),
    )
    bad_example = _GIG + "Questions before ordering? Add me on Telegram: @nadia_designs\n"
    good_example = _GIG + "I will build a Telegram bot that posts your RSS feed every hour.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for rs, h in ch.gig_handles(ctx.scan):
            label = h.platform.label if h.platform else "social media"
            key = f"{h.platform.id if h.platform else 'handle'}:{h.identifier.lower()}"
            form = DISGUISED if h.form == DISGUISED else "default"
            span = located(rs.run, rs.words, h.start, h.end)
            yield self.hit(span, rs.run.section, form, value=key, label=label, fix=fixes.contact_removal(gig, span))
        for lh in ch.link_handles(ctx.scan):
            span = lh.run.src_span(lh.start, lh.end)
            yield self.hit(span, lh.run.section, lh.kind, value=lh.url.lower(), label=lh.label)
        if ctx.options.get("contact_forms"):
            for fl in contact_form_links(ctx.scan):
                yield self.hit(fl.link.src_span(), fl.link.section, "form", value=fl.link.url.lower(), label=fl.form)


class ContactInvitation(Rule):
    """Inviting buyers to talk outside the marketplace is against its rules, even without
    giving a handle or a number.

    "Message me directly on WhatsApp", "let's move this to email", "contact me outside
    Fiverr", "google my name and call me", "I will give you my skype before you order",
    "drop your email address" all take the conversation (and usually the payment) where
    the marketplace cannot protect the buyer or you. Editors treat them like contact
    details.

    This rule finds contact verbs with an outside channel in English, Spanish,
    Portuguese, French, German, Italian, Russian and Chinese (also some Japanese, Arabic
    and Turkish): `escríbeme por WhatsApp`, `fala comigo no meu zap`, `Écris-moi sur
    WhatsApp`, `Ruf mich an`, `scrivimi su Telegram`, `пишите в телеграм`, `加我微信`,
    disguised names included (`add me on t3legram`), Hinglish (`WhatsApp pe message
    karo`), moving the conversation (`we can continue on Telegram`), a platform as the
    verb (`snap me`); promises of contact details, requests for the buyer's, "search my
    name on Facebook", "just google 'SmileSocial Leeds'", details said to be elsewhere
    (`my number is on my website`, `in the last image of the gallery`, `in my profile
    picture`, `my email is in the last frame of the video`, `Mon mail est écrit en bas du
    PDF`), a private line promised (`VIP buyers get my private number`), and leaving the
    platform said outright.

    Not flagged: contact through the marketplace (`Contact me before ordering`, `message
    me here on Fiverr`, `Schreib mir hier auf Fiverr`), refusals (`I can't share contact
    details`), sessions held after the order starts (`after the order starts we connect
    on Zoom`), and sentences that already give a handle, an email or a number (those rules
    report them). Hints with no channel and no request to leave ("you can find me
    elsewhere", "google my name") are contact-elsewhere's (GC207, a warning).

    When contact rules lift is the pack's `contact_allowed_after`. A gig is read before
    any order or contract, so under every value what it gives (an email, a number, a
    handle, a contact-form link, details said to be elsewhere) stays an error, and so does
    asking to deal or pay outside the marketplace. What may lift is the invitation to talk
    on another channel once the order or contract has started:

    * `"never"` (Fiverr): nothing lifts; only a session held through the marketplace
      after the order starts is exempt (GC205 notes it).
    * `"order"`: a sentence keyed on the order or purchase ("after you order, message me
      on WhatsApp for quick questions") is not reported.
    * `"contract"` (Upwork): a sentence keyed on the contract's start ("once the contract
      starts I'll share my Skype", "after you hire me we can continue on Telegram") is
      not reported.

    With the option `company_names` (on in the upwork pack), the seller's own company or
    agency named for the buyer to look up ("our agency, Brightline Studio LLC", "I run
    Northwind Digital Ltd") is reported as well; a company named as a client ("worked
    with Acme Corp") is not.

    A sentence that also says "before" ("before we start, message me on WhatsApp",
    "message me before the contract starts") is reported under every value. The words
    are the pack's (`[vocab.invitation]` `after_order_start`, `after_contract_start`,
    `before_start`).
    """

    code = "GC204"
    fix_summary: ClassVar[str | None] = "Removes the sentence with the invitation (the line, when it is alone)."
    fix_applicability = "unsafe"
    name = "contact-invitation"
    category = "contact"
    severity = Severity.ERROR
    summary = "The gig invites the buyer to talk or deal outside the marketplace."
    messages = {
        "default": "This invites the buyer to contact you outside the marketplace{on}; marketplace rules forbid "
        "taking conversations elsewhere.",
        "off": "This invites the buyer to leave the marketplace; conversations and orders must stay on it.",
        "chverb": "This asks the buyer to call, text or email you directly; contact outside the marketplace is "
        "against its rules.",
        "share": "This promises your contact details{on}; sharing them is against marketplace rules, even later.",
        "ask": "This asks for the buyer's contact details{on}; requesting them is against marketplace rules.",
        "search": "This tells the buyer to look you up outside the marketplace{on}; that is an invitation to leave it.",
        "profile": "This points to contact details hidden in an image or your profile; they are against "
        "marketplace rules there too.",
        "where": "This points the buyer to your contact details elsewhere{on}; they are against marketplace rules "
        "there too.",
        "leave": "This asks the buyer to deal or talk outside the marketplace{on}; conversations, orders and "
        "payments must stay on it.",
        "pointer": "This tells the buyer how to find your contact details{on} without writing them; that is "
        "sharing them all the same.",
        "elsewhere": "This tells the buyer where to find you outside the marketplace{on}; marketplace rules forbid "
        "taking conversations elsewhere.",
        "media": "This points to your contact details{on} inside an image, a video or a file; written there, they "
        "are against marketplace rules all the same.",
        "company": "This names your business ({name}) for the buyer to look up outside the marketplace; on this "
        "marketplace a name to search is a means of direct contact.",
    }
    suggestions = {"default": "Invite buyers to message you here; calls and files go through the marketplace too."}
    options: ClassVar[tuple[Option, ...]] = (
        Option("contact_allowed_after", str, "never", 'When an invitation to talk outside the marketplace may be '
               'made: "never", or for the time after the "order" or the "contract" starts (contact details in '
               'the gig stay errors).', choices=("never", *START_KEYS)),
        Option("company_names", bool, False, "Report the seller's own company or agency named for the buyer to look "
               'up ("our agency, Brightline Studio LLC") as direct contact.'),
    )
    bad_example = _GIG + "Before you order, message me directly on WhatsApp so we can agree on a price.\n"
    good_example = _GIG + "Before you order, message me here on Fiverr so we can agree on a price.\n"

    vague: ClassVar[bool] = False  # which invitations this rule reports (see ContactElsewhere)

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        when: str = ctx.options.get("contact_allowed_after", "never")
        starts = ctx.vocabulary.compiled("contact-lift", lambda: StartWords(ctx.vocabulary.table("invitation")))
        for rs, inv in ch.gig_invitations(ctx.scan):
            if inv.vague != self.vague:
                continue
            if when != "never" and starts.lifted(rs.text, rs.sentence(inv.start), inv.kind, when):
                continue  # "once the contract starts, message me on Slack": allowed by the pack
            on = f" ({inv.channel})" if inv.channel else ""
            form = inv.kind if inv.kind in self.messages else "default"
            span = located(rs.run, rs.words, inv.start, inv.end)
            key = f"invitation:{inv.kind}:{(inv.channel or '').lower()}"
            fix = fixes.sentence_removal(gig, span) if not self.vague else None
            yield self.hit(span, rs.run.section, form, value=key, on=on, fix=fix)
        if ctx.options.get("company_names") and not self.vague:
            for run, c in company_names(ctx.scan):
                yield self.hit(run.src_span(c.start, c.end), run.section, "company", value=f"company:{c.name.lower()}",
                               name=c.name, tip="Leave the business name out: buyers find you by your profile here.")


class ContactElsewhere(ContactInvitation):
    """Hinting that buyers can find you outside the marketplace, without saying where, is
    an invitation to leave it all the same.

    "You can find me elsewhere too", "I'm also reachable outside this site", "same name
    everywhere", "google my full name", "Si me buscas, me encuentras en todas partes con
    el mismo nombre", "Меня легко найти и за пределами этого сайта" name no channel and
    give no handle, so this is a warning for an editor to read: most such hints are
    followed by a handle elsewhere in the gig or in a message. Once a channel is named, or
    the buyer is asked to deal or talk outside, it is contact-invitation (GC204, an error).

    Not flagged: the marketplace itself (`Fiverr's inbox is where I answer`), refusals
    (`I never share contact details outside Fiverr`), and "outside" that is not about the
    marketplace (`outside the box`, `I work outside office hours`).
    """

    code = "GC207"
    fix_summary = None  # a hint is not a sentence to remove unasked, nor one to pick out
    name = "contact-elsewhere"
    severity = Severity.WARNING
    summary = "The gig hints that the buyer can find the seller outside the marketplace, without naming where."
    messages = {
        "default": "This hints that buyers can reach you outside the marketplace; marketplace rules forbid taking "
        "conversations elsewhere.",
        "search": "This tells the buyer to look you up outside the marketplace; that is an invitation to leave it.",
        "off": "This says you can be reached outside the marketplace; conversations and orders must stay on it.",
    }
    options = ()  # hints name no channel to talk on and no business: nothing of GC204's options applies
    bad_example = _GIG + "You can find me elsewhere too, under the same name.\n"
    good_example = _GIG + "You can find all my work samples in the gallery above.\n"
    vague = True


class ContactChannelMention(Rule):
    """A messenger named as the channel of a live session, for the editor's attention.

    Live sessions are allowed when they go through the marketplace after an order
    starts (Fiverr has its own Zoom integration), so "a directed session over Skype
    after your order" is not a violation by itself; handing out the handle would be. This
    info finding marks such mentions so an editor can check that no contact details are
    exchanged, and lets the seller say how the session is held. It never fails a run
    under the default `--fail-on error`.
    """

    code = "GC205"
    name = "contact-channel-mention"
    category = "contact"
    severity = Severity.INFO
    redact = False  # a platform's name is not a contact detail
    summary = "A messenger is named as the channel of a live session (context for editors)."
    messages = {
        "default": "{label} is named as the channel of a live session; that is fine only through "
        "the marketplace after {unit:a} starts, without exchanging contact details."
    }
    suggestions = {"default": "Say that the session is held through the marketplace after the {unit} starts."}
    vocab_keys = ("invitation.work_unit",)
    bad_example = (
        _GIG + "I record voice overs.\n\n## Extras\n\n### Live directed session\nPrice: $30\nDelivery: +1 day\n\n"
        "We connect over Skype after your order.\n"
    )
    good_example = (
        _GIG + "I record voice overs.\n\n## Extras\n\n### Live directed session\nPrice: $30\nDelivery: +1 day\n\n"
        "I record while you direct, through the order's call feature.\n"
    )

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        scans = ch.run_scans(ctx.scan)
        if not scans:
            return
        cv = ctx.vocabulary.channels
        unit = str(ctx.vocabulary.table("invitation").get("work_unit", "order"))
        taken: dict[int, list[tuple[int, int]]] = {}
        for rs, h in ch.gig_handles(ctx.scan):
            taken.setdefault(id(rs), []).append((h.start, h.end))
        for rs, inv in ch.gig_invitations(ctx.scan):
            taken.setdefault(id(rs), []).append(rs.sentence(inv.start))
        for rs in scans:
            in_extra = rs.run.section.startswith("extra:")
            for m in find_mentions(rs, cv, taken.get(id(rs), []), in_extra):
                span = located(rs.run, rs.words, m.start, m.end)
                yield self.hit(span, rs.run.section, value=f"mention:{m.label.lower()}", label=m.label, unit=unit)


class ContactPadding(Rule):
    """Text made mostly of contact and payment words (`wa wa wa …`, `skype skype skype
    …`, `email call telegram …`) hides what stands among them, and is no text a buyer
    reads.

    Such padding, often in an HTML comment or a front-matter field buyers never see, is
    how contact details are slipped past checks: a handle after a few hundred platform
    names. gigcheck reads every part of a gig, but in a stretch this dense it judges only
    the words next to other text, so it reports the stretch itself: delete it. Real gigs
    name a few channels per paragraph (a social media manager's list of platforms is
    fine); this takes more than 32 such words within 2,000 characters.
    """

    code = "GC208"
    name = "contact-padding"
    category = "contact"
    severity = Severity.ERROR
    summary = "A stretch of the gig is made mostly of contact or payment words (padding that hides details)."
    messages = {
        "default": "This text is mostly contact and payment words ({count} of them); padding like this hides "
        "contact details and is against marketplace rules.",
    }
    suggestions = {"default": "Delete the padding: write for buyers, and keep contact on the marketplace."}
    bad_example = _GIG + "I record voice overs.\n\n<!-- " + "wa " * 40 + "-->\n"
    good_example = (_GIG + "I manage Instagram, TikTok, Facebook, Pinterest and LinkedIn accounts for small "
                    "businesses.\n")

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for p in ch.gig_padding(ctx.scan):
            yield self.hit((p.start, p.end), p.section, value=f"padding:{p.count}", count=p.count)


class ContactInLink(LinkRule):
    """Contact details hidden in an allowed link are still contact details.

    `youtube.com/watch?v=x&email=bob@gmail.com` or `soundcloud.com/bob/call-555-123-4567`
    point to an allowed host, but their address carries an email, a phone number or a
    messenger name for the buyer to read.
    """

    code = "GC206"
    name = "contact-in-link"
    aliases = ("GC405",)
    fingerprint_code = "GC405"
    category = "contact"
    severity = Severity.ERROR
    summary = "An allowed link carries contact details in its path or query."
    messages = {
        "default": "This {site} link carries contact details in its address; sharing contact details is against "
        "marketplace rules."
    }
    suggestions = {"default": "Remove them from the link: buyers contact you through the marketplace's messages."}
    bad_example = _GIG + "I record voice overs.\n\n## Portfolio\n- [Demo](https://soundcloud.com/bob/call-555-123-4567)\n"
    good_example = _GIG + "I record voice overs.\n\n## Portfolio\n- [Demo](https://soundcloud.com/bob/demo-reel)\n"
    kinds = frozenset({"allowed", "marketplace"})

    def judge_link(self, link: FoundLink, names: str, ctx: Context) -> Hit | None:
        scanner = ctx.vocabulary.links
        piece = scanner.contact_in(link.url) if scanner is not None else None
        if piece is None:
            return None
        start, end = link.start, link.end
        at = link.run.text.lower().find(piece.lower(), start, end)
        if at >= 0:  # point at the contact part when it is written as is (not %-escaped)
            start, end = at, at + len(piece)
            if any(start < y and x < end for x, y in email_spans(ctx.scan, link.run)):
                return None  # the email rule reports it
        site = link.verdict.registrable or link.verdict.host
        return self.hit(link.run.src_span(start, end), link.section, value=piece.lower(), site=site)


RULES = (
    ContactEmail, ContactPhone, ContactHandle, ContactInvitation, ContactChannelMention, ContactInLink,
    ContactElsewhere, ContactPadding,
)
