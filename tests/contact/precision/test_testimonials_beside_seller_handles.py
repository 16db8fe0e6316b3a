"""Buyers' testimonials that praise the chat on the marketplace stay clean, each beside the
twin testimonial that stays an error: a channel outside with its identifier, or payment
made directly."""
from __future__ import annotations

from contact_support import severity_tests

CLEAN = [  # hard negatives an editor approves (language in the comment)
    "\"He answered all my questions in Fiverr chat and delivered early!\" — client review",  # en
    "«Excelente trabajo, muy comunicativo por el chat de la plataforma» — Ana, España",  # es
    "« Super réactif, toujours disponible dans la messagerie Fiverr » — Julien",  # fr
    "„Sehr schnelle Lieferung und top Kommunikation über den Fiverr-Chat.“ – Kundin aus Berlin",  # de
    "\"Atendimento excelente, respondeu tudo pelo chat!\" — cliente do Brasil",  # pt
    "«Быстро ответил в чате заказа, всё сделал в срок» — отзыв покупателя",  # ru
    "客户评价：“沟通顺畅，交付准时，还多给了一版修改。”",  # zh
    "お客様の声：「メッセージの返信が早く、安心して依頼できました」",  # ja
    "고객 후기: \"메시지 답장이 빠르고 결과물이 만족스러웠어요\"",  # ko
    "Müşteri yorumu: \"Mesajlara hızlı dönüş yaptı, iş harika\"",  # tr
    "Recensione: «Risponde subito in chat, lavoro perfetto»",  # it
    "Reviews: \"Best WhatsApp chatbot developer I've hired — my shop answers customers 24/7!\" — Carlos",  # en
    "Opinia klienta: „Świetny kontakt przez czat na platformie, polecam!”",  # pl
    "Testimoni: \"Respon cepat lewat chat, hasilnya rapi banget!\"",  # id
]

ERRORS = [  # the seller's twin of each: a written identifier, a route outside, a request to leave
    "\"Great work, I contacted him on WhatsApp +1 202 555 0147\" — review",  # en
    "«Excelente, le escribí a su WhatsApp 612 345 678 y respondió al momento»",  # es
    "« Top ! Je l'ai contacté sur julien.video@gmail.com » — Marc",  # fr
    "„Top! Bezahlt habe ich direkt per PayPal, ging schneller.“ – Kunde",  # de
    "\"Muito bom, paguei direto no Pix dele e ficou mais barato\" — cliente",  # pt
    "고객 후기: \"카톡 ID jisoo_art 로 바로 연락돼서 좋았어요\"",  # ko
    "Müşteri yorumu: \"WhatsApp'tan 0532 111 22 33 ile hemen ulaştım\"",  # tr
    "Testimoni: \"Saya hubungi via WA 0812-3456-7890, cepat respon!\"",  # id
]

test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)
