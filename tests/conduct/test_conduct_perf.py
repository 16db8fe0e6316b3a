"""The conduct detectors read a clause word by word with bounded look-arounds: one long
clause full of their own words (no punctuation to cut it) costs what reading it costs."""
from __future__ import annotations

import pytest
from perf_support import assert_linear

from gigcheck.detectors import clauses
from gigcheck.detectors.conduct import prohibited
from gigcheck.detectors.marketplaces import Competitors, competitor_pointers
from gigcheck.detectors.reviews import review_asks
from gigcheck.policy.config import load_config

CLAUSES = {
    "engagement": "buy fake cheap 1000 real followers likes give you views non-drop ",
    "reviews": "please leave a 5-star review and get a free revision for every positive rating would be appreciated ",
    "marketplaces": "also on upwork my shop on etsy find my courses on udemy cheaper on upwork ",
    "negations": "no not never without remove block ",
    # counts sold, CJK read a character a word, asks after please/if/who, places after names
    "counts": "Extra: +1,000 YouTube views in 24 hours with 10k followers non-drop 5 tys. ",
    "cjk": "フォロワーを1万人増やします刷10万播放量不掉粉★5の評価をいただけると猪八戒网也有店铺 ",
    "asks": "kindly leave a 5★ rating ⭐⭐⭐⭐⭐ buyers who rate get a free bonus si dejas 5 star review do ",
    # a rating and a review site anywhere in the clause, accounts of a kind, a stand-in
    "rated": "5-star Google-Bewertungen Trustpilot'a yorum from real verified accounts exam à votre place ",
    "places": "Upwork pe bhi Bionluk'ta da mi tienda de Etsy hire me on Freelancer ",
    # conK: counts with the verb last, a guarantee, a label, the buyer's page; a graded work
    # handed in, a game account logged into, reviews without a purchase; a denial after
    "book": "10.000 YouTube-Aufrufe 1000 abone garantili hesabınıza 10 bin takipçi gönderiyorum watch hours "
            "package: 4,000 100k plays on your track thesis under your name log into your account Diamond "
            "reviews without purchase takipçi satışı yok ",
}


@pytest.fixture(scope="module", name="vocabs")
def _vocabs():
    v = load_config(discover=False).vocabulary
    return v.conduct, v.reviews, v.marketplaces


@pytest.mark.perf
@pytest.mark.parametrize("kind", list(CLAUSES))
def test_one_long_clause_in_linear_time(vocabs, kind):
    cv, rv, mv = vocabs
    rivals = Competitors(mv.names)

    def run(k: int) -> None:
        text = CLAUSES[kind] * k
        # both sizes cut into clauses, not one read from the cache of a gig's runs: a
        # family none of the detectors' words stand in costs only the cut
        clauses._clauses.cache_clear()
        prohibited(text, cv)
        review_asks(text, rv, cv)
        competitor_pointers(text, rivals, mv, cv)

    # 200 clauses: 10-70 ms of CPU; the book's clause is three times longer (200 took 0.13 s);
    # the negations' short words cost ~3 ms at 200, where fixed costs still weigh (t(8n)/t(n)
    # read 16 alone and 33 on a loaded machine), and read 8 from 800 on (~25 ms)
    sizes = {"book": 60, "negations": 800}
    assert_linear(run, sizes.get(kind, 200), kind)


def test_findings_in_a_long_clause_are_all_found(vocabs):
    cv, rv, mv = vocabs
    text = CLAUSES["marketplaces"] * 50
    assert len(competitor_pointers(text, Competitors(mv.names), mv, cv)) >= 150
    assert len(review_asks(CLAUSES["reviews"] * 50, rv, cv)) >= 50
