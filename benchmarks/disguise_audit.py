#!/usr/bin/env python3
"""Audit of the disguise (issue 12, family 3) and payment-route (family 6) tricks, generated.

A seller who wants past the linter tries one trick after another; this crosses each trick
of the issue's list with several identifiers and several carriers (a sentence, a list item,
a table cell, a heading, a wrapped line) and prints recall per trick, so a gap shows as a
trick, not as one case. Payment offers come with their integration-work twins (the rail as
the subject of the work), which must stay clean.

usage: disguise_audit.py [--misses N] [--only TRICK-PREFIX]
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

# (local part, provider, top-level domain)
EMAILS = (("ana", "studio", "co"), ("mark", "gmail", "com"), ("lenadesign", "outlook", "com"),
          ("rahul.art", "yahoo", "in"))
# national digits with the country code they belong to
PHONES = (("07700900123", "44"), ("3125478901", "1"), ("9876543210", "91"), ("11987654321", "55"))

EMAIL_CARRIERS = (
    "For quick questions write to {x} any time.",
    "## Contact\n\n- Email: {x}\n- Replies within a day",
    "| Channel | Where |\n|---|---|\n| mail | {x} |",
    "Send the brief to me directly,\n{x}, and I start today.",
)
PHONE_CARRIERS = (
    "Call or text me on {x} for a faster answer.",
    "## Reach me\n\n- Phone: {x}",
    "| Contact | Number |\n|---|---|\n| WhatsApp | {x} |",
    "WhatsApp me directly: {x} and we skip the waiting.",
)

Gen = Callable[[str, str, str], str]


def _sep_each(text: str, sep: str) -> str:
    return sep.join(text)


EMAIL_TRICKS: dict[str, Gen] = {
    "plain": lambda u, d, t: f"{u}@{d}.{t}",
    "bracket-square": lambda u, d, t: f"[{u}] [at] [{d}] [dot] [{t}]",
    "bracket-paren": lambda u, d, t: f"({u})(at)({d})(dot)({t})",
    "bracket-curly": lambda u, d, t: f"{{{u}}} {{at}} {{{d}}} {{dot}} {{{t}}}",
    "each-char-underscore": lambda u, d, t: _sep_each(f"{u}@{d}.{t}", "_"),
    "each-char-dot-local": lambda u, d, t: f"{_sep_each(u, '.')}@{d}.{t}",
    "each-char-dash": lambda u, d, t: _sep_each(f"{u}@{d}.{t}", "-"),
    "each-char-space": lambda u, d, t: _sep_each(f"{u}@{d}.{t}", " "),
    "bullet-words": lambda u, d, t: f"{u} • at • {d} • dot • {t}",
    "arrow-symbols": lambda u, d, t: f"{u} → @ → {d} → . → {t}",
    "emoji-sep": lambda u, d, t: f"{u} ⭐ at ⭐ {d} ⭐ dot ⭐ {t}",
    "pipe-sep": lambda u, d, t: f"{u} | at | {d} | dot | {t}",
    "reversed": lambda u, d, t: f"{(u + '@' + d + '.' + t)[::-1]} (read it backwards)",
    "leet-domain-words": lambda u, d, t: f"{u} at {d.replace('o', '0').replace('a', '4')} d0t c0m",
    "leet-domain-at": lambda u, d, t: f"{u}@{d.replace('a', '4').replace('o', '0')}.{t}",
    "at-the-rate": lambda u, d, t: f"{u} at the rate {d} dot {t}",
    "es-arroba": lambda u, d, t: f"{u} arroba {d} punto {t}",
    "ru-sobaka": lambda u, d, t: f"{u} собака {d} точка {t}",
    "it-chiocciola": lambda u, d, t: f"{u} chiocciola {d} punto {t}",
    "de-aet": lambda u, d, t: f"{u} ät {d} punkt {t}",
    "hi-et": lambda u, d, t: f"{u} एट {d} डॉट {t}",
    "zh-aite": lambda u, d, t: f"{u} 艾特 {d} 点 {t}",
    "ko-jeom": lambda u, d, t: f"{u} 골뱅이 {d} 점 {t}",
    "fr-arobase": lambda u, d, t: f"{u} arobase {d} point {t}",
    "pl-malpa": lambda u, d, t: f"{u} małpa {d} kropka {t}",
    "nl-apenstaartje": lambda u, d, t: f"{u} apenstaartje {d} punt {t}",
    "tr-et": lambda u, d, t: f"{u} et işareti {d} nokta {t}",
    "ja-atto": lambda u, d, t: f"{u} アット {d} ドット {t}",
    "paren-at-fullwidth": lambda u, d, t: f"{u}（at）{d}（dot）{t}",
    "provider-words": lambda u, d, t: f"{u} at the big G mail service",
    "provider-microsoft": lambda u, d, t: f"{u} at Microsoft's mail",
    "homoglyph-cyrillic": lambda u, d, t: f"{u}@{d}.{t}".replace("a", "а").replace("o", "о"),
    "fullwidth": lambda u, d, t: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c
                                         for c in f"{u}@{d}.{t}"),
    "zero-width": lambda u, d, t: "\u200b".join(f"{u}@{d}.{t}"),
    "soft-hyphen": lambda u, d, t: f"{u}\u00ad@\u00ad{d}\u00ad.{t}",
}

# The digits 0-9 in words, a space between them.
SPELLED_WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan",
    "ru": "ноль один два три четыре пять шесть семь восемь девять",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "hi": "शून्य एक दो तीन चार पांच छह सात आठ नौ",
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa",
}
SPELLED = {lang: words.split(" ") for lang, words in SPELLED_WORDS.items()}
_EN = SPELLED["en"]


def _groups(n: str) -> list[str]:
    return [n[i:i + 4] for i in range(0, len(n), 4)]


def _oh(n: str) -> str:
    return " ".join("oh" if c == "0" else _EN[int(c)] for c in n)


def _runs(n: str) -> str:
    """"double seven", "triple oh": runs of a digit named by their length."""
    out, i = [], 0
    while i < len(n):
        j = i
        while j < len(n) and n[j] == n[i]:
            j += 1
        word = "oh" if n[i] == "0" else _EN[int(n[i])]
        k = j - i
        while k > 0:
            take = 3 if k >= 3 else k
            out.append({1: word, 2: f"double {word}", 3: f"triple {word}"}[take])
            k -= take
        i = j
    return " ".join(out)


def _between(word: str) -> Callable[[str, str], str]:
    return lambda n, cc: f" {word} ".join(_groups(n))


def _map_digits(table: str) -> Callable[[str, str], str]:
    return lambda n, cc: " ".join("".join(table[int(c)] for c in g) for g in _groups(n))


def _spelled(lang: str) -> Callable[[str, str], str]:
    return lambda n, cc: " ".join(SPELLED[lang][int(c)] for c in n)


PhoneGen = Callable[[str, str], str]
PHONE_TRICKS: dict[str, PhoneGen] = {
    "plain": lambda n, cc: " ".join(_groups(n)),
    "oh": lambda n, cc: _oh(n),
    "double-triple": lambda n, cc: _runs(n),
    "hundred": lambda n, cc: f"{_oh(n[:-3])} {_EN[int(n[-3])]} hundred {_EN[int(n[-2])]} {_EN[int(n[-1])]}"
    if n[-3] != "0" else f"{_oh(n[:-2])} {_EN[int(n[-2])]} {_EN[int(n[-1])]}",
    "then": _between("then"),
    "and": _between("and"),
    "dan": _between("dan"),
    "y": _between("y"),
    "und": _between("und"),
    "slashes": lambda n, cc: "/".join(_groups(n)),
    "superscript": _map_digits("⁰¹²³⁴⁵⁶⁷⁸⁹"),
    "circled": _map_digits("⓪①②③④⑤⑥⑦⑧⑨"),
    "fullwidth": _map_digits("０１２３４５６７８９"),
    "mixed-words": lambda n, cc: " ".join(c if i % 2 else _EN[int(c)] for i, c in enumerate(n)),
    "intl-no-plus": lambda n, cc: f"{cc}{n.lstrip('0')}",
    "split-lines": lambda n, cc: f"{n[:5]}\n{n[5:]}",
    **{f"spelled-{lang}": _spelled(lang) for lang in SPELLED},
}

# Tricks with carriers of their own (the trick is the layout or the cue).
PHONE_SHAPED: dict[str, tuple[str, ...]] = {
    "vanity": ("Call 1-800-GO-DESIGN for a free quote.", "Phone: 1 (888) LOGO-PRO, ask for Mia.",
               "Text us at 1-877-WEB-SITE any time.", "Ring 1-800-FLOWERS-NOW to order direct."),
    "intl-cue": ("wa 447700900123", "WhatsApp 5511987654321 for quick answers",
                 "tg: 79161234567, message me there", "viber 380671234567 if you need me fast"),
    "list-items": ("My number, digit groups:\n\n- 0770\n- 0900\n- 123",
                   "Call me:\n\n1. 312\n2. 547\n3. 8901",
                   "WhatsApp:\n\n- +44\n- 7700\n- 900123",
                   "Text me on\n\n* 98765\n* 43210"),
    "table-cells": ("| WhatsApp | 0770 | 0900 | 123 |\n|---|---|---|---|",
                    "| Call | +1 | 312 | 547 | 8901 |\n|---|---|---|---|---|",
                    "| Part | Digits |\n|---|---|\n| first | 98765 |\n| second | 43210 |",
                    "| phone: | 11 98765 | 4321 |\n|---|---|---|"),
    "heading": ("## Call 07700 900123", "# WhatsApp +91 98765 43210",
                "### Text me: 312 547 8901", "## Telefon / WhatsApp 0176 12345678"),
}

# (trick, offer, integration twin) — the offer moves money off the marketplace; the twin
# names the same rail as the work and must stay clean.
PAYMENTS: tuple[tuple[str, str, str], ...] = (
    ("pt-pix", "Se preferir, me paga via Pix direto e eu começo hoje.",
     "Vou integrar o Pix na sua loja virtual com QR code dinâmico."),
    ("es-spei", "Puedes pagarme por SPEI directo a mi cuenta y te hago descuento.",
     "Configuro cobros por SPEI en tu tienda en línea."),
    ("en-upi", "Pay me on UPI or Paytm directly and save the fee.",
     "I will integrate UPI and Paytm checkout into your app."),
    ("ur-jazzcash", "JazzCash ya Easypaisa pe payment bhej dein, main kaam shuru kar dunga.",
     "Main aap ki website mein JazzCash aur Easypaisa payment gateway integrate karunga."),
    ("bn-bkash", "বিকাশে সরাসরি টাকা পাঠান, আমি সাথে সাথে কাজ শুরু করব।",
     "আপনার ওয়েবসাইটে বিকাশ পেমেন্ট গেটওয়ে যুক্ত করে দেব।"),
    ("tl-gcash", "Pwede mo akong bayaran sa GCash diretso para mas mura.",
     "Ikokonekta ko ang GCash payment sa online store mo."),
    ("sw-mpesa", "Nilipe kwa M-Pesa moja kwa moja, nitaanza kazi leo.",
     "Nitaunganisha malipo ya M-Pesa kwenye tovuti yako."),
    ("zh-alipay", "可以直接用支付宝或微信支付付款给我，更便宜。",
     "我可以为您的网店接入支付宝和微信支付。"),
    ("ru-sbp", "Оплату можно перевести мне напрямую по СБП, так дешевле.",
     "Подключу оплату по СБП к вашему интернет-магазину."),
    ("id-rekening", "Transfer langsung ke rekening saya saja biar tidak kena potongan.",
     "Saya akan memasang pembayaran transfer rekening otomatis di toko online Anda."),
    ("de-ueberweisung", "Gern auch per Überweisung direkt an mich, dann spare ich die Gebühr.",
     "Ich richte Stripe und PayPal in Ihrem Shop ein."),
    ("es-transferencia", "Si prefieres, hazme una transferencia directa y te rebajo el precio.",
     "Integraré pagos con PayPal en tu tienda."),
    ("en-payoneer", "Regular clients can pay me through Payoneer directly.",
     "I set up Payoneer payouts for your marketplace sellers."),
    ("en-wise", "Send the balance by Wise straight to me once the draft is approved.",
     "I can connect Wise Business to your accounting software."),
    ("en-crypto", "I also accept USDT (TRC20) to my wallet, outside the site.",
     "I build crypto wallet dashboards that show USDT balances."),
    ("fr-virement", "Vous pouvez aussi me payer par virement bancaire direct, hors plateforme.",
     "J'intègre le paiement par virement et Stripe dans votre boutique."),
    ("it-bonifico", "Puoi pagarmi con un bonifico diretto, così risparmiamo la commissione.",
     "Integro pagamenti con bonifico e PayPal nel tuo e-commerce."),
    ("tr-havale", "Ödemeyi doğrudan IBAN'ıma havale ile yapabilirsiniz.",
     "Mağazanıza havale/EFT ve kredi kartı ödeme altyapısı kurarım."),
    ("pl-blik", "Możesz zapłacić mi bezpośrednio BLIKIEM, bez prowizji.",
     "Zintegruję płatności BLIK w Twoim sklepie internetowym."),
    ("vi-momo", "Bạn có thể chuyển khoản trực tiếp qua MoMo cho mình.",
     "Mình sẽ tích hợp thanh toán MoMo vào website của bạn."),
    ("hi-paytm", "पेटीएम पर सीधे भुगतान कर दीजिए, फीस बच जाएगी।",
     "मैं आपकी वेबसाइट में पेटीएम पेमेंट गेटवे जोड़ दूंगा।"),
    ("ar-transfer", "ادفع لي مباشرة عبر تحويل بنكي خارج المنصة.",
     "سأدمج بوابة الدفع PayPal في متجرك الإلكتروني."),
    ("nl-tikkie", "Je kunt me ook direct betalen via een Tikkie, scheelt kosten.",
     "Ik koppel iDEAL en Tikkie aan je webshop."),
    ("ja-paypay", "PayPayで直接お支払いいただければ割引します。",
     "ネットショップにPayPay決済を導入します。"),
)

# Offers and twins as templates per language, crossed with the rails sellers there use
# and the global ones: "{r}" is the rail.
PAY_LANGS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (("Pix", "UPI", "GCash", "M-Pesa", "Wise", "Payoneer", "USDT"),
           ("Happy to take {r} too if that's easier for you, just ping me first.",
            "My {r} details are in the gallery PDF, pay there and I'll start.",
            "We can skip the platform fee: {r} works fine for me."),
           ("I connect {r} payments to your Shopify store.", "Your app will accept {r} after my integration.")),
    "es": (("SPEI", "Mercado Pago", "Nequi", "Bizum", "Zelle", "Binance"),
           ("También acepto {r}, así te sale más barato.", "Mándame el pago por {r} y arranco hoy mismo.",
            "Si pagas por {r} fuera de la plataforma te hago un precio especial."),
           ("Configuro {r} como método de cobro en tu tienda.", "Conecto {r} a tu web para que cobres online.")),
    "pt": (("Pix", "boleto", "PicPay", "transferência bancária"),
           ("Aceito {r} também, fica mais barato pra você.", "Me manda via {r} que eu começo agora.",
            "Pagando por {r} por fora eu dou desconto."),
           ("Integro {r} ao seu e-commerce.", "Configuro pagamentos por {r} na sua loja virtual.")),
    "de": (("Überweisung", "PayPal Freunde", "Sofortüberweisung", "Revolut"),
           ("Zahlung gern auch per {r}, dann entfällt die Gebühr.", "Schick mir den Betrag per {r} und ich lege los.",
            "Bei {r} außerhalb der Plattform gibt es Rabatt."),
           ("Ich binde {r} in Ihren Onlineshop ein.", "Ich richte {r} als Zahlungsart in Ihrem Shop ein.")),
    "fr": (("virement", "Lydia", "Wero", "PayPal entre proches"),
           ("J'accepte aussi {r}, c'est moins cher pour vous.", "Envoyez-moi le paiement par {r} et je commence.",
            "Par {r} hors plateforme je vous fais un prix."),
           ("J'intègre {r} à votre boutique en ligne.", "Je configure {r} comme moyen de paiement sur votre site.")),
    "it": (("bonifico", "Satispay", "PostePay", "Revolut"),
           ("Accetto anche {r}, ti costa meno.", "Mandami il pagamento con {r} e inizio subito.",
            "Con {r} fuori piattaforma ti faccio lo sconto."),
           ("Integro {r} nel tuo e-commerce.", "Configuro {r} come metodo di pagamento sul tuo sito.")),
    "id": (("rekening BCA", "OVO", "DANA", "GoPay"),
           ("Bisa juga bayar lewat {r}, lebih murah.", "Kirim pembayaran ke {r} saya, langsung saya kerjakan.",
            "Kalau bayar via {r} di luar platform saya kasih diskon."),
           ("Saya integrasikan {r} ke toko online Anda.", "Saya pasang pembayaran {r} di aplikasi Anda.")),
    "ru": (("СБП", "карту Сбербанка", "ЮMoney", "Qiwi"),
           ("Можно оплатить на {r}, так выйдет дешевле.", "Переведите оплату на {r}, и я сразу начну.",
            "Если оплатите на {r} вне площадки, сделаю скидку."),
           ("Подключу {r} к вашему интернет-магазину.", "Настрою приём платежей через {r} на вашем сайте.")),
    "tr": (("IBAN", "Papara", "havale", "EFT"),
           ("{r} ile de ödeme alıyorum, daha ucuz olur.", "Ödemeyi {r} ile gönderin, hemen başlarım.",
            "Platform dışında {r} ile öderseniz indirim yaparım."),
           ("Sitenize {r} ödeme altyapısı kurarım.", "Mağazanıza {r} entegrasyonu yaparım.")),
    "hi": (("Paytm", "PhonePe", "Google Pay", "UPI"),
           ("{r} se bhi payment le leta hoon, sasta padega.", "{r} pe payment bhej do, main turant shuru karunga.",
            "Platform ke bahar {r} se doge to discount milega."),
           ("Aapki website mein {r} integrate kar dunga.", "Aapke app mein {r} payment gateway laga dunga.")),
    "ur": (("JazzCash", "Easypaisa", "bank transfer", "Raast"),
           ("{r} par bhi payment le leta hoon.", "{r} pe paise bhej dein, kaam aaj shuru.",
            "Fiverr ke bahar {r} se payment karein to sasta hoga."),
           ("Aap ki website mein {r} integrate karunga.", "Main {r} ka payment gateway aap ke store mein lagaunga.")),
    "bn": (("বিকাশ", "নগদ", "রকেট"),
           ("{r}-এ পেমেন্ট করলে কম খরচ হবে।", "{r} নম্বরে টাকা পাঠিয়ে দিন, আজই শুরু করব।",
            "প্ল্যাটফর্মের বাইরে {r}-এ দিলে ছাড় দেব।"),
           ("আপনার সাইটে {r} পেমেন্ট গেটওয়ে বসিয়ে দেব।", "আপনার অ্যাপে {r} ইন্টিগ্রেশন করে দেব।")),
    "tl": (("GCash", "Maya", "bank transfer"),
           ("Pwede rin sa {r}, mas mura.", "I-send mo na lang sa {r} ko ang bayad.",
            "Kung sa {r} ka magbabayad sa labas ng site, may discount."),
           ("Ikokonekta ko ang {r} sa online shop mo.", "Ise-setup ko ang {r} payments sa website mo.")),
    "sw": (("M-Pesa", "Airtel Money", "Tigo Pesa"),
           ("Unaweza kulipa kwa {r} pia, ni rahisi zaidi.", "Tuma malipo kwa {r} nianze leo.",
            "Ukilipa kwa {r} nje ya jukwaa nitakupa punguzo."),
           ("Nitaunganisha {r} kwenye tovuti yako.", "Nitaweka malipo ya {r} kwenye app yako.")),
    "zh": (("支付宝", "微信支付", "银行转账"),
           ("也可以用{r}付款，更划算。", "用{r}转给我，我马上开始。", "平台外用{r}付款可以打折。"),
           ("我可以为您的网店接入{r}。", "为您的小程序集成{r}。")),
    "vi": (("MoMo", "ZaloPay", "chuyển khoản"),
           ("Bạn có thể trả qua {r}, rẻ hơn.", "Gửi tiền qua {r} cho mình là mình làm luôn.",
            "Thanh toán {r} ngoài nền tảng mình giảm giá."),
           ("Mình tích hợp {r} vào website của bạn.", "Mình cài đặt thanh toán {r} cho cửa hàng online.")),
}


Case = tuple[str, str, str]  # (trick, text, expect)


def cases() -> Iterator[Case]:
    for trick, gen in EMAIL_TRICKS.items():
        for u, d, t in EMAILS:
            for carrier in EMAIL_CARRIERS:
                yield f"email/{trick}", carrier.format(x=gen(u, d, t)), "error"
    for ptrick, pgen in PHONE_TRICKS.items():
        for n, cc in PHONES:
            for carrier in PHONE_CARRIERS:
                yield f"phone/{ptrick}", carrier.format(x=pgen(n, cc)), "error"
    for trick, texts in PHONE_SHAPED.items():
        for text in texts:
            yield f"phone/{trick}", text, "error"
    for trick, offer, twin in PAYMENTS:
        yield f"pay/{trick}", offer, "error"
        yield f"pay-twin/{trick}", twin, "clean"
    for lang, (rails, offers, twins) in PAY_LANGS.items():
        for r in rails:
            for offer in offers:
                yield f"pay/x-{lang}", offer.format(r=r), "error"
            for twin in twins:
                yield f"pay-twin/x-{lang}", twin.format(r=r), "clean"


def main() -> None:
    from bench_adversarial import judge

    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", type=int, default=0, help="print up to N misjudged texts per trick")
    ap.add_argument("--only", default="", help="only tricks starting with this")
    args = ap.parse_args()
    made = [c for c in cases() if c[0].startswith(args.only)]
    judged = judge([{"text": text, "expect": expect} for _, text, expect in made])
    groups: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for (trick, text, expect), (_, worst) in zip(made, judged, strict=True):
        groups[trick].append((text, expect, worst))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    print(f"{'trick':<28} {'n':>3} {'recall':>7} {'as err':>7}   (twins: FP)")
    for trick, rows in groups.items():
        family = trick.split("/")[0]
        if family == "pay-twin":
            fp = sum(1 for _, _, w in rows if w != "clean")
            totals[family][0] += len(rows)
            totals[family][1] += fp
            print(f"{trick:<28} {len(rows):>3} {'':>7} {'':>7}   FP {fp}")
        else:
            hit = sum(1 for _, _, w in rows if w != "clean")
            err = sum(1 for _, _, w in rows if w == "error")
            for k, v in enumerate((len(rows), hit, err)):
                totals[family][k] += v
            print(f"{trick:<28} {len(rows):>3} {hit / len(rows):>7.3f} {err / len(rows):>7.3f}")
        bad = [(t, w) for t, e, w in rows if (w == "clean") != (e == "clean") or (e == "error" and w != e)]
        for text, worst in bad[: args.misses]:
            print(f"    got {worst}: {text!r}")
    for family, (n, a, b) in totals.items():
        if family == "pay-twin":
            print(f"TOTAL {family:<20} {n:>4}   false alarms {a}")
        else:
            print(f"TOTAL {family:<20} {n:>4} {a / n:>7.3f} {b / n:>7.3f}")


if __name__ == "__main__":
    main()
