"""Invitations to leave the marketplace without a contact detail: "message me directly on
WhatsApp", "let's take this off the platform", "I will give you my skype", "drop your
email", "google my name", "escríbeme por WhatsApp", "加我微信", "пишите в телеграм".

Works sentence by sentence on the trigger scan of a run (run_scan.py), with the channels
each sentence names (sentence_channels.py). A trigger is an invitation when what makes
it one is there, and nothing undoes it:

* a contact verb ("message me", "schreib mir", "加我") with an off-marketplace channel tied
  to it: a platform or "email"/"phone" after a tying word ("on", "via", "в", "auf", "no
  meu"), glued to the verb ("加我微信"), or before it with a particle ("LINEで連絡",
  "WhatsApp'tan yazın"); or with "outside Fiverr"; or "there" pointing back to a channel;
* a channel used as the verb ("email me", "text me", "llámame"), not followed by "here"
  or the marketplace, nor by a name ("call me Alex");
* a promise of the seller's details or a request for the buyer's, with a channel right
  after ("give you my skype", "drop your email address");
* "google my name", or "search my name on Facebook"; details hidden in a profile
  picture; leaving the platform said outright with a contact or conversation word.

Undone by: a negation before it in the clause ("I can't share contact details"), a work
subject ("DM me for your Instagram growth plan" still invites; "Instagram marketing" is
no channel), a session after the order starts ("after the order starts we connect on
Zoom": GC205 notes it), and an identifier in the same sentence (then the handle, email
or phone rule reports it, and one finding is enough).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from gigcheck.detectors.away_hints import dealt_there, elsewhere, elsewhere_other, not_here
from gigcheck.detectors.built_without import built_moved, built_without
from gigcheck.detectors.buyer_detail_ask import asked_before
from gigcheck.detectors.deliveries import sent_outside, served_outside
from gigcheck.detectors.detail_purpose import detail_for_reaching
from gigcheck.detectors.direct_deals import (
    arrangement,
    direct_contact,
    direct_later,
    middleman,
    settled_between,
    ways_asked,
)
from gigcheck.detectors.handle_ids import capitalized_name
from gigcheck.detectors.handles import is_subject
from gigcheck.detectors.identifier_pointers import POINTER_SOURCES, identifier_pointer, work_put_in
from gigcheck.detectors.invitation_gate import gated, may_read
from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.leave_requests import READ_KINDS, asked_away, thing_moved
from gigcheck.detectors.leave_shared import (
    buyers_near,
    buyers_place,
    carries_on,
    for_the_buyer,
    history_by,
    negated_after,
    place_qualified,
    timed,
)
from gigcheck.detectors.leaving import away_is_here, left, left_place
from gigcheck.detectors.lexicon import Match, key_of
from gigcheck.detectors.market_compared import market_compared
from gigcheck.detectors.market_gloss import glossed_by_market
from gigcheck.detectors.market_swaps import better_way, market_swapped, other_app_swapped
from gigcheck.detectors.market_way import market_way_left
from gigcheck.detectors.media_pointers import media_pointer
from gigcheck.detectors.other_ways import reached_another_way
from gigcheck.detectors.outside_prices import cheaper_outside, fees_skipped, rest_away
from gigcheck.detectors.own_site import booked_on_own_site
from gigcheck.detectors.payment_refusals import refused_route_left
from gigcheck.detectors.payment_topics import payments_a_topic
from gigcheck.detectors.payment_words import pay_words
from gigcheck.detectors.pre_order_sessions import (
    call_before_order,
    private_before_order,
    private_talk_before_order,
    session_before_order,
)
from gigcheck.detectors.private_lines import kept_private, private_line
from gigcheck.detectors.requirements_ask import asked_in_requirements
from gigcheck.detectors.run_scan import RunScan, kinds, refused, words_apart, words_between
from gigcheck.detectors.self_pointers import (
    contact_person,
    located,
    others_purpose,
    own_channel_pointer,
    owned_after,
    platform_after_name,
    pointed_name,
    searched_business,
    searched_identity,
    subject_account,
    third_party,
)
from gigcheck.detectors.sentence_channels import Channel, denied_last, named_channels, negated, tied_channel
from gigcheck.detectors.triggers import (
    AFTERCARE,
    ARRANGE,
    ASK,
    AWAY,
    BETTER,
    BOOK,
    CALL,
    CHANNEL_VERB,
    CHEAPER,
    CONTACT,
    CONV,
    CUE,
    CUE_BEFORE,
    DEAL,
    DEARER,
    DERIVE,
    DETAIL,
    DIRECT,
    ELSEWHERE,
    FEE_SKIP,
    FEE_SPARE,
    HANDLE_VERB,
    LATER,
    LEAVE,
    LEFT,
    LOOK,
    MARK,
    MARKET,
    MEDIA,
    MEDIA_IN,
    MIDDLEMAN,
    NAME_POINTER,
    NEG,
    NOT_HERE,
    OFF,
    OTHER_PLACE,
    OUTREACH,
    PAY_VERB,
    PERSON,
    PLACE,
    PLATFORM,
    POINTER,
    POST,
    PRIVATE,
    PROFILE,
    PURPOSE,
    REMAINDER,
    REQS,
    SCAN_CODE,
    SEARCH,
    SEARCH_CH,
    SEARCH_ID,
    SEARCH_NAME,
    SEND,
    SESSION,
    SETTLE,
    SETTLING,
    SHARE,
    TALK,
    TALK_AWAY,
    THERE,
    THIRD,
    TIE,
    TOGETHER,
    UNNEEDED,
    WAY_TO_TALK,
    WAYS,
    WHERE,
    WORK,
    ChannelVocab,
)
from gigcheck.regex_cache import cached_regex
from gigcheck.text.letters import LETTER_RUN
from gigcheck.text.trie import glued

_VERB_KINDS = (
    CONTACT, TALK, CHANNEL_VERB, SHARE, ASK, SEARCH, SEARCH_CH, SEARCH_NAME, PROFILE, WHERE, OFF, LEAVE, ELSEWHERE,
    POINTER, NAME_POINTER, CHEAPER, PLATFORM, MIDDLEMAN, LATER, SEARCH_ID, MEDIA, MEDIA_IN, PRIVATE, OTHER_PLACE,
    ARRANGE, NOT_HERE, SETTLE, REQS, REMAINDER, TALK_AWAY, BOOK, SEND, FEE_SKIP, WAYS, AFTERCARE, DERIVE, LEFT,
    UNNEEDED, WAY_TO_TALK, CALL, DEARER, BETTER, PURPOSE, FEE_SPARE,
)

__all__ = ["InvitationMatch", "find_invitations"]


def find_invitations(scan: RunScan, cv: ChannelVocab, blocked: Callable[[int, int], bool]) -> list[InvitationMatch]:
    """Invitations in one run. `blocked(a, b)` says whether view span [a, b) (a sentence)
    holds a contact detail that another finding reports."""
    # One finding per sentence: the first invitation, or its first hint when it holds no
    # invitation ("Google my name and call me" is one invitation).
    best: dict[tuple[int, int], InvitationMatch] = {}
    for t in scan.triggers:
        ks = kinds(t) & set(_VERB_KINDS)
        if not ks:
            continue
        sent = scan.sentence(t.start)
        have = best.get(sent)
        if have is not None and not have.vague:
            continue
        found = _judge(scan, cv, t, ks, sent)
        if found is None or (have is not None and found.vague) or blocked(*scan.part(t.start)):
            continue
        best[sent] = found
    return sorted(best.values(), key=lambda m: m.start)



@dataclass(frozen=True, slots=True)
class _Trigger:
    """A trigger `t` of kinds `ks` in sentence [s0, s1), with what the sentence holds."""

    scan: RunScan
    cv: ChannelVocab
    t: Match
    ks: frozenset[str]
    s0: int
    s1: int
    ctx: list[Match]  # context words of the sentence
    channels: list[Channel]  # channels it names
    post: bool  # it speaks of the time after the order starts


def _judge(
    scan: RunScan, cv: ChannelVocab, t: Match, ks: frozenset[str], sent: tuple[int, int]
) -> InvitationMatch | None:
    s0, s1 = sent
    needs = gated(ks)
    if needs is not None and not may_read(
        scan, t, needs, s0, s1, lambda: scan.context(cv, s0, s1), lambda: _imperative_lead(cv, scan.text, s0, t.start)
    ):
        return None  # nothing its kind reads is in the sentence (invitation_gate.py)
    ctx = scan.context(cv, s0, s1)
    channels = _sentence_channels(scan, cv, s0, s1, ctx)
    post = any(POST in kinds(m) for m in ctx)
    tr = _Trigger(scan, cv, t, ks, s0, s1, ctx, channels, post)
    # The readings first, the excuses only of what was read: most triggers of a clean gig read
    # nothing, and the excuses (negations, refusals, the buyer's own copy...) cost more than
    # the readings that find nothing. Both sides are pure, so the order does not change a finding.
    found = _read(tr)
    if found is None or _excused_trigger(tr):
        return None
    return found


def _excused_trigger(tr: _Trigger) -> bool:
    """Trigger `tr.t` is negated or refused, the buyer's own (their copy, their customers,
    their site's widget), a refused route, a topic, the work, or only directness toward the
    marketplace's own chat: whatever it reads, it asks nothing of the buyer."""
    scan, cv, t, ks, s0, s1, ctx = tr.scan, tr.cv, tr.t, tr.ks, tr.s0, tr.s1, tr.ctx
    return bool(
        negated(scan, cv, t.start) or refused(scan, cv, t.end) or _refusal(scan, cv, t, ks)
        # a negative verb closing the clause, the verb last ("… خارج از سایت نمی‌دم")
        or denied_last(scan, cv, t.end)
        or (bool(ks & {CONTACT, CHANNEL_VERB}) and _buyers_copy(scan, cv, t, s1))
        or (bool(ks & {CONTACT, CHANNEL_VERB}) and _customers_to_business(scan, cv, t))
        # "我会在您的网站上添加微信二维码": the buyer's site gets the channel's button
        or (bool(ks & {CONTACT, CHANNEL_VERB, PLATFORM, POINTER, SHARE}) and _widget_for_buyer(scan, cv, s0, s1))
        # "Nie przyjmuję płatności przez PayPal, BLIK ani przelew poza platformą": where a refused payment would go,
        # as a request to leave or a place outside ("I do not accept PayPal, Wise or cash outside the platform")
        or (bool(ks & {LEAVE, OFF}) and refused_route_left(scan, cv, t))
        or (SETTLE in ks and payments_a_topic(scan, cv, t.start))  # "your payment page: card or cash on delivery"
        or (LEAVE in ks and built_without(scan, cv, t))  # "Я сделаю сайт без этой платформы": the site goes without
        # "I reach out to leads by email for you": the work, not the buyer; "取引メッセージでお送り
        # します": the marketplace's own message thread
        or (bool(ks & {CONTACT, CHANNEL_VERB, TALK}) and (_others_addressed(scan, t, ctx) or _names_market(t, ctx)))
        # "Koi sawal ho to seedha mujhse Fiverr chat mein poochein": a phrase of leaving that is only
        # directness ("seedha mujhse", "direto comigo"), the marketplace's own chat named as the way
        # and nothing else that leaves: who answers, not where
        or (LEAVE in ks and _direct_by_market(tr) and not _leaving_besides(tr, t))
        # "напишите мне в личку (в сообщения Fiverr)": the private line glossed as the marketplace's
        or (not tr.channels and glossed_by_market(scan, cv, t, ctx))
    )


def _read(tr: _Trigger) -> InvitationMatch | None:
    """What trigger `tr.t` reads as, before its excuses: the narrower judges, then its kind's
    reading, then the identifier pointed to and a request to carry on outside as fallbacks."""
    scan, cv, t, ks, ctx, channels = tr.scan, tr.cv, tr.t, tr.ks, tr.ctx, tr.channels
    found = next((f for f in (judge(tr) for judge in _JUDGES) if f is not None), None)
    if found is None:
        found = _by_kind(scan, cv, t, ks, ctx, channels)
        if (found is None or found.vague) and ks & POINTER_SOURCES:
            # the narrower pointers read one word order each; the identifier pointed to is read
            # over the whole sentence as their fallback
            found = identifier_pointer(scan, cv, t, channels, ctx) or found
    if (found is None or (found.vague and found.kind != ELSEWHERE)) and ks & READ_KINDS:
        # a request or promise to carry on outside, read in general, is the fallback of the
        # narrower wordings (an error)
        return asked_away(scan, cv, t, ctx, channels, lambda o: _excused(tr, o)) or found
    return found


def _excused(tr: _Trigger, o: Match) -> bool:
    """Off-platform phrase or word of privacy `o` is the seller's manner or discretion ("you
    work directly with me", "we can work privately on your NDA documents"), or the
    marketplace's own inbox by a word of privacy ("Ask me privately about NDA files through
    Fiverr messages")."""
    if o.start >= tr.t.end and built_moved(tr.scan, tr.cv, tr.t.end, o.start):
        return True  # "Let's move your website somewhere else, to a faster host": the work moved
    if _not_the_market(tr, o):
        return True  # "We can work outside the site templates": a template's outside
    return _direct_manner(tr, o) or _discreet_work(tr, o) or _direct_by_market(tr, o) or _privacy_of_a_thing(tr, o) or (
        _privacy_phrase(tr, o) and not (_private_deal(tr) or _carried_on_privately(tr, o))
    )


def _privacy_phrase(tr: _Trigger, o: Match) -> bool:
    """`o` is a word of privacy that is also an off-platform phrase ("privately", "en privado"),
    not a place away ("somewhere else", "where else we")."""
    return _only_privacy(tr, o) and any(
        OFF in kinds(x) and (x.start, x.end) == (o.start, o.end) for x in tr.scan.triggers_in(o.start, o.end)
    )


# Words before a word of privacy where its verb of carrying on may end ("carry on privately").
_CARRY_REACH = 2


def _carried_on_privately(tr: _Trigger, o: Match) -> bool:
    """"We" and a verb of carrying on right before word of privacy `o` ("we carry on privately",
    "seguimos en privado"), or its particle right after it ("wir machen dann privat weiter"): the
    dealing goes on somewhere private, not discretion about a thing worked on ("we can work
    privately on your NDA documents"). why (issue 12 leftover "Let's start here and continue
    privately once we trust each other")."""
    if not any(TOGETHER in kinds(m) for m in tr.ctx):
        return False
    text, cv = tr.scan.text, tr.cv
    before = _WORD.findall(text, max(tr.s0, o.start - 40), o.start)[-_CARRY_REACH:]
    after = _WORD.match(text, o.end + 1, min(tr.s1, o.end + 40)) if text[o.end:o.end + 1] == " " else None
    return carries_on(cv, before) or (after is not None and after.group(0).casefold() in cv.carry_particles)


def _private_deal(tr: _Trigger) -> bool:
    """"We" and a deal or its settling in the sentence (not a payment: the payment rules'):
    what makes a word of privacy alone a request ("we can finish the deal privately"), not
    discretion ("I handle sensitive contracts privately and under NDA")."""
    ks = [kinds(m) for m in tr.ctx]
    return any(TOGETHER in k for k in ks) and any(DEAL in k or (SETTLING in k and PAY_VERB not in k) for k in ks)


def _by_kind(
    scan: RunScan, cv: ChannelVocab, t: Match, ks: frozenset[str], ctx: list[Match], channels: list[Channel]
) -> InvitationMatch | None:
    """The detector of trigger `t`'s own kind."""
    if LEAVE in ks:
        return left(scan, cv, t, channels)
    if POINTER in ks or NAME_POINTER in ks:
        return pointed_name(scan, cv, t, channels, NAME_POINTER in ks)
    if ks & {ELSEWHERE, OTHER_PLACE}:  # "find me elsewhere"; "I'm on other sites too"
        return (elsewhere if ELSEWHERE in ks else elsewhere_other)(scan, cv, t, channels, ctx)
    if CHEAPER in ks:
        return cheaper_outside(scan, cv, t, ctx)
    if ks & {DEARER, BETTER}:  # "costs you 20% more here than directly" (market_compared.py)
        return market_compared(scan, cv, t, ctx)
    if MIDDLEMAN in ks:
        return middleman(scan, cv, t, channels, ctx)
    if LATER in ks:
        return direct_later(scan, cv, t, channels, ctx)
    if SEARCH_ID in ks:
        return searched_identity(scan, cv, t, channels, ctx)
    if ks & {MEDIA, MEDIA_IN}:
        return media_pointer(scan, cv, t, channels, ctx)
    if PRIVATE in ks:
        return private_line(scan, cv, t, channels, ctx) or private_talk_before_order(scan, cv, t, ctx)
    if PLATFORM in ks:
        return own_channel_pointer(scan, cv, t, channels, ctx)
    return None


def _names_market(t: Match, ctx: list[Match]) -> bool:
    """Contact word `t` is part of a longer name of the marketplace's own place ("取引メッセージ",
    "トークルーム", "order thread"): it names where the order talks, no channel's verb. why
    (rt25 FP "ご購入後、Zoomでのレッスンリンクを取引メッセージでお送りします")."""
    return any(
        MARKET in kinds(m) and m.start <= t.start and t.end <= m.end and m.end - m.start > t.end - t.start
        for m in ctx
    )


_OPEN_QUOTES = "\"“«„"
_CLOSE_QUOTES = "\"”»“"
_QUOTE_REACH = 60  # characters of a quoted button label or line of copy
_COPY_REACH = 4  # words after the closing quote where the buyer's page may be named


def _buyers_copy(scan: RunScan, cv: ChannelVocab, t: Match, s1: int) -> bool:
    """Contact verb `t` inside a short quotation that the buyer's page follows: copy the
    seller writes for the buyer (`Botones: "Llámanos", "Escríbenos por WhatsApp" para tu
    landing`). why (placeholders/subject)."""
    text = scan.text
    lo = max(0, t.start - _QUOTE_REACH)
    opened = max(text.rfind(q, lo, t.start) for q in _OPEN_QUOTES)
    if opened < 0:
        return False
    end = min(s1, t.end + _QUOTE_REACH)
    close = min((i for q in _CLOSE_QUOTES if (i := text.find(q, t.end, end)) >= 0), default=-1)
    return close >= 0 and (buyers_near(scan, cv, close + 1, _COPY_REACH) or _owner_after(scan, cv, close + 1))


def _owner_after(scan: RunScan, cv: ChannelVocab, at: int) -> bool:
    """The buyer's possessive (`placeholder_owners`: "your", "ваш", "sizin", "tuyo") among the
    `_COPY_REACH` words after `at` in its sentence: "«Пишите нам в WhatsApp: …» — заменю на ваш
    номер", where the context lexicon's longer entries ("ваш номер") hide the work cue.."""
    _, s1 = scan.sentence(at)
    words = _WORD.findall(scan.text, at, max(at, s1))[:_COPY_REACH]
    return any(w.casefold() in cv.placeholders.owners for w in words)



# How many words before a contact verb "your ..." may stand as its subject ("so your customers can contact us").
_SUBJECT_REACH_US = 3


def _customers_to_business(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """why (last session's leftover "…so your customers can contact us / message us on
    WhatsApp"): a contact verb addressed to "us" (`our_objects`) whose subject a few words
    before it in its clause is the buyer's ("your customers", "tus clientes": `our_subjects`): the buyer's
    business speaking in the work, not the seller inviting. "Contact us on WhatsApp" alone
    stays an invitation."""
    words = t.text.split()
    if not words or words[-1] not in cv.our_objects:
        return False
    c0, _ = scan.clause(t.start)
    text = scan.text
    for m in scan.context(cv, c0, t.start):
        if m.end > t.start or words_between(text, m.end, t.start) > _SUBJECT_REACH_US:
            continue
        # (the buyer's possessive may open a longer entry of others: "your customers" is an outreach target)
        if CUE_BEFORE in kinds(m) or (kinds(m) & {THIRD, OUTREACH} and m.text.split()[0] in cv.our_subjects):
            return True
    return False


# How many words may stand between a contact verb and whom it addresses ("reach out to
# your warm leads").
_OBJECT_REACH = 2


_WORD = cached_regex(rf"{LETTER_RUN}")


def _widget_for_buyer(scan: RunScan, cv: ChannelVocab, s0: int, s1: int) -> bool:
    """A channel's button, widget, QR code or icon put on the buyer's site, store or page in
    sentence [s0, s1) ("Aggiungo al tuo sito un pulsante WhatsApp … così i tuoi clienti ti
    scrivono", "Saya tambahkan tombol WhatsApp … di website Anda"): the work. Not with the
    seller's own in it ("my WhatsApp button") nor "me" by a contact verb ("… para que me
    escribas"). why (the brief's leftover and its general form)."""
    key = ("widget", s0, s1)
    done = scan.memo.get(key)
    if done is None:
        text = scan.text
        done = scan.memo[key] = (
            cv.widget_words.search(text, s0, s1) is not None
            and pay_words(cv).businesses.search(text, s0, s1) is not None
            and not any(w.group() in cv.possessives for w in _WORD.finditer(text, s0, s1))
            and not any(mark in text[s0:s1] for mark in cv.widget_sellers)
            and not any(kinds(o) & {CONTACT, CHANNEL_VERB} and _me_by(scan, cv, o) for o in scan.triggers_in(s0, s1))
        )
    return cast("bool", done)


def _me_by(scan: RunScan, cv: ChannelVocab, o: Match) -> bool:
    """The seller ("me", "mir", "saya") right before or after contact verb `o`."""
    text = scan.text
    words = _WORD.findall(text, o.start, o.end + 8)[:2]
    if any(w in cv.to_me or (len(w) > 4 and w.endswith(cv.me_endings)) for w in words):
        return True  # the trigger holds it: "me escribas", "escríbeme", "scrivimi"
    before = _WORD.findall(text, max(0, o.start - 16), o.start)[-1:]
    after = _WORD.match(text, o.end + 1) if text[o.end:o.end + 1] == " " else None
    return bool(before and before[0] in cv.to_me) or (after is not None and after.group() in cv.to_me)


def _others_addressed(scan: RunScan, t: Match, ctx: list[Match]) -> bool:
    """Contact verb `t` addresses others the seller contacts as the work ("I reach out to
    leads by email", "Contacto a tus prospectos por WhatsApp"): an outreach target
    right after it in its clause."""
    _, c1 = scan.clause(t.end)
    return any(
        OUTREACH in kinds(m) and t.end <= m.start < c1 and words_between(scan.text, t.end, m.start) <= _OBJECT_REACH
        for m in ctx
    )


def _sentence_channels(scan: RunScan, cv: ChannelVocab, s0: int, s1: int, ctx: list[Match]) -> list[Channel]:
    """`named_channels` of the sentence, once per sentence: many triggers can share one."""
    key = ("channels", s0, s1)
    channels = scan.memo.get(key)
    if channels is None:
        channels = scan.memo[key] = named_channels(scan, cv, s0, s1, ctx)
    return cast("list[Channel]", channels)


def _booked(tr: _Trigger) -> InvitationMatch | None:
    """"réservez votre créneau sur mon site": booking on the seller's own site (own_site.py)."""
    if BOOK not in tr.ks:
        return None
    # (a word of privacy kept for the buyer's things is no way past the marketplace: "Before you
    # order, know that I handle your files privately". why: issue 12 false alarm)
    return booked_on_own_site(
        tr.scan, tr.cv, tr.t, tr.ctx, tr.channels, discreet=lambda o: _discreet_work(tr, o)
    ) or _ordered_there(tr)


def _ordered_there(tr: _Trigger) -> InvitationMatch | None:
    """"I also sell on Upwork — order there instead", "Il mio negozio Etsy …: ordinali lì": an
    order sent "there", to another site or shop named before it in the sentence. why (
    rt32 leaving; the talk verb's "there" is `_contact_verb`'s)."""
    scan, t = tr.scan, tr.t
    there = next((
        m for m in tr.ctx if THERE in kinds(m) and m.start >= t.end and words_between(scan.text, t.end, m.start) <= 2
    ), None)
    if there is None or negated(scan, tr.cv, t.start):
        return None
    # (a site may be named after it too: "Next time order there, it's cheaper on Upwork"; not a
    # meeting platform: "agendamos la videollamada desde el chat de Fiverr (Zoom o Meet)")
    named = any(
        not c.ordinary and (c.end <= t.start or not c.platform) and not negated(scan, tr.cv, c.start)
        for c in tr.channels
    )
    return InvitationMatch(t.start, there.end, LEAVE, None) if named or _other_place_before(tr) else None


def _sent(tr: _Trigger) -> InvitationMatch | None:
    """"I send the files via WhatsApp", "te mando el enlace a tu correo" (deliveries.py)."""
    if AFTERCARE in tr.ks:
        return served_outside(tr.scan, tr.cv, tr.t, tr.channels, tr.ctx)
    return sent_outside(tr.scan, tr.cv, tr.t, tr.channels, tr.ctx) if SEND in tr.ks else None


def _channel_verb(tr: _Trigger) -> InvitationMatch | None:
    """"email me", "text me", "llámame", not followed by "here", the marketplace or a name."""
    scan, cv, t = tr.scan, tr.cv, tr.t
    if CHANNEL_VERB not in tr.ks:
        return None
    if _marketplace_after(scan, cv, t.end):
        return None
    if _named(scan, cv, t) and not any(c.start >= t.end for c in tr.channels):
        return None  # a name given, with no channel to call on ("Clients call me on WhatsApp" stays)
    if not _name_after(scan, t.end) and _verb_ends(scan, cv, t.end):
        return InvitationMatch(t.start, t.end, CHANNEL_VERB, None)
    # A channel tied after it, whatever the tying word: "Text me over Telegram instead of
    # the Fiverr inbox", "ping me using Discord".
    ch = tied_channel(scan, cv, t, [c for c in tr.channels if c.start >= t.end], tr.ctx)
    if ch is not None and not tr.post:
        return InvitationMatch(t.start, ch.end, CHANNEL_VERB, ch.label)
    return None


def _contact_verb(tr: _Trigger) -> InvitationMatch | None:
    """A contact verb with a channel tied to it, with "outside Fiverr", or with "there"
    pointing back to a platform."""
    scan, cv, t, ks, text = tr.scan, tr.cv, tr.t, tr.ks, tr.scan.text
    if CONTACT not in ks and TALK not in ks:
        return None
    # "we can work in teams of two": talking together is no invitation in an ordinary word.
    tied = tr.channels if CONTACT in ks else [c for c in tr.channels if not c.ordinary]
    ch = tied_channel(scan, cv, t, tied, tr.ctx)
    if (
        ch is not None and scan.clause(ch.start) != scan.clause(t.start) and negated_after(scan, cv, ch.end)
        and (_marketplace_after(scan, cv, t.end) or _market_before(tr))
    ):
        # why (refusals): the verb's place is the marketplace and the channel of the next
        # clause is refused there ("Пишите здесь, в Instagram я не отвечаю", "Pisz tutaj, na
        # Instagramie nie odpowiadam"); not "Write me here, or on WhatsApp"
        ch = None
    if ch is not None and not ch.platform and buyers_place(scan, cv, ch.start, ch.end):
        ch = None  # "Wir können auf deiner anderen Website weitermachen": the buyer's own site
    if ch is not None and t.text.split()[-1] in cv.possessives and not _imperative(scan, cv, t):
        ch = None  # "Every week I message my WhatsApp group": the seller's doing, no request
    if ch is not None and not ch.platform and ch.end <= t.start and key_of(t.text) in cv.ask_after:
        # a detail before a verb that also asks for it ("numaranızı yazın": write your number)
        # is its object; the request's reading judges it, work places and order numbers included
        asked = asked_before(scan, cv, t, tr.ctx)
        if asked is not None:
            return asked
        ch = None
    # why ("Zoomでのご相談はご購入後に"): talking in a meeting room after the order is the
    # session's whatever the talk verb ("consult"); a contact verb stays an invitation ("Dopo
    # l'ordine contattami su Zoom"), and so does a messenger unless a session verb
    session = tr.post and (
        _session_verb(cv, t) or (CONTACT not in ks and ch is not None and _session_room(tr, ch))
    )
    if ch is not None and (_marketplace_after(scan, cv, t.end) or _market_before(tr)) and _session_room(tr, ch):
        # why (rt22 exemption "riceverai nella chat di Fiverr il link alla call su Zoom"; rt44
        # "ご注文後、Fiverrのメッセージで日程を調整し、Zoomで打ち合わせ"): the verb's place is the
        # marketplace's own chat and the channel a meeting room whose link is sent there
        ch = None
    if ch is not None and not (session and ch.platform):
        return InvitationMatch(min(t.start, ch.start), max(t.end, ch.end), CONTACT, ch.label)
    # (a word of privacy with the marketplace as the way is discretion: "Ask me privately about NDA
    # files through Fiverr messages")
    here = cv.marketplace_means.search(text, tr.s0, tr.s1) is not None
    offs = [
        o for o in scan.triggers_in(tr.s0, tr.s1) if OFF in kinds(o) and not negated(scan, cv, o.start)
        and not (here and any(AWAY in kinds(m) and (m.start, m.end) == (o.start, o.end) for m in tr.ctx))
        and not _direct_by_market(tr, o) and not _discreet_work(tr, o) and not _direct_manner(tr, o)
        and not _privacy_of_a_thing(tr, o) and not _not_the_market(tr, o)
    ]
    if offs and not session:
        return InvitationMatch(min(t.start, offs[0].start), max(t.end, offs[0].end), OFF, None)
    away = [
        m for m in tr.ctx
        if AWAY in kinds(m) and _near(scan, t, m) and not (here and DIRECT in kinds(m))
        and not away_is_here(scan, cv, m) and not _discreet_work(tr, m) and not buyers_place(scan, cv, m.start, m.end)
        and not _privacy_of_a_thing(tr, m)
        and not thing_moved(scan, cv, t, tr.ctx, m)  # "let's move the logo somewhere else"
    ]
    if away and not negated(scan, cv, away[0].start) and not negated_after(scan, cv, max(t.end, away[0].end)) and not (
        built_moved(scan, cv, t.end, away[0].start)  # "Let's move your website somewhere else": the work moved
    ):
        # "let's continue our chat somewhere else", "dışarıdan konuşalım"
        return InvitationMatch(min(t.start, away[0].start), max(t.end, away[0].end), LEAVE, None)
    code = _scan_code(tr)
    if code is not None and not session:
        return InvitationMatch(min(t.start, code.start), max(t.end, code.end), CONTACT, None)
    there = [
        m for m in tr.ctx if THERE in kinds(m) and (
            m.start >= t.end and words_between(text, t.end, m.start) <= 2
            # (why, rt32 pointer "FB page ko, … doon ka na lang mag-message": "there" opens
            # the verb's clause where the verb comes last; not an article folded to it: "tramite la chat")
            or m.end <= t.start and scan.clause(t.start)[0] == scan.clause(m.start)[0]
            and not text[scan.clause(m.start)[0]:m.start].strip(" \n—–-,;:.!?")
            and words_between(text, m.end, t.start) <= 4
        )
    ]
    # (or the seller's own email or number: "Check my About tab for my business email and reach me there")
    if there and any(
        (c.platform or (c.private and _mine_before(cv, text, c.start))) and c.end <= t.start for c in tied
    ) and not session:
        return InvitationMatch(t.start, there[0].end, CONTACT, None)
    if there and TALK in ks and not session and _other_place_before(tr):
        # why (rt25 leaving "I also have a profile on another freelance marketplace with lower
        # fees — let's move our project there"): "there" points back to another site named before
        return InvitationMatch(t.start, there[0].end, LEAVE, None)
    return None if session else direct_contact(scan, cv, t, tr.ctx)  # "contact me directly, no fees"


def _not_the_market(tr: _Trigger, o: Match) -> bool:
    """Off-platform phrase `o` says when, not where ("outside business hours", "অফিস সময়ের বাইরে"),
    or its place modifies another thing's noun ("outside the site templates"): no leaving. One
    test for the contact verb's phrase and the phrase's own reading. why (issue 12 false alarm
    "We can work outside the site templates if you want a custom look", read by a talk verb)."""
    return timed(tr.scan, tr.cv, o.start, o.end) or place_qualified(tr.scan.text, tr.cv, o.end, tr.s1)


def _other_place_before(tr: _Trigger) -> bool:
    """Another site or platform ("another freelance marketplace", "other platforms") named
    before the verb in its sentence, not negated."""
    return any(
        OTHER_PLACE in kinds(o) and o.end <= tr.t.start and not negated(tr.scan, tr.cv, o.start)
        for o in tr.scan.triggers_in(tr.s0, tr.t.start)
    )


def _imperative(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """Contact verb `t` addresses the buyer: it opens its clause, or a word of `imperative_leads`
    ("please", "just", "feel free to") stands right before it."""
    before = _word_before(scan, t)
    return before is None or before in cv.imperative_leads


def _word_before(scan: RunScan, t: Match) -> str | None:
    """The word right before trigger `t` in its clause (within 40 characters), or None."""
    c0, _ = scan.clause(t.start)
    before = _PREV_WORD.search(scan.text, max(c0, t.start - 40), t.start)
    return None if before is None else before.group(1)


def _market_before(tr: _Trigger) -> bool:
    """The marketplace right before the verb in its clause, where the verb comes last
    ("Lütfen burada yazın")."""
    c0, _ = tr.scan.clause(tr.t.start)
    return any(
        MARKET in kinds(m) and c0 <= m.start and m.end <= tr.t.start
        and words_between(tr.scan.text, m.end, tr.t.start) <= 1
        for m in tr.ctx
    )


def _scan_code(tr: _Trigger) -> Match | None:
    """A QR code in the sentence of a contact verb, the seller's ("Check the QR code in the last
    gallery image — it opens a chat with me", "Escanea el código QR para escribirme"): a
    link the buyer scans that no text scan can read. Not the buyer's ("your QR code"), nor
    the work ("I design QR codes for your menu": no contact verb)."""
    text = tr.scan.text
    for m in tr.ctx:
        if SCAN_CODE not in kinds(m) or buyers_near(tr.scan, tr.cv, max(tr.s0, m.start - 30), 3, before=m.start):
            continue
        # Shown in the gig: scanned or looked at ("scan the QR code"), the seller's ("my QR"), or in a
        # media place of the sentence ("in the last gallery image"); not "contact me for QR codes".
        looked = any(LOOK in kinds(o) and o.end <= m.start and words_between(text, o.end, m.start) <= 2 for o in tr.ctx)
        placed = any(
            PLACE in kinds(o) and SCAN_CODE not in kinds(o) and located(tr.scan, tr.ctx, o)
            and not buyers_near(tr.scan, tr.cv, max(tr.s0, o.start - 30), 3, before=o.start)
            for o in tr.ctx
        )
        if looked or placed or _mine_before(tr.cv, text, m.start):
            return m
    return None


def _near(scan: RunScan, t: Match, m: Match) -> bool:
    """`m` within five words after trigger `t`, or within two before it in its clause
    (languages that put the verb last: "外部でお話ししましょう", "dışarıdan konuşalım")."""
    if m.start >= t.end:
        return words_between(scan.text, t.end, m.start) <= 5
    return m.end <= t.start and words_between(scan.text, m.end, t.start) <= 2 and scan.clause(m.start)[1] > t.start


def _session_verb(cv: ChannelVocab, t: Match) -> bool:
    """"we can have a", "book a": a live session's verb, which the time after the order
    makes fine; "message me", "add me", "we can continue" stay invitations then (the
    marketplace exemption softens a session, never a request to talk elsewhere)."""
    return key_of(t.text) in cv.session_verbs


def _share_or_ask(tr: _Trigger) -> InvitationMatch | None:
    """A promise of the seller's details or a request for the buyer's, with a channel
    right after ("give you my skype", "drop your email address")."""
    scan, cv, t, ks, text = tr.scan, tr.cv, tr.t, tr.ks, tr.scan.text
    if SHARE not in ks and ASK not in ks:
        return None
    if _reported(scan, cv, t):
        return None  # "Buyers often ask for my WhatsApp, but I keep everything here"
    if ASK in ks and SHARE not in ks and key_of(t.text) in cv.ask_after:
        # the verb after its object: "Numaranı bırak", "আপনার নম্বর দিন", "把你的微信发给我"
        # (a public profile asked for before the verb is the work, unless the seller then writes to
        # the buyer on it: "Instagram'ını bırak, sana yazarım")
        before = asked_before(scan, cv, t, tr.ctx, lambda d: _reaches_buyer(tr, max(d.end, t.end)))
        if before is not None or key_of(t.text) in cv.ask_after_only:
            return before  # (a detail after a verb-last request is another clause's)
    # why (rt12 placeholder): the buyer's number asked for a place in the work ("for the
    # business card", "on the button", "в шапку сайта") is the work, not a channel.
    # Not the seller's own ("and I'll send you my portfolio video").
    # A session's own word ("Coaching-Session", "chamada de vídeo") is what is held, no place a number is put in:
    # why (issue 12, rt35 "Die Coaching-Session machen wir per WhatsApp-Videoanruf, schickt mir vorher eure Nummer").
    worked = SHARE not in ks and any(
        kinds(m) & {CUE, PLACE} and not _session_word(tr, m) and not _in_channel(m, tr.channels)
        and not _mine_before(cv, text, m.start)
        for m in tr.ctx
    )
    for c in tr.channels:
        # (a contact detail may begin inside the verb's phrase: "ask me for my" + "my contact details";
        # not a link: "here is my link to go through my gig")
        after = c.start >= t.end or (c.private and t.start < c.start < t.end < c.end)
        if after and words_apart(text, t, c) <= (3 if SHARE in ks else 2):
            # (a public profile asked for is the work, unless the seller then messages the buyer on it:
            # "Drop your Instagram and I'll DM you", why: the brief's known miss)
            if ASK in ks and SHARE not in ks and (not c.private or worked) and not _reaches_buyer(tr, c.end):
                continue
            if ASK in ks and SHARE not in ks and key_of(text[c.start:c.end]) in cv.look_keys:
                continue  # "send me your purple logo draft": the buyer's own app or logo, no channel of theirs
            if negated(scan, cv, c.start) or _session_room(tr, c) or contact_person(cv, text, c):
                continue
            return InvitationMatch(t.start, c.end, SHARE if SHARE in ks else ASK, c.label)
    if SHARE in ks and key_of(t.text) in cv.share_after:
        # the verb after its object: "IBAN'ımı paylaşırım", "number de dunga"
        for c in tr.channels:
            if c.end <= t.start and words_between(text, c.end, t.start) <= 2 and not negated(scan, cv, c.start):
                if _session_room(tr, c):
                    continue
                return InvitationMatch(c.start, t.end, SHARE, c.label)
    return _detail_of_platform(scan, t, ks, [c for c in tr.channels if not _session_room(tr, c)], tr.ctx)


def _session_word(tr: _Trigger, m: Match) -> bool:
    """Context word `m` is a session's, or the first part of its name ("video call"), or its
    second behind a preposition ("chamada de vídeo"): what is held, no piece of the work. Not a
    noun right after a session's word ("coaching certificate": a certificate)."""
    if SESSION in kinds(m):
        return True
    text = tr.scan.text
    for s in tr.ctx:
        if SESSION not in kinds(s) or s is m:
            continue
        if m.end <= s.start and words_between(text, m.end, s.start) == 0:
            return True
        if s.end <= m.start and words_between(text, s.end, m.start) == 1 and any(
            MARK in kinds(k) and s.end <= k.start and k.end <= m.start for k in tr.ctx
        ):
            return True
    return False


# Words between the seller ("I") and a verb of talking, and between the verb and "you".
_SELLER_REACH = 2
# Words after the detail asked for up to its sentence's end for the next sentence to answer it
# ("What's your Instagram handle? I'll DM you there": none).
_ASK_CLOSES = 2


def _reaches_buyer(tr: _Trigger, end: int) -> bool:
    """The detail asked for is how the seller reaches the buyer: after it in its sentence, or
    in the next one when the request closes its own ("What's your Instagram? I'll DM you
    there"), the seller's "I", a verb of talking or contact within two words, "you" right
    after it ("send me your phone number so I can call you and walk you through the
    packages"), or a phrase holding all three (`reach_buyer`: "te escribo por DM", "ti
    scrivo io"). A work word elsewhere in the sentence ("packages") does not make that
    detail the work. Not a next sentence on the marketplace ("I'll message you here on
    Fiverr when the drafts are ready"). why (rt34 wording; the next sentence)."""
    scan, text = tr.scan, tr.scan.text
    windows = [(end, tr.s1, [m for m in tr.ctx if m.start >= end])]
    n0, n1 = scan.sentence(tr.s1)
    if n0 >= tr.s1 and words_between(text, end, tr.s1) <= _ASK_CLOSES:
        nxt = scan.context(tr.cv, n0, n1)
        if not any(MARKET in kinds(m) for m in nxt):
            windows.append((n0, n1, nxt))
    return any(_seller_messages_you(tr, a, b, after) for a, b, after in windows)


def _seller_messages_you(tr: _Trigger, a: int, b: int, after: list[Match]) -> bool:
    """In [a, b) with its context words `after`: the seller messaging "you" (`_reaches_buyer`)."""
    text = tr.scan.text
    if tr.cv.reach_buyer.search(text, a, b) is not None:
        return True
    verbs = [m for m in after if CONV in kinds(m)]
    # "text", "DM" (a handle verb too: "I'll DM you")
    verbs += [o for o in tr.scan.triggers_in(a, b) if kinds(o) & {CONTACT, CHANNEL_VERB, HANDLE_VERB}
              and o.text not in tr.cv.public_handle_verbs]  # ("I'll follow you back": a growth job)
    for v in verbs:
        me = any(
            PERSON in kinds(p) and p.text in tr.cv.seller_subjects and p.end <= v.start
            and words_between(text, p.end, v.start) <= _SELLER_REACH for p in after
        )
        you = any(
            kinds(y) & {PERSON, TOGETHER} and y.start >= v.end and words_between(text, v.end, y.start) == 0
            and y.text not in tr.cv.seller_subjects and y.text not in tr.cv.to_me for y in after
        )
        if me and you:
            return True
    return False


def _session_room(tr: _Trigger, c: Channel) -> bool:
    """A meeting room's link (`session_hosts`: Zoom, Meet, Teams) promised for the time
    after the order, or sent through the marketplace's own messages: the session's link,
    sent where the order is ("ご購入後、Zoomのリンクをトークルームでお送りします",
    "ipapadala ko ang Zoom link sa Fiverr chat"). why (rt14/rt15 on-platform): GC205
    notes the session; the promise of a messenger ("give you my WhatsApp") stays an error."""
    hosts = {p.label for pid, p in tr.cv.platforms.items() if pid in tr.cv.session_hosts}
    if not c.platform or c.label not in hosts:
        return False
    return tr.post or any(MARKET in kinds(m) for m in tr.ctx)


# How many words before a verb its reported subject and words of frequency may take.
_REPORT_REACH = 5
# Kinds of leaving whose report by others may be declined; how far the decline may stand.
_LEAVING = frozenset({LEAVE, TALK, OFF, TALK_AWAY, CONTACT, CHANNEL_VERB})
_DECLINE_REACH = 120
_NEXT_OPENING = 24  # characters of the next sentence where the decline may open it
_SENTENCE_END = cached_regex(r"[.!?\n。！？]")


def _refusal(scan: RunScan, cv: ChannelVocab, t: Match, ks: frozenset[str]) -> bool:
    """Refusals the negations do not read: a private word of keeping ("I keep my WhatsApp
    private"), others' wish to leave declined ("Clients sometimes want to talk outside
    the platform; I politely decline")."""
    return (PRIVATE in ks and kept_private(scan, cv, t)) or (bool(ks & _LEAVING) and _declined_report(scan, cv, t))


# How many words before a phrase of leaving its reported subject may stand ("Some buyers
# want to move the chat outside Fiverr").
_SUBJECT_REACH = 8


def _declined_report(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """Others want to leave (their subject earlier in the clause) and the seller declines
    it within the sentence or right after a ";" ("Some buyers want to move the chat
    outside Fiverr, I always say no")."""
    text = scan.text
    c0, _ = scan.clause(t.start)
    words = [w.strip(".,;:!?") for w in text[max(c0, t.start - _DECLINE_REACH):t.start].split()[-_SUBJECT_REACH:]]
    pairs = [" ".join(words[i:i + 2]) for i in range(len(words))]
    if not any(w in cv.reporting_subjects for w in (*words, *pairs)) or any(
        w in cv.reporting_modals for w in (*words, *pairs)
    ):
        return False  # (not "They can reach me outside Fiverr")
    stop = _SENTENCE_END.search(text, t.end, t.end + _DECLINE_REACH)
    end = stop.start() if stop else t.end + _DECLINE_REACH
    if stop is not None:
        # or opening the next sentence: "Then he wanted to talk outside the platform. I refused."
        end = stop.end() + _NEXT_OPENING
    return cv.reporting_declines.search(text, t.end, end) is not None


def _reported(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """Others are the subject of the request `t`, right before it in its clause (words of
    frequency between): "Buyers often ask for my WhatsApp", "Many clients ask me for my
    number". Reported, not the seller's promise; a modal breaks it ("Buyers can ask for
    my WhatsApp" invites)."""
    c0, _ = scan.clause(t.start)
    _, s1 = scan.sentence(t.start)
    after = [w.strip(".,;:!?") for w in scan.text[t.end:min(s1, t.end + _DECLINE_REACH)].split()]
    if any(w in cv.reporting_given and not set(after[i + 1:i + 2]) & cv.to_me for i, w in enumerate(after)):
        return False  # "VIP clients ask for my number and get it": given after all (not "give me a credit")
    words = [w.strip(".,;:!?") for w in scan.text[max(c0, t.start - _DECLINE_REACH):t.start].split()[-_REPORT_REACH:]]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in cv.reporting_subjects or " ".join(words[max(0, i - 1):i + 1]) in cv.reporting_subjects:
            return True
        if words[i] not in cv.reporting_gaps:
            return False
    return False


def _in_channel(m: Match, channels: list[Channel]) -> bool:
    return any(c.start <= m.start and m.end <= c.end for c in channels)


def _mine_before(cv: ChannelVocab, text: str, at: int) -> bool:
    """Whether one of the two words right before `at` is the seller's possessive ("my portfolio video")."""
    words = text[max(0, at - 40):at].casefold().split()[-2:]
    return any(w in cv.mine_before for w in words)


def _search(tr: _Trigger) -> InvitationMatch | None:
    """"google my name", "search my name on Facebook", "Google 'SmileSocial Leeds'"."""
    scan, cv, t, ks, text = tr.scan, tr.cv, tr.t, tr.ks, tr.scan.text
    if SEARCH in ks:
        # "google my name and you'll find my direct email": a channel after it
        plats = [c for c in tr.channels if (c.platform or c.private) and c.start >= t.end]
        if plats:
            return InvitationMatch(t.start, plats[0].end, SEARCH, plats[0].label)
        return _search_route(tr) or _recipe(tr, t.end) or InvitationMatch(t.start, t.end, SEARCH, None, vague=True)
    if SEARCH_CH in ks:
        plats = [c for c in tr.channels if (c.platform or c.private) and c.start >= t.end]
        if plats:
            return InvitationMatch(t.start, plats[0].end, SEARCH, plats[0].label)
        end = _business_name(scan, cv, t.end)
        if end is not None and not _marketplace_after(scan, cv, end):
            return InvitationMatch(t.start, end, SEARCH, None)  # "just google 'SmileSocial Leeds'"
        found = _found_away(tr) or searched_identity(scan, cv, t, tr.channels, tr.ctx)
        if found is not None and found.vague:
            found = _recipe(tr, found.end) or found
        if found is not None:
            return found  # (or "search my shop name": the seller's name after "search my")
    if ks & {SEARCH_NAME, SEARCH_ID} and _search_asked(tr):
        # An imperative with a quoted name: "Google 'SmileSocial Leeds'", not "customers
        # google 'Best Pizza'" nor a title-case heading ("Search Engine Optimization").
        # A name of capitalised words with the platform after it: "Busca Lucía Diseños en Facebook".
        at = _past_fillers(cv, text, t.end)  # "Sucht einfach 'Lena Grafik' auf Instagram"
        quoted = _business_name(scan, cv, at, quoted_only=True)
        end = quoted if quoted is not None else _business_name(scan, cv, at)
        # why (rt14 pointer): a name searched ON the marketplace is its own search
        # box ('Search "Nordic Pine Studio" on Fiverr to see my other gigs').
        if end is None or _marketplace_after(scan, cv, end):
            return None
        on = searched_business(scan, cv, t, end, tr.channels)
        if on is not None or third_party(cv, text, end, tr.s1):
            return on  # (not a client's name: "… to see my past work for them")
        # why (the brief's 'Search "Nike Running" on Instagram for inspiration'): a quoted
        # name searched for the work's sake, past any platform named, is no pointer to the seller
        if SEARCH_NAME in ks and quoted is not None and not others_purpose(scan, cv, _past_platform(tr, end), tr.s1):
            return InvitationMatch(t.start, end, SEARCH, None)
    return None


def _past_platform(tr: _Trigger, end: int) -> int:
    """The end of a platform named right after a searched name ending at `end`, else `end`."""
    plat = platform_after_name(tr.scan.text, end, tr.channels)
    return plat.end if plat is not None else end


def _search_asked(tr: _Trigger) -> bool:
    """Search verb `tr.t` opens its sentence, or only words of `imperative_leads` stand before
    it ("Just search …", "Bitte sucht …")."""
    return _imperative_lead(tr.cv, tr.scan.text, tr.s0, tr.t.start)


def _imperative_lead(cv: ChannelVocab, text: str, s0: int, start: int) -> bool:
    """Only words of `imperative_leads` stand between sentence start `s0` and `start`."""
    lead = text[s0:start].strip(" \t-–—*•>\"'“")
    return all(w in cv.imperative_leads for w in lead.split())


_FILLER = cached_regex(r"[ \t]+([^\W\d_]+)")


def _past_fillers(cv: ChannelVocab, text: str, end: int) -> int:
    """The end of up to two words of `search_fillers` right after `end` ("einfach mal"), else `end`."""
    for _ in range(2):
        m = _FILLER.match(text, end)
        if m is None or m.group(1) not in cv.search_fillers:
            break
        end = m.end()
    return end


# A word joined to the searched name by "+" ("my full name + 'photography'", "il mio nome e
# cognome + fotografia"), at most three words after the name: the exact query, written out.
_RECIPE = cached_regex(r"(?:[ \t]{1,3}[^\W\d_]{1,12}){0,3}[ \t]*\+[ \t]*[\"'“‘«]?[^\W\d_]{3,}")


def _recipe(tr: _Trigger, end: int) -> InvitationMatch | None:
    """The seller's name searched with a word added ("Google my full name + 'photography'"):
    a query that finds the seller, as an address made by a rule is one written (an error);
    "google my name" alone stays a hint. why (the brief's leftover)."""
    m = _RECIPE.match(tr.scan.text, end)
    if m is None or m.end() > tr.s1:
        return None
    return InvitationMatch(tr.t.start, m.end(), SEARCH, None)


def _search_route(tr: _Trigger) -> InvitationMatch | None:
    """A contact form the search leads to, later in the sentence ("google my studio name
    ... and use the contact form"), not the marketplace's."""
    route = tr.cv.contact_routes.search(tr.scan.text, tr.t.end, tr.s1)
    if route is None or _marketplace_after(tr.scan, tr.cv, route.end()):
        return None
    return InvitationMatch(tr.t.start, route.end(), SEARCH, None)


# How many words may stand between "find me" and where ("Man findet mich auch woanders").
_AWAY_REACH = 3


def _found_away(tr: _Trigger) -> InvitationMatch | None:
    """The seller found off the marketplace: a search verb with the seller as its object
    and a word of elsewhere right after it, no channel named ("Man findet mich auch
    woanders", "Мене можна знайти й деінде", "find me somewhere else"): `elsewhere`'s
    warning (the lexicon reads "findet mich" before any longer phrase that overlaps it)."""
    scan, cv, t = tr.scan, tr.cv, tr.t
    _, c1 = scan.clause(t.end)
    away = [
        m for m in tr.ctx
        if AWAY in kinds(m) and t.end <= m.start < c1 and words_between(scan.text, t.end, m.start) <= _AWAY_REACH
    ]
    if not away or negated(scan, cv, away[0].start) or negated_after(scan, cv, away[0].end):
        return None
    return elsewhere(scan, cv, t, tr.channels, tr.ctx)


def _arranged(tr: _Trigger) -> InvitationMatch | None:
    """"find another arrangement" (direct_deals.arrangement); "privately, not here" (away_hints.not_here);
    "we settle the rest between us" (direct_deals.settled_between)."""
    if ARRANGE in tr.ks:
        return arrangement(tr.scan, tr.cv, tr.t, tr.channels)
    if WAYS in tr.ks:
        return ways_asked(tr.scan, tr.cv, tr.t)
    if SETTLE in tr.ks:
        return settled_between(tr.scan, tr.cv, tr.t, tr.channels, tr.ctx)
    if REMAINDER in tr.ks:
        return rest_away(tr.scan, tr.cv, tr.t, tr.ctx)
    return not_here(tr.scan, tr.cv, tr.t, tr.ctx, tr.channels) if NOT_HERE in tr.ks else None


def _talked_away(tr: _Trigger) -> InvitationMatch | None:
    """Talking with a word of elsewhere by it ("Prefiro falar por fora", "Ich rede lieber woanders
    mit dir", "我们换个地方聊吧"): leaving (an error); never with a channel alone ("Je peux parler
    de votre marque sur Instagram" is the work), nor negated ("Rede nicht woanders")."""
    if TALK_AWAY not in tr.ks:
        return None
    scan, cv, t = tr.scan, tr.cv, tr.t
    away = [
        m for m in tr.ctx if AWAY in kinds(m) and _near(scan, t, m) and not negated(scan, cv, m.start)
        and not timed(scan, cv, m.start, m.end)  # "Mesai saatleri dışında da konuşabiliriz"
        and not away_is_here(scan, cv, m)  # "Ne parliamo in privato nella chat di Fiverr"
    ]
    if not away or negated_after(scan, cv, max(t.end, away[0].end)) or buyers_near(scan, cv, t.end, 3):
        return None  # (not "parler de votre marque ailleurs": the buyer's, the work)
    c0, c1 = scan.clause(away[0].start)
    if any(PLACE in kinds(m) and c0 <= m.start < c1 for m in tr.ctx):
        return None  # "ailleurs sur le web dans mes articles": where the work is shown
    return InvitationMatch(min(t.start, away[0].start), max(t.end, away[0].end), LEAVE, None)


def _purposed(tr: _Trigger) -> InvitationMatch | None:
    """The buyer's detail named for the seller's sending ("Your email, so I can send the drafts there",
    detail_purpose.py)."""
    return detail_for_reaching(tr.scan, tr.cv, tr.t, tr.ctx) if PURPOSE in tr.ks else None


def _required(tr: _Trigger) -> InvitationMatch | None:
    """The buyer's email or number asked for in the requirements (requirements_ask.py)."""
    return asked_in_requirements(tr.scan, tr.cv, tr.t, tr.ctx) if REQS in tr.ks else None



def _profile(tr: _Trigger) -> InvitationMatch | None:
    """Details hidden in a profile picture, with one of the seller's channels."""
    if PROFILE not in tr.ks:
        return None
    if any(w.casefold() in tr.cv.clientele_nouns for w in tr.t.text.split()):
        return None  # "I blurred the phone number in my client video": the client's video, the work
    if work_put_in(tr.scan, tr.cv, tr.s0, tr.s1):
        return None  # "LINE公式アカウントのQRコードをプロフィール画像に入れます": the code put in, a design job
    mine = [
        c for c in tr.channels
        if not _buyers(tr.scan, tr.ctx, c.start) and not (c.platform and is_subject(tr.scan, tr.cv, c.start, c.end))
        and not owned_after(tr.scan, tr.cv, c, tr.ctx)  # "На баннере будет номер WhatsApp вашего магазина"
    ]
    if mine:
        return InvitationMatch(min(tr.t.start, mine[0].start), tr.t.end, PROFILE, mine[0].label)
    return None


def _pointer(tr: _Trigger) -> InvitationMatch | None:
    if WHERE not in tr.ks:
        return None
    return _pointed(tr.scan, tr.cv, tr.t, tr.channels, tr.ctx)


def _off_platform(tr: _Trigger) -> InvitationMatch | None:
    """Leaving the platform said outright, by the seller to the buyer: with a contact
    verb or a channel ("contact me outside Fiverr", "use the contact form on my website
    instead of ordering here"), not a report of what others do ("buyers often ask for
    off-Fiverr communication")."""
    scan, cv, t, s0, s1 = tr.scan, tr.cv, tr.t, tr.s0, tr.s1
    if OFF not in tr.ks or (tr.post and any(SESSION in kinds(m) for m in tr.ctx)):
        return None  # "after the order, a call outside the Fiverr inbox": GC205's session
    if _direct_by_market(tr) or _direct_manner(tr, t) or _discreet_work(tr, t) or _privacy_of_a_thing(tr, t):
        return None
    if _not_the_market(tr, t):
        return None
    # "Parliamone in privato prima dell'ordine": a private talk before the order, whatever its verb
    pre = private_before_order(scan, cv, t, tr.ctx) if _only_privacy(tr, t) else None
    if pre is not None:
        return pre
    if tr.channels or _has_kind(scan, s0, s1, CONTACT, cv) or _has_kind(scan, s0, s1, TALK, cv):
        if _private_word(tr) and cv.marketplace_means.search(scan.text, s0, s1):
            return None  # "Ask me privately about NDA files through Fiverr messages": discretion
        return InvitationMatch(t.start, t.end, OFF, None)
    markets = [
        m for m in tr.ctx if MARKET in kinds(m) and m.start >= t.end and words_between(scan.text, t.end, m.start) <= 4
    ]
    if markets and _denied(scan, cv, t, markets[0]):
        # "I handle big projects privately, not through here", "por fuera, no por aquí"
        return InvitationMatch(t.start, markets[0].end, LEAVE, None)
    if any(not left_place(scan, m) for m in markets):
        # "privately, through the Fiverr order page": the marketplace's own; not a marketplace
        # named as the place left ("privately, outside Fiverr" leaves it.)
        return None
    if _own_price_by(scan, cv, t):
        return InvitationMatch(t.start, t.end, OFF, None)  # "my off-Fiverr rate", "mi tarifa fuera de Fiverr"
    if history_by(scan, cv, t):
        return None  # "My off-Fiverr experience includes agency work": the seller's past, no invitation
    if dealt_there(scan, cv, t, tr.ctx) and not _private_word(tr):
        return InvitationMatch(t.start, t.end, OFF, None)  # "Monthly retainer available outside this site"
    ks_ctx = [kinds(m) for m in tr.ctx]
    # why (rt14/rt15 leaving: "on peut s'arranger en dehors de la plateforme", "possiamo
    # accordarci privatamente"): a word of settling the deal is a word of dealing there too
    # (not a pay word: paying outside is the payment rules', refusals and reports included).
    ks_ctx = [k | {CONV} if SETTLING in k and PAY_VERB not in k else k for k in ks_ctx]
    if _work_object_before(scan, cv, t):
        return None  # "Ödemeden sonra dosyaları doğrudan bana gönderin": the work sent to the seller
    if any(CONV in k for k in ks_ctx) and any(k & {PERSON, TOGETHER} for k in ks_ctx):
        # "if we work outside the platform" asks to; "I work faster outside this site" hints.
        # ("für dich erreichbar": said to the buyer, a private line promised)
        together = any(TOGETHER in k for k in ks_ctx) or for_the_buyer(scan, cv, s0, s1)
        if _private_word(tr) and not _private_deal(tr):
            return None  # "We can work privately on your NDA documents": discretion
        return InvitationMatch(t.start, t.end, OFF, None, vague=not together)
    return None


_OBJECT_BACK = 40  # characters before an off-platform phrase read for the work sent ("dosyaları doğrudan bana")


def _work_object_before(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """A work object (`sent_work_objects`: "dosyaları", "the files") right before off-platform
    phrase `t` in its sentence, no word between: what goes "directly to me" is the work."""
    s0, _ = scan.sentence(t.start)
    return pay_words(cv).work_object_before(scan.text, max(s0, t.start - _OBJECT_BACK), t.start, 0) is not None


# How far a price noun may stand from the off-platform phrase, and the possessive from it.
_PRICE_REACH = 24


def _own_price_by(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """The seller's own price next to the off-platform phrase `t`, before it ("my rate
    outside Fiverr", "mi tarifa fuera de Fiverr") or after it ("my off-Fiverr rate"): a
    price for dealing outside. Not prices at large ("prices outside Fiverr are higher")."""
    text = scan.text
    after = cv.prices.match(text, t.end + 1) if text[t.end:t.end + 1] in (" ", "-") else None
    if after is not None:
        return cv.sellers.search(text, max(0, t.start - _PRICE_REACH), t.start) is not None
    before = [m for m in cv.prices.finditer(text, max(0, t.start - _PRICE_REACH), t.start)]
    return any(
        words_between(text, m.end(), t.start) <= 1
        and cv.sellers.search(text, max(0, m.start() - _PRICE_REACH), m.start()) is not None
        for m in before
    )


def _denied(scan: RunScan, cv: ChannelVocab, t: Match, market: Match) -> bool:
    """A negation between off-platform phrase `t` and the marketplace right after it ("privately,
    not through here"): the marketplace said not to be the way, not the way itself."""
    return any(
        NEG in kinds(m) and t.end <= m.start and m.end <= market.start
        and words_between(scan.text, m.end, market.start) <= 1
        for m in scan.context(cv, t.end, market.start)
    )


def _direct_by_market(tr: _Trigger, o: Match | None = None) -> bool:
    """"You work directly with me, no middlemen: I deliver everything through the Fiverr order
    page", "Sie arbeiten direkt mit mir … über die Fiverr-Bestellseite": directness (a
    `direct_words` entry inside the phrase) with the marketplace as the way in its sentence and
    no channel, fee, saving or later order there is the seller's manner, not leaving..
    The phrase itself may be one of leaving ("seedha mujhse"): only the others in the sentence count."""
    scan, cv, t = tr.scan, tr.cv, o or tr.t
    if tr.channels or not any(DIRECT in kinds(m) and t.start <= m.start and m.end <= t.end for m in tr.ctx):
        return False
    s1 = tr.s1
    if 0 < s1 < len(scan.text) and scan.text[s1 - 1] in ";:":
        s1 = scan.sentence(s1)[1]  # "…, ohne Zwischenhändler; alle Dateien liefere ich über Fiverr"
    means = cv.marketplace_means.search(scan.text, tr.s0, s1)
    if means is None or negated(scan, cv, means.start()) or market_way_left(scan, cv, *means.span()) or any(
        NEG in kinds(m) and m.end <= means.start() and words_between(scan.text, m.end, means.start()) <= 1
        for m in scan.context(cv, tr.s0, means.start())
    ):
        return False  # "privately, not through Fiverr"
    return not any(
        kinds(o) & {CHEAPER, LEAVE, FEE_SKIP, LATER, ELSEWHERE} and (o.start, o.end) != (t.start, t.end)
        for o in scan.triggers_in(tr.s0, s1)
    ) and not any(TIE in kinds(m) and MARKET not in kinds(m) for m in scan.context(cv, tr.s0, s1))


def _leaving_besides(tr: _Trigger, o: Match, settled: bool = True) -> bool:
    """Something in `o`'s sentence besides the off-platform phrase `o` that makes it leaving: a
    channel, the fees or a saving (`TIE` other than the marketplace's name), a deal or settling
    word (a settling word only when `settled`), paying, the orders to come, or another phrase
    of leaving or of another place."""
    scan = tr.scan
    deal = {DEAL, SETTLING, PAY_VERB, POST} if settled else {DEAL, PAY_VERB, POST}
    return bool(tr.channels) or any(
        kinds(m) & deal or (TIE in kinds(m) and MARKET not in kinds(m)) for m in tr.ctx
    ) or any(
        o2 is not o and (kinds(o2) & {CHEAPER, LEAVE, FEE_SKIP, LATER, ELSEWHERE, OTHER_PLACE}
                         or (OFF in kinds(o2) and not _within_direct(tr, o2)))
        and not negated(scan, tr.cv, o2.start)
        for o2 in scan.triggers_in(tr.s0, tr.s1)
    )


def _within_direct(tr: _Trigger, o: Match) -> bool:
    """Off-platform phrase `o` holds a word of directness ("directly with me", "direto comigo")."""
    return any(DIRECT in kinds(m) and o.start <= m.start and m.end <= o.end for m in tr.ctx)


def _direct_manner(tr: _Trigger, o: Match) -> bool:
    """"You work directly with me, no middlemen", "Sie arbeiten direkt mit mir": an off-platform
    phrase that is only directness, with nothing else in its sentence that leaves (no channel,
    fee, saving, deal, payment, later order or place left), is the seller's manner: who does the
    work, not where it goes. The marketplace named as the way is `_direct_by_market`'s. why
    (leftover FP "You work directly with me, no middlemen")."""
    return (
        kinds(o) & {OFF, LEAVE, CHEAPER, LATER} == {OFF} and _within_direct(tr, o)
        and not _only_privacy(tr, o) and not _leaving_besides(tr, o)
    )


def _discreet_work(tr: _Trigger, o: Match) -> bool:
    """"We can work privately on your NDA documents": a word of privacy with a verb of working
    (not of talking) on the buyer's things and nothing else that leaves in the sentence is
    discretion about the work ("let's work privately" alone stays a request).
    "We can finish the deal privately", "let's talk privately" and "privately, no fees" stay
    requests. why (leftover FP)."""
    o = _as_trigger(tr, o)
    if not _only_privacy(tr, o) or not any(WORK in kinds(m) for m in tr.ctx):
        return False
    # the buyer's data right before it ("tratando tus datos en privado") is what a verb of
    # handling ("we handle your data privately") settles, not a deal (why: issue 12 false alarm)
    data = _buyers_data_before(tr, o)
    # or the buyer's things worked on after it
    return (data or any(CUE_BEFORE in kinds(m) and m.start >= o.end for m in tr.ctx)) and not _leaving_besides(
        tr, o, settled=not data
    )


def _as_trigger(tr: _Trigger, o: Match) -> Match:
    """The off-platform trigger of context word `o`'s span, or `o`: a context word stands for
    that trigger, which is no leaving besides itself (`_leaving_besides`)."""
    return next((x for x in tr.scan.triggers_in(o.start, o.end) if (x.start, x.end) == (o.start, o.end)), o)


def _buyers_data_before(tr: _Trigger, o: Match) -> bool:
    """The buyer's data, files or documents (`private_things` after a second-person possessive)
    right before word of privacy `o` ("tus datos en privado", "your files privately"): how the
    work keeps a thing, not where the talk goes."""
    text = tr.scan.text
    words = list(_WORD.finditer(text, max(tr.s0, o.start - 40), o.start))
    if not words or text[words[-1].end():o.start].strip() or words[-1].group(0).casefold() not in tr.cv.private_things:
        return False
    at = words[-1].start()
    return any(CUE_BEFORE in kinds(m) and m.end <= at and words_between(text, m.end, at) == 0 for m in tr.ctx)


def _privacy_of_a_thing(tr: _Trigger, o: Match) -> bool:
    """Word of privacy `o` qualifies the participle right after it, not the place the talk goes
    ("We continue privately funded research", "privately owned brands"). "We continue privately"
    stays a request."""
    o = _as_trigger(tr, o)
    if not _only_privacy(tr, o) or _leaving_besides(tr, o):
        return False
    text = tr.scan.text
    if not text[o.start:o.end].endswith("ly"):
        return False  # an English adverb ("privately"), not a place ("somewhere less restricted")
    nxt = _WORD.match(text, o.end + 1) if text[o.end:o.end + 1] == " " else None
    return nxt is not None and _PARTICIPLE.fullmatch(nxt.group(0)) is not None


# An English past participle ("funded", "owned", "held"): what an adverb of privacy before it qualifies.
_PARTICIPLE = cached_regex(r"[a-z]{2,}ed|held|run|built|kept")


def _private_word(tr: _Trigger) -> bool:
    """The off-platform phrase is only a word of privacy ("privately", "en privado"), also
    an `away_words` entry: a request with "we" and a deal word ("we can finish the deal
    privately"), never a hint by itself. Not when the sentence also names the place left
    ("retainers are arranged privately, off this site"): the privacy is of the leaving.
    why (rt29 leaving)."""
    return _only_privacy(tr, tr.t) and not any(
        o is not tr.t and OFF in kinds(o) and not _only_privacy(tr, o) and not negated(tr.scan, tr.cv, o.start)
        for o in tr.scan.triggers_in(tr.s0, tr.s1)
    )


def _only_privacy(tr: _Trigger, o: Match) -> bool:
    """Off-platform phrase `o` is a word of privacy (an `away_words` entry spanning it)."""
    return any(AWAY in kinds(m) and m.start == o.start and m.end == o.end for m in tr.ctx)


def _detail_of_platform(
    scan: RunScan, t: Match, ks: frozenset[str], channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """"ask me for my ID", "send your handle" with a platform named in the sentence
    ("I prefer working via Skype, ask me for my ID"): the detail is that platform's. A
    buyer is asked for a messenger's only (their social profile is often the work)."""
    text = scan.text
    for d in ctx:
        if DETAIL in kinds(d) and d.start >= t.end and words_between(text, t.end, d.start) <= 2:
            for c in channels:
                if c.platform and (SHARE in ks or c.private):
                    return InvitationMatch(t.start, d.end, SHARE if SHARE in ks else ASK, c.label)
            return None
    return None


def _pointed(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """"my number is on my website", "my WhatsApp is in the last image of the gallery",
    "you'll find my email in the video": one of the seller's channels right before the
    phrase (or right after "you'll find my"), and a place for it (an image, a website, a
    platform) within five words after."""
    text = scan.text
    mine = None
    for c in channels:
        if not (c.private or c.platform) or (c.platform and is_subject(scan, cv, c.start, c.end)):
            continue  # "my WhatsApp chatbot template is shown in the video": the work
        if c.end <= t.start and words_between(text, c.end, t.start) <= 1 and (
            _sellers(cv, text, c.start) or _sellers_within(cv, text, c.start, c.end) or _sellers_after(cv, text, c.end)
            or c.platform and subject_account(scan, c, ctx) and not _buyers(scan, ctx, c.start)
        ):
            mine = c  # "my Skype name is written …", "the WhatsApp number is on the cover image"
        elif c.start >= t.end and words_between(text, t.end, c.start) <= 1 and text[t.start:t.end].endswith("my"):
            mine = c  # "you'll find my email …"
            break
    if mine is None:
        return _detail_in_my_place(scan, cv, t, channels, ctx)
    after = max(t.end, mine.end)
    for p in ctx:
        if p.start >= after and PLACE in kinds(p) and words_between(text, after, p.start) <= 5:
            return InvitationMatch(min(t.start, mine.start), p.end, WHERE, mine.label)
    for c in channels:
        if (
            c is not mine
            and (c.platform or not c.private)
            and c.start >= after
            and words_between(text, after, c.start) <= 5
        ):
            return InvitationMatch(min(t.start, mine.start), c.end, WHERE, mine.label)
    return None


# How far after "is on" the seller's place may stand ("in the footer of every PDF in my portfolio").
_PLACE_WORDS = 8


def _detail_in_my_place(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """A detail or a bare channel word right before `t` ("The link is on my portfolio
    image", "Email is written in the footer of every PDF in my portfolio") said to be in
    a place of the seller's own: a place within `_PLACE_WORDS` words after, a first-person
    possessive right before it. Not "the download link is in the PDF" (no "my": the
    deliverable) nor "your email is in the footer of my template" (the buyer's)."""
    text = scan.text
    before = [
        (m.start, None) for m in ctx
        if DETAIL in kinds(m) and m.end <= t.start and words_between(text, m.end, t.start) <= 1
    ] + [
        (c.start, c.label) for c in channels
        if c.private and c.end <= t.start and words_between(text, c.end, t.start) <= 1
        and not _buyers(scan, ctx, c.start)
    ]
    if not before:
        return None
    start, label = before[0]
    for p in ctx:
        near = p.start >= t.end and PLACE in kinds(p) and words_between(text, t.end, p.start) <= _PLACE_WORDS
        if near and _sellers(cv, text, p.start):
            return InvitationMatch(start, p.end, WHERE, label)
    return None


# The seller's own: "my phone number", "our business WhatsApp".


def _sellers(cv: ChannelVocab, text: str, start: int) -> bool:
    return cv.sellers.search(text, max(0, start - 30), start) is not None


def _sellers_within(cv: ChannelVocab, text: str, start: int, end: int) -> bool:
    """The channel's own first word is the seller's possessive ("meu número", "mes
    coordonnées", "мои контакты" are listed whole)."""
    space = text.find(" ", start, end)
    if space <= start:
        return False
    # (or its second word after an article, "os meus contactos"; read from the space before it, on which
    # the pattern opens)
    second = text.find(" ", space + 1, end)
    return cv.sellers.search(text, max(0, start - 1), (second if second > 0 else space) + 1) is not None


def _sellers_after(cv: ChannelVocab, text: str, end: int) -> bool:
    """The seller's possessive right after the detail ("Email saya ada di profil LinkedIn saya",
    "Telegram ko"). why (pointer probes)."""
    nxt = text[end:end + 16].split()
    return bool(nxt) and nxt[0].strip(".,:;") in cv.mine_after


def _buyers(scan: RunScan, ctx: list[Match], at: int) -> bool:
    """A channel that belongs to the buyer's work: a work cue ("your", "integrate") within
    four words before it in its clause ("a flyer with your logo and WhatsApp number")."""
    c0, _ = scan.clause(at)
    text = scan.text
    return any(
        CUE_BEFORE in kinds(m) and c0 <= m.start and m.end <= at and words_between(text, m.end, at) <= 4 for m in ctx
    )


# A quoted name ("just google 'SmileSocial Leeds'", "Cercami su Google: «Studio Ferri»"):
# quotes of any kind around a name that starts with a capital letter, a colon or a dash
# before it.
_QUOTED = cached_regex(r"[ \t]*(?:[:\-–—][ \t]*)?[\"'“‘«„]([^\"'“”‘’«»\n]{2,60})[\"'”’»“]")


def _business_name(scan: RunScan, cv: ChannelVocab, end: int, quoted_only: bool = False) -> int | None:
    """The end of a business or page name right after `end`: quoted and capitalised, or
    (unless `quoted_only`) two to five capitalised words."""
    text = scan.text
    q = _QUOTED.match(text, end)
    if q is not None:
        return q.end() if scan.words.original(q.start(1), q.start(1) + 1).isupper() else None
    if quoted_only:
        return None
    i = end
    while i < len(text) and text[i] in " \t":
        i += 1
    return capitalized_name(scan.words, cv, i) if i > end else None


def _has_kind(scan: RunScan, a: int, b: int, kind: str, cv: ChannelVocab) -> bool:
    return any(kind in kinds(m) and not negated(scan, cv, m.start) for m in scan.triggers_in(a, b))


# A means phrase after a channel verb ("— through the phone icon in our Fiverr chat"):
# how far its marketplace may stand, and the punctuation that may open it.
_MEANS_REACH = 8
_MEANS_OPEN = cached_regex(rf"[ \t]*[(\[—–\-,]?[ \t]*({LETTER_RUN})")


def _marketplace_after(scan: RunScan, cv: ChannelVocab, end: int) -> bool:
    """"text me here", "email me on Fiverr": the marketplace within three words; or
    within eight when a means word opens what follows and no other channel comes before
    it ("call me — through the phone icon in our Fiverr chat")."""
    text = scan.text
    _, s1 = scan.sentence(end)
    lead = _MEANS_OPEN.match(text, end)
    reach = _MEANS_REACH if lead is not None and lead.group(1) in cv.app_markers else 3
    for m in scan.context(cv, end, min(s1, end + 80)):
        if MARKET in kinds(m) and words_between(text, end, m.start) <= reach:
            if any(OFF in kinds(o) and o.start <= m.start < o.end for o in scan.triggers_in(end, m.end)):
                # why (rt19 on-platform "just WhatsApp me instead of Fiverr"): the
                # marketplace named as what is left ("instead of", "outside") is no place to talk
                return False
            if reach == 3:
                return True
            # no comma, no account of the seller's ("via my own number") and no channel on the way
            between = text[end:m.start]
            return (
                not any(ch in between for ch in ",;")
                and not any(w.strip("()[]—–-") in cv.possessives for w in between.split())
                and not any(PLATFORM in kinds(o) for o in scan.triggers_in(end, m.start))
            )
    return False


_NEXT_WORD = cached_regex(rf"[ \t]*({LETTER_RUN}(?:[ \t]+{LETTER_RUN})?)")


def _verb_ends(scan: RunScan, cv: ChannelVocab, end: int) -> bool:
    """"Call me anytime", "text me for …", "llámame antes": a channel verb followed by
    the end, punctuation or a word that goes on with it; not "Call me maybe" or "Text me
    messages are a font style"."""
    if end and glued(scan.text[end - 1]):
        return True  # Chinese and Japanese run on without spaces: "加微信聊"
    m = _NEXT_WORD.match(scan.text, end)
    if m is None:
        return True
    two = m.group(1)
    one = two.split()[0]
    return one in cv.verb_followers or two in cv.verb_followers


_PREV_WORD = cached_regex(rf"({LETTER_RUN})[ \t]*$")
_NAME_QUOTES = "'\"‘“«„"


def _named(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """"Reviews call me 'f*****g fast'", "People call me the spreadsheet whisperer": a
    subject right before the channel verb, or a quotation right after it, makes it the name
    the seller is given, not an imperative. why (rt16 disguise)."""
    text = scan.text
    i = t.end
    while i < len(text) and text[i] in " \t":
        i += 1
    if i > t.end and i < len(text) and text[i] in _NAME_QUOTES:
        return True
    return _word_before(scan, t) in cv.verb_namers


def _name_after(scan: RunScan, end: int) -> bool:
    """"call me Alex": a capitalised word right after, in the original text."""
    norm = scan.words
    text = norm.text
    i = end
    while i < len(text) and text[i] == " ":
        i += 1
    if i == end or i >= len(text) or not text[i].isalpha():
        return False
    a, _ = norm.span(i, i + 1)
    orig = norm.source[a:a + 1]
    return orig.isupper()


def _other_way(tr: _Trigger) -> InvitationMatch | None:
    """"reach me another way", "easier ways to reach me than this inbox": a way off the
    marketplace hinted at, none named (other_ways.py)."""
    return reached_another_way(tr.scan, tr.cv, tr.t, tr.channels)


# The judges `_judge` asks in turn (each None when its trigger kind is not there).
def _fee_skipped(tr: _Trigger) -> InvitationMatch | None:
    """"skip the service fee, just ask me how" (outside_prices.fees_skipped)."""
    if FEE_SKIP in tr.ks:
        return fees_skipped(tr.scan, tr.cv, tr.t, tr.channels)
    return fees_skipped(tr.scan, tr.cv, tr.t, tr.channels, spared=True) if FEE_SPARE in tr.ks else None


def _platform_moved(tr: _Trigger) -> InvitationMatch | None:
    """"Let's hop on a quick Zoom before you order": a live session outside, set before there is
    an order to hold it (pre_order_sessions.py);
    "Fiverr's chat is slow, use WhatsApp instead": a messenger put in the marketplace's place
    (market_swaps.py)."""
    args = (tr.scan, tr.cv, tr.t, tr.channels, tr.ctx)
    if CALL in tr.ks:
        return call_before_order(tr.scan, tr.cv, tr.t, tr.ctx)  # "Before ordering, book a free discovery call"
    if WAY_TO_TALK in tr.ks:
        return better_way(tr.scan, tr.cv, tr.t, tr.ctx)  # "easier ways to reach me than this inbox"
    if OTHER_PLACE in tr.ks:
        return other_app_swapped(tr.scan, tr.cv, tr.t, tr.ctx)  # "the chat here is laggy, let's use the other app"
    if PLATFORM not in tr.ks:
        return None
    return session_before_order(*args) or market_swapped(*args)


_JUDGES = (
    _channel_verb, _contact_verb, _share_or_ask, _search, _profile, _pointer, _off_platform, _arranged, _required,
    _talked_away, _booked, _sent, _fee_skipped, _platform_moved, _purposed, _other_way,
)
