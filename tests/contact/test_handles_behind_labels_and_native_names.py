"""Handles the reading after a platform name used to miss: a label after a comma
("on Telegram, channel name: x"), a page name after an ordinary-word platform a contact
verb ties ("sa Messenger: Jessa Santos Designs"), an "@name" in Chinese on a Chinese
platform with a search or contact verb; with the lists, mentions and prose they must
not read as handles."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Previews of every pack are on Telegram, channel name: overlaysbyrosa",
    "Previews of every pack are on the app with the paper plane,\nchannel name: overlaysbyrosa",
    "I-chat mo lang ako sa Messenger: Jessa Santos Designs\n(yung may pink na logo) para sa mas mabilis na usapan.",
    "Chat me on Messenger: Jessa Santos Designs",
    "想看更多作品？小红书搜 @阿芳插画 ，私信我有优惠。",
    "微博搜 @阿芳插画 看作品。",
]
CLEAN = [
    "I work with Telegram, Discord: both fine.",
    "I build bots for Telegram, username: required for setup.",
    "Bots for Telegram, page: home",
    "Message me about the face: Big Round Eyes are my style.",
    "Chat with me here. Messenger: Not Available",
    "我帮你写小红书 @提及 文案",
    "小红书 @阿芳插画",
    "Twitterの@メンション分析",
    "我会帮你运营小红书账号，写笔记和做封面。",
    "小红书账号：每月12篇内容",
]

test_handles_are_errors, test_lists_and_mentions_stay_clean = severity_tests(ERRORS, CLEAN)
