"""In a language that drops the pronoun, a bare "ID" said to be in a place of the gig's media
(detectors/identifier_pointers.py) is the ID of the private channel the sentence before named
("LINEでも受け付けています。IDはプロフィール画像の右下に書いてあります"): an error with that
channel. With no channel before it, an "ID" in an image is most often an identity document."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "はい、LINEでも受け付けています。IDはプロフィール画像の右下に\n小さく書いてありますので、そちらから追加してください。",
    "LINEでも受け付けています。IDはプロフィール画像の右下に書いてあります。",
]
CLEAN = [
    "身分証の画像をアップロードしてください。IDは画像に記載されています。",
    "お客様のLINE公式アカウントを作成します。IDはプロフィール画像に入れます。",
]

test_ids_of_the_channel_before_are_errors, test_identity_documents_and_the_work_stay_clean = severity_tests(
    ERRORS, CLEAN
)
