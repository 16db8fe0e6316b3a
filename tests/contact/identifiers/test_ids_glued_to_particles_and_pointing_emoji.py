"""Handles read through the wording around them (detectors/handle_ids.py, verb_handles.py): a
Latin channel name glued to a particle of an unspaced script, its ID word after it ("LINEのIDは
x", "微信的ID是 x"); an ID word of the sentence's own script a few words on ("카톡 친추 아이디 x",
"แอดไลน์ ไอดี x"); a pointing emoji after a messaging verb ("add me 👉 x"). A bare joined term
after a platform the work is about ("Custom WhatsApp order_tracking.") is the work's, unless a
label or a contact verb makes it a name."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "LINEのIDは rina_illust です。気軽に追加してね",
    "微信的ID是 wx_lucia88，欢迎添加",
    "카톡 친추 ㄱㄱ 아이디 hanbit_art",
    "แอดไลน์มาได้เลย ไอดี nok_design",
    "Agrégame al wasa 👉 lucia.disenos y te paso el catálogo",
    "add me 👉 kai_builds",
    "escríbeme ➡️ lucia_disenos",
    "Custom WhatsApp: lucia_design",
    "Custom Telegram bots, contact Telegram nika_design",
]
CLEAN = [
    "LINEのID連携機能を実装します",
    "お客様のLINEのIDは user_name のように登録されます",
    "카톡 채널 개설 대행, 아이디 shop_kakao 형식으로 설정",
    "Check my portfolio 👉 lucia.disenos",
    "add me 👉 logo.png",
    "Custom WhatsApp order_tracking.",
    "Build WhatsApp order_tracking flows for your store.",
    "Diseño de etiquetas para Wasa y otras marcas",
]

test_handles_through_particles_and_arrows_are_errors, test_work_terms_and_templates_stay_clean = severity_tests(
    ERRORS, CLEAN
)
