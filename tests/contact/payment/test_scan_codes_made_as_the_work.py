"""A scan code the seller makes, named by the payment service it takes ("Diseño el QR de cobro
de Mercado Pago para tu local"): the QR is the work, as "I design the Mercado Pago payment QR"
is, whatever pay noun names it. A code sent or shown to the buyer, or a pay verb to the seller,
stays a way to pay the seller."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "QR de pago: escanea y págame por Mercado Pago.",
    "Te mando el QR de cobro de Mercado Pago.",
    "Diseño el QR de cobro de Mercado Pago y me pagas por ahí directo.",
    "Eu te envio o QR de cobrança do Mercado Pago para pagar direto.",
]
CLEAN = [
    "Diseño el QR de cobro de Mercado Pago para el mostrador de tu local.",
    "Eu crio o QR de cobrança do Mercado Pago para o balcão da sua loja.",
    "Je crée le QR de paiement de Mercado Pago pour le comptoir de votre boutique.",
    "Realizzo il QR di pagamento di Mercado Pago per il bancone del tuo negozio.",
    "Diseño el QR de Mercado Pago para el mostrador de tu local.",
]

test_codes_sent_or_paid_to_the_seller_are_errors, test_codes_made_as_the_work_stay_clean = severity_tests(
    ERRORS, CLEAN
)
