"""The seller's real name or "the same name" as the key to an account ("unter meinem
Klarnamen", "aynı isimle", "我的用户名"): an error; "my name is the same everywhere" at least a
warning. Tagalog "PM niyo ako" is a contact verb; a possessive after the name and a word keeps
the channel the seller's ("FB page ko"). Real names and pages as the work stay clean.
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst

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
