"""Handles after verbs, pointers, quoted names, claimed demos (rt32/rt34 and the brief's leftovers).

* After a messaging verb and a few words, an "@name" of letters alone (six or more) is a joined
  user name ("DM your handle to @lunabeats"); short ones and code's at-names stay words.
* "chat" with its object or particle is a verb before an "@name" ("Chat aja ke @rizky.editz").
* "is in / is on" in Chinese, Japanese, Hebrew and Greek joins the pointer phrases, and an
  identifier word glued to the channel ("手机号", "微信号") makes the channel an identifier.
* A code or number in a place, with a private channel named where the pronoun is dropped, is
  the seller's ("프로필 사진에 있는 QR코드 찍으시면 바로 카톡 연결됩니다"); putting it in for the
  buyer ("넣어 드립니다") is the work.
* The seller's name searched with a word added by "+" is the exact query, an error ("Google my
  full name + 'photography'"); "google my name" alone stays a hint.
* "another site" in it, es, fr, de, pt, ru, uk, tr, id, pl, nl is where a conversation goes.
* The seller as the object ("mich") keeps "Ihr findet mich auch woanders" the seller's.
* A name in quotes after a platform is read as without them ("카톡 오픈채팅 'kakao.bot.minsu'로").
* A possessive pronoun standing alone in the label before a template's number claims it
  ("Demo filled in with mine so you can test it: WhatsApp +44 7700 900 742").

Honest neighbours: code's at-names after "message", short "@words", chat as the work, the
seller's work shown on their site, the buyer's site, quoted feature names, templates whose
label says "not like mine".
"""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

ERRORS = [
    # joined user names after a messaging verb
    "DM your handle to @lunabeats",
    "## Instagram growth strategy\nAudit included. DM your handle to @growwithnina first so I can check it for free.",
    "Send a message on Instagram to @sofiaillustrates before ordering",
    "Message me first, I'm @kaibuildsbeats on IG",
    "Ping me there: just search @marcodesigns",
    "DM your logo idea to @lunabeats and I'll sketch it",
    # "chat" with a particle
    "Chat aja ke @rizky.editz di IG ya.",
    "Chat me @rizky.editz for a quote",
    "Chat langsung ke @toko.rizky biar cepat",
    # pointers: "is in/on" in zh, ja, he, el; a glued identifier word
    "我的手机号在我的网站上",
    "手机号在我的网站上可以找到",
    "我的手机号在我的官网上",
    "我的邮箱写在我的主页上",
    "הוואטסאפ שלי נמצא בפרופיל שלי",
    "מספר הוואטסאפ שלי רשום בפרופיל",
    "私の電話番号はプロフィールに載っています",
    # a code or number in a place, a private channel named, the pronoun dropped (ko, ja, zh)
    "프로필 사진에 있는 QR코드 찍으시면 바로 카톡 연결됩니다.",
    "プロフィール画像のQRコードを読み取るとLINEにつながります",
    "头像里的二维码扫一下就能加微信",
    # the seller's name searched with a word added: the exact query
    "Google my full name + 'photography' to find me",
    "Cerca il mio nome e cognome + fotografia su Google",
    "Busca mi nombre + fotografía en Google",
    "Search my name + the city on Instagram",
    # carrying on at another site
    "Per i prossimi lavori possiamo continuare su un altro sito, dove costo meno.",
    "Wir können auf einer anderen Seite weitermachen, wo ich günstiger bin",
    "Podemos continuar em outro site, onde cobro menos",
    "Продолжим на другом сайте, там дешевле",
    # a quoted name after a platform
    "카카오톡 챗봇 제작합니다. 상담은 카톡 오픈채팅 'kakao.bot.minsu'로 주세요.",
    "My Telegram is 'anna.designs'",
    'Telegram: "anna_designs"',
    "Skype «maria.v.design»",
    # a template's number the label claims
    "Template preview: `Contact: [your-number]`\nDemo filled in with mine so you can test it: WhatsApp +44 7700 900 742",
    "The demo is set up with mine, go ahead: +44 7700 900742",
    "La demo lleva el mío para que la pruebes: WhatsApp +44 7700 900 742",
    "Sample with mine filled in: wa.me/447700900742",
]

CLEAN = [
    # code and short words after "message"
    "Write CSS with @keyframes animations",
    "Message handlers use @override",
    "I will message your customers with @mentions",
    "Send me a message about the @component",
    "Ping me about the @supports rule",
    "I will message @everyone in the group",
    "Tag your friends @yourfriend",
    # chat as the work
    "Live chat widget for your shop, chat me about it",
    "I build chat bots; chat me for a quote",
    # the work on the seller's site, the buyer's site
    "我在我的网站上展示作品",
    "我的作品都在我的主页上",
    "הפרויקטים שלי נמצאים בפרופיל שלי",
    "您的手机号会显示在您的网站上",
    "我会把您的微信放在您的网站上",
    "我的手机在我的工作室里",
    "手机号验证功能在您的网站上",
    # the code put in for the buyer, made as the work, a sample, no channel
    "프로필 사진에 카톡 QR코드 넣어 드립니다",
    "카톡 채널 QR코드를 프로필 사진용으로 제작합니다",
    "为您的头像加上微信二维码",
    "갤러리 이미지에 있는 QR코드로 주문 방법을 확인하세요",
    "프로필 사진에 있는 QR코드는 샘플입니다",
    "귀하의 프로필 사진에 있는 QR코드로 카톡 연결됩니다",
    "我会把您的电话写在海报上",
    "海报上会印上你店铺的微信二维码",
    # searches of the buyer's or a tool's name; another site as the work or refused
    "I use Google Ads + Analytics for your campaigns",
    "Google your brand name + reviews to see what customers say",
    "Ho pubblicato l'articolo su un altro sito per il cliente",
    "I migrate your store to another site builder",
    "Creo il tuo negozio su un altro sito come Shopify",
    "Non possiamo continuare su un altro sito: tutto resta qui",
    # quoted feature names and work subjects
    "I set up WhatsApp 'Business' profiles",
    'Instagram "Reels" editing',
    "Telegram 'bot_api' integration",
    'WhatsApp "chat_widget" setup',
    "Discord 'Nitro' perks explained",
    # templates
    "Here is an example for my template: WhatsApp +44 7700 900 742",
    "Your card will look like this, not like mine: +44 7700 900 742",
    "Example of my layout for your card: +44 7700 900 742",
    "Sample: +44 7700 900 742",
]

# The seller found elsewhere with "you" as the subject and "me" as the object: not the buyer's
# thing found everywhere (a hint: no channel named).
WARNINGS = [
    "Ihr findet mich auch woanders, fragt einfach nach.",
    "Ihr findet mich auch woanders.",
    "Sie finden mich auch woanders.",
]
CLEAN += [
    "Ihr Logo sieht überall gleich aus, auf jeder Plattform",
    "Ihr findet euer Logo dann überall wieder",
]

test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)
test_hints_are_warnings = warning_tests(WARNINGS)
