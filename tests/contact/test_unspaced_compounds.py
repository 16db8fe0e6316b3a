"""Chinese has no spaces: a trigger is not read inside a word that holds its first
character ("增加", increase, holds the "加" of "加微信", add on WeChat)."""
from __future__ import annotations

import pytest
from contact_support import reported, worst

INSIDE_A_WORD = [
    "增加微信群成员",  # grow a WeChat group's members
    "帮你增加微信公众号粉丝，真实运营策略",  # grow an official account (strategy, no contact)
    "我可以帮你增加QQ群人数",
    "参加我们的微信营销课程",  # join our WeChat marketing course
    "追加微信小程序功能",  # add features to a WeChat mini program
    "外加微信支付接入说明文档",  # plus a WeChat Pay integration guide
]

STILL_INVITATIONS = [
    "加微信：xingchen_88",
    "加我微信详聊",
    "添加我的微信：abc_123",  # "添加" (add) is an invitation, not a compound to skip
    "请加微信 xingchen88",
    "增加粉丝后加我微信详聊",  # the compound earlier in the line does not hide a later ask
    "参加课程前，加微信 lin_course88 领资料",
]


@pytest.mark.parametrize("text", INSIDE_A_WORD)
def test_a_trigger_inside_a_word_is_not_read(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", STILL_INVITATIONS)
def test_the_same_trigger_standing_alone_still_is(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)
