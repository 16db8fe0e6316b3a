"""The general causes behind the non-policy false alarms
of rt16 and the brief's leftovers, with honest variants of our own in 18 languages
(appended to dev.jsonl as `dev-neg-<family>-4xx`, note "detP hard negative": full
paragraphs naming platforms, tools, prices, the marketplace's chat, refusals, testimonials),
next to the sellers' twins that must stay errors:

* a name the seller is given ("Reviews call me 'f*****g fast'", "People call me the
  spreadsheet whisperer"): a subject before "call me" or a quotation after it, no channel;
* directness with the marketplace as the way ("en direct … via l'espace de commande Fiverr,
  sans intermédiaire"): the order page and the marketplace's chat in many languages;
* a plain word opening a comma list after a platform's label ("WhatsApp Business: katalog,
  label, balasan cepat") is a list of features, not a user name;
* "@" before a word of another script ("Twitterの@メンション") and a long run of Japanese
  after "。" are no handle and no e-mail domain;
* payments built into a bot, app or store ("bot Telegram … avec paiements Stripe"), and
  bookkeeping or explaining the buyer's payments ("PayPal-Zahlungen in DATEV verbucht");
* a channel's button, widget, QR code or icon put on the BUYER's site, store or page
  ("我会在您的网站上添加微信二维码") and a markup attribute's name (name="twitter:site");
* a buyer's quoted testimonial with its attribution names the buyer's account.
"""
from __future__ import annotations

import json
from pathlib import Path

from contact_support import reported, worst
from table_support import table_test

DEV = Path(__file__).resolve().parents[2] / "data" / "adversarial" / "dev.jsonl"


def _own_negatives() -> list[dict[str, str]]:
    cases = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [c for c in cases if c["expect"] == "clean" and "detP hard negative" in (c.get("note") or "")]


NEGATIVES = [c["text"] for c in _own_negatives()]

NAMED = [  # rt16's false alarms and the brief's leftovers, each a cause above
    "Reviews call me 'f*****g fast' — 24-hour delivery on every package, no exceptions.",
    "Je travaille en direct avec votre équipe via l'espace de commande Fiverr, sans intermédiaire.",
    "Jasa kelola WhatsApp Business: katalog, label, balasan cepat, dan broadcast untuk toko Anda.",
    "Twitterの@メンション分析レポートを作成します（お客様のアカウントのデータを使用）。",
    "Je crée votre bot Telegram en Python (aiogram) avec paiements Stripe et base SQLite.",
    "Ich erkläre in einem PDF, wie Ihr Team PayPal-Zahlungen in DATEV verbucht.",
    '<meta name="twitter:site" content="@brand">',
    "我会在您的网站上添加微信二维码",
]

VARIANTS = [  # our own, in other words, languages and layouts
    "Fiverr's rules don't allow sharing contact details, so my WhatsApp is not here and won't be sent.",
    "Mi WhatsApp no está aquí y no se comparte: las reglas de Fiverr lo prohíben.",
    "我为您搭建Shopify店铺：主题、商品、PayPal和Stripe支付、Instagram动态以及给您顾客用的WhatsApp按钮。",
    "Shopify store setup: theme, products, PayPal and Stripe payments, and a WhatsApp button for your customers.",
    "My students call me 'Mr. Excel' because every formula comes with a video.",
    'Friends call me the logo doctor: I fix broken brand marks in 48 hours.',
    "They call me 'Speedy' for a reason — 12-hour delivery on every package.",
    'Customers often call me the fastest editor here, and the reviews agree.',
    'Trabajas directamente conmigo, sin intermediarios, por el chat de Fiverr.',
    'Você fala diretamente comigo, sem intermediários, pelo chat da Fiverr.',
    'Du arbeitest direkt mit mir, ohne Agentur – alles über den Fiverr-Chat.',
    'Работаете напрямую со мной, без посредников, через чат Fiverr.',
    'Vous travaillez directement avec moi, sans intermédiaire, via la messagerie Fiverr.',
    'Configuração do WhatsApp Business: catálogo, etiquetas, respostas rápidas e mensagens de ausência.',
    'Discord: roles, tickets, moderation, welcome messages and a verification gate.',
    'Telegram-канал под ключ: аватар, обложка, закреп, первые посты.',
    'Instagramの@メンションとタグを分析したレポートを作成します。',
    'X上的@提及和话题标签分析报告，只使用您账号的数据。',
    'I build your Shopify store with PayPal payments, email flows and a blog.',
    'Desarrollo tu app con pagos de Mercado Pago y notificaciones push.',
    'Je développe votre boutique avec paiements PayPal et suivi des commandes.',
    'Creo il tuo sito con pagamenti Stripe e area riservata per i clienti.',
    'Создам интернет-магазин с оплатой через ЮKassa и личным кабинетом.',
    'I add a floating WhatsApp button to your website so visitors can chat with your team.',
    'Agrego un botón flotante de WhatsApp a tu tienda online para que tus clientes te escriban.',
    'Coloco um botão do WhatsApp no seu site para os seus clientes falarem com você.',
    "J'ajoute un bouton Messenger sur votre site pour que vos visiteurs vous écrivent.",
    'Ich füge Ihrer Website einen WhatsApp-Button hinzu, damit Ihre Kunden Sie erreichen.',
    'Добавлю на ваш сайт кнопку Telegram, чтобы клиенты писали вам.',
    'Web sitenize WhatsApp butonu ekliyorum, müşterileriniz size yazsın.',
    'Dodam na Twoją stronę przycisk WhatsApp, żeby klienci pisali do Ciebie.',
    'Ik plaats een WhatsApp-knop op je website zodat klanten jou appen.',
    'Tôi gắn nút Zalo lên website của bạn để khách nhắn cho bạn.',
    'お客様のウェブサイトにLINEの友だち追加ボタンを設置します。',
    '在您的店铺页面添加微信客服二维码，方便顾客加您。',
    '<meta name="twitter:creator" content="@yourbrand"> and Open Graph tags on every page.',
    'I set <meta property="og:image"> and <meta name="twitter:card" content="summary"> for your blog.',
    'Reseñas: «Mi perfil @panaderia.sol creció mucho en un mes» — clienta de Fiverr.',
    '"Our page @lumen.yoga doubled its reach in 30 days" — review from a buyer.',
    'Opinie: „Nasze konto @kawiarnia.rynek urosło dwukrotnie” – klientka z Fiverr.',
]

ERRORS = [  # next to each cause: still errors
    'Most of my clients call me on WhatsApp, so do you.',
    "Call me 'Alex' on WhatsApp.",
    'I handle larger orders privately, not through Fiverr.',
    'Telegram: mariodesign, WhatsApp: later',
    'IG: mariadesign, FB: maria',
    'Instagram: @марияdesign',
    'почта: иван@почта.рф',
    'I do your bookkeeping, pay me by PayPal.',
    'I build your app, with payments via PayPal to me.',
    'Logo design: 3 concepts, payment via PayPal and fast delivery',
    'My socials: "twitter:acme_design"',
    'Pon un botón de WhatsApp en tu web y escríbeme por WhatsApp.',
    'Metto un pulsante WhatsApp sul tuo sito e scrivimi su WhatsApp',
    'Add my WhatsApp button to your site and text me',
    'My IG: "@seller_x" — DM me',
    'Follow me on Instagram @seller_x — fast replies',
    'I add a WhatsApp button to your site with my number +1 555 201 7788 for support.',
    "Call me on WhatsApp, people say I reply fast.",
    "Shopify store: theme, products, payment to me via PayPal and Wise, fast",
    "Payment: PayPal and Wise, fast",
    "My WhatsApp is not here, it's in my profile photo.",
    "Trabaja directamente conmigo fuera de Fiverr, sin intermediarios.",
]


def test_the_hard_negatives_are_many_and_many_languages():
    mine = _own_negatives()
    assert len(mine) >= 150
    assert len({c["lang"] for c in mine}) >= 12


@table_test("text", NEGATIVES)
def test_an_honest_sellers_paragraph_is_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@table_test("text", NAMED + VARIANTS)
def test_each_cause_and_its_variants_are_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@table_test("text", ERRORS)
def test_the_seller_next_to_each_cause_stays_an_error(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)
