"""Requests for the buyer's own contact detail read as errors in the languages
that put the verb last or glue the possessive (rt32/rt34 wording and session misses), and the
buyer's detail asked for the work, an order's number, or a form's label stay clean.

* the verb after the detail (tr, bn, hi, ur, fa, ja, ko, zh, ru): "Numaranı bırak", "আপনার
  নম্বর দিন", "अपना नंबर भेजें", "اپنا ای میل بھیج دیں", "メールアドレスを教えてください",
  "번호 남겨주세요", "把你的微信发给我" (buyer_detail_ask.py, `ask_buyer_after`);
* the verb first with "me" in fr, it, pl, ar, sw ("laissez-moi votre adresse e-mail", "podeślij
  mi swój numer", "أرسل لي رقم هاتفك", "nitumie namba yako") (`ask_buyer`);
* the possessive glued to the detail (tr "numaranı", ar "رقمك", fa "شماره‌تان": `channel_words`);
* clean: the number for a business card or flyer, an order's number ("sipariş numaranızı",
  "номер заказа", "ऑर्डर नंबर"), a request refused ("mat bhejiye"), a quoted form label,
  the buyer's customers filling a form, the buyer's website or needs asked for.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    # Turkish: the verb after the detail, the possessive glued to it
    "Numaranı bırak, seni arayayım.",
    "Numaranı bırakırsan fiyatı sesli mesajla anlatayım, daha hızlı olur.",
    "Sipariş vermeden önce telefon numaranızı yazın, sizi arayayım.",
    "WhatsApp numaranı gönder, örnekleri oradan atayım.",
    "- Ekstra: hızlı teslim\n- Önemli: e-posta adresinizi buraya bırakın, dosyaları oraya yollarım",
    # Bengali
    "আপনার নম্বর দিন, আমি কল করব।",
    "আপনার ইমেইলটা দিয়ে রাখুন, নতুন অফার এলে আমি নিজেই জানাব।",
    "অর্ডারের আগে আপনার হোয়াটসঅ্যাপ নম্বর পাঠান।",
    # Hindi, Roman Hindi, Urdu
    "अपना नंबर भेजें, मैं कॉल करूँगा।",
    "Order se pehle apna WhatsApp number bhejo.",
    "آرڈر سے پہلے اپنا ای میل بھیج دیں، میں نمونے وہیں بھیج دوں گا۔",
    # Persian
    "قبل از سفارش شماره‌تان را بفرستید تا تماس بگیرم.",
    # Japanese, Korean, Chinese
    "ご注文前に、お客様のメールアドレスを教えていただければ\n見積書をお送りします。",
    "주문 전에 연락처를 남겨주세요.",
    "**Q. 상담은 어떻게 하나요?**\nA. 번호 남겨주세요, 제가 전화드릴게요.",
    "把你的微信发给我，我加你。",
    # Russian, verb last
    "Ваш телеграм оставьте, я напишу сам.",
    # the verb first with "me" (fr, it, pl, ar, sw)
    "Avant de commander, laissez-moi votre adresse e-mail\npour que je vous envoie mon devis détaillé.",
    "Zanim złożysz zamówienie, podeślij mi swój numer telefonu, oddzwonię.",
    "قبل الطلب، أرسل لي رقم هاتفك لأتصل بك وأشرح لك التفاصيل.",
    "أرسل لي رقمك لأضيفك إلى مجموعة العملاء.",
    "الجلسة عبر زووم، وسأرسل لك التسجيل على بريدك —\nاكتب لي إيميلك هنا قبل الطلب.",
    "Kabla ya kuagiza, nitumie namba yako ya simu ili nikupigie tuzungumze kuhusu kazi.",
    # Thai, the verb glued before the detail
    "ก่อนสั่งงาน รบกวนส่งเบอร์โทรของคุณมา เดี๋ยวผมโทรไปคุยรายละเอียด",
    "ทิ้งอีเมลไว้ได้เลย เดี๋ยวผมส่งใบเสนอราคาให้",
    # a messenger with a possessive glued by a hyphen (id "WA-nya", "WA-ku"), no compound of the work
    "Kak, minta nomor WA-nya dong sebelum order, biar enak ngobrolnya.",
    "Nomor WA-ku ada di bio, chat aja ya.",
    # the seller's own button or channel (hi)
    "मेरी वेबसाइट के बटन से मुझे कॉल करें।",
    "मुझे WhatsApp पर कॉल करें।",
    # the detail is how the seller reaches the buyer, whatever work the sentence names
    "Before ordering, please send me your phone number so I can call you\nand walk you through the packages.",
    "Drop your WhatsApp number so I can call you about the package details.",
]

CLEAN = [
    # the buyer's number is part of the work (a business card, a flyer)
    "Kartvizitte olacak numaranızı yazın.",
    "আপনার ভিজিটিং কার্ডে নম্বর দিন, আমি ডিজাইন করব।",
    "बिज़नेस कार्ड पर अपना नंबर लिखें, मैं डिज़ाइन करूँगा।",
    "명함에 넣을 번호를 알려주세요.",
    "把你的微信二维码放到名片上，发给我设计稿。",
    # an order's number
    "Sipariş numaranızı yazın, kontrol edeyim.",
    "আপনার অর্ডার নম্বর দিন, আমি স্ট্যাটাস দেখে নেব।",
    "ऑर्डर नंबर भेजें, मैं स्टेटस देख लूँगा।",
    "Номер заказа пришлите в чате Fiverr.",
    "Send me your order number and I will check the delivery.",
    # refused, or the buyer's customers and a form's label
    "Kripya apna phone number mat bhejiye.",
    "अपना नंबर मत भेजें, सारी बात यहीं होगी।",
    "Formda müşterileriniz numaralarını bırakır, size e-posta gelir.",
    "Web sitenize «Numaranızı bırakın» butonu eklerim.",
    "ウェブサイトのお問い合わせフォームに「メールアドレスを教えてください」欄を作ります。",
    # the buyer's site, needs or brief asked for
    "把你的网站链接发给我，我先看看。",
    "注文后，在Fiverr聊天里把你的需求发给我。",
    "अपनी वेबसाइट का नाम बताइए।",
    "أضيف رقمك إلى بطاقة العمل.",
    # the buyer's number for the work, and the buyer's customers calling the buyer
    "Send me your phone number for the business card so I can print it.",
    "Share your phone number for the Call button so your customers can call you.",
    "ผมออกแบบนามบัตรให้ พร้อมใส่เบอร์โทรของคุณในนามบัตร",
    # the buyer's bot or profile as the work, with the same "-nya"
    "Saya buat bot WA-nya untuk toko Anda.",
    "Minta username IG-nya untuk audit akun.",
    # a button the seller builds on the buyer's site, the buyer's customers calling the buyer (hi, ur, th)
    "ग्राहक आपकी वेबसाइट के 'कॉल करें' बटन से सीधे आपको फ़ोन कर सकेंगे।",
    "आपकी वेबसाइट पर WhatsApp बटन लगाऊँगा, ग्राहक सीधे आपको मैसेज करेंगे।",
    "آپ کی ویب سائٹ پر واٹس ایپ بٹن لگا دوں گا تاکہ گاہک آپ سے رابطہ کریں۔",
    "ผมจะติดปุ่ม LINE บนเว็บไซต์ของคุณ ให้ลูกค้าทักคุณได้ทันที",
    # English words that are Turkish verbs (forum posts of the real-text scan)
    "And this is how we arrive at seller number 3. This seller received the same requirement.",
    "I have received three different email from Fiverr at the same time on my previous account.",
]

test_buyer_detail_requests_are_errors, test_work_orders_and_labels_stay_clean = severity_tests(ERRORS, CLEAN)
