"""lexicon_trie.insert: an entry's word boundaries choose its trie and are no step in it
(kept as it is: leaving the boundaries out in a list first was slower, measured)."""
from __future__ import annotations

from gigcheck.detectors.lexicon_trie import LB, RB, bounded, insert, parse_entry


def test_each_kind_of_boundary_has_its_trie() -> None:
    tries: dict = {}
    for entry in ("skype", "微信", "'tan", "skype:"):
        insert(tries, parse_entry(entry))
    assert set(tries) == {(True, True), (False, False), (False, True), (True, False)}
    assert set(tries[True, True]) == {"s"}  # "skype": bounded both sides
    assert set(tries[False, False]) == {"微"}  # glued script: no boundary
    for trie in tries.values():
        stack = [trie]
        while stack:
            node = stack.pop()
            assert LB not in node and RB not in node
            stack.extend(node.values())


def test_entries_share_their_prefix_and_end_where_they_end() -> None:
    tries: dict = {}
    insert(tries, bounded(list("dm"), "dm"))
    insert(tries, bounded(list("dms"), "dms"))
    node = tries[True, True]["d"]["m"]
    assert "" in node and "" in node["s"]
    assert list(tries[True, True]) == ["d"]
