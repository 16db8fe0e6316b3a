"""Round 10 of issue 12, identifier families: the general causes behind misses where a
written identifier (email, phone, handle) or a pointer to one must be found, each with
variants of our own in several languages and the honest sentences next to them.

* look-alike letters: Latin letters that NFKC leaves alone but Unicode names as one
  plain letter (small capitals, negative circled / squared capitals, regional-indicator
  letters) spell channel names.
* layout: a paragraph holding only a name ("SKYPE" a letter a line, "> Discord") labels
  the paragraph under it; a table's header row labels a number split over a body row's
  cells ("| DDD | Número |" over "| 21 | 99876-5432 |"); short list items that go on
  one sentence ("- Escríbeme⏎- por WhatsApp⏎- al 612 ...") are read as it.
* an address's name handed over in pieces: quoted or bracketed words, joined by "+"
  ("my first name (priya) + 'designs' at yahoo"); "address" is an email word.
* a number handed over as a sum of repeats: "88 twice", "44 dos veces", "2x 4", "88 x2",
  "double 7" with a digit, and ", then" between groups.
* a channel named by an ordinary word ("Signal", "Line", "X"), written as a name, with an
  account-shaped "@name" right after it; an account-shaped name after a label and right
  before the platform ("Contact : jeanborel91 sur Skype").
* pointers: a work word in a clause of its own after the platform does not make it the
  work ("search my seller name on Instagram, I post WIPs there"); the seller's channel
  said to be "the same as here" is a pointer without an account word ("Meu Insta é o
  mesmo daqui").
* the seller's real name or "the same name" as the key to an account ("unter meinem
  Klarnamen", "aynı isimle", "我的用户名"); "my name is the same everywhere" (a warning);
  Tagalog "PM niyo ako" is a contact verb; a possessive after the name and a word keeps
  the channel the seller's ("FB page ko").
* a link cut after its host's "/" by a line break, a list item or a table row ("t.me/"
  over "arjun_vfx") is read with the name under it.
* Portuguese "no" ("in the") right after an account word ties it to the platform, it
  negates nothing ("Meu usuário no Insta é o mesmo daqui").
* a script link with its colon percent-encoded ("javascript%3Aalert(1)").
* a date inside a run of digits ("12 | 2024-05-01 | 150") makes it no phone number.
"""
from __future__ import annotations

import pytest
from contact_support import FLAGGED, reported, worst

from gigcheck.engine.redact import Secrets, redact_finding
from gigcheck.text.fold import fold


def _masked(lint, text: str) -> str:
    """Every excerpt of the text's reported findings, as --redact writes them."""
    found = [f for f in lint(text) if f.category in FLAGGED and str(f.severity) in ("error", "warning")]
    secrets = Secrets.of(found)
    return " | ".join(redact_finding(f, secrets).excerpt for f in found)


# --- look-alike letters ---------------------------------------------------------------

@pytest.mark.parametrize(
    "styled,plain",
    [
        ("ꜱɴᴀᴘ", "snap"),
        ("ᴡʜᴀᴛꜱᴀᴘᴘ", "whatsapp"),
        ("ᴛᴇʟᴇɢʀᴀᴍ", "telegram"),
        ("🆂🅺🆈🅿🅴", "skype"),
        ("🅖🅜🅐🅘🅛", "gmail"),
        ("🇸🇰🇾🇵🇪", "skype"),
        ("ɢᴍᴀɪʟ", "gmail"),
    ],
)
def test_named_letter_lookalikes_fold_to_plain_letters(styled, plain):
    assert fold(styled).text == plain


LOOKALIKE_HANDLES = [
    ("ꜱɴᴀᴘ: kenzie.draws", "kenzie.draws"),
    ("ᴛᴇʟᴇɢʀᴀᴍ → @luna_art", "luna_art"),
    ("Escríbeme al ᴡʜᴀᴛꜱᴀᴘᴘ: lucia.dsgn", "lucia.dsgn"),
    ("ɪɴꜱᴛᴀ: mira.pix", "mira.pix"),
    ("ⓘⓝⓢⓣⓐ: mira.pix", "mira.pix"),
    ("ᴰⁱˢᶜᵒʳᵈ: zeno.art", "zeno.art"),
    ("𝕊𝕜𝕪𝕡𝕖: zeno.art", "zeno.art"),
    ("Ｔｅｌｅｇｒａｍ: @oleg_design", "oleg_design"),
    ("Schreib mir auf 🆃🅴🅻🅴🅶🆁🅰🅼: @jonas_cuts", "jonas_cuts"),
    ("Mon ꜱɴᴀᴘᴄʜᴀᴛ : chloe.lmr", "chloe.lmr"),
    ("🆆🅷🅰🆃🆂🅰🅿🅿 +34 612 44 55 66", "612 44 55 66"),
]


@pytest.mark.parametrize("text,ident", LOOKALIKE_HANDLES)
def test_lookalike_channel_names_with_an_identifier_are_errors(lint, text, ident):
    assert worst(lint, text) == "error", reported(lint, text)
    assert ident not in _masked(lint, text)


LOOKALIKE_HONEST = [
    "🇺🇸 Native English speaker, 🇧🇷 Portuguese, 🇪🇸 Spanish",
    "ᴅɪꜱᴄᴏʀᴅ ʙᴏᴛ ᴅᴇᴠᴇʟᴏᴘᴍᴇɴᴛ with slash commands",
    "I make ꜱɴᴀᴘᴄʜᴀᴛ filters for your brand",
    "🅿🆁🅴🅼🅸🆄🅼 package: 3 logo concepts",
    "Diseño posts para ɪɴꜱᴛᴀɢʀᴀᴍ con tu paleta de colores",
]


@pytest.mark.parametrize("text", LOOKALIKE_HONEST)
def test_lookalike_letters_in_honest_text_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


# --- layout: a lone name over its value, header rows, sentences over list items --------

LAYOUT_ERRORS = [
    ("### Let's talk\nS\nK\nY\nP\nE\n\nid: marco.visuals", "marco.visuals"),
    ("T\nE\nL\nE\nG\nR\nA\nM\n\nnick: anna_retouch", "anna_retouch"),
    ("> Discord\n>\n> zeno\n> .art", "zeno"),
    ("> Telegram\n>\n> @oleg\n> _design", "oleg"),
    ("**WhatsApp**\n\n+55 21 99876 5432", "99876"),
    ("Instagram\n\nuser: lena.draws", "lena.draws"),
    ("Skype\n\nlive:marco.visuals", "marco.visuals"),
    ("| DDD | Número |\n|---|---|\n| 21 | 99876-5432 |\n\nMe chama aí", "99876"),
    ("| Área | Celular |\n|---|---|\n| 11 | 98765-4321 |", "98765"),
    ("| Vorwahl | Nummer |\n|---|---|\n| 0151 | 2345 6789 |", "2345 6789"),
    ("| Prefijo | Móvil |\n|---|---|\n| 612 | 445 566 |", "445 566"),
    ("| Indicatif | Portable |\n|---|---|\n| 06 | 12 34 56 78 |", "34 56 78"),
    ("| Prefisso | Cellulare |\n|---|---|\n| 347 | 123 4567 |", "123 4567"),
    ("- Escríbeme\n- por WhatsApp\n- al 612 445 566", "445 566"),
    ("1. Escríbeme\n2. por WhatsApp\n3. al 612 445 566", "445 566"),
    ("- Schreib mir\n- auf Insta\n- lena.draws", "lena.draws"),
    ("- Écrivez-moi\n- sur Telegram\n- @chloe_lmr", "chloe_lmr"),
    ("- Hubungi aku\n- lewat WA\n- 0812 3456 7890", "3456 7890"),
    ("- Mesajla\n- WhatsApp üzerinden\n- 0532 123 45 67", "123 45 67"),
]


@pytest.mark.parametrize("text,ident", LAYOUT_ERRORS)
def test_identifiers_split_by_layout_are_errors_and_masked(lint, text, ident):
    assert worst(lint, text) == "error", reported(lint, text)
    assert ident not in _masked(lint, text)


LAYOUT_INVITATIONS = [
    "- Escríbeme\n- por WhatsApp",
    "- Contact me\n- on WhatsApp\n- for faster replies",
    "- Écrivez-moi\n- sur Telegram",
    "- Schreib mir\n- auf Telegram\n- für Rückfragen",
]


@pytest.mark.parametrize("text", LAYOUT_INVITATIONS)
def test_invitations_over_list_items_are_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


def test_a_label_and_a_sentence_over_items_give_one_finding(lint):
    found = [f for f in lint("- Write me\n- on Telegram\n- @mira_art") if f.category == "contact"]
    assert [f.excerpt for f in found if str(f.severity) == "error"] == ["@mira_art"]


LAYOUT_HONEST = [
    "- Telegram\n- Discord.js",
    "Telegram\n\nDiscord.js",
    "Telegram\n\nBot development from scratch",
    "Discord\n\nCommunity setup: roles, channels",
    "Instagram\n\n30 posts, 2 reels",
    "WhatsApp\n\nBusiness API: 24/7 bots",
    "Delivery\n\n3 days",
    "| Size | Price |\n|---|---|\n| 21 | 99876-5432 |",
    "| Tamanho | Preço |\n|---|---|\n| 21 | 99876 |",
    "| No | Qty | Price |\n|---|---|---|\n| 1 | 500 | 2500 |\n| 2 | 1000 | 4500 |",
    "| Nr | Datum | Betrag |\n|---|---|---|\n| 12 | 2024-05-01 | 150 |",
    "| Order | Number | Date |\n|---|---|---|\n| 21 | 99876 | 2024-03-11 |",
    "| Paket | Wörter | Preis |\n|---|---|---|\n| Basis | 500 | 25 |\n| Premium | 2000 | 80 |",
    "| Year | Clients | Revenue |\n|---|---|---|\n| 2021 | 120 | 35000 |",
    "| Data | Hora |\n|---|---|\n| 12/05/2024 | 14:30 |",
    "- logo design\n- whatsapp stickers\n- telegram bot",
    "- fast delivery\n- unlimited revisions\n- source files",
    "- I deliver\n- in 2 days\n- with 3 revisions",
    "- contact me\n- here on Fiverr",
    "Nr: 12 2024-05-01 150",
]


@pytest.mark.parametrize("text", LAYOUT_HONEST)
def test_names_tables_and_lists_in_honest_layouts_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


# --- an address's name in pieces -----------------------------------------------------

PIECES = [
    ("My address is my first name (priya) + 'designs' at yahoo, the usual .com", "designs"),
    ("email: 'priya' + 'designs' @ yahoo.com", "designs"),
    ("Mi correo: mi nombre (lucia) + 'fotos' arroba gmail punto com", "fotos"),
    ("Meu e-mail é 'ana' + 'arte' arroba hotmail", "arte"),
    ("Mon adresse : (chloe) + (studio) chez gmail", "studio"),
    ("E-Mail: [jonas] + [cuts] at outlook.com", "cuts"),
    ("La mia mail: «giulia» + «foto» chiocciola libero.it", "foto"),
    ("My address: 'kenji.art' at gmail", "kenji.art"),
]


@pytest.mark.parametrize("text,piece", PIECES)
def test_an_address_in_pieces_is_an_error_and_masked(lint, text, piece):
    assert worst(lint, text) == "error", reported(lint, text)
    assert piece not in _masked(lint, text)


PIECES_HONEST = [
    "'hello' at the studio",
    "I work at Yahoo as a designer",
    "My address is 12 Baker Street, I worked at yahoo",
    "Logo (minimal) + 'modern' at a fair price",
    "c + c++ at google scale",
    "Brand name (working title) + tagline at no extra cost",
    "I'll send the 'final' + 'source' files at delivery.",
]


@pytest.mark.parametrize("text", PIECES_HONEST)
def test_quoted_words_and_plus_in_honest_text_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


# --- a number as repeats and steps ---------------------------------------------------

REPEATS = [
    "My number = 2x 4, then 15, then 88 twice, then 7 — you'll figure it out",
    "My number = 44, then 15, then 8888, then 7",
    "Mi número: 6 1 2, luego 44 dos veces, luego 5 6",
    "Meu zap: 21 9 depois 87 duas vezes, depois 5432",
    "Telefon: 0151 dann 23 zweimal dann 6789",
    "Mon numéro : 06, puis 12 deux fois, puis 78 90",
    "Il mio numero: 347, poi 12 due volte, poi 567",
    "WhatsApp: 0 7 double 7 0 9 triple 0 4 6 1",
    "WhatsApp: 0 7 7, then 09, then 5 twice, then 4 6 1",
]


@pytest.mark.parametrize("text", REPEATS)
def test_a_number_written_as_repeats_and_steps_is_an_error(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


REPEATS_HONEST = [
    "Posters in 2x 4 sizes, 3 revisions twice a week",
    "I can deliver 2 times faster, 24 x7 support",
    "Sizes: 2x3, 4x6, 5x7, 8x10",
    "Revisions: 2 two times per package, 3 then 5 then 10 pages",
    "Prices: 10, then 15, then 20 dollars",
    "Packs of 10, then 20, then 50 images",
    "Entrega en 2 días, revisiones 3 veces, 1080 x2 resolución",
    "Ich liefere 2x 4K-Videos, dann 10 Fotos, dann 3 Banner",
]


@pytest.mark.parametrize("text", REPEATS_HONEST)
def test_counts_and_sizes_in_honest_text_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


# --- "Signal @ryo.42"; "Contact: jeanborel91 on Skype" ---------------------------------

NAMED_ACCOUNTS = [
    ("Emergency contact (post-purchase only): Signal @ryo.42", "ryo.42"),
    ("Signal @ryo_42", "ryo_42"),
    ("Line @mia_draws", "mia_draws"),
    ("Сигнал @ryo_42", "ryo_42"),
    ("X @mia_draws", "mia_draws"),
    ("Notfallkontakt: Signal @lena.k7", "lena.k7"),
    ("Contact rapide : j-e-a-n-b-o-r-e-l-9-1 sur Skype", "9-1"),
    ("Contact: jeanborel91 on Skype", "jeanborel91"),
    ("Kontakt: lena_k7 auf Telegram", "lena_k7"),
    ("Contatto: marco.art su Instagram", "marco.art"),
    ("Contacto: @vale.ilustra en Instagram", "vale.ilustra"),
]


@pytest.mark.parametrize("text,ident", NAMED_ACCOUNTS)
def test_account_shaped_names_next_to_a_channel_are_errors(lint, text, ident):
    assert worst(lint, text) == "error", reported(lint, text)
    assert ident not in _masked(lint, text)


NAMED_HONEST = [
    "wanna meet @bob",
    "meet @bob_smith at the studio",
    "Great signal @home_office",
    "Signal processing @ 44.1 kHz",
    "Standing in line @ 9am",
    "Reach: 10k on Instagram",
    "Result: 3x growth on Instagram",
    "Goal: 10k followers on Instagram",
    "Stack: node18 on Telegram bots",
    "Focus: reels on Instagram",
]


@pytest.mark.parametrize("text", NAMED_HONEST)
def test_counts_and_mentions_next_to_a_channel_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


# --- pointers --------------------------------------------------------------------------

POINTERS = [
    "Search my seller name on Instagram, I post daily WIPs there — DM me",
    "Find me on Telegram, I share updates daily",
    "Meu insta é o mesmo daqui",
    "Mi Insta es el mismo de aquí",
    "Mon Insta est le même qu'ici",
    "Mein Insta ist derselbe wie hier",
    "Il mio Insta è lo stesso di qui",
    "Mój Insta jest taki sam jak tutaj",
]


@pytest.mark.parametrize("text", POINTERS)
def test_pointers_to_the_sellers_channel_are_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


POINTERS_HONEST = [
    "I manage Instagram, TikTok marketing and ads",
    "Instagram, Facebook ads and more",
    "Telegram, bot development from scratch",
    "WhatsApp, chatbots and automation",
    "I do Instagram, reels and stories",
    "My Instagram has the same style as my gigs here",
    "Mi Instagram tiene el mismo estilo que mis trabajos aquí",
    "My Instagram shows the same work as here",
    "Same quality as my other gigs here",
]


@pytest.mark.parametrize("text", POINTERS_HONEST)
def test_platform_lists_and_same_style_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


# --- a link cut after its "/" ------------------------------------------------------------

CUT_LINKS = [
    ("t.me/\narjun_vfx", "arjun_vfx"),
    ("Telegram: t.me/\n@arjun_k", "arjun_k"),
    ("instagram.com/\nmira.pix", "mira.pix"),
    ("- t.me/\n- arjun_vfx", "arjun_vfx"),
    ("- instagram.com/\n- mira.pix", "mira.pix"),
    ("| Package | Contact |\n|---|---|\n| Basic | gig chat |\n| VIP | t.me/ |\n| | arjun_vfx |", "arjun_vfx"),
    ("1. wa.me/\n2. 34612445566", "34612445566"),
]


@pytest.mark.parametrize("text,ident", CUT_LINKS)
def test_a_link_cut_after_its_slash_is_read_whole(lint, text, ident):
    assert worst(lint, text) == "error", reported(lint, text)
    assert ident not in _masked(lint, text)


CUT_HONEST = [
    "Visit youtube.com/\nand subscribe",
    "- youtube.com/\n- Video editing",
    "Formats: PNG/\nJPG/\nSVG",
    "- and/\n- or",
]


@pytest.mark.parametrize("text", CUT_HONEST)
def test_a_slash_at_a_line_end_in_honest_text_stays_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


# --- names as keys, Tagalog contact verbs, possessives after the name --------------------

NAME_KEYS = [
    "Auf LinkedIn findet ihr mich unter meinem Klarnamen, der steht im Profilbild 😊",
    "Instagram'da aynı isimle varım, oradan yazın",
    "微信号就是我的用户名，直接搜就行",
    "Find me on LinkedIn under my real name",
    "No Instagram estou com o meu nome real",
    "Sur Instagram, je suis sous mon vrai nom",
    "My name is the same everywhere on Instagram and TikTok",
    "PM niyo ako sa FB page ko, Carlo Dizon Edits, para sa mas mabilis na usapan",
    "pm mo ako sa fb",
]


@pytest.mark.parametrize("text", NAME_KEYS)
def test_names_as_keys_and_contact_verbs_are_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


@pytest.mark.parametrize("text", [
    "You know where to find me — my name is the same everywhere 😉",
    "Mi usuario es el mismo en todas partes",
    "Mein Name ist überall gleich",
])
def test_the_same_name_everywhere_is_at_least_a_warning(lint, text):
    assert worst(lint, text) in ("warning", "error"), reported(lint, text)


NAME_KEYS_HONEST = [
    "I design logos with my real name as a brand",
    "Mi nombre real es Ana y hago logos",
    "我的名字叫小明，我做设计",
    "Ich arbeite unter meinem Namen als Designerin",
    "My quality is the same everywhere I deliver",
    "Prices are the same everywhere in this gig",
    "Gagawa ako ng FB page mo para sa negosyo mo",
    "Gumagawa ako ng FB page para sa business mo",
    "PM niyo ako dito sa Fiverr",
    "Instagram hesabım için içerik",
]


@pytest.mark.parametrize("text", NAME_KEYS_HONEST)
def test_real_names_and_pages_as_work_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


# --- a script scheme hidden by percent-encoding -------------------------------------------

@pytest.mark.parametrize("text", [
    "[Catalogo](javascript%3Aalert(1))",
    "[Ver](JavaScript%3avoid(0))",
    "[x](data%3Atext/html;base64,PHNjcmlwdD4=)",
])
def test_a_percent_encoded_script_scheme_is_an_error(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


@pytest.mark.parametrize("text", ["[Guide](guide%3Apart-1.md)", "[FAQ](#faq%3Aorders)"])
def test_percent_encoded_colons_in_relative_links_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


# --- "no" as "in the" after an account word ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Meu usuário no Insta é o mesmo daqui",
    "Meu nome no Telegram é o mesmo daqui",
    "Meu usuário no Discord é igual ao daqui",
])
def test_pt_no_after_an_account_word_is_a_tie(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


@pytest.mark.parametrize("text", [
    "No WhatsApp, only Fiverr chat",
    "No trabajo por fuera de Fiverr",
    "Meu perfil no Insta mostra meus trabalhos",
])
def test_refusals_and_profiles_as_showcases_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
