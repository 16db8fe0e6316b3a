"""The channel and payment vocabularies, compiled once per pack (what they find in a run
is run_scan.py's).

Two lexicons (see lexicon.py) are built from `[vocab.channels]`, `[vocab.invitation]` and
`[vocab.payment]`:

* the *trigger* lexicon holds what starts a detection: platform names (plain, in other
  languages, disguised, abbreviated), contact verbs ("message me", "escríbeme", "加我"),
  promises and requests of contact details, off-platform phrases, payment services. One
  scan of a run's "leet" view finds them all; most runs have none.
* the *context* lexicon holds the words that decide what a trigger means (negations,
  "on"/"via", work subjects, "after the order", pay words ...). It is only run over the
  sentence around a trigger.

`scan/vocabulary.py` builds the `ChannelVocab` once per pack (and keeps it in the build
cache: build_cache.py).
"""
from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from gigcheck.build_cache import stored_memo
from gigcheck.detectors.channel_looks import look_phrases
from gigcheck.detectors.glued_possessives import glued_forms
from gigcheck.detectors.lexicon import Lexicon, key_of
from gigcheck.detectors.lexicon_trie import WORDCHAR
from gigcheck.detectors.placeholders import PlaceholderVocab
from gigcheck.regex_cache import cached_regex
from gigcheck.text.fold import fold
from gigcheck.text.leet import deleet
from gigcheck.text.letters import WORD_END, WORD_START, word_bounded
from gigcheck.text.spacing import collapse_spaced
from gigcheck.text.trie import alternation, glued, unspaced

# Trigger kinds (first element of a trigger payload).
PLATFORM = "platform"  # ("platform", platform id, form: name | alias | short | word)
HANDLE_VERB = "hverb"  # "tweet @bob", "follow me @kai"
CONTACT = "contact"  # "message me", "escríbeme"
TALK = "talk"  # "let's talk", "we can continue": a contact verb of the conversation itself
CHANNEL_VERB = "chverb"  # "email me", "llámame"
SHARE = "share"  # "I'll give you my"
ASK = "ask"  # "drop your"
SEARCH = "search"  # "google my name" (by itself)
SEARCH_CH = "search_ch"  # "search my ... on <channel>"
SEARCH_NAME = "search_name"  # "Google 'Rosa Songs'" (opening a sentence, with a name)
SEARCH_ID = "search_id"  # "busca", "cari", "such": a search verb, judged with the seller's name after it
PROFILE = "profile"  # "in my profile picture"
WHERE = "where"  # "my number is on", "you'll find my"
OFF = "off"  # "outside Fiverr"
LEAVE = "leave"  # "let's deal outside", "my direct line", "por fuera te sale más barato"
OTHER_PLACE = "other_place"  # "other sites", "platform lain": judged with the seller present there
ELSEWHERE = "elsewhere"  # "you can find me elsewhere", "reachable outside this site"
LEFT = "left"  # "quitter la plateforme", "leave the site", "buradan çıkıp": the place left by a verb
UNNEEDED = "unneeded"  # "no need to use this site", "platforma gerek kalmaz": the place needed no more
POINTER = "pointer"  # "same as my username here", "my shop name"
ARRANGE = "arrange"  # "find another arrangement": a hint, unless what it is for follows
WAYS = "ways"  # "there are ways", "hay formas": leaving when answering a question about paying directly
NOT_HERE = "not_here"  # "not here", "não por aqui": leaving when a word of elsewhere stands before it
TALK_AWAY = "talk_away"  # "falar", "reden": talking, leaving only with a word of elsewhere by it
REQS = "requirements"  # "in the requirements": where a buyer's detail may be asked to be written
REMAINDER = "remainder"  # "the rest", "la otra mitad": leaving when it is paid away from here
SETTLE = "settle"  # "between us", "entre nous": leaving when a word of settling the deal is by it
NAME_POINTER = "name_pointer"  # "everywhere as", "just add": a name follows
DERIVE = "derive"  # "lowercase", "igualzinho ao daqui", "뒤에 붙이": how an identifier is made (identifier_pointers.py)
MIDDLEMAN = "middleman"  # "no middlemen", "sin intermediarios": leaving only when tied to the marketplace
LATER = "later"  # "future orders", "next time", "次回": leaving with "directly" and "we" or the fees
FEE_SKIP = "fee_skip"  # "skip the service fee", "non pagare la commissione": leaving with the buyer sent to ask
FEE_SPARE = "fee_spare"  # "ohne Vermittlungsgebühr", "בלי עמלות": the fee gone, leaving only beside an arrangement
SERVICE = "service"  # "PayPal", "bank transfer"
SERVICE_AMBIGUOUS = "service?"  # "Wise", "Pix"
MEDIA = "media"  # "video", "PDF", "watermark": a place a contact detail may be pointed into
PRIVATE = "private"  # "private", "personal", "privada", "личный": a private line with a channel next to it
MEDIA_IN = "media_in"  # "videoda", "görselinde", "在视频": a media place with its "in" glued to it
PAY_OFF = "pay_off"  # "pay outside", "skip the fees"
PAY_HANDLE = "pay_handle"  # "venmo", "cash app" (before an @name / $name)
PAY_TO_ME = "pay_to_me"  # "to me directly", "мені напряму": the seller as payee by a direct word (paid_straight.py)
OWN_PLACE = "own_place"  # "my own store", "mi tienda": the seller's own place to pay at (paid_straight.py)
AFTERCARE = "aftercare"  # "revisions", "правки": the order's service through a messenger (deliveries.py)
SEND = "send"  # "I send", "te mando", "отправляю": material sent through a channel (deliveries.py)
WAY_TO_TALK = "way_to_talk"  # "a way to talk", "ways to reach me": judged against the marketplace (market_swaps.py)
BOOK = "book"  # "book", "réservez", "order": a booking sent to the seller's own site (own_site.py)
PURPOSE = "purpose"  # "so I can", "damit ich": what the buyer's detail is for (detail_purpose.py)

# Context kinds.
CUE = "cue"  # a work subject after a platform name
CUE_BEFORE = "cue_before"  # a work subject before it ("your", "integrate with")
NEG = "neg"
MARK = "mark"  # "on", "via", "в", "auf" before a channel
MARK_AFTER = "mark_after"  # "で", "'tan" after it
MARKET = "market"  # the marketplace itself ("here", "Fiverr")
POST = "post"  # after the order starts
PRE = "pre"  # before the order ("before you order", "antes de comprar"): pre_order_sessions.py
SESSION = "session"
CALL = "call"  # a call or meeting ("discovery call", "videochiamata"): pre_order_sessions.call_before_order
PRELIM = "prelim"  # a call's preliminary kind ("free", "quick", "conoscitiva"): the same
CHANNEL = "channel"  # email, phone ...
OTHER_CHANNEL = "other_channel"  # website, contact form ...
CONV = "conv"  # conversation words (with an off-platform phrase)
THERE = "there"
PERSON = "person"  # "I", "me", "you", "let's"
PAY_VERB = "pay_verb"  # "pay", "accept", "payment"
PAY_WORD = "pay_word"  # "only", "available", "transfer" (right next to a service)
PAY_CUE = "pay_cue"  # a work subject near a payment service
PAY_MARKET = "pay_market"
PAY_TOPIC = "pay_topic"  # "article", "how to": the sentence is about payments
CASHTAG = "cashtag"
REFUSAL = "refusal"  # "... would be a violation"
SESSION_MARK = "session_mark"  # "over", "via" before a live session's channel
PLACE = "place"  # "image", "gallery", "website": where details may be put
DETAIL = "detail"  # "id", "handle": a channel's detail, without the channel
AWAY = "away"  # "somewhere else", "ailleurs", "в личке": where a conversation goes off the marketplace
SAME = "same"  # "same", "igual", "тот же": an identifier said to be another one
HERE = "here"  # "here", "aquí", "здесь": the marketplace's account, as a pointer's reference
CHEAPER = "cheaper"  # "cheaper", "más barato", "дешевле": a better price (outside)
DEARER = "dearer"  # "costs 20% more", "más caro", "дороже": the worse side of a comparison (market_compared.py)
BETTER = "better"  # "faster", "quieter", "más rápido": the better side of one, besides a price (the same)
TOGETHER = "together"  # "we", "let's", "you": the seller and the buyer doing something together
TIE = "middleman_tie"  # "platform", "fees": what makes "no middleman" the marketplace
LOOK = "look"  # "check", "see", "mira": a place the buyer is sent to look at
DEAL = "deal"  # "close", "finish the deal", "cerrar el trato": what a word of privacy may move
DIRECT = "direct"  # "directly", "напрямую", "直接": what the orders to come may be dealt
THIRD = "third"  # "customers", "clients": others who pay (the buyer's, in the work)
OUTREACH = "outreach"  # "leads", "prospects": whom the seller contacts as the work
ENCOURAGE = "encourage"  # "don't hesitate", "no dudes": a negation that negates nothing
ADDRESS = "address"  # "address", "adresse": an email's with a channel in the sentence
SCAN_CODE = "scan_code"  # "QR code", "二维码": a code the buyer scans to open a chat
SETTLING = "settling"  # "settle", "the rest", "régler", "остальное": what "between us" may settle
WORK = "work"  # "work", "deal", "pay", "trabajamos": what a seller and a buyer do together
IDENT = "ident"  # "number", "ID", "@", "username", "नंबर", "号": an identifier pointed to (identifier_pointers.py)


@dataclass(frozen=True, slots=True)
class Platform:
    id: str
    label: str
    kind: str  # messenger | social


def _strs(table: Mapping[str, Any], key: str) -> list[str]:
    value = table.get(key, ())
    if isinstance(value, str):
        return [value] if value else []
    return [v for v in value if isinstance(v, str) and v.strip()]


def _folded(table: Mapping[str, Any], key: str) -> frozenset[str]:
    """The words of a vocabulary list as the folded text spells them."""
    return frozenset(fold(w).text for w in _strs(table, key))


# Word lists of `[vocab.invitation]` and the trigger kind each entry stands for.
_INVITATION_TRIGGERS = (
    ("contact_verbs", CONTACT),
    ("talk_verbs", TALK),
    ("channel_verbs", CHANNEL_VERB),
    ("share_verbs", SHARE),
    ("share_verbs_after", SHARE),
    ("ask_buyer", ASK),
    ("ask_buyer_after", ASK),
    ("search_phrases", SEARCH),
    ("search_verbs", SEARCH_CH),
    ("search_name_verbs", SEARCH_NAME),
    ("profile_hints", PROFILE),
    ("detail_pointers", WHERE),
    ("off_platform", OFF),
    ("leave_phrases", LEAVE),
    ("unrecorded_phrases", LEAVE),  # a deal kept off the record ("off the books"): leaving.left, by the work's subject
    ("elsewhere_phrases", ELSEWHERE),
    ("pointer_phrases", POINTER),
    ("arrangement_phrases", ARRANGE),
    ("ways_hinted", WAYS),
    ("not_here_phrases", NOT_HERE),
    ("settle_phrases", SETTLE),
    ("remainder_phrases", REMAINDER),
    ("requirement_places", REQS),
    ("talk_away_verbs", TALK_AWAY),
    ("name_pointers", NAME_POINTER),
    ("identifier_derivations", DERIVE),
    ("cheaper_words", CHEAPER),
    ("dearer_words", DEARER),  # the marketplace's way compared with the seller's own (market_compared.py)
    ("better_words", BETTER),
    ("middleman_phrases", MIDDLEMAN),
    ("later_words", LATER),
    ("fee_skip_phrases", FEE_SKIP),
    ("search_identity_verbs", SEARCH_ID),
    ("media_places", MEDIA),
    ("media_places_located", MEDIA_IN),
    ("credit_places", MEDIA),  # where a video or a file shows its maker's details (media_pointers._sellers_detail)
    ("private_words", PRIVATE),
    ("booking_verbs", BOOK),
    ("send_verbs", SEND),
    ("detail_purposes", PURPOSE),
    ("aftercare_nouns", AFTERCARE),
    ("call_words", CALL),  # a call set before the order (pre_order_sessions.call_before_order)
    ("ways_to_talk", WAY_TO_TALK),  # "a more convenient way to talk" than the marketplace's inbox (market_swaps.py)
)
# Word lists of `[vocab.payment]` and their trigger kinds.
_PAYMENT_TRIGGERS = (
    ("services", SERVICE),
    ("services_ambiguous", SERVICE_AMBIGUOUS),
    ("off_platform", PAY_OFF),
    ("own_accounts", PAY_OFF),  # "to my account": judged with a pay word (payment.py)
    ("handle_services", PAY_HANDLE),
    ("direct_payees", PAY_TO_ME),
    ("own_places", OWN_PLACE),
)
# Word lists of the context lexicon: (key, kind, "ch" | "inv" | "pay": the table).
_CONTEXT_WORDS = (
    ("subject_cues", CUE, "ch"),
    ("subject_cues_before", CUE_BEFORE, "ch"),
    ("negations", NEG, "inv"),
    ("channel_markers_before", MARK, "inv"),
    ("channel_markers_after", MARK_AFTER, "inv"),
    ("marketplace_words", MARKET, "inv"),
    ("post_order", POST, "inv"),
    ("pre_order", PRE, "inv"),
    ("session_words", SESSION, "inv"),
    ("channel_words", CHANNEL, "inv"),
    ("other_channel_words", OTHER_CHANNEL, "inv"),
    ("conversation_words", CONV, "inv"),
    ("there_words", THERE, "inv"),
    ("person_words", PERSON, "inv"),
    ("pay_verbs", PAY_VERB, "pay"),
    ("pay_words", PAY_WORD, "pay"),
    ("subject_cues", PAY_CUE, "pay"),
    ("marketplace_words", PAY_MARKET, "pay"),
    ("topic_words", PAY_TOPIC, "pay"),
    ("client_customers", PAY_TOPIC, "pay"),  # unless the seller is the payee (payment.py)
    ("cashtag_services", CASHTAG, "pay"),
    ("refusals_after", REFUSAL, "inv"),
    ("session_markers", SESSION_MARK, "inv"),
    ("detail_places", PLACE, "inv"),
    ("detail_words", DETAIL, "inv"),
    ("away_words", AWAY, "inv"),
    ("together_words", TOGETHER, "inv"),
    ("same_words", SAME, "inv"),
    ("here_words", HERE, "inv"),
    ("middleman_ties", TIE, "inv"),
    ("look_words", LOOK, "inv"),
    ("deal_words", DEAL, "inv"),
    ("settle_words", SETTLING, "inv"),
    ("scan_codes", SCAN_CODE, "inv"),
    ("address_words", ADDRESS, "inv"),
    ("direct_words", DIRECT, "inv"),
    ("work_together_words", WORK, "inv"),
    ("third_party_words", THIRD, "inv"),
    ("outreach_targets", OUTREACH, "inv"),
    ("encouragements", ENCOURAGE, "inv"),
    ("identifier_words", IDENT, "inv"),
    # an account's own name is an identifier in every language ("mijn gebruikersnaam staat op de cover"):
    # one list, not two kept in step
    ("account_name_words", IDENT, "inv"),
    ("preliminary_words", PRELIM, "inv"),
)


class ChannelVocab:
    """Everything the channel and payment detectors need, compiled once per pack."""

    def __init__(self, vocab: Mapping[str, Any]) -> None:
        outer = getattr(_normalized, "memo", None)
        with stored_memo("entry_text", _NORMALIZERS, _NORMALIZED_MAX) as memo:
            _normalized.memo = memo
            try:
                self._build(vocab)
            finally:
                _normalized.memo = outer

    def _build(self, vocab: Mapping[str, Any]) -> None:
        ch = vocab.get("channels", {}) or {}
        inv = vocab.get("invitation", {}) or {}
        pay = vocab.get("payment", {}) or {}
        grammar = vocab.get("grammar", {}) or {}
        self.channels, self.invitation, self.payment = ch, inv, pay
        self.platforms: dict[str, Platform] = {}
        self.triggers = self._trigger_lexicon(ch, inv, pay)
        self.context = _context_lexicon({"ch": ch, "inv": inv, "pay": pay})
        self._word_sets(ch, inv)
        self.connect = _connector_pattern(ch)
        self._function_words(ch, inv, pay, grammar)
        self._payment_details(pay)
        self.placeholders = PlaceholderVocab(grammar)  # template stand-ins ("@yourshop")
        # A dotted word ending so is a host or a file, no user name (verb_handles' bare names).
        mail = vocab.get("email", {}) or {}
        self.name_endings = frozenset(w.casefold() for k in ("tlds", "file_extensions") for w in _strs(mail, k))
        # a file's endings alone: a name behind a messaging verb's label ending in a host's ending is an
        # account or a site, a contact either way ("DM aja kak: rinaedit.id"; handles._plain_near_verb)
        self.file_endings = frozenset(w.casefold() for w in _strs(mail, "file_extensions"))
        # a domain's endings alone ("my name here + .com": identifier_pointers._address_made)
        self.domain_endings = frozenset(w.casefold() for w in _strs(mail, "tlds"))
        # an order's number is no phone ("sipariş numaranızı", "номер заказа"; sentence_channels.order_number)
        self.order_words = _folded(pay, "order_words")
        # a count's units ("views", "followers"): a number before one is no account (handles._counted)
        self.count_units = frozenset(w.casefold() for w in _strs(vocab.get("phone", {}) or {}, "unit_words"))

    def _trigger_lexicon(self, ch: Mapping[str, Any], inv: Mapping[str, Any], pay: Mapping[str, Any]) -> Lexicon:
        """What starts a detection: platform names, contact verbs, payment services."""
        trig = Lexicon(_as_text)
        self._add_platforms(trig, ch)
        trig.exclude(_strs(ch, "not_names"))
        trig.keep_compounds(_strs(ch, "unspaced_compounds"))
        _add_platform_verbs(trig, ch)
        for w in _strs(ch, "handle_verbs"):
            trig.add(w, (HANDLE_VERB,))
        for key, kind in _INVITATION_TRIGGERS:
            for w in _strs(inv, key):
                trig.add(w, (kind,))
        for key, kind in _PAYMENT_TRIGGERS:
            for w in _strs(pay, key):
                trig.add(w, (kind,))
        # a service's name broken over a line or spaced ("Pay⏎Pal", "Payo neer")
        for w in _strs(pay, "services"):
            trig.add_split(w, (SERVICE,), int(ch.get("fuzzy_min_length", 5)))
        # "other sites", "platform lain", "ibang sites": an other-word next to a place, in
        # either order (adjectives follow the noun in id, sw, vi, ar).
        for o in _strs(inv, "other_words"):
            for p in _strs(inv, "other_places"):
                trig.add(f"{o} {p}", (OTHER_PLACE,))
                trig.add(f"{p} {o}", (OTHER_PLACE,))
                if glued(o[-1]) or glued(p[0]):
                    # why (issue 12, family 7: "他のサイトでも活動しています"): written without spaces
                    trig.add(f"{o}{p}", (OTHER_PLACE,))
            # why (rt39 leaving "Tenho outros meios de contato, é só pedir", "Mình còn kênh liên lạc
            # khác"): other means of reaching the seller, none named, in either order: a hint (`elsewhere`)
            for c in _strs(inv, "contact_means"):
                for entry in (f"{o} {c}", f"{c} {o}"):
                    trig.add(entry, (ELSEWHERE,))
                if glued(o[-1]) or glued(c[0]):
                    trig.add(f"{o}{c}", (ELSEWHERE,))
        _add_fees_spared(trig, inv)
        _add_places_left(trig, inv)
        return trig.compile()

    def _add_platforms(self, trig: Lexicon, ch: Mapping[str, Any]) -> None:
        """Each platform's name (fuzzy), aliases, short forms and ordinary-word names."""
        min_len = int(ch.get("fuzzy_min_length", 5))
        disguised = frozenset(_strs(ch, "glued_disguised_names"))
        masks = str(ch.get("glued_name_masks", ""))
        splits = str(ch.get("glued_name_splits", ""))
        for pid, spec in (ch.get("platforms", {}) or {}).items():
            p = Platform(pid, spec.get("label", pid), spec.get("kind", "messenger"))
            self.platforms[pid] = p
            name = spec.get("name", "")
            if isinstance(name, str) and name.strip():
                trig.add_name(name, (PLATFORM, pid, "name"), min_len)
            for alias in _strs(spec, "aliases"):
                trig.add(alias, (PLATFORM, pid, "alias"))
                if alias in disguised:
                    trig.add_glued_disguises(alias, (PLATFORM, pid, "alias"), masks, _splits(alias, splits))
            for short in _short_forms(spec):
                trig.add(short, (PLATFORM, pid, "short"))
            for word in _strs(spec, "words"):
                trig.add(word, (PLATFORM, pid, "word"))
        # Platforms described instead of named ("the blue bird app"): aliases of theirs.
        for phrase, pid in (self.invitation.get("described_channels", {}) or {}).items():
            if pid in self.platforms and isinstance(phrase, str) and phrase.strip():
                trig.add(phrase, (PLATFORM, pid, "alias"))
        # ... and by their look with an app's noun ("la app verde", "the green icon"): channel_looks.py
        for phrase, pid in look_phrases(self.invitation.get("channel_looks"), _strs(self.invitation, "look_nouns")):
            if pid in self.platforms:
                trig.add(phrase, (PLATFORM, pid, "alias"))

    def _word_sets(self, ch: Mapping[str, Any], inv: Mapping[str, Any]) -> None:
        """Folded words that decide what an identifier or a channel verb may be."""
        self.not_identifiers = frozenset(fold(w).text for w in _strs(ch, "not_identifiers"))
        self.at_name_endings = frozenset(w.casefold() for w in _strs(ch, "at_name_endings"))
        self.list_conjunctions = frozenset(fold(w).text for w in _strs(ch, "list_conjunctions"))  # handle_ids
        self.session_hosts = frozenset(_strs(ch, "session_hosts"))  # leaving._own_chat
        # Their labels, as a channel found names them (deliveries.sent_outside).
        self.session_host_labels = frozenset(p.label for pid, p in self.platforms.items() if pid in self.session_hosts)
        self.booking_breaks = _folded(inv, "booking_breaks")  # own_site._another_act
        # Platforms told by their look ("the green app"): the buyer's "your green app" is their own thing.
        self.look_keys = frozenset(
            key_of(_as_text(p)) for p, _ in look_phrases(inv.get("channel_looks"), _strs(inv, "look_nouns"))
        )
        self.credit_places = _folded(inv, "credit_places")
        # Platforms whose user names are written in their country's script (handles._vetted).
        self.native_name_platforms = frozenset(_strs(ch, "native_name_platforms"))
        self.contact_person_nouns = _folded(inv, "contact_person_nouns")  # self_pointers.contact_person
        self.search_fillers = _folded(inv, "search_fillers")  # invitations._past_fillers
        # A searched name said to be someone else's (self_pointers.third_party): "for them", "my client's".
        self.third_party_marks = cached_regex(word_bounded(_alternation(sorted(_folded(inv, "third_party_marks")))))
        self.dm_words = _folded(inv, "dm_words")  # deliveries._in_dms, "in my Instagram DMs"
        self.share_after = frozenset(key_of(_as_text(w)) for w in _strs(inv, "share_verbs_after"))
        self.ask_after = frozenset(key_of(_as_text(w)) for w in _strs(inv, "ask_buyer_after"))  # buyer_detail_ask
        # ... and of them the verbs no detail follows ("bırak", not "скиньте" of `ask_buyer` too)
        self.ask_after_only = self.ask_after - {key_of(_as_text(w)) for w in _strs(inv, "ask_buyer")}
        self.subject_words = frozenset(fold(w).text for w in _strs(ch, "subject_cues"))
        self.label_words = frozenset(fold(w).text for w in _strs(ch, "label_words"))
        # Every platform name as written: never an identifier ("skype: skype").
        self.platform_words = frozenset(
            fold(w).text
            for spec in (ch.get("platforms", {}) or {}).values()
            for w in [*_strs(spec, "name"), *_strs(spec, "aliases"), *_short_forms(spec), *_strs(spec, "words")]
        )
        # Only the names ("discord", "snap"), not a platform's ordinary words: what a bracket
        # after a user name may hold ("kestrel_dev(discord)"; verb_handles)
        self.platform_names = frozenset(
            fold(w).text
            for spec in (ch.get("platforms", {}) or {}).values()
            for w in [*_strs(spec, "name"), *_strs(spec, "aliases"), *_short_forms(spec)]
        )
        self.verb_followers = _folded(inv, "channel_verb_followers")
        self.verb_namers = _folded(inv, "channel_verb_namers")  # invitations._named
        self.imperative_leads = _folded(inv, "imperative_leads")  # invitations._imperative
        self.me_endings = tuple(fold(w).text for w in _strs(inv, "widget_me_endings"))
        self.widget_sellers = tuple(fold(w).text for w in _strs(inv, "widget_seller_marks"))
        widgets = _strs(inv, "widget_words")  # invitations._widget_for_buyer
        self.widget_words = cached_regex(
            word_bounded(_alternation([w for w in widgets if not glued(w)]))
            + "|" + (_alternation([w for w in widgets if glued(w)]) or "(?!)")
        )
        # A line ending with one of these wraps its sentence onto the next line.
        self.line_joiners = frozenset(
            fold(w).text
            for key in ("line_joiners", "channel_markers_before", "person_words", "articles")
            for w in _strs(inv, key)
            if " " not in w
        )
        self.articles = _folded(inv, "articles")
        # the words that may stand between skipping and the fee ("skip THE 20% fee"), besides articles
        self.fee_gap = _folded(inv, "fee_gap_words")
        # Verbs of a live session that the time after the order makes fine ("we can have a
        # Zoom call after you order"); any other contact verb stays an invitation then.
        # The seller's own channel: "my Instagram", "Instagram saya", "Telegram ko".
        self.mine_before = _folded(inv, "seller_possessives")
        self.keep_verbs = _folded(inv, "keep_private_verbs")  # "I keep my WhatsApp private"
        self.keep_having = _folded(inv, "keep_having_articles")  # "tengo una línea privada": having one
        self.private_things = _folded(inv, "private_things")  # "tus datos en privado": the buyer's data kept
        # "I design the logo with my shop's name for Instagram": a name made as the work.
        self.name_work_verbs = _folded(inv, "name_work_verbs")
        # "Buyers often ask for my WhatsApp": a request reported, its subject others.
        self.reporting_subjects = _folded(inv, "reporting_subjects")
        # "I won't share my number or take calls off Fiverr": what carries a negation over to the next verb.
        self.negation_joiners = _folded(inv, "negation_joiners")
        # A negative verb by its form, closing a clause in a verb-final language ("… خارج از سایت نمی‌دم").
        self.negative_verb_starts = tuple(sorted(_folded(inv, "negative_verb_starts")))
        self.negative_verb_ends = tuple(sorted(_folded(inv, "negative_verb_ends")))
        # The marketplace's own ways to order ("packages", "custom offer", "suscripción").
        self.marketplace_offers = _folded(inv, "marketplace_offers")
        # The marketplace's own channels by name ("fiverr chat", "fiverr inbox"): written as
        # one word ("im Fiverr-Chat"), no account on another platform (handles._vetted).
        self.marketplace_channels = frozenset(w for w in _folded(inv, "marketplace_words") if " " in w)
        self.reporting_gaps = _folded(inv, "reporting_gap_words")
        self.reporting_given = _folded(inv, "reporting_given")
        self.reporting_modals = _folded(inv, "reporting_modals")
        self.reporting_declines = cached_regex(
            word_bounded(_alternation(_strs(inv, "reporting_declines")))
        )
        # "outside office hours", "außerhalb der Bürozeiten": a time after a word of elsewhere.
        times = _folded(inv, "time_nouns")
        self.time_nouns = frozenset(w for w in times if not w.startswith("-"))
        self.time_endings = tuple(w[1:] for w in times if w.startswith("-"))
        # the times of scripts written without spaces, read at a word's end ("営業時間外")
        self.glued_time_nouns = tuple(w for w in self.time_nouns if w and glued(w[0]))
        self.shown_work = _folded(inv, "shown_work_nouns")  # leaving.rest_away: "the rest of my samples"
        self.mine_after = _folded(inv, "seller_possessives_after")
        # Possessives glued to the end of a noun ("nama tokoku", "akunku"): words longer
        # than the suffix by three letters at least ("buku" is a book, not "my bu").
        self.mine_suffixes = tuple(fold(w).text for w in _strs(inv, "seller_suffixes"))
        self.history_nouns = _folded(inv, "history_nouns")
        # built_without: "without this platform" said of the site or shop being built
        self.without_words = _folded(inv, "without_words")
        self.built_things = _folded(inv, "built_things")
        self.qualified_place_nouns = _folded(inv, "qualified_place_nouns")  # leave_shared.place_qualified
        self.public_handle_verbs = _folded(inv, "public_handle_verbs")  # "follow": no message
        self.other_words = _folded(inv, "other_words")  # leaving.buyers_place: "deiner anderen Website"
        # "past", "previous", "worked": the seller's past a few words before an off-platform phrase.
        self.history_marks = _folded(inv, "history_marks")
        # "last year", "used to": a time of the past in the clause of a phrase of leaving.
        self.past_times = cached_regex(word_bounded(_alternation(_strs(inv, "past_times"))))
        self.clientele_nouns = _folded(inv, "clientele_nouns")
        # "how", "a way", "cómo": a way to something (a better price) hinted at.
        self.way_words = _folded(inv, "way_words")
        self.arrangement_about = _folded(inv, "arrangement_about")
        # "if", "wenn", "kalau", "的话": a condition; Turkish conditional endings ("çalışırsak").
        self.if_words = _folded(inv, "if_words")
        self.if_endings = tuple(fold(w).text for w in _strs(inv, "if_endings"))
        self.to_me = _folded(inv, "to_me_words")
        self.later_just = _folded(inv, "later_just_words")  # direct_deals._just_to_seller
        # "off the books", "sans facture" (a leave phrase) and the bookkeeping they are a subject of (leaving.left)
        self.unrecorded = _folded(inv, "unrecorded_phrases")
        self.unrecorded_subjects = _folded(inv, "unrecorded_subjects")
        self.both_ways = _folded(inv, "both_ways_marks")  # "avec ou (sans facture)": both offered
        # "directly from me", "directement de moi", "direkt von mir": the seller as the source or the agent
        self.source_marks = _folded(inv, "source_marks")
        self.seller_subjects = _folded(inv, "seller_subject_words")  # invitations._reaches_buyer
        # detail_purpose.py: the seller sending or reaching ("send", "schick-": a stem with "-")
        reach = _strs(inv, "detail_reach_verbs")
        self.detail_reach = cached_regex(
            word_bounded(_alternation([w for w in reach if not w.endswith("-")])) + "|" + WORD_START + "(?:"
            + _alternation([w[:-1] for w in reach if w.endswith("-")]) + ")"
        )
        # "te mando un DM", "je t'appelle": the seller messaging the buyer in the verb's own words; "te escribo",
        # "ti scrivo" (which write the work too) only closing their clause or followed by a place ("por DM")
        self.reach_buyer = cached_regex(
            word_bounded(_alternation(_strs(inv, "reach_buyer_phrases"))) + "|"
            + word_bounded(_alternation(_strs(inv, "write_you_phrases")))
            + r"(?=[ \t]*(?:[.!?,;。\n]|$)|[ \t]+(?:"
            + _alternation(_strs(inv, "reach_buyer_places")) + r")" + WORD_END + ")"
        )
        self.than_words = _folded(inv, "than_words")
        # "outside" closing a verb's clause ("continue with me outside"): leave_requests.py.
        self.away_closing = _folded(inv, "away_closing")
        # "ourselves", "sisi wenyewe": settling alone, leaving only with money said (leaving.settled_between).
        self.settle_ourselves = _folded(inv, "settle_ourselves")
        # "stays", "bleibt": what stays between us is kept quiet, not dealt apart (leave_shared.directness)
        self.stay_words = _folded(inv, "stay_words")
        self.example_marks = _folded(inv, "example_marks")
        self.our_objects = _folded(inv, "our_objects")
        self.our_subjects = _folded(inv, "our_subjects")
        # "ask me", "pregúntame": the buyer told to ask the seller for it.
        self.ask_me = cached_regex(
            word_bounded(_alternation(_strs(inv, "ask_me_words")))
        )
        self.other_ties = _folded(inv, "other_ties")
        self.other_tie_endings = tuple(fold(w).text for w in _strs(inv, "other_tie_endings"))
        self.carry_particles = _folded(inv, "carry_particles")
        self.carry_on_verbs = _folded(inv, "carry_on_verbs")  # "we continue privately"
        self.comparatives = _folded(inv, "comparatives")  # "easier", "more": a better way (market_swaps.py)
        # "VIP buyers get a direct line": a private line handed to the buyers (private_lines._handed)
        self.line_given_verbs = _folded(inv, "line_given_verbs")
        self.line_recipients = _folded(inv, "line_recipients")
        # "Fiverr's chat is slow, use WhatsApp instead": a messenger as the marketplace's replacement
        self.replacement = cached_regex(word_bounded(_alternation(_strs(inv, "replacement_words"))))
        self.origin_marks = _folded(inv, "origin_marks")
        # "you" alone (leave_requests.asked_away: "before you leave the site" is the buyer browsing, not "we")
        self.buyer_pronouns = _folded(inv, "buyer_pronouns")
        # What a verb of moving may carry off the marketplace (leave_requests.asked_away: "let's move this
        # elsewhere"; "let's move the logo elsewhere" moves a thing of the work)
        self.moving_verbs = _folded(inv, "moving_verbs")
        self.carried_objects = _folded(inv, "carried_objects")
        # "I'll tell you where", "te digo dónde": the place the dealing goes on, told apart (leave_requests.asked_away)
        self.told_where = cached_regex(word_bounded(_alternation(_strs(inv, "told_where"))))
        self.other_counts = _folded(inv, "other_counts")
        self.presence = _folded(inv, "presence_words")
        # Words after "directly" that make it the way the work goes ("directly from your draft").
        self.direct_work_after = frozenset(
            f for w in _strs(inv, "direct_work_after") for f in (w.casefold(), fold(w.casefold()).text)
        )
        # "number of pages", "número de revisiones": a count, not a contact detail.
        # Details that carry the seller's possessive in them ("رقمي", "numaram", "мои контакты").
        self.own_details = _folded(inv, "own_details") | frozenset(
            fold(w).text for key in _GLUED_KEYS for w in _own_glued(inv, key)
        )
        # The seller's possessive glued to what it owns, read inside a word ("我头像", "私の", "تلگرامم").
        self.mine_glued = tuple(sorted(_folded(inv, "seller_possessives_glued")))
        self.theirs_after = _folded(inv, "buyer_possessives_after")  # "website Anda"
        self.identifier_words = _folded(inv, "identifier_words")  # "number", "ID", "号"
        # those that only name an account ("handle", "username"), never an identity document
        self.account_name_words = _folded(inv, "account_name_words") | frozenset(
            fold(w).text for w in _own_glued(inv, "account_name_words")
        )
        # "how", "where", "donde": a place said to be the way to reach the seller (media_pointers.route_place)
        self.route_words = _folded(inv, "route_words")
        # "shows", "muestra", "zeigt": a place showing the seller's bare account (identifier_pointers._shown)
        self.show_verbs = _folded(inv, "show_verbs")
        # Contact details whatever the context ("contact details", "連絡先"), unlike "number".
        self.contact_nouns = _folded(inv, "contact_nouns")
        self.address_words = _folded(inv, "address_words")
        self.count_of = _folded(inv, "count_of_words")
        self.fee_kind_links = _folded(inv, "fee_kind_links")  # leave_shared.fee_of_a_kind
        self.fee_kind_articles = self.articles | _folded(inv, "fee_kind_articles")
        self.session_verbs = frozenset(key_of(_as_text(w)) for w in _strs(inv, "post_session_verbs"))

    def _payment_details(self, pay: Mapping[str, Any]) -> None:
        """Payment links' hosts, IBAN lengths, and the words that label an account or name a coin."""
        self.payment_hosts = [h.lower() for h in _strs(pay, "payment_hosts")]
        # Money-transfer brands: a way to send money and nothing else, a route when named at all.
        self.remittance = frozenset(_as_text(w) for w in _strs(pay, "remittance_services"))
        # Who would send the money ("buyers", "clients abroad", "you"): a brand offered to them.
        self.remittance_payers = cached_regex(
            word_bounded(_alternation(_strs(pay, "remittance_payers")))
        )
        # words after which pt "no"/"na" before a service is "in the" ("pode ser no Pix")
        self.in_the_after = _folded(pay, "in_the_after")
        # words between a pay word and its service that change nothing ("payment can be via OVO")
        self.pay_fillers = _folded(pay, "pay_fillers")
        self.feature_with = _folded(pay, "feature_with")  # payment._feature_with
        self.feature_hosts = _folded(pay, "feature_hosts")
        self.pay_routes = _folded(pay, "pay_routes")
        self.iban_lengths = {k.upper(): int(v) for k, v in (pay.get("iban_lengths", {}) or {}).items()}
        labels = alternation(fold(w).text for w in _strs(pay, "account_labels")) or "(?!)"
        self.account_labels = cached_regex(r"(?:[ \t]*(?:" + labels + r")" + WORD_END + r"){1,3}")
        coins = alternation(w.lower() for w in _strs(pay, "coin_words"))
        self.coin_words = (
            cached_regex(word_bounded(coins), re.IGNORECASE) if coins else None
        )

    def _function_words(self, ch: Mapping[str, Any], inv: Mapping[str, Any], pay: Mapping[str, Any],
                        grammar: Mapping[str, Any]) -> None:
        """The small words that decide what a platform name next to them means."""
        possessives = _alternation(_strs(grammar, "possessives"))
        # A meeting number's passcode right after it: what makes it a room to join.
        self.passcode = cached_regex(r"[ \t]*[,;(]?[ \t]*(?:" + _alternation(_strs(ch, "passcode_words")) + r")\b")
        # After a page name: asking the buyer to look it up ("Facebook: Rosa Songs (search it)").
        self.look_up = cached_regex(r"[^.!?\n]{0,20}?\b(?:" + _alternation(_strs(ch, "look_up_phrases")) + r")\b")
        self.possessive_before = cached_regex(r"(?:^|\s)(?:" + possessives + r")\s+$")
        self.possessives = frozenset(fold(w).text for w in _strs(grammar, "possessives"))
        # An "@name" the seller claims: "my own page @x", "моему боту @x", "el mío: @x"
        # (handles.claimed_at_names). Anchored at the end of a bounded window: linear.
        owners = _alternation([*_strs(grammar, "possessives"), *_strs(inv, "seller_possessives")])
        nouns = _alternation(_strs(ch, "own_account_nouns"))
        label = r"[ \t]*(?:[:：=\-–—]|(?:" + _alternation(_strs(grammar, "copulas")) + r")" + WORD_END + r")?[ \t]*$"
        # why (rt26 subject "実績は私のアカウント @mika_snslab"): Chinese and Japanese
        # characters before the owner are outside words (no spaces in those scripts)
        self.own_account = cached_regex(
            r"(?<!" + WORDCHAR + r")(?:(?:" + owners + r")(?:[ \t]+own)?[ \t]+(?:" + nouns + r")"
            r"|(?:" + nouns + r")[ \t]+(?:"
            + _alternation(_strs(inv, "seller_possessives_after")) + r")|(?:"
            + _alternation(_strs(ch, "own_account_phrases")) + r"))" + WORD_END + label
            # "see my results at @x", "meu portfólio no @x": the seller's shown work, a place word
            + r"|" + WORD_START + r"(?:" + owners + r")[ \t]+(?:" + _alternation(_strs(ch, "own_account_work_nouns"))
            + r")[ \t]+(?:" + _alternation(_strs(ch, "own_account_places")) + r")[ \t]*[:：]?[ \t]*$"
        )
        # why (rt29 "به آیدی @reza_botmaker پیام دهید", "→ID: @mika_stamp"): an ID word
        # right before an "@name" labels it an account whatever platform (if any) is named.
        self.id_label = cached_regex(
            r"(?<!" + WORDCHAR + r")(?:" + _alternation(_strs(ch, "id_words")) + r")"
            r"[ \t]*(?:[:：=→⇒➔➜»]|->|=>|(?:" + _alternation(_strs(grammar, "copulas"))
            + r")(?!" + WORDCHAR + r"))?[ \t]*$"
            # why (the brief's front matter `contact: "@x"`): a contact label with a mark,
            # whatever the key's status ("Contact: @x", "Socials → @x", "联系方式：@x")
            + r"|(?<!" + WORDCHAR + r")(?:" + _alternation(_strs(ch, "contact_labels")) + r")"
            r"[ \t]*(?:[:：=→⇒➔➜»]|->|=>)[ \t]*$"
        )
        # why (rt16 pointer "estoy en todas partes con este mismo nombre"): "the same
        # name" with every network at once and none named: a vague pointer (leaving.pointed_name)
        everywhere = _alternation(_strs(ch, "pointer_everywhere"))
        self.everywhere = cached_regex(word_bounded(everywhere))
        # why (rt16/rt19 pointer "Google my studio name + 'contact' and use the form on my
        # site"): a contact form found by the search is a way to write to the seller (invitations._search)
        routes = _alternation(_strs(ch, "search_contact_routes"))
        self.contact_routes = cached_regex(word_bounded(routes))
        # "my id is", "username:" after a platform name, before the identifier.
        self.next_label = cached_regex(
            r"\s*(?:(?:" + possessives + r")\s+)?(?:" + _alternation(_strs(ch, "id_words")) + r")\s*"
            r"(?:" + _alternation(_strs(grammar, "copulas")) + r"|:|=|-{1,2}>|=>|[→⇒➔➜➡»：])\s*"  # "ID→ x"
        )
        # File names and domains are dotted too, and numbered list items glued to their text.
        self.not_user = cached_regex(
            r"(?:\.(?:" + _alternation(_strs(ch, "not_user_suffixes")) + r")$)|^\d{1,2}[.)][^\W\d_]", re.IGNORECASE
        )
        # The seller's own ("my ... Discord server", "our ..."): a subject, not a channel.
        mine = _alternation([*_strs(grammar, "possessives"), *_strs(grammar, "our_words")])
        self.sellers = cached_regex(r"(?:^|\s)(?:" + mine + r")(?:\s+\S+){0,2}\s+$")
        self.app_markers = _folded(inv, "app_markers")
        self.means_verbs = _folded(inv, "means_verbs")
        self.purpose_words = _folded(inv, "purpose_words")
        self.for_marks = _folded(inv, "for_marks")  # leaving._for_buyers: "for your store", "auf deiner Seite"
        # "für dich", "for you": said to the buyer (leave_shared.for_the_buyer)
        self.for_buyer = cached_regex(word_bounded(_alternation(_strs(inv, "for_buyer_words"))))
        # The marketplace as the way the work goes ("through the Fiverr inbox", "aquí en Fiverr").
        means = _strs(inv, "marketplace_means")
        # "在平台": no spaces around words of wide scripts; nor around the name they hold ("在Fiverr")
        wide = [w for w in means if any(unspaced(c) for c in w)]
        self.marketplace_means = cached_regex(
            word_bounded(_alternation([w for w in means if w not in wide]))
            + (r"|" + _alternation(wide) if wide else "")
        )
        # A contrast that ends what a refusal covers ("prohibited, but I accept PayPal directly").
        contrast = _strs(inv, "contrast_words")
        self.contrast = cached_regex(
            word_bounded(_alternation([w for w in contrast if not glued(w)]))
            + "".join("|" + re.escape(w) for w in contrast if glued(w))
        ) if contrast else None
        # The dealing said to stay inside the marketplace ("siempre dentro de Fiverr").
        self.inside_marketplace = cached_regex(
            word_bounded(_alternation(_strs(inv, "inside_marketplace")))
        )
        # The seller doing the work in person ("yo mismo diseño", "I draw every piece myself"): leaving._self_made
        self.self_work = cached_regex(word_bounded(_alternation(_strs(inv, "self_work_phrases"))))
        # The seller's price next to an off-platform phrase ("my off-Fiverr rate").
        self.prices = cached_regex(word_bounded(_alternation(_strs(inv, "price_nouns"))))
        self.to_words = cached_regex(r"[ \t]*(?:" + _alternation(_strs(pay, "to_words")) + r")[ \t]+")
        # Verb prefixes glued to a service ("mag-GCash": pay by GCash).
        self.pay_prefixes = tuple(w.casefold() for w in _strs(pay, "verb_prefixes"))
        # The seller's account named before its service ("mi cuenta de PayPal", "mi alias de
        # Mercado Pago", "mon compte PayPal"): a possessive, account words, an "of", then the service.
        labels = _alternation([*_strs(pay, "account_labels"), *_strs(pay, "account_nouns")])
        self.account_before = cached_regex(
            r"(?:^|\s)(?:" + possessives + r")\s+(?:" + labels + r")(?:\s+(?:" + labels + r"))?"
            r"(?:\s+(?:" + _alternation(_strs(pay, "account_of")) + r"))?\s+$"
        )


def _alternation(words: list[str]) -> str:
    """Words (folded like the text they are searched in) as a regex alternation, longest
    first; spaces inside a phrase match any run of whitespace."""
    return alternation((fold(w).text for w in words), space=r"\s+") or "(?!)"


def _add_places_left(trig: Lexicon, inv: Mapping[str, Any]) -> None:
    """why (rt29 leaving in hi, bn, fa, ja, ko): the place left said by a word of
    leaving and a word of the place, each from its own list, so that every pair counts
    whichever the seller picks ("outside this site", "beyond the platform", "بیرون از سایت",
    "प्लेटफ़ॉर्म के बाहर", "サイトを通さず", "플랫폼 밖에서"): before the place
    (`off_marks_before`) or after it (`off_marks_after`, postpositions and verb endings),
    glued to it in scripts written without spaces. Judged as every `off_platform` phrase; a
    pair that is already a request to leave ("not through here", `leave_phrases`) keeps
    that reading alone."""
    places = _strs(inv, "off_places")
    leave = frozenset(fold(w).text for w in _strs(inv, "leave_phrases"))

    def add(entry: str) -> None:
        if fold(entry).text not in leave:
            trig.add(entry, (OFF,))

    for entry in _pairs(_strs(inv, "off_marks_before"), places, _strs(inv, "off_marks_after")):
        add(entry)
    # why (rt39 leaving "on quittera la plateforme", "buradan çıkıp devam edelim", "离开平台"): a verb of
    # leaving with the place for its object, and (probes "no need to keep using this site", "platforma gerek
    # kalmaz") the place needed no more: kinds of their own, not `off`, read by leave_requests.asked_away
    # alone ("I'm leaving Fiverr next month" is the seller's career; "we don't need the site builder", a tool)
    for entry in _pairs(_strs(inv, "leave_marks_before"), places, _strs(inv, "leave_marks_after")):
        trig.add(entry, (LEFT,))
    for entry in _strs(inv, "left_phrases"):
        trig.add(entry, (LEFT,))  # "buradan çıkıp", "saldremos de la plataforma": inflected or glued past the pairs
    for entry in _pairs(_strs(inv, "unneeded_marks_before"), places, _strs(inv, "unneeded_marks_after")):
        trig.add(entry, (UNNEEDED,))


def _add_fees_spared(trig: Lexicon, inv: Mapping[str, Any]) -> None:
    """why (issue 12, family 7: "ohne Vermittlungsgebühr", "בלי עמלות", "ویب سائٹ کی فیس بچ جائے گی"):
    the marketplace's fee skipped, said by a word of going without or saving (`fee_spare_before`,
    up to two words before the fee: "without the platform fee") or, in verb-last languages, after it
    (`fee_spare_after`), each from its own list so every pair counts. A kind of its own, not
    `fee_skip`: a bare "without fees" is read only beside an arrangement (outside_prices.fees_skipped),
    never as paying outside by itself ("Без комиссии за правки", "בלי עמלות נסתרות")."""
    fees = _strs(inv, "site_fee_nouns")
    for m in _strs(inv, "fee_spare_before"):
        for f in fees:
            trig.add(f"{m} ~ {f}", (FEE_SPARE,))
            if glued(m[-1]) or glued(f[0]):
                trig.add(f"{m}{f}", (FEE_SPARE,))
    for entry in _pairs([], fees, _strs(inv, "fee_spare_after")):
        trig.add(entry, (FEE_SPARE,))


def _pairs(before: list[str], places: list[str], after: list[str]) -> list[str]:
    """Every mark of `before` followed by every place, and every place followed by every mark
    of `after`; glued as well where either side is of a script written without spaces."""
    out: list[str] = []
    for m in before:
        for p in places:
            out.append(f"{m} {p}")
            if glued(m[-1]) or glued(p[0]):
                out.append(f"{m}{p}")
    for m in after:
        for p in places:
            out.append(f"{p} {m}")
            if glued(m[0]) or glued(p[-1]):
                out.append(f"{p}{m}")
    return out


def _add_platform_verbs(trig: Lexicon, ch: Mapping[str, Any]) -> None:
    """"skype me", "snap me", "viber me": the platform as the verb."""
    verb_words = set(_strs(ch, "verb_words"))
    for spec in (ch.get("platforms", {}) or {}).values():
        for key in ("name", "aliases", "short", "words"):
            for w in _strs(spec, key):
                if w.isascii() and "*" not in w and (key != "words" or w in verb_words):
                    trig.add(f"{w} me", (CHANNEL_VERB,))


def _context_lexicon(tables: Mapping[str, Mapping[str, Any]]) -> Lexicon:
    """The words that decide what a trigger means, read around it."""
    ctx = Lexicon(_as_text)
    for key, kind, table in _CONTEXT_WORDS:
        for w in _strs(tables[table], key):
            ctx.add(w, kind)
    # the seller's possessive glued on a detail noun ("ایمیلم", "numaram"): the noun, read whole
    for key in _GLUED_KEYS:
        for w in _own_glued(tables["inv"], key):
            ctx.add(w, CHANNEL if key == "channel_words" else IDENT)
    return ctx.compile()


# The lists of detail nouns read with the seller's possessive glued on (glued_possessives.py).
_GLUED_KEYS = ("identifier_words", "account_name_words", "channel_words")


def _own_glued(inv: Mapping[str, Any], key: str) -> list[str]:
    """The nouns of list `key` with the seller's possessive suffixes glued on ("ایمیلم", "mailim")."""
    return glued_forms(_strs(inv, key), _strs(inv, "seller_detail_suffixes"))


def _connector_pattern(ch: Mapping[str, Any]) -> re.Pattern[str]:
    """What may stand between a platform name and its identifier."""
    conn = {fold(w).text for w in _strs(ch, "connectors")}
    words = alternation((w for w in conn if not glued(w)), space=r"\s+") or "(?!)"
    cjk = alternation(w for w in conn if glued(w)) or "(?!)"
    # An apostrophe suffix ("discord'um"), then up to five connectors: punctuation (not
    # "@#$", which start identifiers, nor sentence ends), connector words, or glued CJK
    # ones ("号").
    return cached_regex(
        r"(?:['’][^\W\d_]{1,4}|_?(?:" + _alternation(_strs(ch, "name_suffixes")) + r")" + WORD_END + r")?" +
        r"(?:\s{0,4}(?P<p>[^\w\s.,;!?@#$'\"’*]{1,3})"
        # (a word glued after a mark, too: "LINEへ：IDは kenta_0412", or after a glued
        # particle of an unspaced script: "LINEのIDは rina_illust", "카톡의ID는")
        r"|(?:\s{1,4}|(?<=[:：=>»|\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]))"
        r"(?P<w>" + words + r")(?:" + WORD_END + r"|(?=" + cjk + r"))"
        r"|\s{0,2}(?P<c>" + cjk + r")){0,5}"
        # why (rt32 subject "상담은 카톡 오픈채팅 'kakao.bot.minsu'로 주세요"): the name in quotes
        r"(?:\s{0,4}[\"“«「『‘'](?=[^\W_]))?"
        r"\s{0,4}"
    )


def _short_forms(spec: Mapping[str, Any]) -> list[str]:
    """A platform's short forms, two-letter ones also dotted ("fb", "f.b", "ig", "i.g")."""
    out = []
    for short in _strs(spec, "short"):
        out.append(short)
        if len(short) == 2 and short.isascii() and short.isalpha():
            out.append(f"{short[0]}.{short[1]}")
    return out


def _splits(word: str, marks: str) -> str:
    """What may break a disguised name of an unspaced script: `marks`, and a space (or a
    line) in Korean, a spaced script where a name is one word; in Chinese and Japanese a
    line may end between two words that only meet there ("稍微⏎信任")."""
    hangul = all("\uac00" <= c <= "\ud7af" for c in word)
    return marks + " " if hangul else marks


# `.memo`: the entries normalized so far by this thread's build under way (None: no build),
# kept in the build cache: normalizing the ~100,000 entries of the trigger lexicon (most of
# them pairs of words: other_words x other_places, the places left) was a third of building
# it, and the packs of other marketplaces share nearly all of them. The code that
# normalizes is the key. Per thread: two threads may build two packs' vocabularies at once.
_normalized = threading.local()
_NORMALIZERS = ("gigcheck.detectors.triggers", "gigcheck.text")
_NORMALIZED_MAX = 1 << 19


def _as_text(entry: str) -> str:
    """An entry normalized like the text it is searched in (the "leet" view)."""
    memo: dict[str, str] | None = getattr(_normalized, "memo", None)
    if memo is None:
        return _normalize(entry)
    found = memo.get(entry)
    if found is None:
        found = memo[entry] = _normalize(entry)
    return found


def _normalize(entry: str) -> str:
    return deleet(collapse_spaced(fold(entry))).text
