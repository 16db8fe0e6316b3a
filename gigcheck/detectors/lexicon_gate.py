"""The gate of a lexicon: where in a text an entry may start, found at C speed.

Python's regex engine pays a lot per position, so `Lexicon.scan` only tries the trie
where an entry may start: it splits the text into words (`str.translate`, `split`) and
finds the entries' first words, word pairs, triples and stems among them, all in one
pass of an Aho-Corasick automaton over the words joined by spaces (text/multimatch.py);
glued CJK pieces, characters that start an entry ("'tan") and mask characters add their
positions. Most texts hold none and stop there.
"""
from __future__ import annotations

from gigcheck.detectors.lexicon_trie import is_word
from gigcheck.regex_cache import cached_regex
from gigcheck.text import multimatch
from gigcheck.text.multimatch import ScriptFinders
from gigcheck.text.trie import UNSPACED_SCRIPT, has_unspaced

__all__ = ["Gate", "ascii_view", "gate_tokens"]

# Blocks of symbols that are never part of a word: arrows, technical signs, geometric shapes,
# miscellaneous symbols, dingbats, supplemental arrows, variation selectors,
# pictographs and emoji.
_SYMBOL_BLOCKS = (
    (0x2190, 0x21FF), (0x2300, 0x23FF), (0x25A0, 0x27BF), (0x27F0, 0x27FF),
    (0x2900, 0x297F), (0x2B00, 0x2BFF), (0xFE00, 0xFE0F), (0x1F000, 0x1FAFF),
)
# Punctuation that separates words for the gate ("skype:" -> "skype"); leetspeak symbols
# and "@" are kept (they are part of a word in the views the gate is used on). why (
# rt26 handle-verb "راسلني،@omar.montage"): the Arabic comma, semicolon and question mark,
# the Urdu full stop and the Devanagari dandas end a word as their Latin kin do.
_GATE_SPLIT = str.maketrans(
    {c: " " for c in "!\"#%&'()*+,./:;<=>?[\\]^`{}~-_«»“”‘’—–…→➜➔•·・、，。：；！？（）【】「」|،؛؟۔।॥"}
    # why (rt37 handle-verb "Пишите➡️тг @dima_montazh"): arrows, dingbats, pictographs and
    # the emoji variation selector glued to a word end it, as the ASCII view ("Write me➡️") reads
    # every non-ASCII symbol as "?": a text in another script must not keep its verb glued to them
    | {chr(c): " " for lo, hi in _SYMBOL_BLOCKS for c in range(lo, hi + 1)}
)


# why (rt29/rt25 "Пиши в тг@kirill_montage", "كلمني@sara_designs"): an "@" glued after a
# word of another script, or before a name with no dot (no mail domain), starts a handle:
# the word before it stands alone. "sara@gmail.com" keeps its "@" (the name is no trigger).
_GLUED_AT = cached_regex(r"(?<=[^\x00-\x7f])@|(?<=[^\W_])@(?=(?>\w+)(?![.@]))")


def gate_tokens(text: str) -> list[str]:
    return text.translate(_GATE_SPLIT).split()


_NON_ASCII = cached_regex(r"[^\x00-\x7f]+")
_CJK_RUN = cached_regex(
    "[\u2e80-\u9fff\u3040-\u30ff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+"  # and Thai, Lao, Myanmar, Khmer
)


def ascii_view(text: str) -> str | None:
    """`text` with its non-ASCII characters as "?", when none of them is a letter or a
    digit (curly quotes, dashes, emoji): then `str.translate` takes its fast path, about
    fifty times faster than on non-ASCII text. None when non-ASCII letters are there."""
    if text.isascii():
        return text
    for piece in _NON_ASCII.findall(text):
        if any(c.isalnum() for c in piece):
            return None
    return text.encode("ascii", "replace").decode("ascii")


_UNBUILT = object()  # the glued pieces' automaton, not built yet (None: cannot be built here)


# What a key of the gate's automaton stands for: an entry of words (whether it is a
# disguised name's), or a stem (None). Its first word is read from the key itself, so the
# automaton holds three values, not one per word (a cold start unpickles them all).
_Key = bool | None


class Gate:
    """What a text must hold for each entry to match: the entries' single words, first
    word pairs and triples, stems, glued (CJK) pieces and leading characters."""

    def __init__(self) -> None:
        self.singles: set[str] = set()
        self.pairs: set[tuple[str, str]] = set()
        self.triples: set[tuple[str, str, str]] = set()
        self.stems: set[str] = set()
        self.glued: set[str] = set()
        self.lead: set[str] = set()
        # The gate entries of the disguised forms of names: a text that holds none of
        # them (and no mask character) is matched with the smaller regex.
        self.fuzzy: set[str | tuple[str, ...]] = set()
        self._finder: ScriptFinders[_Key] | None = None
        self._compiled = False

    def compile(self) -> None:
        """Build the automaton over everything added (`hits`; none without the wheel). A
        word in the text joined by spaces is " word ": an entry's words are a key with a
        space at each end (the entry's words stand whole in the text), a stem a key with
        one before it (a word starts with it)."""
        keys: dict[str, _Key] = {f" {w} ": w in self.fuzzy for w in self.singles}
        for seq in (*self.pairs, *self.triples):
            keys[" " + " ".join(seq) + " "] = seq in self.fuzzy
        keys.update((" " + s, None) for s in self.stems)
        finders = ScriptFinders(keys)
        self._finder = finders if finders.built else None
        self._compiled = True

    # With an automaton, the sets of entry words are only read to build it: the build
    # cache keeps the automaton alone (a cold start loads less), and the sets are read
    # back from its words when asked for (without the automaton's engine, or to add an
    # entry to a gate that came from the cache).
    _FROM_FINDER = ("singles", "pairs", "triples", "fuzzy")

    def __getstate__(self) -> dict[str, object]:
        state = {k: v for k, v in self.__dict__.items() if k != "_glued_finder"}  # built again on use
        if self._finder is None:
            return state
        return {k: v for k, v in state.items() if k not in self._FROM_FINDER}

    def glued_in(self, text: str) -> set[str]:
        """The glued (CJK) pieces that occur in `text`: `{g for g in self.glued if g in text}`,
        found in one pass of an automaton over the text where the wheel is there (the
        trigger lexicon holds thousands of pieces: a millisecond a text of Chinese, asked
        once per run and per context span). The automaton is built on first use, so a gig
        without such text never pays for it; two threads may build it both, alike."""
        finder: multimatch.WordFinder[bool] | None | object = self.__dict__.get("_glued_finder", _UNBUILT)
        if finder is _UNBUILT:
            finder = self._glued_finder = multimatch.word_finder(dict.fromkeys(self.glued, True))
        if not isinstance(finder, multimatch.WordFinder) or not multimatch.USE_AUTOMATON:
            return {g for g in self.glued if g in text}
        found = {text[a:b] for a, b, _ in finder.found(text)}
        if "" in self.glued:  # (the finder leaves out an empty piece, which every text holds)
            found.add("")
        return found

    def __getattr__(self, name: str) -> object:
        # Only called for an attribute the instance lacks: the sets a pickle left out.
        if name not in Gate._FROM_FINDER or self.__dict__.get("_finder") is None:
            raise AttributeError(name)
        self._read_back()
        return self.__dict__[name]

    def _read_back(self) -> None:
        # Built whole, then set: a thread reading a set never sees it half filled.
        singles: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        triples: set[tuple[str, str, str]] = set()
        fuzzy: set[str | tuple[str, ...]] = set()
        for key, value in self.__dict__["_finder"].items():
            if value is None:
                continue  # a stem (kept as a set)
            w = key.split()
            if len(w) == 1:
                singles.add(w[0])
            elif len(w) == 2:
                pairs.add((w[0], w[1]))
            else:
                triples.add((w[0], w[1], w[2]))
            if value:
                fuzzy.add(w[0] if len(w) == 1 else tuple(w))
        self.fuzzy, self.triples, self.pairs, self.singles = fuzzy, triples, pairs, singles

    def _opened(self) -> None:
        """Before an entry is added: the sets at hand, the automata to be built again."""
        if "singles" not in self.__dict__:
            self._read_back()
        self._finder, self._compiled = None, False
        self.__dict__.pop("_glued_finder", None)

    def add(self, plain: str, fuzzy: bool = False) -> None:
        """Record what a text must hold for this entry to match: its first word, and its
        second word right after it; a glued (CJK) piece; a stem. `fuzzy`: the entry is a
        disguised form of a name (its gate entry goes into `fuzzy` too)."""
        self._opened()
        if plain.endswith("*") and len(plain) > 1:
            plain = plain[:-1]
        if has_unspaced(plain):
            pieces = [w for w in gate_tokens(plain) if has_unspaced(w)]
            self.glued.add(pieces[0] if pieces else plain)
            return
        if not is_word(plain[0]):
            self.lead.add(plain[0])  # "'tan", "$cashtag": found by their first character
            return
        toks = gate_tokens(plain.split("~")[0])  # words after a gap may be anywhere
        if not toks:
            return
        key: str | tuple[str, ...]
        if len(toks) == 1:
            key = toks[0]
            self.singles.add(key)
        elif len(toks) == 2:
            key = (toks[0], toks[1])
            self.pairs.add(key)
        else:
            key = (toks[0], toks[1], toks[2])
            self.triples.add(key)
        if fuzzy:
            self.fuzzy.add(key)

    def add_stem(self, stem: str) -> None:
        toks = gate_tokens(stem)
        self._opened()
        if toks:
            self.stems.add(toks[-1] if len(toks) == 1 else toks[0])

    def hits(self, text: str) -> tuple[set[str], bool]:
        """The words of `text` where an entry of words may start, and whether a disguised
        name's gate entry is among them."""
        if "@" in text:
            text = _GLUED_AT.sub(" @", text)
        plain = ascii_view(text)
        spaced = (plain if plain is not None else text).translate(_GATE_SPLIT)
        if plain is None and (max(text) >= "\u2e80" or UNSPACED_SCRIPT.search(text)):
            spaced = _CJK_RUN.sub(" ", spaced)  # "加我qq详聊", "lineで連絡": words between
        if not self._compiled:
            self.compile()
        finder = self._finder
        if finder is None or not multimatch.USE_AUTOMATON:
            return self._by_sets(spaced.split())
        line = " " + " ".join(spaced.split()) + " "
        firsts: set[str] = set()
        fuzzy = False
        stemmed: set[str] = set()
        for a, _, key in finder.occurrences(line):
            word = line[a + 1:line.index(" ", a + 1)]  # the first word of the key at a
            if key is None:  # a stem starts this word
                stemmed.add(word)
                continue
            firsts.add(word)
            fuzzy = fuzzy or key
        self._add_stems(firsts, stemmed)
        return firsts, fuzzy

    def _by_sets(self, toks: list[str]) -> tuple[set[str], bool]:
        """`hits` without the automaton: the text's words, pairs and triples intersected with
        the entries'."""
        singles = set(toks) & self.singles
        pairs = set(zip(toks, toks[1:], strict=False)) & self.pairs
        triples = set(zip(toks, toks[1:], toks[2:], strict=False)) & self.triples
        fz = self.fuzzy
        fuzzy = not (fz.isdisjoint(singles) and fz.isdisjoint(pairs) and fz.isdisjoint(triples))
        firsts = set(singles)
        firsts.update(a for a, _ in pairs)
        firsts.update(a for a, _, _ in triples)
        self._add_stems(firsts, set(toks))
        return firsts, fuzzy

    def _add_stems(self, firsts: set[str], words: set[str]) -> None:
        # Stems in any script: entries are folded, so "görsel*" and "metadan*" are ASCII
        # stems too ("gorselde", "metadanych"). A word takes the longest stem it starts
        # with, if at most four letters follow it.
        stems = self.stems
        for t in words:
            for cut in range(5):
                if len(t) > cut and t[: len(t) - cut] in stems:
                    firsts.add(t[: len(t) - cut])
                    break
