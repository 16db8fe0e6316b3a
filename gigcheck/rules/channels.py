"""Channel rules (category `contact`): messenger and social handles, invitations to talk
elsewhere, and channels named for live sessions.

Detection lives in gigcheck/detect/ (triggers.py, handles.py, invitations.py, shared per
gig by channel_scan.py); platform names, disguises, contact verbs in every language and
work subjects are data in the pack (policies/vocab/channels.toml). These rules only say
what they found and what to do about it.
"""
from __future__ import annotations

from collections.abc import Iterator

from gigcheck.scan import channels as cs
from gigcheck.detectors.handles import DISGUISED
from gigcheck.detectors.invitations import find_mentions
from gigcheck.scan.views import hit_for
from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Severity
from gigcheck.rules.base import Context, Rule

REMOVE = "Remove it: buyers contact you through the marketplace's messages."


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
    """

    code = "GC203"
    name = "contact-handle"
    category = "contact"
    severity = Severity.ERROR
    summary = "The gig gives a messenger or social media handle, plain or disguised, or links to one."
    bad_example = "Questions before ordering? Add me on Telegram: @nadia_designs\n"
    good_example = "I will build a Telegram bot that posts your RSS feed every hour.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for scan, h in cs.gig_handles(gig, ctx):
            label = h.platform.label if h.platform else "social media"
            if h.form == DISGUISED:
                msg = (
                    f"This is a {label} handle written in disguise; contact details are against "
                    "marketplace rules however they are written."
                )
            else:
                msg = f"This is a {label} handle; sharing contact details is against marketplace rules."
            key = f"{h.platform.id if h.platform else 'handle'}:{h.identifier.lower()}"
            yield hit_for(scan.run, scan.words, h.start, h.end, msg, REMOVE, key=key)
        for lh in cs.link_handles(gig, ctx):
            a, b = lh.run.src_span(lh.start, lh.end)
            if lh.kind == "scheme":
                msg = "This link opens a chat or call outside the marketplace; contact details are against marketplace rules."
            elif lh.kind == "messenger":
                msg = f"This links to a chat or call on {lh.label}; contact details are against marketplace rules."
            else:
                msg = f"This links to a {lh.label} profile; social media profiles are contact details, which marketplace rules forbid."
            yield Hit(a, b, lh.run.section, msg, REMOVE, key=lh.url.lower())


_INVITE_MESSAGES = {
    "contact": "This invites the buyer to contact you outside the marketplace{on}; marketplace rules forbid taking conversations elsewhere.",
    "off": "This invites the buyer to leave the marketplace; conversations and orders must stay on it.",
    "chverb": "This asks the buyer to call, text or email you directly; contact outside the marketplace is against its rules.",
    "share": "This promises your contact details{on}; sharing them is against marketplace rules, even later.",
    "ask": "This asks for the buyer's contact details{on}; requesting them is against marketplace rules.",
    "search": "This tells the buyer to look you up outside the marketplace{on}; that is an invitation to leave it.",
    "profile": "This points to contact details hidden in an image or your profile; they are against marketplace rules there too.",
    "where": "This points the buyer to your contact details elsewhere{on}; they are against marketplace rules there too.",
}


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
    picture`), and leaving the platform said outright.

    Not flagged: contact through the marketplace (`Contact me before ordering`, `message
    me here on Fiverr`, `Schreib mir hier auf Fiverr`), refusals (`I can't share contact
    details`), sessions held after the order starts (`after the order starts we connect
    on Zoom`), and sentences that already give a handle, an email or a number (those rules
    report them).
    """

    code = "GC204"
    name = "contact-invitation"
    category = "contact"
    severity = Severity.WARNING
    summary = "The gig invites the buyer to talk or deal outside the marketplace."
    bad_example = "Before you order, message me directly on WhatsApp so we can agree on a price.\n"
    good_example = "Before you order, message me here on Fiverr so we can agree on a price.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for scan, inv in cs.gig_invitations(gig, ctx):
            on = f" ({inv.channel})" if inv.channel else ""
            msg = _INVITE_MESSAGES.get(inv.kind, _INVITE_MESSAGES["contact"]).format(on=on)
            yield hit_for(
                scan.run,
                scan.words,
                inv.start,
                inv.end,
                msg,
                "Invite buyers to message you here; calls and files go through the marketplace too.",
                key=f"invitation:{inv.kind}:{(inv.channel or '').lower()}",
            )


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
    bad_example = "## Extras\n\n### Live directed session\nPrice: $30\nDelivery: +1 day\n\nWe connect over Skype after your order.\n"
    good_example = "## Extras\n\n### Live directed session\nPrice: $30\nDelivery: +1 day\n\nI record while you direct, through the order's call feature.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        scans = cs.run_scans(gig, ctx)
        if not scans:
            return
        cv = cs.vocab(ctx)
        taken: dict[int, list[tuple[int, int]]] = {}
        for scan, h in cs.gig_handles(gig, ctx):
            taken.setdefault(id(scan), []).append((h.start, h.end))
        for scan, inv in cs.gig_invitations(gig, ctx):
            taken.setdefault(id(scan), []).append(scan.sentence(inv.start))
        for scan in scans:
            in_extra = scan.run.section.startswith("extra:")
            for m in find_mentions(scan, cv, taken.get(id(scan), []), in_extra):
                yield hit_for(
                    scan.run,
                    scan.words,
                    m.start,
                    m.end,
                    f"{m.label} is named as the channel of a live session; that is fine only through "
                    "the marketplace after an order starts, without exchanging contact details.",
                    "Say that the session is held through the marketplace after the order starts.",
                    key=f"mention:{m.label.lower()}",
                )
