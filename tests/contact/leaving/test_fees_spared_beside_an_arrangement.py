"""The marketplace's fee gone, said by a word of going without or saving and the fee ("ohne
Vermittlungsgebühr", "בלי עמלות", "ویب سائٹ کی فیس بچ جائے گی"), beside an arrangement in
its sentence or the one before: the orders to come, directness, "we" settling. The saving is the
tell: a request to leave (an error). A fee of a kind ("without hidden fees"), the marketplace
named as the way, the buyer's own shop and the fee explained honestly stay clean.
"""
from __future__ import annotations

from contact_support import severity_tests

SPARED = [
    "Folgeaufträge gerne direkt über mich, ohne Vermittlungsgebühr.",
    "Next projects can go straight to me directly, without the platform fee.",
    "לקוחות קבועים עובדים איתי ישירות, בלי עמלות.",
    "اگلے آرڈر براہِ راست مجھ سے کریں، ویب سائٹ کی فیس بچ جائے گی۔",
    "ครั้งต่อไปติดต่อผมโดยตรงได้เลย\nประหยัดค่าธรรมเนียม",
    "Przy większych projektach rozliczymy się po staremu i pominiemy kasę serwisu.",
    "**老客户须知**：第一单请正常下单。以后可以走老路子，不用再被平台抽成，价格也更实在。",
    "以后的订单直接找我，不用再给平台佣金。",
    "נמשיך את העבודה מחוץ לאתר, בלי עמלות.",
    "Pour les prochaines commandes, un simple virement bancaire suffit,\non évite les frais de service.",
]

HONEST = [
    "Fiverr's service fee is added at checkout.",
    "No hidden fees: the price you see is the price you pay.",
    "Ohne zusätzliche Gebühren: alle Quelldateien sind inklusive.",
    "I'll show you how to avoid PayPal fees on your own store.",
    "Message me before ordering; revisions come without extra fees.",
    "Returning clients get 10% off through a Fiverr custom offer, without extra fees.",
    "Los pagos de tu tienda llegan directamente a tu cuenta, sin comisiones ocultas.",
    "העמלה של Fiverr מתווספת בקופה, ואני מתחיל מיד אחרי ההזמנה.",
    "Next time, order the same package here and I'll start directly; the fee is Fiverr's, not mine.",
    "Te enseño a vender en Etsy sin las comisiones de Amazon.",
    "ชำระผ่าน Fiverr ได้เลย ไม่ต้องเสียค่าธรรมเนียมเพิ่ม",
    "첫 주문 후 수수료 없이 무료 수정 1회 제공",
    "我帮你的网店设置支付，不用再被支付宝抽成。",
    "בלי עמלות נסתרות, המחיר סופי.",
    "אני עובד גם מחוץ לאתר כמעצב במשרה מלאה.",
    "Tanpa biaya admin tambahan untuk revisi.",
]

test_fee_spared_beside_an_arrangement_is_an_error, test_fees_named_honestly_stay_clean = severity_tests(
    SPARED, HONEST
)
