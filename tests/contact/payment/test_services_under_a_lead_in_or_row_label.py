"""Payment services listed in a list item or a table cell, read with what stands over them
(scan/channels.py `gig_offers`): under a lead-in line that makes payments the work
("Integrasi payment gateway Midtrans ke toko Laravel kamu:" over "- QRIS, GoPay, OVO"),
or in a package table row whose first cell names the work ("| Gateways integrated |
Stripe | Stripe + PayPal |"), they are the work. The same lists under a way to pay
("How to pay:", "| Payment | PayPal, Wise |"), or paid to the seller, stay offers."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "How to pay me:\n- PayPal, Wise\n- Payoneer",
    "Payment methods I accept:\n- PayPal, Wise\n- Payoneer",
    "Integration for your store:\n- Stripe, PayPal\n- or pay me directly via Wise, no fees",
    "| Package | Basic | Standard |\n|---|---|---|\n| Payment | PayPal | PayPal, Wise |",
]
CLEAN = [
    "Integrasi payment gateway Midtrans ke toko Laravel kamu:\n- QRIS, GoPay, OVO\n"
    "- Virtual account BCA, BNI, Mandiri\n- Notifikasi status pembayaran otomatis",
    "Payment gateway integration for your Laravel store:\n- Stripe, PayPal\n- Webhooks",
    "Integración de pasarela de pago en tu tienda:\n1. Mercado Pago, PayPal\n2. Webhooks",
    "| Package | Basic | Standard |\n|---|---|---|\n| Gateways integrated | Stripe | Stripe + PayPal |",
    "| Paquete | Básico | Estándar |\n|---|---|---|\n| Integración de pagos | Mercado Pago | Mercado Pago, PayPal |",
]

test_lists_of_ways_to_pay_are_errors, test_lists_of_services_built_stay_clean = severity_tests(ERRORS, CLEAN)
