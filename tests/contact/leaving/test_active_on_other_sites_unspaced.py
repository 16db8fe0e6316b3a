"""The seller present on other sites, in a script written without spaces ("他のサイトでも活動
しています", "他のSNSにもいます") and in Russian ("на других площадках"): a hint of elsewhere
with no channel (a warning). The place's particle must be followed right away by the presence:
experience there ("での活動経験"), things bought there and work made for other platforms stay clean.
"""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

PRESENT = [
    "他のサイトでも活動しています。",
    "他のSNSにもいますので、気軽に探してください。",
    "Webデザイン歴7年です。他のプラットフォームでも活動していますので、ご都合の良い方でどうぞ。",
    "Меня можно найти и на других площадках.",
]

HONEST = [
    "他のプラットフォームでの活動経験があります。",
    "他のサイトで購入したテンプレートも修正できます。",
    "他のサイトでも使えるロゴを納品します。",
    "他のプラットフォームにも対応したデザインです。",
    "Ваш магазин можно разместить и на других площадках.",
    "Я настрою рекламу на других площадках: Авито, Озон.",
]

test_presence_on_other_sites_is_a_hint = warning_tests(PRESENT)
_, test_other_sites_as_the_work_stay_clean = severity_tests([], HONEST)
