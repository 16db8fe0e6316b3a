"""Template addresses stay clean: "your" in CJK, Korean and Arabic in a mail domain, a word
"at" before a web address with its path; real addresses stay errors.
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst

# Templates: "your" in CJK, Korean and Arabic (a suffix) in a mail domain; a word "at"
# before a web address with its path (where a page is, not a mailbox).
TEMPLATES = [
    "为您的店铺设置 客服@您的域名.com 企业邮箱。",
    "sales@你的网站.cn 企业邮箱配置",
    "info@御社ドメイン.jp を設定します。",
    "help@귀사도메인.com 메일을 설정해 드립니다.",
    "أضبط بريد info@شركتك.com لمتجرك الإلكتروني.",
    "أنشئ بريد support@متجرك.com",
    "Your link-in-bio at linktr.ee/yourname — I design the page and all buttons.",
    "Your link-in-bio at beacons.ai/yourbrand gets a new look.",
    "Bio link at linktr.ee/yourshop — I design every button.",
    "New buttons for the page at linktr.ee/your-brand-name.",
]

ADDRESSES = [
    "联系我：lili@163.com",
    "راسلني على ahmad@gmail.com",
    "我的邮箱 wangfang@qq.com",
    "write to anna at proton.me",
    "ana-lu at gmail.com",
    "mail: ana_lu at proton.me/ thanks",
]


@pytest.mark.parametrize("text", TEMPLATES)
def test_template_addresses_are_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", ADDRESSES)
def test_real_addresses_stay_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)
