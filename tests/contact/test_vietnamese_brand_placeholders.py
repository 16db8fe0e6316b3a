"""Vietnamese stand-ins for the buyer's brand written without accents or spaces
("facebook.com/tenthuonghieu": "brand name"), read as placeholders (`placeholder_nouns`);
the seller's own page, or one the buyer is told to write to, stays an error."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Theo dõi mình: facebook.com/linhdesign.studio nhé",
    "Fanpage của mình: facebook.com/thuonghieulinh",
    "Inbox mình qua facebook.com/tenthuonghieu nhé",
]
CLEAN = [
    "Vui lòng gửi link fanpage Facebook **của bạn** (ví dụ: facebook.com/tenthuonghieu) trong phần yêu cầu "
    "đơn hàng để mình thiết kế ảnh bìa đúng kích thước.",
    "Gửi mình link trang của bạn, ví dụ instagram.com/tendoanhnghiep để mình làm banner.",
]

test_the_sellers_page_is_an_error, test_the_buyers_brand_stand_in_stays_clean = severity_tests(ERRORS, CLEAN)
