"""Messengers called by nicknames that are also ordinary words ("zap", "tg", "телега", Korean
"라인" = line) count only with a contact cue near them: being on the channel said with "also"
or in pt, es, ru ("Tô no zap também", "Есть и в телеге"), a Japanese question or contact
sent "to" the channel ("ご質問はラインでどうぞ", "ご連絡はカカオトークまで"), a label with an
identifier ("라인: x"). The nickname as the work, as an ordinary word, or a meeting room after
the order stays clean."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Faço logos e cardápios. Tô no zap também, é só chamar.",
    "Estou no wpp também se preferir, é só pedir o número.",
    "Делаю карточки для WB. Есть и в телеге — пишите, если удобнее.",
    "I'm on tg too if that's quicker, just ask.",
    "También estoy en wsp, pídeme el número.",
    "ご質問はラインでどうぞ。すぐにお返事します。",
    "ご連絡はカカオトークまでお願いします。",
    "お問い合わせはLINEまで。",
    "자세한 상담은 라인으로 연락 주세요.",
    "라인: mina_design88",
]
CLEAN = [
    "Criação de chatbot para o zap da sua loja, com respostas automáticas.",
    "Tô no aguardo do seu pedido por aqui.",
    "Настрою бота для телеграма вашего магазина, оплата через площадку.",
    "신제품 라인 전체의 상세페이지를 디자인합니다.",
    "라인 드로잉 일러스트를 그려 드립니다.",
    "라인 스티커를 제작해 드립니다.",
    "ご購入後、Zoomでご質問にお答えします。",
    "ご質問はメッセージでどうぞ。",
    "納品まで3日です。ご質問はお気軽にどうぞ。",
    "LINEスタンプを制作します。ご質問はメッセージでどうぞ。",
]

test_nicknames_with_a_cue_are_reported, test_nicknames_as_words_or_work_stay_clean = severity_tests(ERRORS, CLEAN)
