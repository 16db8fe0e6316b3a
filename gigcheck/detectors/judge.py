"""Is it clear what the buyer gets from an extra? Pure functions over its title and
description.

Marketplace editors approve an extra when a buyer can tell what they get for its price
and delivery time. This module judges the words; the rule classes map the problems back
to the gig. Every word list and threshold comes from the `vocab` mapping (the pack's
`[vocab.extras]` table, see `policies/vocab/extras.toml`); the code holds none.

How vagueness is judged: an extra is concrete when its text carries a *signal* of a
deliverable: a number with something counted ("2 revisions", "100 words", "30 seconds"),
a file format (PSD, WAV), a deliverable or kind of work ("source file", "commercial
rights", "subtitles", "mastering"), a concrete verb with a real object ("I record a
second take", "song mixed"), or a delivery-speed collocation ("faster delivery"). Filler
("extra stuff", "premium quality", "anything you need") and hype words are evidence of
vagueness; an extra with no signal and such evidence is `vague`, and so is a title that
is nothing but filler.

Use `prepare(vocab)` once (scan/extras.py keeps one per pack) and call
`Judge.judge_extra(title, description)`.
"""
from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Sequence

__all__ = ["CODES", "Problem", "Judge", "prepare", "blank_addresses"]

CODES = (
    "vague",
    "one-word",
    "repeats-title",
    "live-session-unclear",
    "shouting",
    "punctuation-run",
    "emoji-wall",
)



@dataclass(frozen=True, slots=True)
class Problem:
    """One reason an extra is unclear. `start`/`end` index `title` or `description`
    (as named by `where`), covering the offending words, or the whole field."""

    code: str
    message: str
    suggestion: str
    where: str  # "title" | "description"
    start: int
    end: int


# ------------------------------------------------------------------ tokens ------------

# A word: digits with inner separators (1,250 / 2.5) or letters/digits with inner
# apostrophes. Each alternative is a plain class run; separators are outside the class.
TOKEN = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:['\u2019][^\W_]+)*")
_NUM_UNIT = re.compile(r"(\d+)([^\W\d_]+)")  # "30min", "1h", "24bit" (fullmatch)
_NUMERIC = re.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
# What marks a web or email address; `blank_addresses` blanks the word around each mark.
_ADDRESS_MARK = re.compile(r"@|://|www\.", re.IGNORECASE)
_SPACE = re.compile(r"\s")


def blank_addresses(text: str, min_word: int = 0) -> str:
    """`text` with every address (a word holding "@", "://" or "www.") and, with
    `min_word`, every word at least that long, replaced by spaces: offsets are unchanged.
    Literal scans and string methods only, so hostile text ("a@a@a@...") stays linear."""
    spans: list[tuple[int, int]] = []
    end = 0
    for m in _ADDRESS_MARK.finditer(text):
        if m.start() < end:
            continue  # in the word already blanked
        a = m.start()
        while a > end and not text[a - 1].isspace():
            a -= 1
        nxt = _SPACE.search(text, m.end())
        end = nxt.start() if nxt else len(text)
        spans.append((a, end))
    if min_word:
        spans += [(w.start(), w.end()) for w in re.finditer(r"\S{%d,}" % min_word, text)]
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u0400-\u042f"
_CAPS_WORD = re.compile(f"[{_UPPER}](?:['\u2019]?[{_UPPER}])*")  # capitals, for a prefilter


@dataclass(slots=True)
class Tok:
    raw: str
    low: str  # lower case, straight apostrophes
    norm: str  # low, possessive dropped, naive singular
    start: int
    end: int
    num: bool = False


def _singular(w: str) -> str:
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 3:
        if w.endswith("ies"):
            return w[:-3] + "y"
        if w.endswith("s") and not w.endswith(("ss", "us", "is")):
            return w[:-1]
    return w


def _stem(w: str) -> str:
    """Crude suffix stripping for comparing words (editing/edited/edits -> edit)."""
    for suffix, keep in (("ing", 3), ("ed", 3), ("er", 3)):
        if w.endswith(suffix) and len(w) - len(suffix) >= keep:
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2]:  # mixx, planned -> plan
                w = w[:-1]
            return w
    return w


_FORMS: dict[str, tuple[str, str]] = {}  # raw word -> (low, norm): words recur endlessly


def _make(raw: str, start: int) -> Tok:
    forms = _FORMS.get(raw)
    if forms is None:
        low = raw.lower().replace("\u2019", "'")
        forms = (low, _singular(low))
        if len(_FORMS) < 100_000 and len(raw) < 40:
            _FORMS[raw] = forms
    return Tok(raw, forms[0], forms[1], start, start + len(raw))


def tokens(text: str, atomic: frozenset = frozenset()) -> list[Tok]:
    out: list[Tok] = []
    for m in TOKEN.finditer(text):
        raw, s = m.group(), m.start()
        nu = _NUM_UNIT.fullmatch(raw)
        if nu and raw.lower() not in atomic:
            out.append(_make(nu.group(1), s))
            out.append(_make(nu.group(2), s + len(nu.group(1))))
        else:
            out.append(_make(raw, s))
    return out


def _norms(phrase: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokens(phrase))


class Phrases:
    """Token-sequence matcher: phrases indexed by their first normalized token."""

    def __init__(self, phrases: Iterable[str]):
        self.index: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:
            seq = _norms(p)
            if seq:
                self.index.setdefault(seq[0], []).append(seq)
        for seqs in self.index.values():
            seqs.sort(key=len, reverse=True)

    def match_at(self, norms: Sequence[str], i: int) -> int:
        for seq in self.index.get(norms[i], ()):
            if tuple(norms[i : i + len(seq)]) == seq:
                return len(seq)
        return 0

    def find(self, norms: Sequence[str]) -> list[tuple[int, int]]:
        """Every (start, end) token span matched, longest at each start; may overlap."""
        out = []
        for i in range(len(norms)):
            n = self.match_at(norms, i)
            if n:
                out.append((i, i + n))
        return out


def _word_set(words: Iterable[str]) -> frozenset[str]:
    out = set()
    for w in words:
        seq = _norms(w)
        if len(seq) == 1:
            out.add(seq[0])
    return frozenset(out)


def _verb_forms(bases: Iterable[str]) -> frozenset[str]:
    """Regular inflections of each listed verb (the vocab lists irregular ones)."""
    out = set()
    for b in bases:
        b = b.lower()
        out.update({b, b + "s", b + "es", b + "ed", b + "d", b + "ing", b + b[-1] + "ed",
                    b + b[-1] + "ing"})
        if b.endswith("e"):
            out.update({b[:-1] + "ing", b[:-1] + "ed"})
        if b.endswith("y"):
            out.update({b[:-1] + "ied", b[:-1] + "ies"})
    return frozenset(out)


def _ranges(pairs: Iterable[Sequence[str]]) -> tuple[list[int], list[int]]:
    spans = sorted((int(a, 16), int(b, 16)) for a, b in pairs)
    return [a for a, _ in spans], [b for _, b in spans]


def _in_ranges(cp: int, ranges: tuple[list[int], list[int]]) -> bool:
    starts, ends = ranges
    k = bisect.bisect_right(starts, cp) - 1
    return k >= 0 and cp <= ends[k]


# ------------------------------------------------------------------ analysis ----------


@dataclass(slots=True)
class _Field:
    name: str
    text: str
    toks: list[Tok]
    norms: list[str]
    filler: list[tuple[int, int]] = field(default_factory=list)  # token spans
    covered: set[int] = field(default_factory=set)
    content: list[int] = field(default_factory=list)  # token indices
    suspects: list[int] = field(default_factory=list)  # hype / vague words outside filler
    vague_verb: bool = False  # "I make it ...", "I do ..."
    signals: list[tuple[str, int, int]] = field(default_factory=list)

    @property
    def only_filler(self) -> bool:
        return bool(self.toks) and not self.content

    @property
    def explicit_evidence(self) -> bool:
        return bool(self.filler or self.suspects or self.only_filler)

    @property
    def evidence(self) -> bool:
        return self.explicit_evidence or self.vague_verb

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.toks[i].start, self.toks[j - 1].end


class Judge:
    """A vocab compiled for judging. Build with `prepare(vocab)`."""

    def __init__(self, vocab: Mapping[str, Any]):
        v = vocab
        self.vocab = vocab
        self.stop = _word_set(v.get("stopwords", ()))
        self.neutral = _word_set(v.get("neutral_words", ()))
        self.hype = _word_set(v.get("hype_words", ()))
        self.vague_words = _word_set(v.get("vague_words", ()))
        self.generic = self.neutral | self.hype | self.vague_words
        self.filler = Phrases(v.get("filler_phrases", ()))
        self.quantity_skip = _word_set(v.get("quantity_skip", ()))
        self.object_skip = _word_set(v.get("object_skip", ()))
        self.number_words = _word_set(v.get("number_words", ()))
        self.deliverables = Phrases(v.get("deliverable_nouns", ()))
        fmts = list(v.get("formats", ()))
        self.formats_exact = frozenset(f for f in fmts if len(f) <= 2 and f.isupper())
        self.formats = frozenset(f.lower() for f in fmts if f not in self.formats_exact)
        self.atomic = self.formats | frozenset(a.lower() for a in v.get("acronyms", ()))
        self.verbs = _verb_forms(v.get("concrete_verbs", ()))
        self.determiners = _word_set(v.get("determiners", ()))
        self.subject_pronouns = _word_set(v.get("subject_pronouns", ()))
        self.vague_verbs = _verb_forms(v.get("vague_verbs", ()))
        self.speed = Phrases(v.get("speed_words", ()))
        self.speed_targets = _word_set(v.get("speed_targets", ()))
        self.speed_window = int(v.get("speed_window", 3))

        self.live = Phrases(v.get("live_session_words", ()))
        self.live_non_followers = _word_set(v.get("live_session_non_followers", ()))
        self.live_non_preceders = _word_set(v.get("live_session_non_preceders", ()))
        self.live_of_nouns = _word_set(v.get("live_session_of_nouns", ()))
        self.live_of_links = _word_set(v.get("live_session_of_links", ()))
        self.live_ambiguous = frozenset(_norms(w) for w in v.get("live_session_ambiguous", ()))
        self.prerecorded = Phrases(v.get("prerecorded_markers", ()))
        self.after_leads = _word_set(v.get("after_order_leads", ()))
        self.after_targets = _word_set(v.get("after_order_targets", ()))
        self.after_window = int(v.get("after_order_window", 5))
        self.after_phrases = Phrases(v.get("after_order_phrases", ()))
        self.time_units = Phrases(v.get("session_time_units", ()))
        self.duration_articles = _word_set(v.get("duration_articles", ()))
        self.count_nouns = Phrases(v.get("session_count_nouns", ()))
        self.duration_skip = _word_set(v.get("duration_skip", ()))

        self.repeat_ignore = _word_set(v.get("repeat_ignore", ()))
        self.repeat_overlap = float(v.get("repeat_overlap", 0.9))
        self.stem_prefix = int(v.get("stem_prefix", 6))

        self.acronyms = frozenset(a.upper() for a in v.get("acronyms", ()))
        self.min_caps_len = int(v.get("min_caps_word_len", 3))
        self.min_caps_words = int(v.get("min_caps_words", 2))
        self.max_caps_ratio = float(v.get("max_caps_ratio", 0.7))

        chars = re.escape(str(v.get("punctuation_chars", "!?")))
        run = int(v.get("punctuation_run", 3))
        self.punct_run = re.compile(f"[{chars}]{{{run},}}")

        self.emoji = _ranges(v.get("emoji_ranges", ()))
        self.emoji_joiners = _ranges(v.get("emoji_joiners", ()))
        self.emoji_run = int(v.get("emoji_run", 3))
        self.emoji_max_ratio = float(v.get("emoji_max_ratio", 0.2))
        self.emoji_min_for_ratio = int(v.get("emoji_min_for_ratio", 2))
        starts, ends = self.emoji
        self.emoji_char = re.compile(
            "[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in zip(starts, ends, strict=True)) + "]"
        ) if starts else None

        self.one_word_max = int(v.get("one_word_max", 1))
        self.min_content_words = int(v.get("min_content_words", 4))

    # ---------------------------------------------------------------- public --------

    def judge_extra(self, title: str, description: str) -> list[Problem]:
        title = title or ""
        description = description or ""
        t = self._analyze("title", title)
        d = self._analyze("description", description)
        problems: list[Problem] = []
        one_word = len(d.toks) <= self.one_word_max
        if one_word:
            problems.append(self._one_word(d))
        problems += self._vague(t, d, one_word)
        if not one_word:
            rep = self._repeats(t, d)
            if rep:
                problems.append(rep)
        live = self._live_session(t, d)
        if live:
            problems.append(live)
        for f in (t, d):
            problems += self._shouting(f)
            problems += self._punctuation(f)
            problems += self._emoji(f)
        return problems

    def judge_form(self, text: str, where: str = "description") -> list[Problem]:
        """Only the form problems (shouting, punctuation-run, emoji-wall) of any text, such
        as a gig's own title (`where="title"`: capitals judged over the whole text) or
        description (per sentence). Cheap tests go first: most long texts have no run of
        capitals, punctuation or emoji, and are not tokenized at all."""
        if not text:
            return []
        if "@" in text or "://" in text or "www." in text.lower():
            # An address in capitals is not shouting (and its dots are not sentence ends);
            # blanked to spaces, so offsets stay those of `text`.
            text = blank_addresses(text)
        problems: list[Problem] = []
        if self._caps_words(text) >= self.min_caps_words:
            if where == "title":
                toks = tokens(text, self.atomic)
            else:  # tokenize only the sentences that may be shouted
                toks = []
                for m in _SENTENCE.finditer(text):
                    if self._caps_words(m.group()) >= self.min_caps_words:
                        for tk in tokens(m.group(), self.atomic):
                            tk.start += m.start()
                            tk.end += m.start()
                            toks.append(tk)
            problems += self._shouting(_Field(where, text, toks, []))
        bare = _Field(where, text, [], [])
        problems += self._punctuation(bare)
        if self.emoji_char is not None and self.emoji_char.search(text):
            problems += self._emoji(bare)
        return problems

    def _caps_words(self, text: str) -> int:
        """The words in capitals `_caps_problem` would count (an upper bound, for Latin,
        Greek and Cyrillic capitals), found with one regex scan instead of tokenizing."""
        n, acronyms = self.min_caps_len, self.acronyms
        return sum(1 for w in _CAPS_WORD.findall(text)
                   if len(w) - w.count("'") - w.count("\u2019") >= n and w not in acronyms)

    def tokens(self, text: str) -> list[Tok]:
        """`text` as the judge reads it: words with offsets and normalized forms."""
        return tokens(text, self.atomic)

    def stems(self, text: str, toks: Optional[list[Tok]] = None) -> frozenset[str]:
        """The content-word stems of `text` (as compared by repeats-title), for comparing
        extras with each other. `toks`: `self.tokens(text)`, when already at hand."""
        return frozenset(
            _stem(tk.norm)[: self.stem_prefix]
            for tk in (self.tokens(text) if toks is None else toks)
            if tk.norm not in self.stop and tk.norm not in self.repeat_ignore
        )

    # ---------------------------------------------------------------- analysis ------

    def _analyze(self, name: str, text: str) -> _Field:
        toks = tokens(text, self.atomic)
        for tk in toks:
            tk.num = bool(_NUMERIC.fullmatch(tk.low)) or tk.norm in self.number_words
        f = _Field(name, text, toks, [tk.norm for tk in toks])
        f.filler = self.filler.find(f.norms)
        for i, j in f.filler:
            f.covered.update(range(i, j))
        for i, tk in enumerate(toks):
            if i in f.covered:
                continue
            if tk.norm in self.hype or tk.norm in self.vague_words:
                f.suspects.append(i)
            elif tk.norm not in self.stop and tk.norm not in self.generic:
                f.content.append(i)
        f.vague_verb = any(tk.low in self.vague_verbs for i, tk in enumerate(toks) if i not in f.covered)
        f.signals = self._signals(f)
        return f

    def _is_object(self, f: _Field, k: int) -> bool:
        tk = f.toks[k]
        return k not in f.covered and (tk.num or (tk.norm not in self.generic and tk.norm not in self.stop))

    def _signals(self, f: _Field) -> list[tuple[str, int, int]]:
        toks, norms, n = f.toks, f.norms, len(f.toks)
        sig: list[tuple[str, int, int]] = []
        for i, j in self.deliverables.find(norms):
            if all(k in f.covered for k in range(i, j)):
                continue
            if j == i + 1 and i and norms[i - 1] in self.subject_pronouns:
                continue  # "who takes care", "I proof": a verb, not the noun
            sig.append(("deliverable", i, j))
        for i, tk in enumerate(toks):
            if tk.raw in self.formats_exact or tk.low in self.formats:
                sig.append(("format", i, i + 1))
        for i, tk in enumerate(toks):
            if not tk.num or i in f.covered or tk.norm in self.duration_articles - self.number_words:
                continue
            after = f.text[tk.end : tk.end + 1]
            before = f.text[tk.start - 1 : tk.start] if tk.start else ""
            if after in ("%", "/") or before in ("#", "/"):
                continue
            if i >= 2 and norms[i - 1] == "on" and toks[i - 2].num:  # "1-on-1"
                continue
            k, steps = i + 1, 0
            while k < n and steps < 3 and norms[k] in self.quantity_skip:
                k, steps = k + 1, steps + 1
            if k < n and not toks[k].num and self._is_object(f, k):
                sig.append(("quantity", i, k + 1))
        for i, tk in enumerate(toks):
            if tk.low not in self.verbs or i in f.covered:
                continue
            if i and f.norms[i - 1] in self.determiners:  # "your mix", "a record": a noun
                continue
            k = self._next_word(f, i, +1)
            if k is not None and self._is_object(f, k):
                sig.append(("verb", i, k + 1))
                continue
            if tk.low.endswith("ed") or tk.low.endswith("en"):  # "song mixed", "files included"
                k = self._next_word(f, i, -1)
                if k is not None and self._is_object(f, k):
                    sig.append(("verb", k, i + 1))
        for i, j in self.speed.find(norms):
            lo, hi = max(0, i - self.speed_window), min(n, j + self.speed_window)
            if any(norms[k] in self.speed_targets for k in range(lo, hi) if not i <= k < j):
                sig.append(("speed", i, j))
        return sig

    def _next_word(self, f: _Field, i: int, step: int, window: int = 4) -> Optional[int]:
        k, seen = i + step, 0
        while 0 <= k < len(f.toks) and seen < window:
            norm = f.norms[k]
            if norm in self.stop or norm in self.object_skip:
                k, seen = k + step, seen + 1
                continue
            return k
        return None

    # ---------------------------------------------------------------- codes ---------

    def _one_word(self, d: _Field) -> Problem:
        if not d.text.strip():
            msg = "The extra has no description."
        elif not d.toks:
            msg = "The description has no words."
        else:
            msg = f"The description is a single word ({d.toks[0].raw!r})."
        return Problem(
            "one-word", msg,
            "Say in a sentence what the buyer gets: the deliverable, how much, in what format.",
            "description", 0, len(d.text),
        )

    def _vague(self, t: _Field, d: _Field, one_word: bool) -> list[Problem]:
        total = len(t.signals) + len(d.signals)
        flagged: list[_Field] = []
        if total == 0:
            evidence = (t.evidence or d.evidence
                        or len(t.content) + len(d.content) < self.min_content_words)
            if evidence:
                flagged = [f for f in (t, d) if f.toks and f.explicit_evidence
                           and not (f is d and one_word)]
                if not flagged:
                    flagged = [d if d.toks and not one_word else t]
        else:
            if t.only_filler:
                flagged.append(t)
            if d.toks and not one_word and not d.signals and (d.only_filler or d.filler):
                flagged.append(d)
        out = []
        for f in flagged:
            if f.filler:
                start, end = f.span(*f.filler[0])
                words = f.text[start:end]
                msg = f"The {f.name} is filler ({words!r}): it does not say what the buyer gets."
            elif f.suspects and not f.content:
                start, end = 0, len(f.text)
                msg = f"The {f.name} is only filler words: it does not say what the buyer gets."
            elif f.suspects:
                start, end = f.span(f.suspects[0], f.suspects[0] + 1)
                msg = (f"The {f.name} praises ({f.text[start:end]!r}) but names no deliverable, "
                       "quantity or format.")
            else:
                start, end = 0, len(f.text)
                msg = f"The {f.name} names no deliverable, quantity, format or duration."
            out.append(Problem(
                "vague", msg,
                "Name what the buyer receives: a file or format (PSD, WAV), a quantity "
                "(100 words, 2 revisions, 30 seconds), a scope or a licence term.",
                f.name, start, end,
            ))
        return out

    def _stems(self, f: _Field) -> set[str]:
        out = set()
        for tk in f.toks:
            if tk.norm in self.stop or tk.norm in self.repeat_ignore:
                continue
            out.add(_stem(tk.norm)[: self.stem_prefix])
        return out

    def _repeats(self, t: _Field, d: _Field) -> Optional[Problem]:
        ts, ds = self._stems(t), self._stems(d)
        if not ts or not ds:
            return None
        if len(ds & ts) / len(ds) < self.repeat_overlap:
            return None
        return Problem(
            "repeats-title", "The description only repeats the title.",
            "Add what the title cannot say: how much, which format, what is included, "
            "how it is delivered.",
            "description", 0, len(d.text),
        )

    def _live_triggers(self, f: _Field) -> list[tuple[int, int]]:
        out = []
        n = len(f.toks)
        for i, j in self.live.find(f.norms):
            if j < n and f.norms[j] in self.live_non_followers and f.norms[j - 1] not in self.stop:
                continue  # "call to action", "session files" (not "direct the recording")
            if any(f.norms[k] in self.live_non_preceders for k in range(max(0, i - 3), i)):
                continue
            if any(f.norms[k] in self.live_of_nouns
                   and any(f.norms[m] in self.live_of_links for m in range(k + 1, i))
                   for k in range(max(0, i - 5), i)):
                continue
            out.append((i, j))
        return out

    def _after_order(self, f: _Field) -> bool:
        if self.after_phrases.find(f.norms):
            return True
        n = len(f.norms)
        for i, norm in enumerate(f.norms):
            if norm in self.after_leads:
                if any(f.norms[k] in self.after_targets for k in range(i + 1, min(n, i + 1 + self.after_window))):
                    return True
        return False

    def _length(self, f: _Field) -> bool:
        toks, norms, n = f.toks, f.norms, len(f.toks)
        for i, tk in enumerate(toks):
            article = tk.norm in self.duration_articles
            if not (tk.num or article):
                continue
            if i >= 2 and norms[i - 1] == "on" and toks[i - 2].num:  # "1-on-1"
                continue
            k, steps = i + 1, 0
            while k < n and steps < 2 and norms[k] in self.duration_skip:
                k, steps = k + 1, steps + 1
            if k >= n:
                continue
            if self.time_units.match_at(norms, k):
                return True
            if tk.num and not article and self.count_nouns.match_at(norms, k):
                return True
        return False

    def _live_session(self, t: _Field, d: _Field) -> Optional[Problem]:
        triggers = [(d, s) for s in self._live_triggers(d)] + [(t, s) for s in self._live_triggers(t)]
        if triggers and (self.prerecorded.find(t.norms) or self.prerecorded.find(d.norms)):
            triggers = [(f, (i, j)) for f, (i, j) in triggers
                        if tuple(f.norms[i:j]) not in self.live_ambiguous]
        if not triggers:
            return None
        timing = self._after_order(t) or self._after_order(d)
        length = self._length(t) or self._length(d)
        if timing and length:
            return None
        missing = []
        if not timing:
            missing.append("that it takes place after the order")
        if not length:
            missing.append("how long it lasts or what one session covers")
        f, (i, j) = triggers[0]
        start, end = f.span(i, j)
        return Problem(
            "live-session-unclear",
            f"This extra is a live session ({f.text[start:end]!r}) but does not say "
            + " or ".join(missing) + ".",
            "Say when and how long, e.g. 'After your order we schedule one 30-minute Zoom "
            "session where I ...'.",
            f.name, start, end,
        )

    def _caps_problem(self, f: _Field, toks: list[Tok]) -> bool:
        eligible = caps = 0
        for tk in toks:
            letters = tk.raw.replace("'", "").replace("\u2019", "")
            if len(letters) < self.min_caps_len or not letters.isalpha():
                continue
            if tk.raw.upper() in self.acronyms:
                continue
            eligible += 1
            if letters.isupper():
                caps += 1
        return caps >= self.min_caps_words and caps / eligible >= self.max_caps_ratio

    def _shouting(self, f: _Field) -> list[Problem]:
        if not f.toks:
            return []
        sugg = "Write in sentence case: capitals read as shouting (acronyms like PDF are fine)."
        if f.name == "title":
            if self._caps_problem(f, f.toks):
                return [Problem("shouting", "The title is written in capitals.", sugg,
                                f.name, 0, len(f.text))]
            return []
        out = []
        starts = [tk.start for tk in f.toks]  # sorted: each sentence's tokens by bisection
        for m in _SENTENCE.finditer(f.text):
            toks = f.toks[bisect.bisect_left(starts, m.start()) : bisect.bisect_left(starts, m.end())]
            if toks and self._caps_problem(f, toks):
                start, end = toks[0].start, max(toks[-1].end, m.end())
                out.append(Problem("shouting", "A sentence is written in capitals.", sugg,
                                   f.name, start, len(f.text[:end].rstrip())))
        return out

    def _punctuation(self, f: _Field) -> list[Problem]:
        return [
            Problem("punctuation-run", f"Run of punctuation {m.group()!r}.",
                    "Use a single '!' or '?'.", f.name, m.start(), m.end())
            for m in self.punct_run.finditer(f.text)
        ]

    def _emoji(self, f: _Field) -> list[Problem]:
        text = f.text
        clusters: list[tuple[int, int]] = []  # (start, end) of each emoji with its joiners
        n = len(text)
        j = 0
        # Jump from emoji to emoji (a regex scan) rather than test every character.
        for m in self.emoji_char.finditer(text) if self.emoji_char is not None else ():
            i = m.start()
            if i < j:
                continue  # glued to the previous emoji by a joiner
            j = i + 1
            while j < n:
                c = ord(text[j])
                if _in_ranges(c, self.emoji_joiners):
                    j += 1
                    if c == 0x200D and j < n and _in_ranges(ord(text[j]), self.emoji):
                        j += 1
                    continue
                break
            clusters.append((i, j))
        if not clusters:
            return []
        sugg = "Keep one or two emoji at most and say in words what the buyer gets."
        runs: list[list[int]] = []  # [start, end, count]: emoji separated only by spaces
        for start, end in clusters:
            if runs and not text[runs[-1][1] : start].strip():
                runs[-1][1] = end
                runs[-1][2] += 1
            else:
                runs.append([start, end, 1])
        longest = max(runs, key=lambda r: r[2])
        if longest[2] >= self.emoji_run:
            return [Problem("emoji-wall", f"{longest[2]} emoji in a row.", sugg,
                            f.name, longest[0], longest[1])]
        glyphs = len("".join(text.split())) - sum(e - s - 1 for s, e in clusters)
        if len(clusters) >= self.emoji_min_for_ratio and glyphs and len(clusters) / glyphs > self.emoji_max_ratio:
            return [Problem("emoji-wall", f"Emoji make up {len(clusters)} of {glyphs} characters.",
                            sugg, f.name, 0, len(text))]
        return []


def prepare(vocab: Mapping[str, Any]) -> Judge:
    """Compile `vocab` (the pack's `vocab.extras` table) once for many calls."""
    return Judge(vocab)
