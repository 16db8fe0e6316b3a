"""Hard negatives a red team wrote that fired, each cause with
variants in other words and languages, and the seller's twin that must stay an error:

* a thing built "with payment via" a service, the route preposition longer than a short
  connector ("Telegram-бот с оплатой через ЮMoney"), more features after it ("… и Telegram
  Payments: каталог, чек после оплаты");
* an FAQ whose answer has a label of its own ("Q. …? A. 아니요, 모든 결제는 플랫폼을 통해서만"),
  and the platform as the way in languages that glue a particle to it;
* German separable integration verbs ("Ich binde PayPal … in Shopware ein");
* the buyer's shop as owner in Chinese ("你店铺的微信、支付宝收款码");
* a template's "your" + noun before a generic domain ("[tu-email@empresa.com]");
* (rt32) "as you like" after a platform is no user name ("Zoom o Meet, como prefieras");
* an example signature's number with a group counting up from 1 ("Tel. +49 (0)30 123456-0").
"""
from __future__ import annotations

from contact_support import severity_tests

NAMED = [  # the rt31 false alarms
    "## Zahlungsarten für deinen Shop\nIch binde PayPal, Klarna und SEPA-Lastschrift über Mollie\n"
    "in Shopware 6 ein – inklusive Testbestellungen und\nRückerstattung aus dem Backend.",
    "设计门店收款台卡：把你店铺的微信、支付宝收款码\n排进品牌海报，A5 尺寸，可直接打印。",
    "Разработаю Telegram-бота с оплатой через ЮMoney и\nTelegram Payments: каталог, корзина, чек после оплаты,\n"
    "уведомление администратору.",
    "FAQ\nQ. 계좌이체로 직접 결제해도 되나요?\nA. 아니요, 모든 결제는 플랫폼을 통해서만 진행됩니다.",
    "Firma de correo HTML con tus datos:\n[Nombre] | [Cargo] | [tu-email@empresa.com] | [Teléfono]\n"
    "Compatible con Gmail y Outlook.",
]

VARIANTS = [  # in other words, languages and layouts
    "Разработаю бота с оплатой через ЮMoney",
    "Сделаю сайт с оплатой через ЮKassa",
    "Creo tu bot de Telegram con menú, catálogo y pagos con Stripe",
    "Erstelle deinen Onlineshop mit Zahlung über Klarna",
    "I build your bot with payments through Stripe",
    "Q. Can I pay with PayPal?\nA. No, all payments go through the platform.",
    "PayPal로 결제해도 되나요? 아니요, 결제는 플랫폼을 통해 진행됩니다.",
    "微信支付可以吗？不可以，所有付款都通过平台。",
    "PayPalで払えますか？いいえ、支払いはプラットフォーム経由のみです。",
    "P: ¿Puedo pagar con Bizum?\nR: No, todos los pagos van por la plataforma.",
    "Ich binde Stripe und PayPal in deinen WooCommerce-Shop ein.",
    "PayPal-Zahlung in Shopware einbinden",
    "把您店铺的支付宝收款码做成立牌",
    "Signature: votre-email@entreprise.fr",
    "Signatur: ihre-email@firma.de",
    "Firma: tuemail@empresa.com",
    "Tras el pedido, agendamos la videollamada desde el chat de Fiverr (Zoom o Meet, como prefieras).",
    "Hablamos por Zoom o Meet, como quieras.",
    "On se voit sur Zoom, comme vous voulez.",
    "Beispiel-Signatur: Tel. +49 (0)30 123456-0, E-Mail: info@musterfirma.de",
    "Example signature: Tel. +49 (0)30 123456-0",
    "Sample card: +44 20 123456 7",
]

ERRORS = [  # the seller next to each cause
    "Сделаю логотип, оплата через ЮMoney",
    "Разработаю бота, оплата мне через ЮMoney",
    "Разработаю бота с оплатой мне через ЮMoney",
    "Создам бота с оплатой через ЮMoney на мой кошелёк",
    "Разработаю бота с оплатой через ЮMoney, а оплату работы переводите мне на карту",
    "I build your bot with Stripe payments, pay me via PayPal",
    "Q. Can I pay with PayPal?\nA. Yes, send it to my PayPal directly.",
    "Q. 카카오페이 되나요?\nA. 네, 카카오페이로 직접 보내주세요.",
    "플랫폼을 통해 주문하신 후 결제는 계좌이체로 저에게 직접 해주세요.",
    "Bezahlung per PayPal direkt an mich, dann baue ich die Seite.",
    "Nach der Bestellung bitte Restbetrag per PayPal an mich.",
    "把我的微信、支付宝收款码发给你，直接付款",
    "设计海报，付款请扫我的支付宝收款码",
    "订单完成后，尾款用支付宝转给我",
    "Escríbeme a mi correo: tu-email@empresa.com",
    "Firma: [tu-email@gmail.com]",
    "Contacto: ventas@empresa.com",
    "Mi correo: juan.perez@empresa.com",
    "Búscame en Instagram como lunaframes",
    "Estoy en Telegram como @vale_design",
    "Find me on Instagram as lunaframes",
    "Ruf mich an: +49 (0)30 123456-0",
    "Beispiel: meine Nummer +49 (0)30 123456-0",
    "Call me on +62 812 3456 7890",
    "Beispiel-Signatur: Tel. +49 (0)30 123456-0 – ruf mich an, wann du willst.",
    "Sample card: +44 20 123456 7, text me there",
]

test_each_twin_stays_an_error, test_each_cause_and_its_variants_are_clean = severity_tests(ERRORS, NAMED + VARIANTS)
