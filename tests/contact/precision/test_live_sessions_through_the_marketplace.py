"""A live session through the marketplace or after the order stays clean, each beside the
seller's twin that stays an error: the session arranged on a channel outside, with its
identifier."""
from __future__ import annotations

from contact_support import severity_tests

CLEAN = [  # hard negatives an editor approves (language in the comment)
    "After ordering, we'll have a 30-minute Zoom call scheduled through Fiverr's built-in meeting feature.",  # en
    "La sesión en vivo se agenda desde el chat de Fiverr una vez hecho el pedido.",  # es
    "Séance de coaching en visio via l'outil d'appel de la plateforme, après la commande.",  # fr
    "Die Live-Session findet über die Videoanruf-Funktion von Fiverr statt, nach Auftragserteilung.",  # de
    "Aulas ao vivo pelo Google Meet, com o link enviado pelo chat da plataforma depois da compra.",  # pt
    "Lezione live su Zoom; il link te lo mando nella chat dell'ordine.",  # it
    "Консультация в Zoom после оформления заказа, ссылку пришлю в чате заказа.",  # ru
    "Konsultacja na żywo przez Zoom po złożeniu zamówienia; link wyślę w wiadomościach na platformie.",  # pl
    "Sipariş sonrası Zoom üzerinden canlı ders; bağlantıyı sipariş sohbetinden gönderirim.",  # tr
    "جلسة مباشرة عبر Zoom بعد الطلب، أرسل الرابط في محادثة الطلب.",  # ar
    "ऑर्डर के बाद Zoom पर लाइव सेशन होगा, लिंक ऑर्डर चैट में भेजूँगा।",  # hi
    "下单后通过平台内的视频通话功能进行一对一辅导。",  # zh
    "ご購入後、Zoomでのセッションを行います。リンクは取引メッセージでお送りします。",  # ja
    "주문 후 Zoom으로 라이브 수업을 진행하며 링크는 주문 채팅으로 보내드립니다.",  # ko
    "Sesi live via Zoom setelah order, link saya kirim lewat chat pesanan.",  # id
    "Buổi học trực tiếp qua Zoom sau khi đặt hàng, link gửi qua tin nhắn đơn hàng.",  # vi
    "Live sessie via Zoom na je bestelling; de link stuur ik in de orderchat.",  # nl
    "Livesession via Zoom efter beställningen, länken skickar jag i orderchatten.",  # sv
    "Screen-share review: we go through your code live over a Fiverr video call once the order starts.",  # en
    "Nach der Bestellung besprechen wir alles in einem Zoom-Call; den Link bekommst du im Bestell-Chat.",  # de
    "Clases por Google Meet; el enlace llega por mensaje de la plataforma tras la compra.",  # es
    "Includes a kickoff call on Zoom or Google Meet — we set the time in Fiverr messages after you order.",  # en
    "Live tutoring over Fiverr's video call; I share my screen and we code together.",  # en
    "Llamada de 30 minutos por Zoom incluida; el enlace lo comparto en el chat del pedido.",  # es
    "Appel vidéo de lancement sur Zoom, organisé via la messagerie de la plateforme.",  # fr
    "Ein Kennenlern-Call per Zoom ist dabei; den Termin machen wir im Fiverr-Chat aus.",  # de
    "Созвон в Zoom входит в пакет: время согласуем в переписке на платформе.",  # ru
    "下单后可安排腾讯会议沟通，会议号在平台消息里发给你。",  # zh
    "ご購入後、Google Meetで打ち合わせ可能です。URLはメッセージでお送りします。",  # ja
    "주문 후 구글 밋으로 미팅 가능합니다. 링크는 메시지로 드려요.",  # ko
    "Reunião de alinhamento pelo Meet; combinamos o horário no chat do pedido.",  # pt
    "Call conoscitiva su Zoom inclusa; orario da concordare nella chat dell'ordine.",  # it
    "Sipariş sonrası Google Meet görüşmesi; saati sipariş mesajlarında belirleriz.",  # tr
    "مكالمة تعارف عبر Zoom بعد الطلب، نحدد الموعد في رسائل المنصة.",  # ar
    "Gọi Google Meet sau khi đặt hàng; hẹn giờ qua tin nhắn trên nền tảng.",  # vi
    "Meeting Zoom setelah order; jadwal kita atur lewat pesan di platform.",  # id
    "FAQ\nQ: Do we talk on Zoom?\nA: Yes, after you order, I send a Zoom link in the order chat.",  # en
    "P: ¿Hay llamada?\nR: Sí, por Google Meet dentro del pedido; el enlace va por el chat de Fiverr.",  # es
    "Q : Peut-on se parler ?\nR : Oui, en visio Zoom après la commande, lien envoyé dans la messagerie Fiverr.",  # fr
    "F: Gibt es ein Gespräch?\nA: Ja, per Zoom nach der Bestellung; den Link schicke ich im Fiverr-Chat.",  # de
    "P: Tem chamada de vídeo?\nR: Sim, pelo Meet depois do pedido, com link no chat da Fiverr.",  # pt
    "В: Будет созвон?\nО: Да, в Zoom после заказа; ссылку отправлю в чат Fiverr.",  # ru
    "S: Görüşme yapıyor muyuz?\nC: Evet, sipariş sonrası Zoom; bağlantıyı Fiverr sohbetinden atarım.",  # tr
    "Live coaching on Zoom through the order — I never ask for your number; the link comes in Fiverr chat.",  # en
    "Weekly check-in calls are held on Fiverr's own video call; no outside apps needed.",  # en
    "オンラインレッスンはご購入後、ココナラのビデオチャット機能で行います。",  # ja
    "라이브 코칭은 주문 후 크몽 메시지로 링크를 보내 Zoom에서 진행합니다.",  # ko
    "直播辅导在下单后进行，会议链接通过订单消息发送。",  # zh
    "الجلسة المباشرة عبر Zoom بعد الطلب، والرابط يصلك في محادثة Fiverr.",  # ar
    "लाइव क्लास Zoom पर ऑर्डर के बाद होगी, लिंक Fiverr चैट में मिलेगा।",  # hi
    "Kelas live via Google Meet setelah order; link dikirim di chat Fiverr.",  # id
    "Q: Can we hop on a quick call?\nA: Sure — once the order is placed, I'll start a Fiverr call from the order page.",  # en
    "1:1 mentoring: four Zoom sessions, scheduled in our Fiverr inbox after you order.",  # en
    "Mentoría 1:1: cuatro sesiones por Zoom, agendadas en la bandeja de Fiverr tras el pedido.",  # es
    "Zwei Zoom-Termine inklusive – terminiert im Fiverr-Postfach nach der Bestellung.",  # de
    "Duas sessões pelo Zoom, marcadas na caixa de entrada da Fiverr depois do pedido.",  # pt
    "Две сессии в Zoom; время согласуем во входящих Fiverr после заказа.",  # ru
    "Zoomセッション2回付き。日程はご購入後、Fiverrのメッセージで調整します。",  # ja
    "Due sessioni Zoom incluse, da fissare nella casella Fiverr dopo l'ordine.",  # it
    "İki Zoom oturumu dahil; saatleri sipariş sonrası Fiverr gelen kutusunda belirleriz.",  # tr
]

ERRORS = [  # the seller's twin of each: a written identifier, a route outside, a request to leave
    "Before ordering, add me on Skype: mike.coach.live and let's talk.",  # en
    "Agendemos la sesión por WhatsApp: +34 612 345 678.",  # es
    "Appelez-moi sur Skype (live:coach.julie) avant de commander.",  # fr
    "Buche die Session lieber direkt bei mir über calendly.com/jonas-coaching.",  # de
    "Me manda mensagem no WhatsApp para marcar a aula: 21 99876-5432.",  # pt
    "Scrivimi su Telegram @prof_marco per fissare la lezione.",  # it
    "Ссылку на Zoom пришлю в Телеграм, напишите мне @konsult_ivan.",  # ru
    "Umówmy się na konsultację przez WhatsApp: 512 345 678.",  # pl
    "Ders için bana Telegram'dan yazın: @ozel_ders_ali",  # tr
    "راسلني على تيليجرام @coach_omar لحجز الجلسة.",  # ar
    "सेशन बुक करने के लिए मुझे WhatsApp करें: 98765 43210",  # hi
    "辅导前先加我微信 tutor_wang2020 约时间。",  # zh
    "セッションの予約はLINE（ID: sensei_yumi）からどうぞ。",  # ja
    "수업 예약은 카톡 ID teacher_kim 으로 해주세요.",  # ko
    "Chat saya dulu di WA 0813-9876-5432 sebelum order.",  # id
    "Kết bạn Zalo 0987 654 321 để đặt lịch học nhé.",  # vi
    "Plan de sessie via mijn WhatsApp: 06 12345678.",  # nl
    "Boka sessionen direkt med mig på 070-123 45 67.",  # sv
    "We can do the review on Discord, add me: devmaster#4821",  # en
    "Schreib mir vorher auf WhatsApp, dann machen wir den Preis aus.",  # de
    "Para las clases, agrégame en Discord: profe_lu#2231",  # es
    "Includes a kickoff call — book it on my Calendly: calendly.com/ana-brand/30min",  # en
    "Live tutoring — add me on Discord first: tutor.ana",  # en
    "Llamada de 30 minutos por Zoom; agéndala en mi web anabrand.es/agenda",  # es
    "Appel vidéo de lancement : ajoutez-moi sur WhatsApp au 06 55 44 33 22.",  # fr
    "Den Termin machen wir per WhatsApp aus: 0176 11122233.",  # de
    "Созвон в Zoom — время согласуем в WhatsApp: +7 999 123 45 67.",  # ru
    "先加我QQ 12345678 约腾讯会议时间。",  # zh
    "打ち合わせはLINE通話で。ID: meet_haru",  # ja
    "미팅은 카톡 보이스톡으로 해요. ID: meet_sora",  # ko
    "Reunião pelo Meet; me chama no Zap 11 97777-6666 pra marcar.",  # pt
    "Call su Zoom: prenota direttamente su calendly.com/luca-design",  # it
    "Görüşme saati için WhatsApp'tan yazın: 0533 444 55 66",  # tr
    "نحدد موعد المكالمة عبر الواتساب: 0501234567",  # ar
    "Hẹn giờ gọi qua Zalo: 0901 234 567",  # vi
    "Jadwal meeting atur via WA: 0812 1111 2222",  # id
    "FAQ\nQ: Do we talk on Zoom?\nA: Yes, add me on Zoom first: kate.zoom.coach",  # en
    "P: ¿Hay llamada?\nR: Sí, llámame al +34 644 987 321.",  # es
    "Q : Peut-on se parler ?\nR : Oui, sur WhatsApp : 06 77 88 99 00.",  # fr
    "F: Gibt es ein Gespräch?\nA: Ja, ruf mich an unter 0176 4445566.",  # de
    "P: Tem chamada?\nR: Sim, me chama no WhatsApp 11 96655-4433.",  # pt
    "В: Будет созвон?\nО: Да, пишите в WhatsApp +7 916 555-44-33.",  # ru
    "S: Görüşme?\nC: Evet, WhatsApp: 0532 555 44 33.",  # tr
    "Weekly check-ins on WhatsApp — send me your number.",  # en
    "レッスン予約はメールで：sensei.lesson@gmail.com",  # ja
    "直播辅导请加微信 zhibo_teacher 预约。",  # zh
    "احجز الجلسة عبر واتساب: 0556677889",  # ar
    "लाइव क्लास के लिए WhatsApp करें: 98111 22334",  # hi
    "Kelas live, daftar via WA 0812-7788-9900.",  # id
    "Q: Can we hop on a quick call?\nA: Sure — my Zoom personal room is zoom.us/j/2837465123",  # en
    "1:1 mentoring — text me on WhatsApp to schedule.",  # en
    "Mentoría: agenda por WhatsApp, fuera de Fiverr.",  # es
    "Duas sessões pelo Zoom — marque comigo no Instagram @coach.bia.",  # pt
    "Две сессии в Zoom; время согласуем в Telegram @coach_irina.",  # ru
    "Zoomセッションの日程はLINE（ID: coach_aya）で調整します。",  # ja
    "Due sessioni Zoom, da fissare con me su WhatsApp 328 374 6512.",  # it
    "İki Zoom oturumu; saatleri Instagram'dan @koc_elif ile belirleriz.",  # tr
]

test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)
