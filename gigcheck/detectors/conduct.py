"""Services a marketplace's standards prohibit, offered in a gig's words: fake followers,
likes, views and reviews, doing a student's exams and graded work, services that break
another platform's terms (account sales, ban evasion, captcha and KYC bypass), adult
content, dangerous goods, fake documents.

Each standard is data (`[vocab.conduct.standards.<name>]`): phrases that are the service
outright, and the nouns it is about with the markers and verbs that make a clause offer
it. The logic here is what a phrase list cannot say: that "no fake followers" and "remove
bot traffic" are the opposite of an offer (a negation or counter-action just before);
that a count must stand between the verb and the followers for a sale of followers ("give
you 1000 real followers", but not "promote your music to real listeners" nor "shout you
out to my 14,000 subscribers": the seller's own audience); that "for", "on", "to" end what
a verb offers ("write a study guide for your exam"); that the word after a noun may make
it a topic ("exam prep", "cannabis dispensary website"); and that a seller who helps
("help you take your exam with confidence") is not the one taking it.

Counts sold (`quantity`): a count next to the thing ("10k followers", "フォロワーを1万人",
"10 bin takipçi") is a sale when the seller's verb offers it ("boost your Instagram with
10k followers"), when it follows a package or extra label ("Extra: +1,000 YouTube views"),
when a delivery window follows it ("100k visitors in 7 days"), or when the seller's slang
for it stands anywhere in the text ("non-drop", "refill", "sin caídas", "不掉粉"); a
clause that says how the growth is honest ("organically", "with SEO") is not, unless the
slang says otherwise. Without a verb before it (conK, from the red team's books), a count
is also a sale with the seller's verb after it (Turkish, Hindi, Japanese, Korean:
`verbs_after`), with a guarantee after it (`sold_marks`), after a label naming the thing
("YouTube watch hours package: 4,000 hours"), or when it opens a clause or goes to the
buyer's page ("100k plays on your track", "Instagram hesabınıza 10 bin takipçi"), unless
the clause makes it a goal, the seller's own or someone else's, or help (`aim_words`,
`seller_own`, `other_words`, `helpers`); a denial after it ("takipçi satışı yok") cancels
it. A question the buyer asks the seller ("Do you use bots or buy
followers?") offers nothing unless the seller's answer is yes.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from gigcheck.detectors.clauses import (
    FirstWords,
    Word,
    Words,
    WordSeqs,
    asks,
    clauses,
    is_count,
    tail,
    unspaced,
    word_set,
)

__all__ = [
    "ConductVocab", "Offence", "Standard", "buyer_question", "counted_under", "led_by", "negated", "prohibited",
    "slang_in",
]

_SUBJECT_REACH = 6  # words between the seller and the verb ("I can also quickly post ...")
_COUNT_REACH = 4  # words between a count and its thing ("500 Play Store app installs")
# The object particles of Japanese and Korean: the noun before one is what the verb after acts on
_OBJECT_MARKS = frozenset({"を", "를", "을"})
_WINDOW_REACH = 6  # words between a thing and its delivery window ("vues sur votre vidéo TikTok en 48 heures")
# Marks after which a "no" is an answer, not a negation of the slang after it ("Will they
# drop? Never — lifetime refill", "No, reposición de por vida")
_ANSWER_MARKS = frozenset({"—", "–", ",", ";", ":"})
_LEAD_WORDS = 5  # a heading or a label that names the thing counted in the lines under it


@dataclass(frozen=True, slots=True)
class Offence:
    start: int
    end: int
    label: str  # the standard, as messages name it ("fake engagement")
    entry: str  # the vocabulary entry that matched


class Standard:
    """One `[vocab.conduct.standards.<name>]` entry, compiled."""

    def __init__(self, name: str, table: Mapping[str, Any]) -> None:
        self.name = name
        self.label = str(table.get("label") or name)
        self.advice = str(table.get("advice") or "")
        self.phrases = WordSeqs(table.get("phrases", ()))
        self.exceptions = WordSeqs(table.get("exceptions", ()))
        self.things = WordSeqs(table.get("things", ()))
        self.markers = WordSeqs(table.get("markers", ()))
        self.markers_after = WordSeqs(table.get("markers_after", ()))
        self.verbs = WordSeqs(table.get("verbs", ()))
        # the seller's verb after what it offers, where the language puts it last (Turkish
        # "10 bin takipçi gönderiyorum", Hindi "1 lakh views dilwa dunga", Korean "후기 작성해 드립니다")
        self.verbs_after = WordSeqs(table.get("verbs_after", ()))
        self.subjects = word_set(table.get("subjects", ()))
        self.not_after = word_set(table.get("not_after", ()))
        # a word right before the thing that makes it another noun's ("صورة جواز سفر": a
        # passport photo, "fotos para pasaporte")
        self.not_before = word_set(table.get("not_before", ()))
        # a word before the verb that makes it another verb ("growth hack", "life hack")
        self.not_before_verb = word_set(table.get("not_before_verb", ()))
        self.quantity = bool(table.get("quantity", False))
        self.items = bool(table.get("items", False))
        self.slang = WordSeqs(table.get("slang", ()))
        # word lists of which each must stand somewhere in the clause (a rating and a review
        # site: "Recensioni positive su TripAdvisor"), and what cancels them there
        self.needs = [WordSeqs(table[key]) for key in ("needs", "needs_also") if table.get(key)]
        self.unless = WordSeqs(table.get("unless", ()))
        self.sourced = bool(table.get("sourced", False))
        self.quote_needs = bool(table.get("quote_needs", False))
        # the offer opens its clause, as a listing or a title does ("Fake Amazon reviews from
        # verified buyers"); inside a sentence the words are talk ("accused me of fake reviews")
        self.opens = bool(table.get("opens", False))

    def fought(self, words: Words) -> bool:
        """Whether a standard with no `needs` finds the thing named for other work, by a
        word of its `unless` anywhere in the clause: a listing that fights it ("Fake reviews
        on Amazon: I report and remove them", "Recensioni false: segnalarle"), a paper
        translated ("I translate the bank statement in your name")."""
        return not self.needs and self.unless.occurs(words)


class ConductVocab:
    """The `[vocab.conduct]` table, compiled."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self.negations = WordSeqs(table.get("negations", ()))
        self.negation_reach = int(table.get("negation_reach", 3))
        self.verb_negations = word_set(table.get("verb_negations", ()))
        self.breaks = word_set(table.get("breaks", ()))
        self.seller_own = word_set(table.get("seller_own", ()))
        self.quantity_words = word_set(table.get("quantity_words", ()))
        self.verb_reach = int(table.get("verb_reach", 5))
        self.marker_reach = int(table.get("marker_reach", 3))
        self.helpers = word_set(table.get("helpers", ()))
        self.others = word_set(table.get("other_words", ()))
        self.carry = word_set(table.get("carry", ()))
        self.honest = WordSeqs(table.get("honest_words", ()))
        self.item_labels = word_set(table.get("item_labels", ()))
        self.package_nouns = word_set(table.get("package_nouns", ()))
        self.joined_windows = WordSeqs(table.get("joined_windows", ()))  # "1 günde"
        self.within = word_set(table.get("within_words", ()))
        self.time_units = word_set(table.get("time_units", ()))
        self.rate_words = WordSeqs(table.get("rate_words", ()))
        self.per_words = WordSeqs(table.get("per_words", ()))
        self.rate_units = self.time_units | word_set(table.get("rate_units", ()))
        self.question_openers = WordSeqs(table.get("question_openers", ()))
        self.rating_marks = word_set(table.get("rating_marks", ()))
        self.yes = word_set(table.get("yes_words", ()))
        self.source_words = word_set(table.get("source_words", ()))
        self.source_nouns = word_set(table.get("source_nouns", ()))
        self.source_kinds = word_set(table.get("source_kinds", ()))
        self.source_owners = word_set(table.get("source_owners", ()))
        self.negations_after = WordSeqs(table.get("negations_after", ()))
        self.buyer_words = word_set(table.get("buyer_words", ()))
        # as sequences too: "あなたの" is four words, and its "の" alone is no buyer's
        self.buyer_seqs = WordSeqs(table.get("buyer_words", ()))
        self.buyer_suffixes = tuple(sorted(word_set(table.get("buyer_suffixes", ()))))
        self.aim_words = WordSeqs(table.get("aim_words", ()))
        self.sold_marks = WordSeqs(table.get("sold_marks", ()))
        self.elisions = word_set(table.get("elisions", ()))
        self.copy_tails = word_set(table.get("copy_tails", ()))
        self.clitics = tuple(sorted(word_set(table.get("clitics", ()))))
        self.platforms = word_set(table.get("metric_platforms", ()))
        self.platform_seqs = WordSeqs(table.get("metric_platforms", ()))  # "유튜브", "apple music"
        self.label_seqs = WordSeqs(table.get("item_labels", ()))  # "패키지", "プラン"
        self.binders = word_set(table.get("count_binders", ()))
        # the seller's words for what is counted right after the count ("1,000 real, fast")
        self.qualifiers = WordSeqs(table.get("count_qualifiers", ()))
        self.unsold = self.helpers | self.seller_own | self.others  # no count sold in a clause with these
        standards = table.get("standards", {})
        self.standards = [Standard(name, entry) for name, entry in standards.items() if isinstance(entry, Mapping)]
        # A standard reports only where its phrases or things stand (things also as a
        # compound's last part, `_things`); its slang, only where the slang stands.
        self._offers = FirstWords(((st.phrases, st.things), (st.things,)) for st in self.standards)
        self._slang = FirstWords(((st.slang,), ()) for st in self.standards)

    def offered_in(self, words: Words) -> list[Standard]:
        """The standards that may find an offer in the clause, in their order."""
        found = self._offers.groups_in(words)
        if self.clitics and any(t.startswith(self.clitics) for t in words.distinct):
            bare = [u for w in words if (u := self.unjoined(w)) is not None]
            found |= self._offers.groups_in(Words(bare))  # "لأرقام": the thing after a joined letter
        return self._numbered(found)

    def unjoined(self, w: Word) -> Word | None:
        """The word without a letter joined before it (Arabic "وجواز" -> "جواز"), or None."""
        if self.clitics and len(w.text) > 2 and w.text.startswith(self.clitics):
            return Word(w.text[1:], w.start, w.end)
        return None

    def slang_of(self, words: Words) -> list[Standard]:
        """The standards whose slang may stand in the clause, in their order."""
        return self._numbered(self._slang.groups_in(words))

    def _numbered(self, found: set[int]) -> list[Standard]:
        """The standards numbered in `found`, in their order (most clauses name none: the
        list of standards is not walked for them)."""
        return [self.standards[k] for k in sorted(found)] if found else []


def negated(
    words: Sequence[Word], i: int, negations: WordSeqs, reach: int, stops: frozenset[str] = frozenset(),
    owners: frozenset[str] = frozenset(),
) -> bool:
    """Whether a negation (or counter-action) ends at most `reach` words before word `i`,
    with none of `stops` between ("no Spotify com 100 mil streams": the Portuguese "no"
    is "in the", and "com" starts what is sold), and not right before one of `owners` ("no
    meu perfil da Hotmart": "no" before a possessive is the Portuguese "in the" again)."""
    for j in range(max(0, i - reach - 2), i):
        n = negations.match(words, j)
        if n and j + n <= i and i - (j + n) < reach and not any(words[k].text in stops for k in range(j + n, i)) and (
            not (j + n < len(words) and words[j + n].text in owners)
        ):
            return True
    return False


def negated_after(words: Sequence[Word], end: int, cv: ConductVocab) -> bool:
    """Whether a negation follows the words before `end` ("takipçi satışı yok",
    "fake followers nahi", "偽フォロワーなし"): languages that deny last."""
    return any(cv.negations_after.match(words, j) for j in range(end, min(len(words), end + 2)))


def buyer_question(text: str, words: Sequence[Word], cv: ConductVocab) -> bool:
    """Whether the clause is the buyer's question to the seller ("Can you work with my
    existing Etsy shop?", "Do you buy followers?"): what it names is the buyer's."""
    return bool(words) and bool(cv.question_openers.match(words, 0)) and asks(text, words)


def slang_in(texts: Iterable[str], cv: ConductVocab) -> frozenset[str]:
    """The standards whose slang ("non-drop", "sin caídas") stands, not negated, in any
    of `texts` (a gig's title, description, packages ...: the slang may sit in the
    description and the count in the title)."""
    found = set()
    for text in texts:
        for words in clauses(text):
            for st in cv.slang_of(words):
                if st.name not in found and any(
                    not negated(words, a, cv.negations, cv.negation_reach, _ANSWER_MARKS)
                    for a, _ in st.slang.find(words)
                ):
                    found.add(st.name)
    return frozenset(found)


def prohibited(text: str, cv: ConductVocab, slangy: frozenset[str] | None = None) -> list[Offence]:
    """Every offer of a prohibited service in `text`, in order, without overlaps
    (`slangy`: the standards whose slang the gig uses; by default, what `text` uses)."""
    found: list[Offence] = []
    if slangy is None:
        slangy = slang_in((text,), cv)
    parts = list(clauses(text))
    for k, words in enumerate(parts):
        standards = cv.offered_in(words)
        if not standards:
            continue
        # the buyer's question offers what the seller's "yes" after it confirms ("Do you do
        # NSFW work? Yes."), not what "never" denies ("Do you buy followers? Never.")
        if buyer_question(text, words, cv) and not (k + 1 < len(parts) and parts[k + 1][0].text in cv.yes):
            continue
        honest = cv.honest.occurs(words)
        sourced = _sourced(words, cv)
        plain = _plain(words, cv) and not asks(text, words)  # "10k Instagram followers? Here is the plan ..."
        offences = [
            o for st in standards
            for o in _in_clause(words, st, cv, st.name in slangy or st.sourced and sourced, honest, plain)
        ]
        offences.sort(key=lambda o: (o.start, -o.end))
        starts = [w.start for w in words]
        labels: set[str] = set()  # one finding per standard and clause, the first
        for o in offences:
            if cv.negations_after and negated_after(words, bisect_left(starts, o.end), cv):
                continue
            if o.label not in labels and not (found and o.start < found[-1].end):
                labels.add(o.label)
                found.append(o)
    return found


def led_by(lead: str, cv: ConductVocab) -> bool:
    """Whether a heading or a label ("## Instagram followers", "YouTube views:") names,
    in its last words, a thing that is sold by its count, and names nothing else: the
    lines under it may be counts of it ("- 1,000 real, fast"). Not the seller's own
    ("My Instagram followers") nor a plan ("Instagram followers growth plan")."""
    parts = list(clauses(lead))
    if len(parts) != 1 or not 0 < len(parts[0]) <= _LEAD_WORDS or not _plain(parts[0], cv):
        return False
    words = parts[0]
    end = len(words) - (words[-1].text == ":")
    # the thing last, also as a compound's last part ("YouTube-Aufrufe"), or only its
    # platform after it ("Seguidores de Instagram")
    last = [Word(tail(words[end - 1].text), 0, 0)] if end and "-" in words[end - 1].text else []
    return any(
        all(w.text in cv.binders or w.text in cv.platforms for w in words[b:end])
        for st in cv.standards if st.quantity for _, b in st.things.find(words)
    ) or bool(last) and any(st.quantity and st.things.match(last, 0) == 1 for st in cv.standards)


def counted_under(lead: str, item: str, cv: ConductVocab) -> str | None:
    """The line under a heading that `led_by` accepts, read with the heading's thing after
    its count ("1,000 real, fast" under "Instagram followers" reads "1,000 Instagram
    followers real, fast"), when it is a count of it: a count first, then nothing but
    marks, a price or a window, or the seller's words for what is sold ("real",
    "active"); or None. ("3 videos a week" under it is another count.)"""
    parts = list(clauses(item))
    if len(parts) != 1 or not parts[0] or not is_count(parts[0][0].text.lstrip("+"), cv.quantity_words):
        return None
    words = parts[0]
    rest = words[1:]
    if rest and rest[0].text[0].isalpha() and not cv.qualifiers.match(words, 1) and not _window_after(words, 1, cv):
        return None
    head = lead.strip().removesuffix(":")
    cut = words[0].end
    return f"{item[:cut]} {head}{item[cut:]}"


def _things_read(words: Words, st: Standard, cv: ConductVocab) -> list[tuple[int, int]]:
    """The standard's things in the clause that `_in_clause` reads: none where the standard
    names no things or the clause fights it (`Standard.fought`)."""
    return [] if not st.things or st.fought(words) else _things(words, st, cv)


def _things(words: Sequence[Word], st: Standard, cv: ConductVocab) -> list[tuple[int, int]]:
    """Where the standard's things stand, also as the last part of a compound
    ("Google-reviews", "Spotify-Streams"), as its head before a copy of it
    ("Führerschein-Scan", `copy_tails`), and after an elided article ("l'esame",
    "d'abonnés")."""
    found = list(st.things.find(words))
    taken = {a for a, _ in found}
    # Only a word with a joined letter, a hyphen or an apostrophe can be read so: the
    # others are skipped in one pass (this runs per standard and clause, on every word).
    texts = words.texts if isinstance(words, Words) else [w.text for w in words]
    clitics = cv.clitics
    odd = [i for i, t in enumerate(texts) if "-" in t or "'" in t or clitics and len(t) > 2 and t.startswith(clitics)]
    for i in odd:
        w = words[i]
        bare = cv.unjoined(w) if i not in taken else None
        if bare is not None:
            # "وجواز سفر": the thing after a joined letter, with the words after it
            n = st.things.match([bare, *words[i + 1:i + 4]], 0)
            if n:
                found.append((i, i + n))
                taken.add(i)
                continue
        last = tail(w.text) if "-" in w.text else ""
        if last in cv.copy_tails:
            last = w.text.rpartition("-")[0]
        if not last and "'" in w.text:
            head, _, rest = w.text.partition("'")
            last = rest if head in cv.elisions else ""
        if last and i not in taken and st.things.match([Word(last, w.start, w.end)], 0) == 1:
            found.append((i, i + 1))
    return sorted(found)


def _in_clause(
    words: Words, st: Standard, cv: ConductVocab, slangy: bool = False, honest: bool = False, plain: bool = False
) -> list[Offence]:
    out = []
    spared = [False] * (len(words) + 1)  # words inside an exception
    for a, b in st.exceptions.find(words):
        spared[a:b] = [True] * (b - a)
    for a, b in st.phrases.find(words):
        if spared[a] and spared[b - 1]:
            continue
        if not negated(words, a, cv.negations, cv.negation_reach):
            out.append(Offence(words[a].start, words[b - 1].end, st.label, st.name))
    # Most clauses a standard is tried on hold a first word of its lists but none of its
    # things (the readings below are each of a thing found): nothing more is read there.
    spans = _things_read(words, st, cv)
    if not spans:
        return out
    met = bool(st.needs) and _needs_met(words, st)  # once a clause: it reads the whole clause
    # the quote of a spam offer holds what makes its list unlawful ("numbers without
    # consent", "kupionej bazy"), not the list alone (`quote_needs`)
    quoted = _needs_span(words, st) if met and st.quote_needs else None
    for a, b in spans:
        if b < len(words) and words[b].text.removesuffix("'s") in st.not_after:
            continue
        if a > 0 and words[a - 1].text in st.not_before:
            continue
        if st.needs:
            first = a if met or slangy else None  # "... ; I refund them after they post"
            if first is not None and not slangy and (st.verbs or st.verbs_after):
                first = _offer_start(words, a, b, st, cv)  # and the seller's verb offers it
        elif st.quantity:
            first = _counted_start(words, a, b, st, cv, slangy, honest, plain)
        else:
            first = a if slangy else _offer_start(words, a, b, st, cv)
        # a negation before the offer or inside it: "ich verkaufe keine Follower"; not
        # the Portuguese "no" (in the) before a platform and the count ("Entrego no
        # Instagram 10 mil seguidores")
        if first is None or any(
            negated(words, k, cv.negations, cv.negation_reach, cv.carry | cv.platforms if k != a else cv.carry)
            for k in {first, a}
        ):
            continue
        if spared[first] and spared[b - 1] or st.opens and first != 0:
            continue
        lo, hi = first, b - 1
        if quoted is not None:
            lo, hi = min(lo, quoted[0]), max(hi, quoted[1])
        out.append(Offence(words[lo].start, words[hi].end, st.label, st.name))
    return out


def _needs_met(words: Words, st: Standard) -> bool:
    """Whether each of the standard's `needs` stands in the clause, also as the head of a
    compound or before a case ending ("Google-Bewertungen" and "Trustpilot'a" name the
    site), and none of its `unless`."""
    parts = words
    if any("-" in t or "'" in t for t in words.texts):
        parts = Words(Word(p, w.start, w.end) for w in words for p in (w.text, *_heads(w.text)) if p)
    # (and as written: the heads read in between would cut a need with an apostrophe in
    # it, "your professor won't notice", "n'y verra que du feu")
    if not all(group.occurs(parts) or parts is not words and group.occurs(words) for group in st.needs):
        return False
    # an `unless` inside what a need says is that need's own words: "your own" in "submit
    # it as your own" hands the work in; alone ("proofread your own essay") it is other work
    # (every match, overlapping ones too: "submit it as" and "as your own" share "as")
    inside = {k for group in st.needs for i in range(len(parts)) for k in range(i, i + group.match(parts, i))}
    return not any(not inside.issuperset(range(a, b)) for a, b in st.unless.find(parts))


def _needs_span(words: Words, st: Standard) -> tuple[int, int] | None:
    """The first and last word of the first match of each of the standard's `needs`."""
    spans = [next(iter(group.find(words)), None) for group in st.needs]
    found = [span for span in spans if span is not None]
    if not found:
        return None
    return min(a for a, _ in found), max(b for _, b in found) - 1


def _heads(word: str) -> list[str]:
    """The parts of a compound before its last ("google-bewertungen" -> "google") and a
    word before its apostrophe ("trustpilot'a" -> "trustpilot")."""
    return word.replace("'", "-").split("-")[:-1]


def _sourced(words: Words, cv: ConductVocab) -> bool:
    """Whether the clause says the engagement comes from accounts of a kind ("from
    real-looking local accounts", "desde cuentas verificadas", "von lokalen Profilen"):
    who posts it, so it is not the buyer's own customers. Not "from your account"."""
    if cv.source_words.isdisjoint(words.distinct) or cv.source_nouns.isdisjoint(words.distinct):
        return False
    texts = words.texts
    for i, t in enumerate(texts):
        if t not in cv.source_words:
            continue
        for k in range(i + 1, min(len(texts), i + 5)):
            if texts[k] in cv.source_owners:
                break
            if texts[k] in cv.source_nouns:
                if any(w in cv.source_kinds for w in texts[i + 1:k + 3]):
                    return True
                break
    return False


def _offer_start(words: Sequence[Word], a: int, b: int, st: Standard, cv: ConductVocab) -> int | None:
    """Where the clause starts offering the thing at [a, b) by `st`'s conditions, or None."""
    marker = _marker_before(words, a, st, cv) if st.markers else None
    if st.markers_after and (_marked_after(words, b, st) or a <= 1 and _sold_at_end(words, b, st, cv)) and not (
        _buyers_before(words, a, cv)
    ):
        # "guns for sale", "seguidores falsos"; quoted from the verb before them ("sell aged
        # Gmail accounts in bulk")
        verb = _verb_before(words, a, st, cv) if st.verbs else None
        return min(i for i in (a, marker, verb) if i is not None)
    verb = _verb_before(words, a, st, cv) if st.verbs else None
    if verb is None and _verb_after(words, b, st, cv):
        verb = a  # "100 olumlu yorum yazarım", "후기 대량 작성해 드립니다"
    if st.markers and marker is None or (st.verbs or st.verbs_after) and verb is None:
        return None
    if not (st.markers or st.verbs or st.verbs_after):
        return None
    return min(i for i in (marker, verb) if i is not None)


def _buyers_before(words: Sequence[Word], a: int, cv: ConductVocab) -> bool:
    """Whether the buyer's word stands just before the thing at `a` ("I manage your ad
    accounts in bulk"): the buyer's own, so no marker after it sells it."""
    # (a clause's first word further back may be a subject: "Je fais une fiche de paie")
    return any(cv.buyer_seqs.match(words, k) for k in range(max(0, a - 3), a) if k or a == 1)


def _marked_after(words: Sequence[Word], b: int, st: Standard) -> bool:
    """Whether one of the standard's markers follows the thing ending at `b`, also after a
    comma that opens a relative clause ("einen Kontoauszug, der echt aussieht")."""
    if b < len(words) and words[b].text == ",":
        b += 1
    return bool(st.markers_after.match(words, b))


def _sold_at_end(words: Sequence[Word], b: int, st: Standard, cv: ConductVocab) -> bool:
    """Whether a listing opened by the thing ending at `b` ends on one of the standard's
    markers, with what the thing has between ("Cuentas de Instagram con 10k seguidores a la
    venta", "Contas do TikTok monetizadas à venda"): no word that ends an offer's reach
    but "with" stands between ("Account set up for your products for sale" is not one),
    and the marker is not denied ("Followers that are real, never fake")."""
    m = st.markers_after.ending_at(words, len(words), 4)
    if m is None or m <= b:
        return False
    if any(w.text in cv.breaks and w.text not in cv.carry for w in words[b:m]):
        return False
    # (the Portuguese "no" before a platform is "in the": "Seguidores reais no Instagram à venda")
    return not negated(words, m, cv.negations, cv.negation_reach, cv.platforms)


def _marker_before(words: Sequence[Word], a: int, st: Standard, cv: ConductVocab) -> int | None:
    """The first of the markers within reach before the thing ("buy cheap likes"), or
    the thing's own first part ("nep-diploma", "fake-followers")."""
    if "-" in words[a].text and st.markers.match([Word(words[a].text.partition("-")[0], 0, 0)], 0):
        return a
    first = None
    for j in range(a - 1, max(-1, a - cv.marker_reach - 3), -1):
        if words[j].text in cv.breaks:
            break
        n = st.markers.match(words, j)
        if n and j + n <= a and a - (j + n) <= cv.marker_reach:
            first = j
    return first


def _by_seller(words: Sequence[Word], j: int, st: Standard, cv: ConductVocab) -> bool:
    """Whether the nearest doer before the verb at `j` is the seller ("I will post ...",
    not "so real customers leave Google reviews")."""
    for k in range(j - 1, max(-1, j - _SUBJECT_REACH - 1), -1):
        w = words[k].text
        if w in st.subjects:
            return True
        if w in cv.others:
            return False
    return False


def _count_near(words: Sequence[Word], a: int, b: int, cv: ConductVocab) -> int | None:
    """A count standing for the thing at [a, b): a few words before it ("10k YouTube
    views") or, as Japanese, Korean and Turkish word order has it, after it ("フォロワーを
    1万人"), and not the seller's own ("my 14,000 subscribers"); or None."""
    steps = 0
    for j in range(a - 1, max(-1, a - 2 * _COUNT_REACH - 1), -1):
        if words[j].text in cv.breaks:
            break
        if words[j].text != ",":  # "10,000 real, active Instagram followers"
            steps += 1
        if steps > _COUNT_REACH:
            break
        if is_count(words[j].text, cv.quantity_words):
            if j + 1 < a and words[j + 1].text in cv.rating_marks:
                return None  # "1 star ratings": a rating, not a count
            return None if j > 0 and words[j - 1].text in cv.seller_own else j
    # (a word a character in CJK: "방문자 수를 하루 1만 명" has the count six characters on)
    reach = 2 + 4 * bool(b < len(words) and unspaced(words[b].text))
    for j in range(b, min(len(words), b + reach)):
        if words[j].text in cv.breaks or not words[j].text[0].isalnum():
            break  # "traffic with 3 minutes visit duration", "Website traffic: 100k visitors"
        if is_count(words[j].text, cv.quantity_words):
            return j
    return None


def _counted_start(
    words: Sequence[Word], a: int, b: int, st: Standard, cv: ConductVocab, slangy: bool, honest: bool,
    plain: bool = False,
) -> int | None:
    """Where a sale of the thing at [a, b) by its count starts (see the module's
    "Counts sold"; `honest`: the clause says how the growth is honest), or None."""
    c = _count_near(words, a, b, cv)
    if c is None:
        return a if st.items and _labels_count(words, b, cv) else None
    if c < a and c > 0 and is_count(words[c - 1].text, cv.quantity_words):
        c -= 1  # "50 mil inscritos": the count's digits before its word
    lo = min(a, c)
    hi = max(b, c + 1)
    if slangy or _window_after(words, hi, cv) or plain and _window_before(words, lo, cv) or any(
        cv.sold_marks.match(words, k) for k in range(hi, hi + 3)
    ):
        return lo  # "... in 24 hours", "1000 abone garantili"
    if honest:
        return None  # "I will grow your account to 10k followers organically"
    if plain and _unbound(words, lo, cv) and (_guaranteed_before(words, lo, cv) or _rate_after(words, hi, cv) and (
        lo == 0 or _to_buyer(words, lo, hi, cv)
    )):
        # "Guaranteed 500 new Spotify listeners"; a rate listed or sent to the buyer's page
        # ("300 seguidores al día en tu Instagram"; not a seller's "I get 5 reviews per day")
        return lo
    if st.items and _opens_item(words, lo, cv):
        return lo
    verb = _verb_before(words, lo, st, cv, carry=True)
    if verb is None and _verb_after(words, hi, st, cv):
        return lo
    if verb is None and st.items and plain and _unbound(words, lo, cv) and (
        lo == 0 and _platform_in(words, lo, hi, cv) or _to_buyer(words, lo, hi, cv)
    ):
        return lo  # a listing ("10.000 YouTube-Aufrufe und 500 Abonnenten"), or sent to the buyer's page
    return verb


def _labels_count(words: Sequence[Word], b: int, cv: ConductVocab) -> bool:
    """Whether the thing ending at `b` names a package whose count follows ("YouTube watch
    hours package: 4,000 hours", "Upvote package: 500")."""
    k = b
    while k < min(len(words), b + 4) and (n := cv.label_seqs.match(words, k)):
        k += n  # "package", "패키지"
    return k > b and k + 1 < len(words) and words[k].text == ":" and is_count(words[k + 1].text, cv.quantity_words)


def _verb_after(words: Sequence[Word], b: int, st: Standard, cv: ConductVocab) -> bool:
    """Whether the seller's verb follows what it offers, in the languages that put it last
    ("Instagram hesabınıza 10 bin takipçi gönderiyorum", "5000 likes dilwa dunga")."""
    if not st.verbs_after:
        return False
    # (a word a character in CJK: "フォロワー1万人を24時間で届けます" has the verb nine on)
    reach = cv.verb_reach + 5 * any(unspaced(w.text) for w in words[b:b + 2])
    for j in range(b, min(len(words), b + reach + 1)):
        if words[j].text in _OBJECT_MARKS and j > b + 2:
            break  # "フォロワーに向けて投稿を届けます": the verb's object is another thing
        if st.verbs_after.match(words, j):
            # "论文不代写": denied right before the verb
            return not any(words[k].text in cv.helpers for k in range(b, j)) and not negated(
                words, j, cv.negations, 1
            )
    return False


def _to_buyer(words: Sequence[Word], lo: int, hi: int, cv: ConductVocab) -> bool:
    """Whether a count sold goes to the buyer's page, channel or track, named near it ("100k
    plays on your track", "YouTube kanalınıza 4000 saat izlenme", "für Ihr Restaurant")."""
    after = any(_buyers(words, k, cv) for k in range(hi, min(len(words), hi + 4)))
    # before the count, "your" two words or less away is whose the count is ("seus 50 mil
    # seguidores", "your first 1000 subscribers"): the buyer's audience, not a delivery;
    # a noun with the suffix is a destination ("Instagram hesabınıza 10 bin takipçi")
    return after or any(
        words[k].text.endswith(cv.buyer_suffixes) and len(words[k].text) > 5
        or k < lo - 2 and cv.buyer_seqs.match(words, k)
        for k in range(max(0, lo - 4), lo)
    )


def _plain(words: Words, cv: ConductVocab) -> bool:
    """Whether a count in the clause, with no verb of selling, may be a count sold (read
    once a clause): not a goal ("reach 1000 subscribers", "after 4000 watch hours your
    channel ..."), nor the seller's own or someone else's ("my", "clients"), nor help."""
    return cv.unsold.isdisjoint(words.distinct) and not cv.aim_words.occurs(words)


def _unbound(words: Sequence[Word], lo: int, cv: ConductVocab) -> bool:
    """Whether the count at `lo` is not what a page has with it or where something goes
    ("playlists with 50k followers", "play your song to 190,000 listeners")."""
    return lo == 0 or words[lo - 1].text not in cv.binders


def _platform_in(words: Sequence[Word], lo: int, hi: int, cv: ConductVocab) -> bool:
    """Whether the count names the platform it is for ("10k Instagram followers",
    "YouTube-Aufrufe"): a count sold, not a thread's "5.3k+ views, 273+ replies"."""
    end = min(len(words), hi + 2)
    return any(w.text.partition("-")[0] in cv.platforms for w in words[lo:end]) or any(
        cv.platform_seqs.match(words, k) for k in range(lo, end)
    )


def _buyers(words: Sequence[Word], k: int, cv: ConductVocab) -> bool:
    """Whether word `k` starts a word for the buyer's ("your", "votre", "aapke", "あなたの")
    or is a noun with a suffix that says it ("kanalınıza", "hesabınıza")."""
    word = words[k].text
    return bool(cv.buyer_seqs.match(words, k)) or len(word) > 5 and word.endswith(cv.buyer_suffixes)


def _window_after(words: Sequence[Word], b: int, cv: ConductVocab) -> bool:
    """Whether a delivery window follows ("in 24 hours", "en 7 días", "in 24h"), also with
    its "in" after the time, where the language puts it there ("3 din mein", "3 दिन में"),
    or joined to it ("1 günde")."""
    for j in range(b, min(len(words) - 1, b + _WINDOW_REACH)):
        if _window_ends(words, j, cv) or is_count(words[j].text, cv.quantity_words) and cv.joined_windows.match(
            words, j + 1
        ):
            return True  # "... 3 din mein", "1000 takipçi, 1 günde teslim"
        if words[j].text in cv.within:
            unit = words[j + 1].text
            if unit.rstrip("hd").isdigit() and unit[-1] in "hd":
                return True
            if j + 2 < len(words) and is_count(unit, cv.quantity_words) and words[j + 2].text in cv.time_units:
                return True
    return False


def _rate_after(words: Sequence[Word], b: int, cv: ConductVocab) -> bool:
    """Whether a rate of delivery follows the count's thing ending at `b`, within two words
    ("500 listeners per week", "300 seguidores al día", "1000 abonnés par jour", "daily")."""
    for j in range(b, min(len(words), b + 3)):
        if cv.rate_words.match(words, j):
            return True
        n = cv.per_words.match(words, j)
        if n and j + n < len(words) and words[j + n].text in cv.rate_units:
            return True
    return False


def _guaranteed_before(words: Sequence[Word], lo: int, cv: ConductVocab) -> bool:
    """Whether a guarantee stands right before the count at `lo` ("Guaranteed 500 new
    Spotify listeners", "garantizo 1000 seguidores"): the count is promised, so sold."""
    return any(cv.sold_marks.match(words, k) for k in range(max(0, lo - 2), lo))


def _window_ends(words: Sequence[Word], j: int, cv: ConductVocab) -> bool:
    """Whether a count, a time unit and "in" start at `j` and end their clause or a part of
    it ("1000 subscribers 3 din mein — ..."; not "30 days in a row")."""
    k = j + 3
    return (
        k <= len(words) and is_count(words[j].text, cv.quantity_words) and words[j + 1].text in cv.time_units
        and words[j + 2].text in cv.within and (k == len(words) or not words[k].text[0].isalnum())
    )


def _window_before(words: Sequence[Word], lo: int, cv: ConductVocab) -> bool:
    """Whether a delivery window ends just before the count, in the languages that put
    "in" after its time ("24 घंटे में 1 लाख व्यूज़"); only in a plain clause (no goal:
    "30 दिन में 1 लाख व्यूज़ तक पहुँचने की रणनीति" is a plan)."""
    if lo > 0 and is_count(words[lo - 1].text, cv.quantity_words):
        lo -= 1  # "1 लाख": the count's digits before its word
    return (
        lo >= 3 and words[lo - 1].text in cv.within and words[lo - 2].text in cv.time_units
        and is_count(words[lo - 3].text, cv.quantity_words)
    )


def _opens_item(words: Sequence[Word], lo: int, cv: ConductVocab) -> bool:
    """Whether the words from `lo` follow a package or extra label ("Extra: +1,000
    YouTube views", "Basic package: 500 app installs", "Twitch-Viewer-Paket: 200",
    "Spotify streams package: 100k plays"; not a forum's "5.3k+ views"), or a bundle's
    noun and "with" or "of" ("Pacote com 5.000 plays")."""
    if 0 < lo - 1 <= 3 and words[lo - 1].text in cv.binders and words[lo - 2].text in cv.package_nouns:
        return True  # "Pacote com 5.000 plays", "Package with 10,000 YouTube views"
    if not (0 < lo - 1 <= 4 and words[lo - 1].text == ":"):
        return False
    last = words[lo - 2].text
    if last in cv.item_labels or tail(last) in cv.item_labels:
        return True
    return cv.label_seqs.ending_at(words, lo - 1, 4) is not None  # "패키지:"


def _verb_before(words: Sequence[Word], a: int, st: Standard, cv: ConductVocab, carry: bool = False) -> int | None:
    """The seller's verb offering what starts at `a` (`carry`: "with" does not end its
    reach: "boost your Instagram with 10k followers"), or None."""
    for j in range(a - 1, max(-1, a - cv.verb_reach - 2 - 2 * carry), -1):
        w = words[j].text
        if w in cv.breaks and not (carry and w in cv.carry):
            return None
        if carry and w in cv.seller_own:
            return None  # "to my 14,000 subscribers": the seller's audience
        n = st.verbs.match(words, j)
        if not n or j + n > a:
            continue
        if any(words[k].text in cv.helpers for k in range(max(0, j - 3), j)):
            return None  # "help you take your exam", "prepare you to sit your exam"
        if j > 0 and words[j - 1].text in st.not_before_verb:
            return None  # "growth hack your Instagram page"
        if st.subjects and not _by_seller(words, j, st, cv):
            return None
        if any(words[k].text in cv.verb_negations for k in range(j + n, a)):
            return None  # "Ich hacke nichts, ich sichere Konten"
        return j
    return None
