"""The stand-ins of a template are no one's account: a "$cashtag" or payment "@name" made of
placeholder words ("$yourname"), a link whose path is a mask ("pf.kakao.com/_xxxxx"), a
Cyrillic bot placeholder ("t.me/ваш_бот"). Real tags and paths stay errors."""
from __future__ import annotations

from gigcheck.detectors.placeholders import PlaceholderVocab
from tests.contact_support import placeholder_vocab, severity_tests  # noqa: F401  (the `pv` fixture)

ERRORS = [
    "Cash App: send the deposit to $miradesigns before we start.",
    "Follow my work at instagram.com/mira_art_studio",
    "Мой бот: t.me/mira_design_bot",
]

CLEAN = [
    "Your Cash App profile screen shows a `$yourname` cashtag in the mockup.",
    "고객님의 카카오톡 채널 주소 (예: pf.kakao.com/_xxxxx)를 버튼에 연결해 드립니다.",
    "Your button will link to your page (format: instagram.com/xxxxx).",
    "Ваш бот будет доступен по ссылке вида t.me/ваш_бот.",
]

test_real_tags_and_links_stay_errors, test_template_stand_ins_stay_clean = severity_tests(ERRORS, CLEAN)


def test_masked_page(pv: PlaceholderVocab) -> None:
    assert pv.masked_page("_xxxxx)를")
    assert pv.masked_page("XXXX")
    assert not pv.masked_page("mira_art")
    assert not pv.masked_page("xx")
