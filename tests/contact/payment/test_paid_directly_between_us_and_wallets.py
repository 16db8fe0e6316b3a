"""Issue 12: money settled by the two of them alone, and routes said in plain words.

* "directly between us" (a direct word right by "between us", `settle_phrases`): the seller is the
  payee of a pay verb before it ("Billed separately every month, directly between us",
  "Fatturata a parte ogni mese, direttamente tra noi"); billing is a pay verb;
* an e-wallet of any brand with a pay word by it ("Saya terima e-dompet biasa secara terus"), and
  Malay "secara terus" (directly);
* Hindi, Urdu and Bengali "works, will do" as a route's pay word ("PhonePe / GPay / Paytm sab chalega").

Clean: an extra billed separately, discretion between us with the payment in the order, billing
on the marketplace, an e-wallet app built as the work, "chalega" said of a website or an integration.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "### Extra: Manutenzione mensile\nFatturata a parte ogni mese, direttamente tra noi dopo la consegna.",
    "Billed separately every month, directly between us after delivery.",
    "Facturado aparte cada mes, directamente entre nosotros.",
    "Facturé séparément chaque mois, directement entre nous.",
    "Оплата каждый месяц напрямую между нами.",
    "Tak suka caj kad? Saya terima e-dompet biasa secara terus, tanya saja.",
    "I accept e-wallet directly.",
    "Indian clients ke liye PhonePe / GPay / Paytm sab chalega bhai, bas\nscreenshot bhej dena.",
    "bKash চলবে ভাই, সরাসরি পাঠান।",
]

CLEAN = [
    "Maintenance is billed separately.",
    "Everything we discuss stays directly between us, and payment goes through the order.",
    "The monthly retainer is billed here on Fiverr; questions go directly between us in the inbox.",
    "Invoiced monthly as a subscription through Fiverr.",
    "I build an e-wallet app directly from your designs.",
    "Saya bina aplikasi e-dompet untuk perniagaan anda.",
    "Saya akan terus kemas kini fail selepas pesanan.",
    "Paytm integration bhi chalega, main checkout page bana dunga.",
    "Website mobile pe bhi chalega, fully responsive.",
    "Meri website pe Razorpay, PhonePe aur Paytm sab chalega - main integrate kar dunga.",
]

test_paid_between_us_and_wallets_are_errors, test_billing_apps_and_websites_stay_clean = severity_tests(ERRORS, CLEAN)
