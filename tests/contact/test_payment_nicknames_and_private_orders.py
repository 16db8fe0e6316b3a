"""Payment services by their nicknames ("pp f&f", "vx转账", "тинёк", "тиньк"), Korean "send"
next to Toss ("토스로 보내주시면"), the Chinese private order ("走私单") and moving over "en
direct" after a modal "we can": a payment or a deal outside the marketplace (error). Sending
files, Toss or WeChat Pay as the work, moving to the next phase and refusing private orders
stay clean."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "pp f&f only, saves us both the fees.",
    "Extras can be paid pp ff, just tell me.",
    "不走平台的话可以vx转账，便宜一点。",
    "定金可以v信转账给我。",
    "Оплата на тинёк, без комиссии площадки.",
    "Можно скинуть на тиньк, так быстрее.",
    "토스로 보내주시면 바로 시작합니다.",
    "잔금은 토스로 보내 주세요.",
    "老客户可以走私单，价格更低。",
    "Pour les prochaines missions, on peut passer en direct, c'est plus simple.",
]
CLEAN = [
    "참고 사진을 보내주시면 바로 작업 시작합니다.",
    "토스 앱 스타일의 UI를 디자인합니다. 레퍼런스를 보내주세요.",
    "为你的小程序接入微信支付接口，包含退款功能。",
    "我不接私单，所有订单都在平台完成。",
    "On peut passer à la version 2 du logo après votre retour.",
    "Podemos pasar a la siguiente fase cuando apruebes el boceto.",
]

test_payment_nicknames_are_errors, test_sending_work_and_refusals_stay_clean = severity_tests(ERRORS, CLEAN)
