"""Hard negatives of our own in 23 languages, most of them
in non-Latin scripts (appended to dev.jsonl as `dev-u-neg-…`, note "detU hard negative"), in
the families that raise false alarms blind, each cause next to the seller's twin that must
stay an error (`dev-u-pos-…`):

* a word of private messages placed on the marketplace ("Напишите в личку на Fiverr",
  "Message me privately here on Fiverr"): its inbox, not a way out;
* "Need a faster way to reach me?" answered by the next sentence with the marketplace;
* a masked address in data work ("j***@g***.com"): no one can write to it;
* phone and IBAN formats a seller validates in code ("090-1234-5678 形式", "маска вида
  +7 (999) 123-45-67", "IBAN-Formate wie DE89 …"), and an international number counting up
  after its country code ("+91 98765 43210");
* Indic vowel signs inside a word ("जैसे", "নম্বর"): letter runs keep them (gigcheck.text.letters);
* quotes of the platform's rules with their verb of forbidding before or after what they
  forbid ("Las reglas de Fiverr prohíben pagos fuera", "플랫폼 밖에서의 결제는 금지되어 있습니다"),
  and a contrast that ends what a refusal covers ("…, but I accept PayPal directly");
* integration work in Greek and Hebrew, the buyer's company in Korean ("귀사", "고객님 회사의").
"""
from __future__ import annotations

import json
from pathlib import Path

from contact_support import reported, severity_tests, worst
from table_support import table_test

DEV = Path(__file__).resolve().parents[2] / "data" / "adversarial" / "dev.jsonl"
_NON_LATIN = {"ru", "uk", "ar", "fa", "hi", "bn", "ta", "zh", "ja", "ko", "th", "el", "he"}


def _detu(note: str) -> list[dict[str, str]]:
    cases = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [c for c in cases if c["id"].startswith("dev-u-") and note in (c.get("note") or "")]


NEGATIVES = [c["text"] for c in _detu("detU hard negative")]
TWINS = [c["text"] for c in _detu("detU twin")]

NAMED = [  # the tuning false alarms and the brief's known risks, each a cause above
    "Нужен срочный заказ? Напишите в личку на Fiverr, проверю загрузку и отвечу за час.",
    "Data cleaning: I mask emails and phone numbers in your CRM export\n(e.g. j***@g***.com, +1 ***-***-1234) before analysis.",
    "Need a faster way to reach me? Message me here on Fiverr",
    "Les frais de service de la banque sont inclus.",
    "फ़ॉर्म में +91 98765 43210 जैसे मोबाइल नंबर का फ़ॉर्मेट जाँचने वाला कोड लिखूँगा।",
]

VARIANTS = [  # in other words, languages and layouts
    "Пишите в лс на Fiverr.",
    "Escríbeme en privado por Fiverr y lo vemos.",
    "Scrivimi in privato su Fiverr.",
    "Napisz do mnie prywatnie na Fiverr.",
    "Schreib mir privat hier auf Fiverr.",
    "Message me privately on Fiverr.",
    "Want a quicker way to reach me? Just message me here.",
    "Registros anonimizados como a****@h*****.com en tu base de datos.",
    "jo****@gmail.com is how the export shows each address after masking.",
    "Ich prüfe IBAN-Formate wie DE89 3704 0044 0532 0130 00 in Ihrem Formular per Regex.",
    "The invoice template shows a sample IBAN like GB82 WEST 1234 5698 7654 32.",
    "010-1234-5678 형식의 휴대폰 번호를 검증하는 코드를 작성합니다.",
    "I don't take payments outside Fiverr, but you can pay with PayPal through Fiverr's checkout.",
    "Payments outside Fiverr are prohibited by the rules, and I follow them.",
    "Fiverr'dan kazancımı Payoneer hesabıma çekiyorum.",
    "I withdraw my Fiverr earnings to my Payoneer account.",
    "Tip jar widget for your stream: viewers send tips through Ko-fi or PayPal.",
    "หลังสั่งซื้อ เราคุยกันผ่าน Zoom ลิงก์จะส่งในแชท Fiverr",
]

ERRORS = [  # the seller next to each cause
    "Напишите в личку, не на Fiverr.",
    "Пишите в личку, а не на Fiverr.",
    "Write me elsewhere than Fiverr.",
    "Message me privately.",
    "Need a faster way to reach me? Message me on Telegram.",
    "My email is mark***@gmail.com",
    "Email me at m*a*r*k@gmail.com",
    "My IBAN, e.g. for transfers: DE89 3704 0044 0532 0130 00",
    "Мой IBAN, например для перевода: DE89 3704 0044 0532 0130 00",
    "WhatsApp +91 98765 43210",
    "Call me: +7 (999) 123-45-67",
    "Rules prohibit it, but I accept PayPal directly.",
    "Fiverr rules prohibit payments outside, but I accept PayPal directly from you.",
    "Las reglas de Fiverr prohíben pagos fuera, pero a ti te acepto PayPal directo.",
    "Ödemeyi direkt Payoneer hesabıma yapabilirsin.",
    "Fans can tip me directly through Ko-fi instead of ordering.",
    "เราคุยกันผ่าน LINE นะครับ",
    # the as-error gap (rt30 exemption): the marketplace of another clause softens no payment route
    "Place the first order on Fiverr so we're official — after that, repeat orders can be paid straight to my Payoneer.",
    "Order on Fiverr first, then repeat orders can be paid to my Wise.",
    "Primero un pedido en Fiverr; después, los pedidos siguientes se pagan directo a mi Payoneer.",
]

test_each_twin_stays_an_error, test_each_cause_and_its_variants_are_clean = severity_tests(ERRORS, NAMED + VARIANTS)


def test_the_hard_negatives_are_many_and_mostly_in_other_scripts():
    mine = _detu("detU hard negative")
    assert len(mine) >= 150
    assert len({c["lang"] for c in mine}) >= 10
    assert 2 * sum(c["lang"] in _NON_LATIN for c in mine) > len(mine)


@table_test("text", NEGATIVES)
def test_an_honest_hard_negative_is_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@table_test("text", TWINS)
def test_its_twin_is_an_error(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)
