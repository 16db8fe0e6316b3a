"""Channel names of the scripts written without spaces, disguised.

* a mark standing for one character of the name after its first ("ラ◯ン" for ライン, "薇❤" for
  薇信, "카◯톡" for 카카오톡's short form): `Lexicon.add_glued_disguises`, names and marks in
  the pack (`channels.glued_disguised_names`, `channels.glued_name_masks`);
* a name broken once by a mark (`channels.glued_name_splits`: "카.톡", "ライ・ン"), a Korean
  one also by a space or a line ("카 톡", "카⏎톡");
* a user name broken over a line before its underscore ("jiwoo⏎_design"), as before its dot.

Honest neighbours: the same marks as decoration or list bullets, the name's first character
in ordinary words ("微笑", "ラーメン", "카페"), Markdown emphasis opening a line, and the
platform as the subject of the work.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    # masked names with an identifier
    "ご連絡はラ◯ン（ID：sakura_web）まで",
    "ラ○ンID：sakura_web までご連絡ください",
    "詳しくはラ●ンで！ID: sakura.web2",
    "联系我：薇❤ xiaomei_888",
    "加我薇❤️：xiaoyu_design888",
    "私聊价格更优惠，微◯：studio_lin2024",
    "有问题找我 威♡ chen_design88",
    "작업 문의는 카◯ 아이디 jiwoo_design 으로 주세요",
    "인스◯ @jiwoo.design 으로 DM 주세요",
    "テレ◯ラム：@kenta_0412",
    "インス◯は @mika_snslab です",
    # a Korean name broken by a space or over lines, and a user name broken before "_"
    "작업 문의는\n카\n톡\n아이디 jiwoo\n_design 으로 주세요",
    "문의: 카 톡 아이디 jiwoo_design",
    "카톡 아이디 jiwoo\n_design 으로 연락 주세요",
    "Telegram: anna\n_studio",
    # broken once by a mark
    "ライ・ン ID：sakura_web",
    "カカ.オ ID: jiwoo_design",
    "카.톡 아이디 jiwoo_design",
    "微.信：xiaomei_888",
    "인스/타 @jiwoo.design 으로 DM 주세요",
    "LINE ID：sakura\n_web まで",
]

CLEAN = [
    # the marks as decoration or bullets, the names' first characters in ordinary words
    "微笑服务❤ 每一张设计都用心完成",
    "ラーメン店のロゴ◯デザイン承ります",
    "카페 로고 디자인 ◯ 수정 3회 포함",
    "◯ 納品形式：PNG / PDF\n◯ 修正：3回まで",
    "카 페 메뉴판 디자인 해드립니다",
    "ラ◯ンのスタンプ制作を承ります（LINEスタンプの規約に沿って作成します）",
    # the platform as the subject of the work
    "我会为您的微信公众号设计头像和封面",
    "LINEスタンプを40種類作成します",
    "카톡 이모티콘 제작해 드립니다",
    # Markdown emphasis opening a line after a word
    "Delivery in 3 days\n_Revisions included_",
    "Fast delivery\n_All files in PNG and SVG_",
    # a Chinese line ending between two words that only meet there; names as the work
    "稍微\n信任我，一定准时交付",
    "카-톡 이모티콘 제작",
    "微-信小程序开发",
]


test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)
