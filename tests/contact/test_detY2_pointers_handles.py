"""detY round 2, issue 12: handles after verbs, pointers, quoted names, claimed demos (rt32/rt34 and the brief's leftovers).

* After a messaging verb and a few words, an "@name" of letters alone (six or more) is a joined
  user name ("DM your handle to @lunabeats"); short ones and code's at-names stay words.
* "chat" with its object or particle is a verb before an "@name" ("Chat aja ke @rizky.editz").
* "is in / is on" in Chinese, Japanese, Hebrew and Greek joins the pointer phrases, and an
  identifier word glued to the channel ("手机号", "微信号") makes the channel an identifier.
* A name in quotes after a platform is read as without them ("카톡 오픈채팅 'kakao.bot.minsu'로").
* A possessive pronoun standing alone in the label before a template's number claims it
  ("Demo filled in with mine so you can test it: WhatsApp +44 7700 900 742").

Honest neighbours: code's at-names after "message", short "@words", chat as the work, the
seller's work shown on their site, the buyer's site, quoted feature names, templates whose
label says "not like mine".
"""
from __future__ import annotations

from contact_support import severity_tests

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

test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)
