"""Hard negatives of the payment wording family in more languages: the work sent
straight to the seller after the buyer pays ("Po płatności wyślij mi pliki bezpośrednio", "Ödeme
sonrası dosyaları bana direkt gönderin"), beside twins where money is what goes straight.

paid_straight._work_sent: a verb of sending that the pay lists hold (pl "wyślij", nl "stuur") with
the work for its object is no money word (`_sends`); where the verb comes last, a pay word before the
object is another phrase ("after payment") unless a list joins them (`_joined`: "the deposit and the
files"); `sent_work_objects` in sv/da/no, fi, cs, hu, el, sw, ur, fa.

And a refusal after a list of ways in Devanagari ("मैं PayPal या बैंक ट्रांसफर से भुगतान नहीं लेता"): words
are counted with their vowel signs inside them (run_scan.words_between), so the refusal is within reach.
The contact rules read the same work object before "doğrudan bana" (invitations._work_object_before).
"""
from __future__ import annotations

from contact_support import severity_tests

CLEAN = [
    "Po płatności wyślij mi pliki bezpośrednio.",
    "Po opłaceniu zamówienia prześlij mi zdjęcia bezpośrednio.",
    "Na betaling stuur je de bestanden direct naar mij.",
    "Na betaling stuur me de foto's direct.",
    "Ödeme sonrası dosyaları bana direkt gönderin.",
    "Ödeme yaptıktan sonra dosyaları doğrudan bana gönderin, sipariş sayfasından.",
    "Efter betalning, skicka filerna direkt till mig.",
    "Efter betaling send filerne direkte til mig.",
    "Maksun jälkeen lähetä tiedostot suoraan minulle.",
    "Po zaplacení mi pošlete soubory přímo.",
    "Fizetés után küldd el nekem közvetlenül a fájlokat.",
    "Μετά την πληρωμή στείλτε μου τα αρχεία απευθείας.",
    "Baada ya malipo, nitumie faili moja kwa moja.",
    "پرداخت کے بعد فائلیں براہ راست مجھے بھیجیں۔",
    "After payment, send the files to me directly.",
    "Send the files to me directly after payment.",
    "मैं PayPal या बैंक ट्रांसफर से भुगतान नहीं लेता, सिर्फ Fiverr से",
    "PayPal या बैंक ट्रांसफर से भुगतान बिल्कुल नहीं लेता",
    "আমি PayPal বা ব্যাংক ট্রান্সফারে পেমেন্ট নিই না, শুধু Fiverr-এ।",
    "Ödemeden sonra dosyaları doğrudan bana gönderin",
    "Ödemeden sonra fotoğrafları doğrudan bana gönderin.",
]

ERRORS = [
    "Po płatności wyślij mi pieniądze bezpośrednio.",
    "Wyślij mi zaliczkę i pliki bezpośrednio.",
    "Na betaling stuur je het geld direct naar mij.",
    "Stuur de betaling direct naar mij.",
    "Stuur me de aanbetaling en de bestanden direct.",
    "Ödemeyi doğrudan bana gönderin.",
    "Efter betalning, skicka pengarna direkt till mig.",
    "Send the deposit and the files to me directly.",
    "Send the deposit to me directly.",
    "मैं PayPal या बैंक ट्रांसफर से भुगतान लेता हूँ, सीधे मुझे भेजें",
    "मुझे PayPal या बैंक ट्रांसफर से सीधे भुगतान करें।",
    "আমাকে সরাসরি PayPal-এ টাকা পাঠান।",
    "Ödemeden sonra doğrudan bana yazın.",
    "Dosyaları doğrudan bana WhatsApp üzerinden gönderin.",
]

test_money_sent_straight_is_an_error, test_work_sent_after_payment_stays_clean = severity_tests(ERRORS, CLEAN)
