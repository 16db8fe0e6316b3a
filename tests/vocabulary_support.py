"""One compiled vocabulary per pack for the whole test session.

Every `load_config` makes a new `Vocabulary`, whose parts (lexicons, tries, grammars) are
built on first use: about a third of a second of CPU for each configuration a test
makes, in-process CLI runs included. A CLI run makes one configuration, so gigcheck
itself never pays this twice; the suite makes thousands. Configurations built from the
same `[vocab]` tables therefore share one `Vocabulary` here (it is immutable to its
users). Tests about building it (the build cache, laziness) take the `fresh_vocabulary`
fixture, which turns the sharing off for them.
"""
from __future__ import annotations

import hashlib
import pickle
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

KEEP = 16  # packs kept compiled: the shipped ones and the few a module uses at a time
_shared: OrderedDict[bytes, Any] = OrderedDict()
enabled = True


def install() -> None:
    from gigcheck.policy import config
    from gigcheck.scan.vocabulary import Vocabulary

    def shared(tables: Mapping[str, Any]) -> Vocabulary:
        if not enabled:
            return Vocabulary(tables)
        try:
            key = hashlib.blake2b(pickle.dumps(dict(tables), protocol=pickle.HIGHEST_PROTOCOL)).digest()
        except (TypeError, pickle.PicklingError):
            return Vocabulary(tables)
        found = _shared.get(key)
        if found is None:
            found = _shared[key] = Vocabulary(tables)
            while len(_shared) > KEEP:
                _shared.popitem(last=False)
        _shared.move_to_end(key)
        return found

    config.Vocabulary = shared  # type: ignore[assignment]  # the name load_config calls


def small_vocab(vocab: Any, start: int, count: int) -> Any:
    """`vocab` with every list of words cut to `count` of them from `start` (from the first
    when the list is shorter): a pack shaped as the full one that builds in a fraction of a
    second, for the tests of how a vocabulary is built and stored rather than what it holds."""
    if isinstance(vocab, Mapping):
        return {key: small_vocab(value, start, count) for key, value in vocab.items()}
    if isinstance(vocab, list) and all(isinstance(word, str) for word in vocab):
        return vocab[start:start + count] if len(vocab) > start + count else vocab[:count]
    return vocab
