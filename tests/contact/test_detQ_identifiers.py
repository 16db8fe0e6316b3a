"""detQ, issue 12: identifiers, numbers and disguised channel names. The general causes
behind misses and false alarms of rt20/rt22, each with variants and honest neighbours.

* phones: questions or inquiries sent to a number ("dudas al 612 904 337") are a phone
  cue as "call" is; a phone word right after a number ("0532⏎418 27 90⏎numarasından
  ulaşın") lets it go on over line breaks as one before it does; the digits view folds
  accents, so the cues are read folded too;
* handles: "to my DMs" as a place with no verb ("Вопросы — в личку @x", "dudas al
  privado @x") points at the "@name" after it as "DM @x" does;
* disguise: a channel name masked but for its first and last letter, one mark a letter
  ("W******p", "T******m"); intraword asterisks are masks, not Markdown emphasis from one
  word to the next ("S***e or W******p");
* not: a list of deliverables after "Instagram:" ("guion, edición y subtítulos"); the
  buyer's "@nomeutente", "@kullaniciadi"; on-marketplace DMs; emphasis around words.
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst

ERRORS = [
    # questions and inquiries sent to a number
    "Precio: 35 €, entrega en 3 días, dudas al 612 904 337.",
    "Consultas al 612 904 337 o por aquí.",
    "Para dudas: 655 123 987, respondo rápido.",
    "Dúvidas: 912 345 678.",
    "Domande al 347 123 4567, rispondo subito.",
    "Inquiries: 0151 5550 2477",
    "Вопросы по номеру 912 345 67 89.",
    # a phone word after the number, over line breaks
    "Acil işler için\nbana 0532\n418 27 90\nnumarasından ulaşın.",
    "Acil işler için bana 0532 418 27 90 numarasından ulaşın.",
    "Bana 0532 418\n27 90 numaramdan ulaşabilirsiniz.",
    "Siparişten önce 0542\n318 44 21\nnumarasından arayın.",
    "0612\n904 337 whatsapp",
    # "to my DMs" before an @name
    "Настрою Telegram-бота. Вопросы — в личку @bot_master_kirill.",
    "Вопросы — в лс @kirill_m.",
    "Все детали в личке @olga.design",
    "Dudas al privado @kirill_m.",
    "Dúvidas no privado: @kirill.m",
    "Questions en MP @kirill_m",
    "Sorular için özelden @kirill_m",
    "Detalhes no direct @ana.arte",
    # masked channel names, first and last letter shown
    "Find me on S***e or W******p — same name as here.",
    "Live-Feedback gibt's auf S***e oder T******m\n– gleicher Name wie hier, einfach anschreiben.",
    "Contact me on W******p",
    "Write me on T******m for the files.",
    "Escríbeme por I*******m, mismo nombre.",
    "Schreib mir auf W••••••p",
    "Find me on S***e or W***sapp.",
    "Écris-moi sur T******m, même pseudo qu'ici.",
]

CLEAN = [
    # lists of deliverables after a platform label
    "Creo anuncios para TikTok e Instagram:\nguion, edición y subtítulos incluidos.",
    "Creo anuncios para TikTok e Instagram: guion, edición y subtítulos incluidos.",
    "Videos para Instagram:\nmontaje, color y música.",
    "Instagram: gráficos, textos & hashtags",
    "Pacote para Instagram: roteiro, edição e legendas.",
    "Contenu pour Instagram : script, montage et sous-titres.",
    # the buyer's placeholders
    "Grafiche per Instagram con il tuo @nomeutente e il logo del tuo brand.",
    "Post su Instagram con @nomeutente del tuo negozio.",
    "Tasarımlar Instagram hesabınızın @kullaniciadi etiketiyle.",
    # DMs on the marketplace, DMs as the work, no name
    "Вопросы — в личку, отвечаю быстро.",
    "Вопросы задавайте в личку на Fiverr.",
    "Dudas por privado aquí en Fiverr.",
    "Бот пишет в личку @everyone",
    # numbers that are no phones near the new cues
    "Presupuesto de 612 904 337 euros para dudas legales.",
    "Precio 35 €, dudas en el chat de Fiverr. Tirada de 612 904 337 unidades",
    "Sizes 1080\n1920 px, call for details",
    # emphasis around and inside words is still markup
    "- **S**peedy turnaround\n- **K**ind communication",
    "I make un**believ**able logos.",
    "Reviews call me 'f*****g fast'.",
]

HANDLE_STILL_FOUND = [
    "Mi Instagram:\nlunastudio",
    "Skype: joecool, WhatsApp and email too",
    "Kik: kikmejay, y respondo rápido",
]


@pytest.mark.parametrize("text", ERRORS)
def test_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


@pytest.mark.parametrize("text", CLEAN)
def test_honest_sentences_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", HANDLE_STILL_FOUND)
def test_a_user_name_before_a_comma_is_still_one(lint, text):
    assert any(rule == "GC203" for rule, _ in reported(lint, text)), reported(lint, text)


def test_masked_name_keeps_its_asterisks_in_the_excerpt(lint):
    found = [f for f in lint("Find me on S***e or W******p.") if f.category == "contact"]
    assert found and "S***e" in found[0].excerpt
