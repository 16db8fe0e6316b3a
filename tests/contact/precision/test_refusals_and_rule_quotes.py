"""Refusals and quotes of the marketplace's rules stay clean, each beside the seller's twin
that stays an error: a written identifier, a route outside, a request to leave."""
from __future__ import annotations

from contact_support import severity_tests

CLEAN = [  # hard negatives an editor approves (language in the comment)
    "I don't share my phone number or email; all communication stays in Fiverr messages.",  # en
    "Please don't ask for my WhatsApp — per Fiverr's Terms of Service, we talk here only.",  # en
    "No acepto pagos fuera de la plataforma ni comparto mi WhatsApp.",  # es
    "Conformément aux règles de Fiverr, je ne communique pas par e-mail ni par téléphone.",  # fr
    "Bitte keine Zahlungen außerhalb von Fiverr anbieten – das verstößt gegen die Regeln.",  # de
    "Não passo meu WhatsApp nem e-mail: toda a conversa fica aqui no chat da plataforma.",  # pt
    "Non accetto pagamenti fuori piattaforma, né PayPal né bonifico.",  # it
    "Не даю контакты вне площадки и не принимаю оплату на карту — всё через сайт.",  # ru
    "Nie podaję numeru telefonu ani maila – kontakt tylko przez wiadomości na platformie.",  # pl
    "Platform dışında iletişim ve ödeme kabul etmiyorum.",  # tr
    "لا أقبل الدفع خارج المنصة ولا أشارك رقم هاتفي.",  # ar
    "不接受平台外付款，也不加微信，所有沟通请在站内进行。",  # zh
    "サイト外での連絡や直接取引はお断りしています。",  # ja
    "외부 연락처 교환이나 직거래는 하지 않습니다.",  # ko
    "मैं प्लेटफ़ॉर्म के बाहर भुगतान या WhatsApp संपर्क स्वीकार नहीं करता।",  # hi
    "Saya tidak menerima pembayaran di luar platform dan tidak memberikan nomor WA.",  # id
    "Mình không nhận thanh toán ngoài sàn và không trao đổi qua Zalo.",  # vi
    "Не приймаю оплату поза платформою і не даю свій Telegram.",  # uk
    "Ik accepteer geen betalingen buiten het platform en deel geen telefoonnummer.",  # nl
    "אני לא מקבל תשלום מחוץ לפלטפורמה ולא משתף מספר טלפון.",  # he
    "Fiverr's rules: \"Do not ask buyers to pay outside of Fiverr\" — I follow them strictly.",  # en
    "Je refuse toute demande de paiement par PayPal ou virement en dehors de la plateforme.",  # fr
    "No WhatsApp, no Telegram, no email — Fiverr only. Thanks for understanding!",  # en
    "Note: I can't give you my number. If the chat is slow, I'll still answer within 2 hours.",  # en
    "Por política de la plataforma, no puedo darte mi correo ni pasar a otra app.",  # es
    "Ich gebe keine privaten Kontaktdaten heraus und wechsle nicht auf andere Apps.",  # de
    "Номер телефона и почту не даю — такие правила площадки.",  # ru
    "根据平台规定，我不能留微信或电话，请在站内留言。",  # zh
    "規約により、メールアドレスや電話番号はお伝えできません。",  # ja
    "규정상 이메일이나 전화번호는 알려드릴 수 없습니다.",  # ko
    "Pelas regras, não trabalho por fora nem recebo por Pix.",  # pt
    "Kurallar gereği telefon numaramı veremiyorum.",  # tr
    "حسب قواعد المنصة لا يمكنني مشاركة بريدي أو رقمي.",  # ar
    "Sesuai aturan, saya tidak bisa memberi nomor WA atau email.",  # id
    "Je refuse toute demande de paiement par PayPal ou virement en dehors de la plateforme.",  # fr
    "Per regolamento non posso lasciare il mio numero né spostarmi su WhatsApp.",  # it
]

ERRORS = [  # the seller's twin of each: a written identifier, a route outside, a request to leave
    "My phone number is +44 7700 900123, call me anytime.",  # en
    "Ask me for my WhatsApp and we'll talk there instead.",  # en
    "Acepto pagos fuera de la plataforma por PayPal.",  # es
    "Pour aller plus vite, communiquons par e-mail : paul.montage@gmail.com",  # fr
    "Zahlungen gern auch außerhalb von Fiverr per Überweisung.",  # de
    "Passo meu WhatsApp no chat: 11 98888-7777.",  # pt
    "Accetto anche pagamenti fuori piattaforma con PayPal o bonifico.",  # it
    "Можно оплатить мне на карту, минуя сайт.",  # ru
    "Mój numer telefonu: 601 234 567, dzwoń śmiało.",  # pl
    "Platform dışında ödeme de kabul ediyorum, havale olur.",  # tr
    "أقبل الدفع خارج المنصة عبر التحويل البنكي.",  # ar
    "可以平台外付款，加微信转账即可。",  # zh
    "サイト外での直接取引も歓迎です、メールでご連絡ください。",  # ja
    "직거래 원하시면 카톡으로 연락 주세요.",  # ko
    "प्लेटफ़ॉर्म के बाहर भुगतान भी चलेगा, Paytm कर दीजिए।",  # hi
    "Bisa bayar di luar platform lewat transfer bank, lebih murah.",  # id
    "Có thể thanh toán ngoài sàn qua chuyển khoản cho rẻ hơn.",  # vi
    "Мій Telegram: @dizain_olena, пишіть.",  # uk
    "Betalen buiten het platform kan ook, via bankoverschrijving.",  # nl
    "I'm happy to take payment outside of Fiverr for bigger projects.",  # en
    "Je préfère être payé par PayPal en dehors de la plateforme.",  # fr
    "Note: I'll give you my number after the first order.",  # en
    "Por privacidad, te paso mi correo en el chat y seguimos por allá.",  # es
    "Nach der ersten Bestellung wechseln wir auf WhatsApp.",  # de
    "Номер телефона дам после первого заказа, дальше работаем напрямую.",  # ru
    "ご希望ならメールアドレスをお伝えしますので、以降は直接やり取りしましょう。",  # ja
    "원하시면 이메일 알려드릴게요, 이후엔 직접 거래해요.",  # ko
    "Se preferir, trabalho por fora e recebo por Pix.",  # pt
    "İsterseniz telefon numaramı veririm, dışarıdan çalışırız.",  # tr
    "يمكنني مشاركة رقمي لنكمل العمل خارج المنصة.",  # ar
    "Kalau mau, saya kasih nomor WA biar lanjut di luar platform.",  # id
    "J'accepte aussi le paiement par PayPal en dehors de la plateforme.",  # fr
    "Se vuoi ci spostiamo su WhatsApp, ti lascio il mio numero in chat.",  # it
]

test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)
