"""Known false alarms, each as a family of honest sentences in many languages
beside seller twins that must still fire (precision round; the held-out bar is 0.5%).

* the work sent "to me directly" around a payment word (paid_straight._work_sent, the
  `sent_work_objects` of the payment pack): "Send the files to me directly after payment";
* a refused list of ways to pay that closes with the place left ("… virement ou espèces hors de
  la plateforme"): the refusal covers the place (payment._list_tail reads several items; the
  leaving rules take `refused_route_left` for a place outside too; "aucun", "ningún" negate);
* a direct word that says how the seller is messaged ("Talk to me directly about PayPal");
* the buyer's shop taking payments named after the service ("Swish-betalning för din butik");
* the marketplace as the way said by a postposition ("Fiverr चेकआउट पर", "Fiverr üzerinden");
* the buyer's own other site ("continue on another site of yours": leaving.buyers_place);
* a channel's code put into a picture as the work ("…QRコードをプロフィール画像に入れます");
* a consultation in a meeting room after the purchase ("Zoom 상담은 구매 후에 진행됩니다");
* a template's stand-in handle ("Mockup: Follow us @brandname"), and placeholder probes: a template's
  name and "your company" in sv/da/no, fi, cs, hu, el, tl, sw, bn; a number of one digit repeated where
  the words call it an example (phone_guards.fictional); "lorem ipsum" filler.
"""
from __future__ import annotations

from contact_support import severity_tests

CLEAN = [
    # the work sent to the seller, the payment only when
    "Send the files to me directly after payment.",
    "After payment, send the files to me directly.",
    "Please send your brief to me directly after you pay for the order.",
    "Send the photos straight to me after payment, in the order chat.",
    "- Logo files: sent to me directly after payment via the order page",
    "Envíame los archivos directamente después del pago.",
    "Envoyez-moi les fichiers directement après le paiement.",
    "Schick mir die Dateien direkt nach der Zahlung.",
    "Mandami i file direttamente dopo il pagamento.",
    "Me mande os arquivos direto pra mim depois do pagamento.",
    "Пришлите мне файлы напрямую после оплаты.",
    "Kirim file langsung ke saya setelah pembayaran.",
    # a refused list of ways to pay closing with the place left
    "Je n'accepte aucun paiement par PayPal, Lydia, virement ou espèces hors de la plateforme.",
    "Je n'accepte aucun paiement hors de la plateforme.",
    "Aucun paiement hors de la plateforme.",
    "I do not accept payments by PayPal, Wise, bank transfer or cash outside the platform.",
    "Ik accepteer geen betalingen via PayPal, Tikkie, overboeking of contant buiten het platform.",
    "No acepto ningún pago por PayPal, Bizum, transferencia o efectivo fuera de la plataforma.",
    "Ich akzeptiere keinerlei Zahlungen per PayPal, Überweisung oder bar außerhalb der Plattform.",
    "Non accetto pagamenti tramite PayPal, Satispay, bonifico o contanti fuori dalla piattaforma.",
    "Não aceito pagamentos por PayPal, Pix, transferência ou dinheiro fora da plataforma.",
    "Nie przyjmuję żadnych płatności przez PayPal, BLIK, przelew ani gotówkę poza platformą.",
    "Никаких платежей через PayPal, карту или наличными вне платформы.",
    # a direct word of the message, not of the money
    "Talk to me directly about PayPal",
    "Talk to me directly about PayPal checkout integration.",
    "Write to me directly if you need help with your Stripe or PayPal setup.",
    "Escríbeme directamente si tienes dudas sobre la integración de Bizum.",
    "Schreib mir direkt, wenn du Fragen zur PayPal-Integration hast.",
    # the buyer's shop taking the payments
    "Swish-betalning för din butik",
    "Swish-betalning för din webbutik, jag kopplar in det i kassan.",
    "Betalning via Swish för din butik",
    "Jag integrerar Swish-betalning i din webbutik.",
    "Vipps-betaling for din nettbutikk",
    "MobilePay-betaling til din nettbutikk",
    "Tikkie-betaalverzoek voor je webshop",
    # the marketplace as the way, by a postposition
    "Fiverr चेकआउट पर आप PayPal से भुगतान कर सकते हैं।",
    "Fiverr पर आप PayPal से भुगतान कर सकते हैं।",
    "Fiverr के ज़रिए PayPal से भुगतान करें।",
    "भुगतान Fiverr चेकआउट पर कार्ड या PayPal से होता है।",
    "Fiverr経由でPayPalで支払えます。",
    # the buyer's own other site
    "continue on another site of yours",
    "We can continue on another site of yours next month.",
    "We can continue on your other site next month.",
    "We can continue on one of your other sites.",
    "On peut continuer sur votre autre site.",
    "Podemos continuar en otro sitio tuyo.",
    "Podemos continuar en tu otro sitio.",
    # a channel's code put into a picture: the design job
    "LINE公式アカウントのQRコードをプロフィール画像に入れます",
    "LINEのQRコードをプロフィール画像に入れます。",
    "카카오톡 채널 QR코드를 프로필 사진에 넣어 드립니다.",
    "微信二维码帮您放入头像图片。",
    # a consultation in a meeting room after the purchase
    "Zoom 상담은 구매 후에 진행됩니다",
    "구매 후 Zoom으로 상담을 진행합니다.",
    # a template's stand-in
    "Mockup: Follow us @brandname",
    # refusals: French "pas" between the verb and the service (no preposition), Nordic "inte", "ikke"
    "Je n'accepte pas Lydia.",
    "Je n'accepte pas Lydia ni PayPal, tout passe par Fiverr.",
    "Jag tar inte emot Swish eller PayPal, bara via Fiverr.",
    "Jeg tager ikke imod MobilePay, kun via Fiverr.",
    "Swish tar jag inte emot.",
    # placeholder probes: a template's name and "your company" in more languages, a number of one digit
    # repeated called an example, mockup filler text
    "Visitkortsmall: namn@dittforetag.se · 070-000 00 00",
    "E-postsignatur: förnamn.efternamn@företaget.se – byts mot dina uppgifter.",
    "Visitkort-skabelon: navn@ditfirma.dk, +45 00 00 00 00",
    "Käyntikorttipohja: etunimi.sukunimi@yrityksesi.fi, 040 000 0000",
    "Šablona vizitky: jmeno.prijmeni@vasefirma.cz, +420 000 000 000",
    "Névjegy sablon: nev@cegnev.hu, +36 XX XXX XXXX",
    "Πρότυπο κάρτας: onoma@etaireiasas.gr, 69X XXX XXXX",
    "Template ng business card: pangalan@kumpanyamo.ph, 09XX XXX XXXX",
    "Kiolezo cha kadi: jina@kampuniyako.co.ke, 07XX XXX XXX",
    "ভিজিটিং কার্ড টেমপ্লেট: nam@apnarcompany.com, 01XXX-XXXXXX",
    "Örnek kartvizit: Ad Soyad · ornek@firma.com · 0555 555 55 55",
    "Example: 0555 555 55 55",
    "Ejemplo de tarjeta: 0555 555 55 55",
    "Lorem ipsum footer: info@lorem.com · +00 000 000 000",
]

ERRORS = [
    # money sent to the seller straight
    "Send the payment to me directly.",
    "After delivery, send the money to me directly.",
    "Send the files and the payment to me directly.",
    "Envíame el pago directamente a mí.",
    "Envoyez le paiement directement à moi.",
    "Пришлите оплату мне напрямую.",
    "Ödemeyi doğrudan bana gönderin.",
    "Ödemeyi dosyalarla birlikte doğrudan bana gönderin.",
    "Kirim pembayaran langsung ke saya.",
    # lists of ways to pay accepted outside
    "J'accepte les paiements par PayPal, Lydia, virement ou espèces hors de la plateforme.",
    "I accept payments by PayPal, Wise, bank transfer or cash outside the platform.",
    "Ik accepteer betalingen via PayPal, Tikkie, overboeking of contant buiten het platform.",
    "Acepto pagos por PayPal, Bizum, transferencia o efectivo fuera de la plataforma.",
    "Ich akzeptiere Zahlungen per PayPal, Überweisung oder bar außerhalb der Plattform.",
    "Accetto pagamenti tramite PayPal, Satispay, bonifico o contanti fuori dalla piattaforma.",
    "Przyjmuję płatności przez PayPal, BLIK, przelew lub gotówkę poza platformą.",
    "Оплата через PayPal, карту или наличными вне платформы.",
    # a message, then a payment outside
    "Message me directly, I accept PayPal.",
    "Talk to me directly and pay via PayPal.",
    "Contact me, then pay directly with PayPal.",
    # the seller paid by the service
    "Swish-betalning direkt till mig",
    "Swish-betalning för din butik, betala mig med Swish först.",
    "Betala mig med Swish.",
    "Jag tar betalt via Swish.",
    "Betal til meg via Vipps.",
    "MobilePay-betaling til mig direkte",
    # the marketplace left, or named for the order only
    "Fiverr चेकआउट के बाहर PayPal से भुगतान करें।",
    "Fiverr चेकआउट पर ऑर्डर करें, बाकी राशि मुझे PayPal से सीधे भेजें।",
    "मुझे सीधे PayPal से भुगतान करें।",
    "Fiverr üzerinden sipariş verin, kalan tutarı Papara ile bana gönderin.",
    # the marketplace where the seller works, the payment across a contrast
    "I work on Fiverr but take payment via PayPal.",
    "मैं Fiverr पर काम करता हूँ लेकिन भुगतान PayPal से लेता हूँ।",
    # another site, not the buyer's
    "We can continue on another site.",
    "We can continue on another site of mine.",
    "Let's continue on my other site, it's cheaper.",
    "On peut continuer sur un autre site.",
    "Podemos continuar en otro sitio, es más barato.",
    # the seller's own code in a picture
    "私のLINEのQRコードはプロフィール画像にあります。",
    "プロフィール画像のQRコードを読み取るとLINEにつながります",
    "제 카톡 QR코드를 프로필 사진에 넣어 두었습니다.",
    # consulting on a messenger, or before the purchase
    "상담은 카톡으로 주세요",
    "Zoom 상담은 구매 전에 가능합니다.",
    "상담 원하시면 텔레그램으로 연락주세요.",
    # the seller's own invoice, the marketplace refused or not named
    "I invoice myself, not through Fiverr.",
    "Next time I'll invoice you myself.",
    # accepted, the Portuguese "no" (in the) before the service, the marketplace refused
    "J'accepte Lydia.",
    "Manda no Pix.",
    "O restante pode ser no Pix.",
    "Jag tar emot Swish eller PayPal.",
    "Betala med Swish, inte via Fiverr.",
    # real addresses and numbers beside the placeholder words
    "Mail me at din.design@gmail.com",
    "My email: jina.kamau@gmail.com",
    "WhatsApp: 0555 555 55 55",
    "Numaram 0532 777 77 77, arayın.",
    "Mail me: lorem.designs@gmail.com",
]

test_seller_twins_are_errors, test_honest_variants_stay_clean = severity_tests(ERRORS, CLEAN)
