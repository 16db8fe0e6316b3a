"""The typed schema of every `[vocab.*]` table a pack or project config may set.

Each file's vocabulary is checked against it as it is read, so a misspelled key or a
value of the wrong type is a one-line error naming the file, the key and the expected
type, never a crash in the middle of a scan.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Kind:
    """A value's expected type, and how to say it in an error; a number's range."""

    name: str
    bounds: tuple[float, float] | None = None

    def accepts(self, value: Any) -> bool:
        return _CHECKS[self.name](value)

    def in_range(self, value: Any) -> bool:
        """Whether a value this kind accepts is in its range (and finite)."""
        if self.bounds is None:
            return True
        return math.isfinite(value) and self.bounds[0] <= value <= self.bounds[1]

    def describe_range(self) -> str:
        assert self.bounds is not None
        low, high = self.bounds
        if math.isfinite(high):
            return f"from {_number(low)} to {_number(high)}"
        return f"a finite number from {_number(low)} up"


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


@dataclass(frozen=True)
class Tables:
    """A table of named tables of the same shape ([vocab.channels.platforms.skype])."""

    entry: Mapping[str, Kind]
    name: str = "a table of tables"


def _is_text(v: Any) -> bool:
    return isinstance(v, str)


_CHECKS: dict[str, Callable[[Any], bool]] = {
    "a whole number": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "a number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "text": _is_text,
    "true or false": lambda v: isinstance(v, bool),
    "a list of texts": lambda v: isinstance(v, list) and all(_is_text(x) for x in v),
    "a list of [first, last] pairs of characters": lambda v: isinstance(v, list) and all(
        isinstance(x, list) and len(x) == 2 and all(_is_text(y) for y in x) for x in v
    ),
    "a table of texts": lambda v: isinstance(v, dict) and all(_is_text(x) for x in v.values()),
    "a table of whole numbers": lambda v: isinstance(v, dict) and all(
        isinstance(x, int) and not isinstance(x, bool) for x in v.values()
    ),
}

# The vocabulary's numbers are counts, lengths, windows and ratios: never negative.
INT = Kind("a whole number", (0, 10**9))
FLOAT = Kind("a number", (0, math.inf))
TEXT = Kind("text")
BOOL = Kind("true or false")
WORDS = Kind("a list of texts")
PAIRS = Kind("a list of [first, last] pairs of characters")
TEXT_MAP = Kind("a table of texts")
INT_MAP = Kind("a table of whole numbers")

PLATFORM = {"label": TEXT, "kind": TEXT, "name": TEXT, "aliases": WORDS, "short": WORDS, "words": WORDS}
CATEGORY = {"label": TEXT, "match": WORDS, "keywords": WORDS, "related": WORDS}
# One way a gig offers what a standard prohibits (detectors/conduct.py).
STANDARD = {
    "label": TEXT, "advice": TEXT, "phrases": WORDS, "exceptions": WORDS, "things": WORDS, "markers": WORDS,
    "markers_after": WORDS, "verbs": WORDS, "subjects": WORDS, "not_after": WORDS, "quantity": BOOL,
    "not_before_verb": WORDS,  # conL: "growth hack"
    "not_before": WORDS,  # conM: "صورة جواز سفر" (a passport photo)
    "items": BOOL, "slang": WORDS, "needs": WORDS, "needs_also": WORDS, "unless": WORDS, "sourced": BOOL,
    "quote_needs": BOOL,
    "opens": BOOL,  # conM: the offer opens its clause (a listing, a title)
    "verbs_after": WORDS,  # conK: the seller's verb last (tr, hi, ja, ko)
}

Spec = Kind | Tables

VOCAB: dict[str, dict[str, Spec]] = {
    "channels": {
        "passcode_words": WORDS,
        "look_up_phrases": WORDS,
        "name_suffixes": WORDS,
        "id_words": WORDS,
        "not_user_suffixes": WORDS,
        "at_name_endings": WORDS,
        "fuzzy_min_length": INT,
        "not_names": WORDS,
        "unspaced_compounds": WORDS,  # Lexicon.keep_compounds: "增加" holds the "加" of "加微信"
        "native_name_platforms": WORDS,  # handles._vetted: "小红书搜 @阿芳插画"
        "glued_disguised_names": WORDS,  # Lexicon.add_glued_disguises: "ラ◯ン", "薇❤", "카⏎톡"
        "glued_name_masks": TEXT,  # the marks standing for a character there
        "glued_name_splits": TEXT,  # the marks breaking such a name once ("카.톡")
        "connectors": WORDS,
        "label_words": WORDS,
        "not_identifiers": WORDS,
        "list_conjunctions": WORDS,
        "subject_cues": WORDS,
        "subject_cues_before": WORDS,
        "verb_words": WORDS,
        "handle_verbs": WORDS,
        "handle_intros": WORDS,  # handle_ids.in_window
        "not_handles_after_at": WORDS,  # handle_ids.plain_after_verb
        # handle_ids.intro_before / in_window: "I'm lunaframes on insta", "as lunaframes"
        "identity_intros": WORDS,
        "identity_as": WORDS,
        "not_handles_after_intro": WORDS,
        "not_handle_endings": WORDS,
        # handles.claimed_at_names: "my own page @x", "el mío: @x"
        "own_account_nouns": WORDS,
        "own_account_work_nouns": WORDS,  # (rt14 subject)
        "own_account_places": WORDS,  # (rt14 subject)
        "own_account_phrases": WORDS,
        "pointer_everywhere": WORDS,  # self_pointers.pointed_name ("same name on all networks")
        "search_contact_routes": WORDS,  # invitations._search ("... the contact form")
        "not_at_names": WORDS,  # "@everyone", "@media": no account after a verb
        "session_hosts": WORDS,  # self_pointers._own_chat: "my Zoom" may host an on-platform session
        "contact_labels": WORDS,  # handles._id_labelled: "Contact: @x", front matter `socials: "@x"`
        "handle_label_words": WORDS,  # handle_labels.labelled_names: "Handle: mira_designs", no platform
        "address_verbs": WORDS,  # handle_ids.intro_before: "DM sketchbykemal on IG"
        "addressed_people": WORDS,  # ... but not "message clients on Instagram"
        "platforms": Tables(PLATFORM),
    },
    "invitation": {
        "contact_verbs": WORDS,
        "talk_verbs": WORDS,
        "channel_verbs": WORDS,
        "channel_verb_followers": WORDS,
        "imperative_leads": WORDS,  # invitations._imperative ("Please message my WhatsApp")
        "channel_verb_namers": WORDS,  # invitations._named ("Clients call me 'the fastest'")
        "widget_words": WORDS,  # invitations._widget_for_buyer ("a WhatsApp button on your site")
        "widget_seller_marks": WORDS,  # invitations._widget_for_buyer, "我的" inside a run
        "widget_me_endings": WORDS,  # invitations._me_by, "escríbeme"
        "share_verbs": WORDS,
        "ask_buyer": WORDS,
        "search_phrases": WORDS,
        "search_verbs": WORDS,
        "search_name_verbs": WORDS,
        "profile_hints": WORDS,
        "detail_pointers": WORDS,
        "detail_places": WORDS,
        "detail_words": WORDS,
        "off_platform": WORDS,
        "share_verbs_after": WORDS,  # invitations._share_or_ask: "IBAN'ımı paylaşırım"
        "ask_buyer_after": WORDS,  # buyer_detail_ask: "Numaranı bırak", "আপনার নম্বর দিন"
        "for_marks": WORDS,  # away_hints._for_buyers, "for" / "on" before the buyer's possessive
        "seller_subject_words": WORDS,  # invitations._reaches_buyer: "so I can call you"
        "reach_buyer_phrases": WORDS,  # invitations._reaches_buyer: "te mando un DM"
        "write_you_phrases": WORDS,  # ... "ti scrivo io", closing or with a place
        "reach_buyer_places": WORDS,  # ... "por DM", "dort", "туда"
        "send_verbs": WORDS,  # deliveries.py: "I send the files via WhatsApp"
        "detail_purposes": WORDS,  # detail_purpose.py: "Your email, so I can send the drafts there"
        "detail_reach_verbs": WORDS,  # ... the seller sending or reaching after it ("send", "schick-")
        "dm_words": WORDS,  # deliveries._in_dms, a platform's private messages ("Instagram DMs", "ЛС ВК")
        "aftercare_nouns": WORDS,  # deliveries.served_outside, "free revisions via WhatsApp after delivery"
        "booking_verbs": WORDS,  # own_site.py: "réservez ... sur mon site"
        "booking_breaks": WORDS,  # ... not "order samples and see them on my site"
        "conversation_words": WORDS,
        "person_words": WORDS,
        "channel_words": WORDS,
        "other_channel_words": WORDS,
        "marketplace_words": WORDS,
        "channel_markers_before": WORDS,
        "channel_markers_after": WORDS,
        "app_markers": WORDS,
        "means_verbs": WORDS,
        "purpose_words": WORDS,
        "articles": WORDS,
        "there_words": WORDS,
        "negations": WORDS,
        "refusals_after": WORDS,
        "session_markers": WORDS,
        "post_order": WORDS,
        "pre_order": WORDS,  # detectors/pre_order_sessions.py
        "call_words": WORDS,  # pre_order_sessions.call_before_order
        "preliminary_words": WORDS,  # the same
        "work_unit": TEXT,  # "order"; "contract" on Upwork (GC205's message)
        "session_words": WORDS,
        "line_joiners": WORDS,
        "leave_phrases": WORDS,
        "without_words": WORDS,  # detectors/built_without.py
        "built_things": WORDS,
        "qualified_place_nouns": WORDS,  # leave_shared.place_qualified, "outside the site templates"
        "public_handle_verbs": WORDS,  # invitations._reaches_buyer
        "elsewhere_phrases": WORDS,
        "pointer_phrases": WORDS,
        "name_pointers": WORDS,
        "described_channels": TEXT_MAP,
        "channel_looks": TEXT_MAP,  # detectors/channel_looks.py
        "look_nouns": WORDS,
        "finding_pointers": WORDS,  # detectors/media_pointers.py
        "post_session_verbs": WORDS,
        # detectors/contact_lift.py: when contact rules lift (vocab/direct_contact.toml)
        "after_order_start": WORDS,
        "after_contract_start": WORDS,
        "before_start": WORDS,
        # detectors/company_names.py: the seller's business named (vocab/direct_contact.toml)
        "company_intros": WORDS,
        "legal_suffixes": WORDS,
        "company_nouns": WORDS,
        "away_words": WORDS,
        "same_words": WORDS,
        "here_words": WORDS,
        "cheaper_words": WORDS,
        "middleman_phrases": WORDS,  # direct_deals.middleman
        "middleman_ties": WORDS,
        "marketplace_means": WORDS,
        "self_work_phrases": WORDS,  # leaving._self_made: "yo mismo diseño cada pieza"
        "inside_marketplace": WORDS,  # detect2: leaving.left
        "look_words": WORDS,
        "deal_words": WORDS,
        "direct_words": WORDS,
        "third_party_words": WORDS,
        "outreach_targets": WORDS,  # detfp: invitations._others_addressed
        "encouragements": WORDS,  # detfp: "don't hesitate" is no negation
        "search_identity_verbs": WORDS,
        "direct_work_after": WORDS,
        "later_just_words": WORDS,
        "later_words": WORDS,
        "price_nouns": WORDS,  # detrt6b: the seller's price off the marketplace
        "work_together_words": WORDS,
        "seller_possessives": WORDS,
        "keep_private_verbs": WORDS,  # private_lines.kept_private
        "private_things": WORDS,  # invitations._buyers_data_before
        "keep_having_articles": WORDS,  # private_lines.kept_private
        "name_work_verbs": WORDS,  # self_pointers.pointed_name (a name made as the work)
        "reporting_subjects": WORDS,  # invitations._reported ("Buyers often ask for my WhatsApp")
        "reporting_gap_words": WORDS,
        "reporting_given": WORDS,
        "reporting_declines": WORDS,
        "reporting_modals": WORDS,
        "marketplace_offers": WORDS,  # away_hints._marketplace_listed ("Other ways: packages, a subscription")
        "negation_joiners": WORDS,  # sentence_channels.negated ("I won't share my number or take calls")
        "negative_verb_starts": WORDS,  # sentence_channels.denied_last ("… نمی‌دم": a negative verb last)
        "negative_verb_ends": WORDS,
        "time_nouns": WORDS,  # away_hints.elsewhere ("außerhalb der Bürozeiten": when, not where)
        "shown_work_nouns": WORDS,  # outside_prices.rest_away (the rest of the seller's work)
        "seller_possessives_after": WORDS,
        "seller_suffixes": WORDS,  # detect7: possessives glued to the noun ("tokoku")
        "seller_detail_suffixes": WORDS,  # glued_possessives: "ایمیلم", "numaram" made from the nouns
        "other_words": WORDS,  # detect7: away_hints.elsewhere_other ("other sites", "platform lain")
        "other_places": WORDS,
        "off_marks_before": WORDS,  # triggers._add_places_left, "outside" + "this site"
        "leave_marks_before": WORDS,  # triggers._add_places_left, "quitter" + "la plateforme" (also `left`)
        "leave_marks_after": WORDS,  # "buradan" + "çıkıp", "サイト" + "を離れて"
        "unneeded_marks_before": WORDS,  # "no need for" + "the platform" (also `left`)
        "unneeded_marks_after": WORDS,  # "platforma" + "gerek kalmaz"
        "contact_means": WORDS,  # triggers, "outros" + "meios de contato" (an `elsewhere` hint)
        "buyer_pronouns": WORDS,  # leave_requests._we_said, "you" is not "we"
        "moving_verbs": WORDS,  # leave_requests.thing_moved, "move" + "the logo" + "elsewhere"
        "carried_objects": WORDS,  # leave_requests.thing_moved, "move this elsewhere"
        "told_where": WORDS,  # leave_requests._told_where, "I'll tell you where we continue"
        "off_marks_after": WORDS,  # "प्लेटफ़ॉर्म" + "के बाहर", "サイト" + "を通さず"
        "off_places": WORDS,
        "left_phrases": WORDS,  # whole phrases of leaving the place (kind `left`): "buradan çıkıp"
        "other_ties": WORDS,
        "other_tie_endings": WORDS,
        "replacement_words": WORDS,  # market_swaps.py
        "ways_to_talk": WORDS,  # market_swaps.better_way
        "comparatives": WORDS,  # market_swaps.better_way
        "line_given_verbs": WORDS,  # private_lines._handed
        "line_recipients": WORDS,  # private_lines._handed
        "carry_on_verbs": WORDS,  # invitations._carried_on_privately
        "carry_particles": WORDS,  # away_hints._particle_closes ("machen … weiter")
        "origin_marks": WORDS,  # away_hints._carried_there: "다른 곳에서 구매한 템플릿" (the thing's origin)
        "other_counts": WORDS,  # "on a few other apps"
        "history_nouns": WORDS,  # detect7: invitations._history_by
        "history_marks": WORDS,  # det10b: invitations._history_by, a few words before
        "past_times": WORDS,  # leave_shared.history_by, a time of the past in the clause
        "clientele_nouns": WORDS,  # away_hints.dealt_there: a deal word naming a kind of client
        "arrangement_phrases": WORDS,  # det10b: direct_deals.arrangement, another arrangement hinted at
        "ways_hinted": WORDS,  # direct_deals.ways_asked, "hay formas" answering a question about paying directly
        "settle_phrases": WORDS,  # direct_deals.settled_between, "between us" with a word of settling
        "settle_words": WORDS,
        "fee_gap_words": WORDS,  # leave_shared.fee_owned, fillers between skipping and the fee
        "fee_kind_articles": WORDS,  # leave_shared.fee_of_a_kind: "pour LES révisions"
        "fee_kind_links": WORDS,  # leave_shared.fee_of_a_kind: "fees FOR revisions", "комиссии ЗА правки"
        "fee_skip_phrases": WORDS,  # outside_prices.fees_skipped, the fee skipped, the buyer sent to ask
        "fee_spare_before": WORDS,  # triggers: "without"/"save" + `site_fee_nouns` (a fee skipped, `FEE_SKIP`)
        "fee_spare_after": WORDS,  # triggers: `site_fee_nouns` + "saved" (verb-last languages)
        "site_fee_nouns": WORDS,
        "talk_away_verbs": WORDS,  # invitations._talked_away, talking with a word of elsewhere by it
        "remainder_phrases": WORDS,  # outside_prices.rest_away, the rest paid away from here
        "requirement_places": WORDS,
        "address_words": WORDS,  # requirements_ask, the buyer's detail asked for in the requirements
        "scan_codes": WORDS,  # invitations._contact_verb, a contact verb with a QR code to scan
        "not_here_phrases": WORDS,  # det10b: away_hints.not_here, the marketplace denied after a word of elsewhere
        "arrangement_about": WORDS,  # det10b: direct_deals.arrangement, what it is for right after it
        "if_words": WORDS,  # det10b: outside_prices._cheaper_if_direct, a condition
        "if_endings": WORDS,  # det10b: outside_prices._cheaper_if_direct, conditional endings (tr)
        "to_me_words": WORDS,  # det10b: outside_prices._to_me_after, "directly to me"
        "unrecorded_phrases": WORDS,  # leaving.left, a deal kept off the record, said outright
        "unrecorded_subjects": WORDS,  # leaving.left, the records as the work's subject
        "both_ways_marks": WORDS,  # leaving._on_record, "with or (without an invoice)"
        "for_buyer_words": WORDS,  # leave_shared.for_the_buyer, "für dich erreichbar"
        "source_marks": WORDS,  # direct_deals._to_seller_directly, the seller as the source or the agent
        "than_words": WORDS,  # det10b: outside_prices._compared, "cheaper than elsewhere"
        # detectors/market_compared.py, the marketplace's way compared with the seller's own
        "dearer_words": WORDS,
        "better_words": WORDS,
        "compared_words": WORDS,
        "than_before_words": WORDS,
        "other_people_words": WORDS,  # market_compared._others_compared, "than most sellers here"
        "ablative_comparatives": WORDS,
        "ablative_endings": WORDS,
        "away_closing": WORDS,  # leave_requests._closing_away, "continue with me outside"
        "settle_ourselves": WORDS,  # direct_deals.settled_between, "we settle the balance ourselves"
        "contrast_words": WORDS,  # payment._refused_before, "prohibited, but I accept PayPal directly"
        "example_marks": WORDS,  # away_hints._carried_there, "other platforms like Wix" is the work
        "our_objects": WORDS,  # invitations._customers_to_business, "your customers can contact us"
        "our_subjects": WORDS,  # the buyer's possessive opening "your customers" in that subject
        "marketplace_names": WORDS,  # det10b: the pack's marketplace, for "{marketplace}" in shared lists
        "way_words": WORDS,  # det10b: outside_prices.cheaper_outside, a way to a better price hinted at
        "ask_me_words": WORDS,  # det10b: outside_prices.cheaper_outside, the buyer told to ask for that way
        "presence_words": WORDS,
        "together_words": WORDS,
        "cue_symbols": WORDS,  # "📞" before or between a number's groups (phones._symbol_cued)
        "media_places": WORDS,  # media_pointers.media_pointer
        "media_places_located": WORDS,
        "credit_places": WORDS,  # media_pointers._sellers_detail
        "third_party_marks": WORDS,  # self_pointers.third_party
        "contact_person_nouns": WORDS,  # self_pointers.contact_person
        "search_fillers": WORDS,  # invitations._past_fillers
        "count_of_words": WORDS,
        "stay_words": WORDS,  # leave_shared.kept_quiet, "what we discuss stays between us"
        "private_words": WORDS,  # private_lines.private_line
        "own_details": WORDS,
        "identifier_words": WORDS,  # identifier_pointers, "number", "ID", "号" pointed to
        "account_name_words": WORDS,  # identifier_pointers, "handle", "username": no ID card
        "route_words": WORDS,  # media_pointers.route_place, "the watermark is how you reach me"
        "show_verbs": WORDS,  # identifier_pointers._shown, "the end card shows my Insta"
        "identifier_derivations": WORDS,  # identifier_pointers, "lowercase", "igualzinho ao daqui"
        "seller_possessives_glued": WORDS,  # identifier_pointers, "我", "私の", "제"
        "buyer_possessives_after": WORDS,  # identifier_pointers, "website Anda", "nomor bisnis kamu"
        "contact_nouns": WORDS,
    },
    "payment": {
        "pay_routes": WORDS,  # payment._only_fillers, what the payment is for before "via"
        "feature_with": WORDS,  # payment_topics.feature_with, "bot … avec paiements Stripe"
        "feature_hosts": WORDS,  # payment_topics.feature_with, the thing built ("bot", "app", "tienda")
        "pay_fillers": WORDS,  # payment._pay_word_next_to, "pembayaran bisa via OVO"
        "in_the_after": WORDS,  # payment._preposition, "pode ser no Pix" (pt "no" = "in the")
        "rest_words": WORDS,  # payment_words.rest: "the remaining 50% via PayPal"
        "choice_words": WORDS,  # payment_words.choice, "Maya o GCash, alinman ang gusto mo"
        "share_words": WORDS,  # payment_words.rest, "Half now on Venmo" (a share put on a service)
        "remittance_services": WORDS,  # det10b: payment._judge, a money-transfer brand named is a route
        "remittance_payers": WORDS,  # det10b: payment._judge, who would send the money
        "to_words": WORDS,
        "account_nouns": WORDS,  # payment._my_account, "mi cuenta de PayPal" (with account_labels)
        "account_of": WORDS,
        "verb_prefixes": WORDS,  # payment._verb_prefixed, "mag-GCash"
        "services": WORDS,
        "services_ambiguous": WORDS,
        "pay_verbs": WORDS,
        "pay_words": WORDS,
        "subject_cues": WORDS,
        "topic_words": WORDS,
        "off_platform": WORDS,
        "marketplace_words": WORDS,
        "account_labels": WORDS,
        "coin_words": WORDS,
        "cashtag_services": WORDS,
        "handle_services": WORDS,
        # detectors/payment_words.py
        "direct_words": WORDS,
        "incentive_words": WORDS,
        "apart_words": WORDS,
        "order_skip_marks": WORDS,  # paid_straight (the order skipped: "without a new order")
        "order_skip_marks_after": WORDS,  # paid_straight (a direct word that is no way out: "paid separately")
        "surcharge_words": WORDS,
        "unavailable_after": WORDS,  # the marketplace's way said unusable (payment_market)
        "consequence_words": WORDS,  # "so", "then" bringing the service taken instead (payment_market)
        "own_places": WORDS,  # the seller's own store or site paid at (paid_straight)
        "pay_instruments": WORDS,  # a checkout link, an invoice (paid_straight)
        "marketplace_marks_after": WORDS,  # the marketplace as the way by a postposition ("Fiverr पर")
        "sent_work_objects": WORDS,  # paid_straight (the files sent, not money: "send the files to me directly")
        # detrt6b: "also" before a weakly offered service (payment_words.also_in)
        "also_words": WORDS,
        # detfp: the marketplace named to be left (payment_words._outside)
        "outside_marks": WORDS,
        "outside_marks_after": WORDS,
        "marketplace_nouns": WORDS,
        "marketplace_parts": WORDS,
        "upi_suffixes": WORDS,
        "relative_words": WORDS,
        # payhandle3: clients' customers as a topic unless the seller is the payee; the
        # seller's own account as the destination; amounts before a service
        "client_customers": WORDS,
        "payee_words": WORDS,
        "own_accounts": WORDS,
        "direct_payees": WORDS,
        "currency_marks": WORDS,
        "withdraw_words": WORDS,
        "marketplace_marks": WORDS,
        "order_words": WORDS,
        "refusing_answers": WORDS,
        "affirming_answers": WORDS,
        "refusals_after": WORDS,
        "negations": WORDS,
        "negations_near": WORDS,  # payment_words.negated_before ("nada de Pix")
        "list_words": WORDS,  # ... and a list of services after it
        "buyer_businesses": WORDS,  # payment._buyers_business ("your shop charges ... via PayPal")
        "buyer_accounts": WORDS,  # payment._buyers_business ("die Zahlung geht an Ihr Konto")
        "payment_hosts": WORDS,
        "iban_lengths": INT_MAP,
    },
    "email": {
        "at_words": WORDS,
        "dot_words": WORDS,
        "at_symbols": WORDS,
        "dot_symbols": WORDS,
        "providers": WORDS,
        "account_providers": WORDS,
        "provider_names_need_tld": WORDS,
        "provider_aliases": TEXT_MAP,
        "account_nouns": WORDS,
        "account_verbs": WORDS,
        "presence_words": WORDS,
        "presence_verbs": WORDS,
        "tlds": WORDS,
        "file_extensions": WORDS,
        "placeholder_domains": WORDS,
        "placeholder_tlds": WORDS,
        "placeholder_prefixes": WORDS,
        "placeholder_locals": WORDS,
        "placeholder_test_domains": WORDS,  # detfp: test-data inboxes (email_reading.py)
        "context_words": WORDS,
        "not_local": WORDS,
        "weak_words": WORDS,
        "allowed_domains": WORDS,
        "not_handle": WORDS,
        "not_domain": WORDS,
        "identity_dotless_domains": WORDS,
        "identity_domain_aliases": TEXT_MAP,
        # stated swaps ("swap the 🌸 for the at-sign", email_swaps.py)
        "swap_verbs": WORDS,
        "swap_links": WORDS,
        "swap_see": WORDS,
        "swap_instead": WORDS,
        "swap_means": WORDS,
        "swap_fillers": WORDS,
        "swap_at_targets": WORDS,
        "swap_dot_targets": WORDS,
        "swap_not_targets": WORDS,
        "swap_symbol_names": TEXT_MAP,
    },
    "phone": {
        "extension_words": WORDS,
        "number_nouns": WORDS,
        "regions": WORDS,
        "context_words": WORDS,
        "not_phone_words": WORDS,
        "id_nouns": WORDS,
        "plus_words": WORDS,
        "unit_words": WORDS,
        "group_joiners": WORDS,
        "glued_number_cues": WORDS,  # "whatsapp_5551234567" (phone_words.glued_cue_edits)
        "time_after_words": WORDS,  # phone_guards.context: "après commande : 06 …"
        "together_words": WORDS,  # "read the step numbers together" (list_numbers.py)
        "cue_symbols": WORDS,  # "📞" before or between a number's groups (phones._symbol_cued)
        "reversed_words": WORDS,  # "my number reversed: 6304 2158 55 179+" (phone_reversed.py)
    },
    "grammar": {
        "possessives": WORDS,
        "our_words": WORDS,
        "copulas": WORDS,
        # Placeholder identifiers (detectors/placeholders.py).
        "placeholder_owners": WORDS,
        "placeholder_owner_suffixes": WORDS,
        "placeholder_nouns": WORDS,
        "placeholder_names": WORDS,
        "placeholder_examples": WORDS,
        "placeholder_mine": WORDS,
        "placeholder_own_pronouns": WORDS,  # (rt32 placeholder "filled in with mine")
        "placeholder_open_owners": WORDS,
        "placeholder_cues": WORDS,
        "placeholder_live_demos": WORDS,  # det10c (rt12 subject)
        "placeholder_brand_voices": WORDS,  # (the buyer's brand speaking in copy)
        "placeholder_claims_after": WORDS,  # (rt14/rt15 placeholder)
        "placeholder_claim_negations": WORDS,  # (rt14/rt15 placeholder)
        "placeholder_turns": WORDS,  # (rt29 placeholder: "Modelo: … —⏎ou fale comigo em …")
        "placeholder_claim_verbs": WORDS,
        "placeholder_pieces": WORDS,
        "placeholder_bare_frames": WORDS,  # handles._design_copy
        "placeholder_example_people": WORDS,
        "placeholder_stand_in_names": WORDS,  # template persons, only where the text calls it an example
        "placeholder_number_ranges": WORDS,
        "placeholder_frames": WORDS,
        "placeholder_work_words": WORDS,
        "placeholder_mask_chars": WORDS,  # detfp: "+7 (XXX) XXX-XX-XX" (placeholders.py)
    },
    "numbers": {
        "words": TEXT_MAP,
        "words_more": TEXT_MAP,
        "words_extra": TEXT_MAP,
        "run_words": TEXT_MAP,
        "run_words_kana": TEXT_MAP,
        "bridge_words": TEXT_MAP,
        "words_variants": TEXT_MAP,
        "repeat": INT_MAP,
        "repeat_after": INT_MAP,  # det10a: "88 twice" = 8888
        "times_words": WORDS,  # det10a: "44 2 veces" = 4444
        "connectors": WORDS,
        "units_first": WORDS,
        "glued_parts": TEXT_MAP,
    },
    "document": {
        "description_headings": WORDS,
        "extras_headings": WORDS,
        "faq_headings": WORDS,
        "requirements_headings": WORDS,
        "portfolio_headings": WORDS,
        "price_labels": WORDS,
        "delivery_labels": WORDS,
    },
    # rules/packages.py: the marketplace's package tiers in order, cheapest first, the
    # headings of a body section that names the packages in words, and the currency sign
    # messages write amounts with ("$5", "£5"; none when unset).
    "packages": {
        "tiers": WORDS,
        "headings": WORDS,
        "currency": TEXT,
    },
    "quantities": {
        "currency_markers": WORDS,
        "number_words": INT_MAP,
        "day_units": WORDS,
        "week_units": WORDS,
        "hour_units": WORDS,
        "filler_words": WORDS,
        "faster_words": WORDS,
        "slower_words": WORDS,
        "zero_phrases": WORDS,
    },
    "extras": {
        "noun": TEXT,  # what messages call an extra ("add-on" on Upwork)
        "noun_plural": TEXT,
        "stopwords": WORDS,
        "neutral_words": WORDS,
        "hype_words": WORDS,
        "vague_words": WORDS,
        "filler_phrases": WORDS,
        "min_content_words": INT,
        "quantity_skip": WORDS,
        "object_skip": WORDS,
        "number_words": WORDS,
        "deliverable_nouns": WORDS,
        "formats": WORDS,
        "concrete_verbs": WORDS,
        "vague_verbs": WORDS,
        "determiners": WORDS,
        "subject_pronouns": WORDS,
        "speed_words": WORDS,
        "speed_targets": WORDS,
        "speed_window": INT,
        "live_session_words": WORDS,
        "live_session_non_followers": WORDS,
        "live_session_non_preceders": WORDS,
        "live_session_of_nouns": WORDS,
        "live_session_of_links": WORDS,
        "live_session_ambiguous": WORDS,
        "prerecorded_markers": WORDS,
        "after_order_leads": WORDS,
        "after_order_targets": WORDS,
        "after_order_window": INT,
        "after_order_phrases": WORDS,
        "session_time_units": WORDS,
        "duration_articles": WORDS,
        "session_count_nouns": WORDS,
        "duration_skip": WORDS,
        "repeat_ignore": WORDS,
        "repeat_overlap": FLOAT,
        "stem_prefix": INT,
        "acronyms": WORDS,
        "min_caps_word_len": INT,
        "min_caps_words": INT,
        "max_caps_ratio": FLOAT,
        "punctuation_chars": TEXT,
        "punctuation_run": INT,
        "emoji_ranges": PAIRS,
        "emoji_joiners": PAIRS,
        "emoji_run": INT,
        "emoji_max_ratio": FLOAT,
        "emoji_min_for_ratio": INT,
        "one_word_max": INT,
        "readability_min_words": INT,
        "categories": Tables(CATEGORY),
    },
    "conduct": {
        "rulebook": TEXT,  # "Community Standards" (GC701's message)
        "negations": WORDS,
        "verb_negations": WORDS,
        "negation_reach": INT,
        "breaks": WORDS,
        "seller_own": WORDS,
        "quantity_words": WORDS,
        "verb_reach": INT,
        "marker_reach": INT,
        "helpers": WORDS,
        "other_words": WORDS,
        "carry": WORDS,
        "honest_words": WORDS,
        "item_labels": WORDS,
        "package_nouns": WORDS,
        "joined_windows": WORDS,
        "within_words": WORDS,
        "time_units": WORDS,
        "question_openers": WORDS,
        "rating_marks": WORDS,
        "yes_words": WORDS,
        "source_words": WORDS,
        "source_nouns": WORDS,
        "source_kinds": WORDS,
        "source_owners": WORDS,
        # conK: denials after the offer, counts sent to the buyer's page, goals, guarantees, elided articles
        "negations_after": WORDS,
        "buyer_words": WORDS,
        "buyer_suffixes": WORDS,
        "aim_words": WORDS,
        "sold_marks": WORDS,
        "elisions": WORDS,
        "copy_tails": WORDS,  # conL: conduct._things
        "clitics": WORDS,
        "metric_platforms": WORDS,
        "count_binders": WORDS,
        "count_qualifiers": WORDS,  # conM: conduct.counted_under
        "rate_words": WORDS, "per_words": WORDS, "rate_units": WORDS,  # conduct._rate_after
        "standards": Tables(STANDARD),
    },
    "reviews": {
        "nouns": WORDS,
        "weak_nouns": WORDS,
        "star_nouns": WORDS,
        "top_stars": WORDS,
        "verb_marks": WORDS,
        "please_words": WORDS,
        "segment_words": WORDS,
        "rating_words": WORDS,
        "request_verbs": WORDS,
        "rate_verbs": WORDS,
        "rate_objects": WORDS,
        "rate_withs": WORDS,
        "rate_only": WORDS,
        "fillers": WORDS,
        "you_words": WORDS,
        "seller_words": WORDS,
        "appeal_words": WORDS,
        "rated_appeal_words": WORDS,  # conL
        "rewards": WORDS,
        "ties": WORDS,
        "ties_before": WORDS,  # conN: reviews._Clause._reward_of
        "request_verbs_after": WORDS,
        "request_particles_after": WORDS,
        "if_words": WORDS,
        "relative_words": WORDS,
        "your_words": WORDS,
        # review gating (detectors/review_gates.py)
        "gate_acts": WORDS, "gate_before": WORDS, "gate_before_after": WORDS, "gate_contacts": WORDS,
        "gate_only": WORDS, "gate_satisfied": WORDS, "gate_customers": WORDS, "gate_low": WORDS, "gate_pleas": WORDS,
        "gate_elsewhere": WORDS, "gate_changes": WORDS, "gate_top": WORDS,
        "honest_words": WORDS, "regardless_words": WORDS,  # reviews._Clause
    },
    "marketplaces": {
        "names": WORDS,
        "places": WORDS,
        "pointer_verbs": WORDS,
        "pointer_objects": WORDS,
        "self_pointer_verbs": WORDS,
        "presence_words": WORDS,
        "seller_is": WORDS,
        "seller_words": WORDS,
        "own_things": WORDS,
        "cheaper_words": WORDS,
        "weak_names": WORDS,
        "of_words": WORDS,
        "place_suffixes": WORDS,
        "suffix_also": WORDS,
        "presence_after": WORDS,
        "name_prefixes": WORDS,
        "later_words": WORDS,  # conL: marketplaces._later_start
        "there_words": WORDS, "continue_words": WORDS,
        "asking_words": WORDS,
        "places_after": WORDS,
        "price_nouns": WORDS, "lower_words": WORDS,  # conN: marketplaces._cheaper_at
        "scope_words": WORDS, "only_words": WORDS, "history_words": WORDS,  # conN: marketplaces._scope_sent
        "hire_verbs": WORDS,  # conN: marketplaces._sender_start
        "builders": WORDS,  # conO: no kind of work sent to where the buyer's shop is built
        # marketplaces._same_before, _own_thing_start, _owner_after
        "same_words": WORDS, "own_mine": WORDS, "owners_after": WORDS,
        "shop_nouns": WORDS, "direct_words": WORDS,  # own_shop.py
    },
    "links": {
        "allowed_hosts": WORDS,
        "allowed_host_names": WORDS,
        "marketplace_hosts": WORDS,
        "shorteners": WORDS,
        "file_hosts": WORDS,
        "messenger_hosts": WORDS,
        "social_hosts": WORDS,
        # detectors/reference_links.py (link-reference, GC407)
        "reference_hosts": WORDS,
        "reference_public_suffixes": WORDS,
        "reference_host_labels": WORDS,
        "reference_paths": WORDS,
        "reference_personal_paths": WORDS,
        "contact_schemes": WORDS,
        "script_schemes": WORDS,
        "handle_hosts": TEXT_MAP,
        "phone_link_hosts": WORDS,
        "handle_path_sections": WORDS,
        "spelled_tlds": WORDS,
        "spelled_dot_words": WORDS,
        "spelled_at_words": WORDS,
        "spelled_stopwords": WORDS,
        "not_domains": WORDS,
        "code_receivers": WORDS,  # ("obj.pk": an attribute in code, no host)
        "name_domains": WORDS,
        "url_contact_words": WORDS,
        "url_contact_params": WORDS,
        "phone_params": WORDS,
        "tracking_params": WORDS,
        "tracking_prefixes": WORDS,
        # detectors/contact_forms.py (vocab/direct_contact.toml)
        "contact_form_hosts": WORDS,
        "contact_form_paths": WORDS,
    },
}


def check_vocab(vocab: Any, where: str) -> None:
    """Raise ValueError("<where>: <one line>") when `vocab` (a file's `[vocab]` table) has
    an unknown table or key or a value of the wrong type. `extend-<key>` takes the type
    of `<key>` (it appends to a list)."""
    if not isinstance(vocab, dict):
        raise ValueError(f"{where}: 'vocab' must be a table")
    for table, body in vocab.items():
        schema = VOCAB.get(table)
        if schema is None:
            raise ValueError(f"{where}: unknown table 'vocab.{table}' (known: {', '.join(sorted(VOCAB))})")
        if not isinstance(body, dict):
            raise ValueError(f"{where}: 'vocab.{table}' must be a table")
        for key, value in body.items():
            _check_value(schema, table, key, value, where)


def _check_value(schema: Mapping[str, Spec], table: str, key: str, value: Any, where: str) -> None:
    base = key[len("extend-"):] if key.startswith("extend-") else key
    spec = schema.get(base)
    dotted = f"vocab.{table}.{key}"
    if spec is None:
        raise ValueError(f"{where}: unknown key '{dotted}' (see the shipped policies/vocab/ for the keys)")
    if isinstance(spec, Tables):
        if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
            raise ValueError(f"{where}: '{dotted}' must be a table of tables")
        for name, entry in value.items():
            for k, v in entry.items():
                kind = spec.entry.get(k)
                if kind is None:
                    raise ValueError(f"{where}: unknown key '{dotted}.{name}.{k}' (known: {', '.join(spec.entry)})")
                if not kind.accepts(v):
                    raise ValueError(f"{where}: '{dotted}.{name}.{k}' must be {kind.name}, not {describe(v)}")
    elif not spec.accepts(value):
        raise ValueError(f"{where}: '{dotted}' must be {spec.name}, not {describe(value)}")
    elif not spec.in_range(value):
        raise ValueError(f"{where}: '{dotted}' must be {spec.describe_range()}, not {value}")


def describe(value: Any) -> str:
    """A value's type in an error message: 'text', 'a list with int', 'true/false'."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, list):
        return "a list with " + ", ".join(sorted({type(v).__name__ for v in value})) if value else "a list"
    names = {"str": "text", "int": "a whole number", "float": "a number", "dict": "a table"}
    return names.get(type(value).__name__, type(value).__name__)
