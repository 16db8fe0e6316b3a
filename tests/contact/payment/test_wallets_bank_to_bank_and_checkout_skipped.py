"""Issue 12: wallet offers in Southeast Asian wording, a transfer named by its two ends, and the
checkout skipped.

* a transfer name routed through a service ("chuyển khoản qua Momo", "bank transfer via Wise"): the
  name is the paying (payment._routed_through), so its pay verb counts next to the service;
* Tagalog "you", "me", "just" and Thai "via" between a pay verb and a wallet ("Bayaran mo na lang ako
  sa Maya", "โอนผ่าน PromptPay"), "also fine" in tl/vi/id/th ("Pwede rin GCash"), the account's QR;
* Arabic "available" ("STC Pay متاح") and a discount with its glued "with" ("بخصم");
* "bank to bank" as a transfer; "skip the checkout", "instead of checkout" paying outside, unless the
  checkout is the work's or others' (payment._checkout_built).
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Chuyển khoản qua Momo cho mình nhé.",
    "Có thể chuyển khoản qua Momo hoặc ngân hàng để được giá tốt hơn.",
    "Bank transfer via Wise works for me.",
    "Pwede rin GCash para mas mabilis, i-send ko yung QR.",
    "Bayaran mo na lang ako sa Maya.",
    "โอนผ่าน PromptPay ได้เลยครับ",
    "Bisa juga pakai DANA ya kak.",
    "I'll send you my GCash QR.",
    "We can do bank to bank, cheaper for both of us.",
    "Podemos hacerlo de banco a banco, más barato para los dos.",
    "Milestones can be settled the old-fashioned way (bank to bank) if\nyou'd rather skip the checkout.",
    "Pay via Wise instead of the checkout and save 10%.",
    # Arabic "available" and the discount with its glued "with"
    "التحويل البنكي أو STC Pay متاح بخصم ١٠٪.",
    "الدفع عبر STC Pay متاح.",
]

CLEAN = [
    "Tôi tích hợp chuyển khoản qua Momo cho website của bạn.",
    "Tôi không nhận chuyển khoản qua Momo, chỉ thanh toán qua Fiverr.",
    "Gumagawa ako ng GCash QR code generator para sa tindahan mo.",
    "Your customers can scan your GCash QR at the counter.",
    "Hindi ako tumatanggap ng GCash, sa Fiverr lang po ang bayad.",
    "Pwede rin sa Zoom ang meeting pagkatapos mag-order.",
    "ไม่รับโอนผ่าน PromptPay ครับ ชำระผ่าน Fiverr เท่านั้น",
    "Saya pakai DANA untuk belanja pribadi.",
    "I build bank-to-bank reconciliation reports in Excel.",
    "Bank to bank transfers take 2-3 days for Fiverr withdrawals.",
    "I don't do bank to bank; all payments go through Fiverr.",
    "I build a one-click buy button so your customers skip the checkout page.",
    "My Shopify app lets shoppers skip the checkout and buy in one tap.",
    "Express checkout setup: returning customers skip checkout with Shop Pay.",
    "Please don't skip the checkout: every payment goes through Fiverr.",
    "We skip the checkout redesign this sprint and focus on the cart page.",
    "Phase two skips the checkout flow; the landing page comes first.",
    "أقوم بتكامل STC Pay في متجرك، والدفع متاح لعملائك.",
    "STC Pay غير متاح هنا، الدفع عبر فايفر فقط.",
]

test_wallet_and_transfer_offers_are_errors, test_work_refusals_and_own_use_stay_clean = severity_tests(ERRORS, CLEAN)
