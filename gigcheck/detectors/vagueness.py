"""Does an extra say what the buyer gets? The concreteness judgment of the extras judge
(codes `vague`, `one-word`, `repeats-title`). Pure functions over strings.

An extra is concrete when its text carries a *signal* of a deliverable: a number with
something counted, a file format, a deliverable or kind of work, a concrete verb with a
real object, or a delivery-speed collocation. Filler and hype words are evidence of
vagueness; an extra with no signal and such evidence is vague, and so is a title that is
nothing but filler.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gigcheck.detectors.extra_fields import ExtraField, Problem
from gigcheck.detectors.tokens import NUMERIC, Phrases, Tok, stem, tokens, verb_forms, word_set

__all__ = ["Vagueness"]

Signal = tuple[str, int, int]  # (kind, first token, end token)


class Vagueness:
    """The `[vocab.extras]` words that decide concreteness, compiled."""

    def __init__(self, v: Mapping[str, Any]) -> None:
        self.stop = word_set(v.get("stopwords", ()))
        self.noun = str(v.get("noun", "extra"))  # what messages call an extra ("add-on")
        self.neutral = word_set(v.get("neutral_words", ()))
        self.hype = word_set(v.get("hype_words", ()))
        self.vague_words = word_set(v.get("vague_words", ()))
        self.generic = self.neutral | self.hype | self.vague_words
        self.filler = Phrases(v.get("filler_phrases", ()))
        self.quantity_skip = word_set(v.get("quantity_skip", ()))
        self.object_skip = word_set(v.get("object_skip", ()))
        self.number_words = word_set(v.get("number_words", ()))
        self.deliverables = Phrases(v.get("deliverable_nouns", ()))
        fmts = list(v.get("formats", ()))
        self.formats_exact = frozenset(f for f in fmts if len(f) <= 2 and f.isupper())
        self.formats = frozenset(f.lower() for f in fmts if f not in self.formats_exact)
        self.atomic = self.formats | frozenset(a.lower() for a in v.get("acronyms", ()))
        self.verbs = verb_forms(v.get("concrete_verbs", ()))
        self.determiners = word_set(v.get("determiners", ()))
        self.subject_pronouns = word_set(v.get("subject_pronouns", ()))
        self.vague_verbs = verb_forms(v.get("vague_verbs", ()))
        self.speed = Phrases(v.get("speed_words", ()))
        self.speed_targets = word_set(v.get("speed_targets", ()))
        self.speed_window = int(v.get("speed_window", 3))
        self.duration_articles = word_set(v.get("duration_articles", ()))
        self.repeat_ignore = word_set(v.get("repeat_ignore", ()))
        self.repeat_overlap = float(v.get("repeat_overlap", 0.9))
        self.stem_prefix = int(v.get("stem_prefix", 6))
        self.min_content_words = int(v.get("min_content_words", 4))

    # ---------------------------------------------------------------- analysis ------

    def analyze(self, name: str, text: str) -> ExtraField:
        toks = tokens(text, self.atomic)
        for tk in toks:
            tk.num = bool(NUMERIC.fullmatch(tk.low)) or tk.norm in self.number_words
        f = ExtraField(name, text, toks, [tk.norm for tk in toks])
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
        f.signals = (self._deliverables(f) + self._formats(f) + self._quantities(f) + self._verbs(f)
                     + self._speed(f))
        return f

    def _is_object(self, f: ExtraField, k: int) -> bool:
        tk = f.toks[k]
        return k not in f.covered and (tk.num or (tk.norm not in self.generic and tk.norm not in self.stop))

    def _deliverables(self, f: ExtraField) -> list[Signal]:
        out: list[Signal] = []
        norms = f.norms
        for i, j in self.deliverables.find(norms):
            if all(k in f.covered for k in range(i, j)):
                continue
            if j == i + 1 and i and norms[i - 1] in self.subject_pronouns:
                continue  # "who takes care", "I proof": a verb, not the noun
            out.append(("deliverable", i, j))
        return out

    def _formats(self, f: ExtraField) -> list[Signal]:
        return [("format", i, i + 1) for i, tk in enumerate(f.toks)
                if tk.raw in self.formats_exact or tk.low in self.formats]

    def _quantities(self, f: ExtraField) -> list[Signal]:
        toks, norms, n = f.toks, f.norms, len(f.toks)
        out: list[Signal] = []
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
                out.append(("quantity", i, k + 1))
        return out

    def _verbs(self, f: ExtraField) -> list[Signal]:
        out: list[Signal] = []
        for i, tk in enumerate(f.toks):
            if tk.low not in self.verbs or i in f.covered:
                continue
            if i and f.norms[i - 1] in self.determiners:  # "your mix", "a record": a noun
                continue
            k = self._next_word(f, i, +1)
            if k is not None and self._is_object(f, k):
                out.append(("verb", i, k + 1))
                continue
            if tk.low.endswith("ed") or tk.low.endswith("en"):  # "song mixed", "files included"
                k = self._next_word(f, i, -1)
                if k is not None and self._is_object(f, k):
                    out.append(("verb", k, i + 1))
        return out

    def _speed(self, f: ExtraField) -> list[Signal]:
        norms, n = f.norms, len(f.toks)
        out: list[Signal] = []
        for i, j in self.speed.find(norms):
            lo, hi = max(0, i - self.speed_window), min(n, j + self.speed_window)
            if any(norms[k] in self.speed_targets for k in range(lo, hi) if not i <= k < j):
                out.append(("speed", i, j))
        return out

    def _next_word(self, f: ExtraField, i: int, step: int, window: int = 4) -> int | None:
        k, seen = i + step, 0
        while 0 <= k < len(f.toks) and seen < window:
            norm = f.norms[k]
            if norm in self.stop or norm in self.object_skip:
                k, seen = k + step, seen + 1
                continue
            return k
        return None

    # ---------------------------------------------------------------- codes ---------

    def one_word(self, d: ExtraField) -> Problem:
        if not d.text.strip():
            msg = f"The {self.noun} has no description."
        elif not d.toks:
            msg = "The description has no words."
        else:
            msg = f"The description is a single word ({d.toks[0].raw!r})."
        return Problem(
            "one-word", msg,
            "Say in a sentence what the buyer gets: the deliverable, how much, in what format.",
            "description", 0, len(d.text),
        )

    def vague(self, t: ExtraField, d: ExtraField, one_word: bool) -> list[Problem]:
        return [_vague_problem(f) for f in self._vague_fields(t, d, one_word)]

    def _vague_fields(self, t: ExtraField, d: ExtraField, one_word: bool) -> list[ExtraField]:
        flagged: list[ExtraField] = []
        if not t.signals and not d.signals:
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
        return flagged

    def stems(self, toks: list[Tok]) -> frozenset[str]:
        """The content-word stems of `toks` (as compared by repeats-title)."""
        return frozenset(
            stem(tk.norm)[: self.stem_prefix]
            for tk in toks
            if tk.norm not in self.stop and tk.norm not in self.repeat_ignore
        )

    def repeats(self, t: ExtraField, d: ExtraField) -> Problem | None:
        ts, ds = self.stems(t.toks), self.stems(d.toks)
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


def _vague_problem(f: ExtraField) -> Problem:
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
    return Problem(
        "vague", msg,
        "Name what the buyer receives: a file or format (PSD, WAV), a quantity "
        "(100 words, 2 revisions, 30 seconds), a scope or a licence term.",
        f.name, start, end,
    )
