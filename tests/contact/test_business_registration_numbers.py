"""Business registration and filing numbers printed on invoices and shop footers
(`not_phone_words`: "사업자등록번호 123-45-67890", "法人番号", "营业执照号") are no phone
numbers; a phone word in the same language still reads one."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "전화번호 010-2345-6789 로 연락주세요.",
    "카톡 말고 전화: 010 2345 6789",
    "電話番号：090-2345-6789 までご連絡ください。",
]
CLEAN = [
    "가격: 55,000원 / 사업자등록번호 123-45-67890 (세금계산서 발행 가능)",
    "사업자번호 214-86-39201 을 푸터에 넣어드립니다.",
    "インボイス登録番号 T1234567890123 を請求書に記載します。",
    "法人番号 1234567890123 をフッターに記載します。",
]

test_phone_numbers_next_to_them_are_errors, test_registration_numbers_stay_clean = severity_tests(ERRORS, CLEAN)
