"""The orders to come dealt directly, the site's fee gone, in languages the vocabulary had no
words for ("Після першого замовлення ... напряму, без комісії сайту", "לקוחות חוזרים ... ישירות",
"سفارش‌های بعدی ... مستقیم"): a request to leave (direct_deals.direct_later), an error. The
orders to come placed on the marketplace, the work sent directly in the order's chat, and a
bank's fee saved as the work stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Після першого замовлення можемо працювати напряму, без комісії сайту.",
    "Наступного разу пишіть мені напряму, без комісії платформи.",
    "첫 주문 후에는 수수료 없이 개인적으로 거래하실 수 있어요.",
    "לקוחות חוזרים - אפשר לסגור איתי ישירות בלי העמלה של האתר.",
    "בפעם הבאה נעבוד ישירות, בלי העמלה של האתר.",
    "برای سفارش‌های بعدی می‌توانیم مستقیم با هم کار کنیم تا کارمزد سایت حذف شود.",
]

CLEAN = [
    "Після першого замовлення я надішлю вам чернетку напряму в чат замовлення.",
    "Наступного разу просто замовте знову тут, на Fiverr.",
    "Я допомагаю клієнтам зекономити на комісії банку.",
    "לקוחות חוזרים מקבלים הנחה כאן בפיברר.",
    "בפעם הבאה פשוט הזמינו שוב כאן.",
    "הקבצים נשלחים ישירות בצ'אט של ההזמנה.",
    "سفارش‌های بعدی را هم از همین‌جا ثبت کنید.",
    "첫 주문 후에는 수정이 무료입니다.",
    "첫 주문 후 수수료 없이 무료 수정 1회 제공",
    "ลูกค้าประจำ ครั้งต่อไปสั่งผ่าน Fiverr ได้เลย",
]

test_orders_to_come_dealt_directly_are_errors, test_orders_to_come_on_the_marketplace_stay_clean = severity_tests(
    ERRORS, CLEAN
)
