"""Pointers to an identifier without writing it (identifier_pointers.py).

An identifier word ("handle", "ID", "@", "number", "QR code", "नंबर", "নম্বর", "آیدی", "号",
"주소") with where it can be read (a profile photo, a gallery image, a video, the avatar) or
how it is made ("exactly the same as my username here", "igualzinho ao daqui", "小文字にした
もの", "뒤에 … 붙이시면"), and the seller's possessive in the sentence, in any word order:
an error with the channel the sentence (or the one before it) names, or the identifier's own
kind (a number, an email); a warning when the seller only offers other means of contact.

Honest neighbours: the portfolio in the gallery, the sample video, the buyer's username on a
certificate, the QR code designed for the buyer's menu, the marketplace username as the
reference ("my username here matches my studio name"), a count shown in an image, the
buyer's number put on their design (also with the Indonesian and Hindi possessive after or
before the noun), a channel as the work.
"""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

ERRORS = [
    "I post my newest edits on Insta every day — the handle is exactly the same as my username here, just search it.",
    "My TikTok handle is exactly the same as my username here.",
    "On Discord the ID is the same as my username here, all lowercase.",
    "Meu @ no Instagram é igualzinho ao daqui, chama na DM!",
    "O meu @ do TikTok é igualzinho ao daqui.",
    "Mi @ de Instagram es igualito al de aquí.",
    "آیدی تلگرامم همان نام کاربری‌ام در این‌جاست؛ همان را جستجو کنید.",
    "آیدی اینستاگرامم همون نام کاربری‌ام اینجاست.",
    "詳しいご相談はLINEでどうぞ。IDはこのサイトの私のユーザー名をすべて小文字にしたものです。",
    "LINEのIDは私のユーザー名を小文字にしたものです。",
    "我的微信号就是我的店铺名，直接搜索加我。",
    "我的QQ号就是我的店铺名。",
    "Muốn xem thêm mẫu thì tìm tên shop của mình trên Zalo nhé, tên y hệt tên tài khoản ở đây.",
    "견적은 메일로 보내 드려요. 주소는 제 유저네임 뒤에 네이버 닷컴만 붙이시면 됩니다.",
    "QQ号就是我头像图片里那串数字，加的时候备注“接单”。",
    "微信号就在我头像图片里。",
    "उत्तर: हाँ, मेरी प्रोफ़ाइल फोटो में जो नंबर लिखा है, उस पर व्हाट्सऐप कर दीजिए।",
    "मेरी प्रोफ़ाइल फोटो में मेरा व्हाट्सऐप नंबर लिखा है।",
    "আমার গিগ গ্যালারির তৃতীয় ছবির নিচের কোণায় আমার হোয়াটসঅ্যাপ নম্বর দেওয়া আছে, সেখানে মেসেজ দিন।",
    "আমার প্রোফাইল ছবিতে আমার হোয়াটসঅ্যাপ নম্বর আছে।",
    "Cek QR code di gambar terakhir galeri gig ini ya kak, langsung scan buat chat WA sama saya 🙏",
    "Scan QR code di gambar kedua galeri saya untuk chat WA.",
    "Mon numéro est affiché à la fin de la vidéo de présentation, appelez-moi directement.",
    "Mi número aparece al final del video de presentación, llámame.",
    "My WhatsApp number is in the bottom corner of the third gallery image.",
    "मेरा पूरा पोर्टफ़ोलियो मेरे नाम से गूगल करने पर पहली वेबसाइट पर है, वहीं के कॉन्टैक्ट फ़ॉर्म से मुझे सीधे लिखें।",
    "- Instagram: the handle is the same as my username here\n  (all lowercase)",
    "**Q: Where can I see more?**\nA: My Telegram ID is exactly the same as\nmy username here.",
    "我的微信号\n就是我的店铺名。",
    "Mon numéro est affiché\nà la fin de la vidéo de présentation.",
    "আমার হোয়াটসঅ্যাপ নম্বর\nগ্যালারির শেষ ছবিতে আছে।",
    "Cek link di bio YouTube saya, di situ ada kontak WA 👍",
    "Check the link in my bio, my WhatsApp contact is there.",
    # (detY: the seller's site given by a recipe for its address is the address written, an error as rt26
    # labels it; it was a warning here)
    "Mon site perso (mon nom + .fr) a un formulaire\nde contact : passez-y pour un devis.",
    "My personal website (my name + .com) has a contact form.",
]

WARNINGS = [
    "A: Ask me in chat — there are a couple of other options I can tell you about.",
    "Mình có một kênh riêng dành cho khách quen, muốn vào thì nhắn hỏi mình nhé.",
    "আমার অন্য যোগাযোগের মাধ্যমগুলো জানতে চাইলে ইনবক্সে জিজ্ঞেস করুন।",
    "نام کاربری‌ام در شبکه‌های دیگر فرق دارد؛ اگر کنجکاوید بپرسید.",
]

CLEAN = [
    "My portfolio is in the gallery.",
    "See the sample video for the editing style.",
    "Your username will appear on the certificate.",
    "The QR code I design for your menu links to your own ordering page.",
    "My username here matches my studio name, so you'll recognise the watermark on the demo files.",
    "The number of revisions is shown in my gallery images.",
    "I will add your WhatsApp number to the flyer image.",
    "My WhatsApp chatbot demo is shown in the video.",
    "আপনার লোগো আর নম্বর ছবিতে বসিয়ে দেব।",
    "मैं आपकी प्रोफ़ाइल फोटो में आपका नंबर जोड़ दूँगा।",
    "我会把您的微信二维码放在海报图片里。",
    "Saya pasang tombol WhatsApp di website kamu — cukup isi nomor bisnis kamu di form pesanan.",
    "Aapke Insta bio me link aur @aapka_username ka proper setup karunga",
    "O número que aparece na capa é o total de projetos entregues.",
    "Les chiffres affichés à la fin de la vidéo sont les résultats de mes clients.",
    "고객님의 이메일 주소를 서명 이미지에 넣어 드립니다.",
    "我的头像是我自己画的插画。",
    "Our package has a couple of other options you can add at checkout.",
    "I can tell you about other options for the logo style.",
    "Mình có kênh riêng trên YouTube chia sẻ mẹo thiết kế.",
    "The ID numbers in the sample spreadsheet image are made up.",
    "My phone photography samples are in the gallery.",
    "My email marketing samples are in the gallery.",
    "I blurred the phone number in my client video",
    "Saya tambahkan tombol WhatsApp, QR code WhatsApp Business Anda dan widget Messenger di website Anda.",
    # identity documents and the phone as a device (forum posts on verification)
    "I need to verify my account with an ID photo but I can't go further.",
    "Using my phone I uploaded my ID card image, then it asked for a selfie again and I face the same problem.",
    "I sent the edited image to my phone and started the verification.",
    "Lihat video saya di YouTube, di situ ada contoh editan.",
    "My Instagram bio links to my portfolio, there you can see the reels.",
    "Mon site perso présente mes projets de design.",
    "I build your website with the same layout as my portfolio.",
]

test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)

test_other_contacts_offered_are_warnings = warning_tests(WARNINGS)
