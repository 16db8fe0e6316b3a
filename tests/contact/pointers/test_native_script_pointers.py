"""Pointers and identities in Chinese, Japanese, Hindi, Bengali and
Persian, where the held-out sets' recall is lowest.

* the number and the mail named in Devanagari, Bengali and Persian script (`channel_words`,
  Persian with its possessive ending: "شماره‌ام", "شماره واتساپم"), pointed into the bio or
  profile with its "in" (`media_places_located`: "बायो में", "প্রোফাইলে", "در بیو") or the
  Japanese "see the profile" ("プロフィール参照");
* the ID "the same as my shop's name" (`pointer_phrases`: "和店铺名一样", "शॉप के नाम जैसी",
  "দোকানের নামের মতো", "همون اسم فروشگاه");
* WhatsApp, Telegram and Instagram named in Bengali, Persian and Hindi script; KakaoTalk's
  open chat ("오픈카톡"); the Korean contact details ("연락처") pointed to the profile ("프로필
  참고") or into media with the locative "에" ("이미지에"), not the customer's ("고객 …");
* "my account @name" with the possessive glued (ja, zh) or suffixed (fa), after Chinese or
  Japanese characters (`own_account_phrases`; the owner's boundary treats those as outside
  words).

Honest neighbours: page numbers, the buyer's number put on their design, the platforms as
the subject of the work, the marketplace profile pointed to with no contact detail.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    # pointers into the bio or profile
    "連絡先はプロフィール参照でお願いします",
    "मेरा नंबर बायो में है, वहाँ मैसेज करें",
    "WhatsApp नंबर बायो में है",
    "व्हाट्सएप नंबर प्रोफाइल में दिया है",
    "হোয়াটসঅ্যাপ নম্বর প্রোফাইলে দেওয়া আছে",
    "হোয়াটসঅ্যাপ নম্বর বায়োতে আছে",
    "شماره‌ام در بیو هست",
    "شماره واتساپم توی پروفایله",
    "شماره تماس در پروفایل هست",
    # the ID the same as the shop's name
    "我的微信号和店铺名一样",
    "微信同店名，直接搜",
    "微信号就是店名",
    "LINEのIDはショップ名と一緒です",
    "मेरी इंस्टा आईडी मेरे शॉप के नाम जैसी ही है",
    "Instagram ID शॉप के नाम जैसा है",
    "আমার ইনস্টাগ্রাম আইডি দোকানের নামের মতোই",
    "آیدی تلگرامم همون اسم فروشگاهمه",
    "آیدی اینستام همون اسم فروشگاهمه",
    # the channels named in native script with an identifier
    "واتساپم: 09121234567",
    "টেলিগ্রাম আইডি: rahim_design",
    "इंस्टाग्राम पर @priya.art पर मैसेज करें",
    # Korean contact details pointed to the profile or into media; KakaoTalk's open chat
    "연락처는 프로필 참고해 주세요",
    "자세한 연락처는 프로필 링크 참고",
    "제 연락처는 상세페이지 이미지에 있어요",
    "고객님, 제 연락처는 프로필 참고해 주세요",
    "오픈카톡 아이디: jiwoo_design",
    # my account @name
    "## Instagram運用代行\n実績は私のアカウント @mika_snslab をご覧ください。\nDMでのご相談も歓迎です。",
    "作品请看我的账号 @lin_design88",
    "포트폴리오는 제 계정 @jiwoo.design 에서 보세요",
    "काम देखने के लिए मेरा पेज @priya.art देखें",
    "আমার পেজ @rahim.art দেখুন",
    "نمونه کارها توی پیجم @sara.design",
]

CLEAN = [
    # page numbers and the buyer's number on their design
    "पेज नंबर हर पेज पर होगा",
    "আপনার ফোন নম্বর লোগোতে যোগ করব",
    "شماره صفحات در فایل PDF",
    "आपका नंबर विज़िटिंग कार्ड पर छपेगा",
    # the platforms as the subject of the work
    "আমি ইনস্টাগ্রাম পোস্ট ডিজাইন করি",
    "من پست اینستاگرام طراحی می‌کنم",
    "मैं इंस्टाग्राम रील्स एडिट करता हूँ",
    "টেলিগ্রাম বট তৈরি করে দেব",
    # the marketplace profile pointed to with no contact detail
    "詳細はプロフィール参照",
    "पोर्टफोलियो प्रोफाइल में देखें",
    "نمونه کارها در پروفایل هست",
    # the customer's contact details are the work; KakaoTalk's open chat as the work
    "고객님 연락처를 명함 이미지에 넣어 드립니다",
    "고객 전화번호를 전단지 이미지에 넣어요",
    "오픈채팅 이모티콘 제작",
    "연락처 디자인 포함 명함 제작",
    "포트폴리오는 프로필 참고해 주세요",
    # the buyer's account is the work
    "御社のアカウント @yourbrand を運用します",
    "お客様のアカウント @shop_official の投稿を作成",
    "我会管理您的账号 @your_shop",
]


test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)
