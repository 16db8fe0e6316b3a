"""Leaving the marketplace said by the place left, with no channel
(rt29/rt30 leaving and exemption misses), with variants of our own in other languages,
fields and line breaks, and the honest sentences next to them.

* the site or platform left, gone around, not gone through or stood outside of, said of a
  deal or of working on, in hi, bn, fa, ja, ko, vi, zh, ar, tr, ru and en ("प्लेटफ़ॉर्म
  छोड़कर सीधे एग्रीमेंट", "サイトを通さず直接お取引", "بیرون از سایت و با قرارداد") — contracts
  and transactions count as deals;
* a word of privacy beside the place left ("arranged privately, off this site"), the
  marketplace named as that place ("privately, outside Fiverr");
* going on with the seller out of here ("continuar comigo fora daqui"), the talk moved
  "somewhere less restricted", "directly between us" after cancelling the order;
* the next orders straight to the seller ("doğrudan bana … %20 daha ucuz", "paid straight
  to my Payoneer");
* hints, a warning: "besides here", "outside too", active or reached in other places
  (ko, vi, hi, bn, fa, es, en);
* the place left as any pair of a word of leaving and a word of the place
  (`off_marks_before`/`off_marks_after` × `off_places`), not a phrase list;
* refusals said after what they refuse in fa, hi, bn ("پرداخت خارج از سایت را نمی‌پذیرم").
"""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

ERRORS = [
    # the platform left or not gone through, said of a deal or of working on (hi, bn, fa, ja, ko, vi, zh, ar, tr, ru, en)
    "बड़े प्रोजेक्ट्स के लिए हम प्लेटफ़ॉर्म छोड़कर सीधे एग्रीमेंट कर लेंगे।",
    "पहले ऑर्डर के बाद हम साइट के बाहर एग्रीमेंट कर सकते हैं।",
    "- नियमित क्लाइंट: प्लेटफ़ॉर्म के बाहर\nअलग एग्रीमेंट",
    "প্রথম অর্ডারের পর আমরা সাইটের বাইরে চুক্তি করতে পারি।",
    "বড় প্রজেক্টে আমি বাইরে আলাদা চুক্তিতে কাজ করি।",
    "قراردادهای بلندمدت را بیرون از سایت می‌بندیم.",
    "بعد از سفارش اول، بقیه کار را خارج از پلتفرم با قرارداد جداگانه انجام می‌دهیم.",
    "次回からはサイトを通さず直接お取引できます。",
    "**Q: 継続依頼は？**\nA: 2回目以降はプラットフォームを介さず直接お取引いただけます。",
    "두 번째 주문부터는 사이트를 거치지 않고 직접 거래해요.",
    "장기 프로젝트는 플랫폼 밖에서 계약해요.",
    "Lần sau mình giao dịch ngoài nền tảng cho rẻ nhé.",
    "第二单开始我们不通过平台直接交易。",
    "المشاريع الكبيرة نتفق عليها خارج الموقع بعقد منفصل.",
    "Büyük projelerde sözleşmeyi site dışında yaparız.",
    "Следующие заказы оформим не через площадку, а напрямую.",
    # working on outside the platform, and the fee as the reason
    "After the first order we can keep working outside the platform,\nso neither of us loses 20% to the service fee.",
    "Once the first gig is done, we could keep working off the platform.",
    "Retainers are arranged privately, off this site.",
    "Monthly retainers are handled privately, outside Fiverr, after one order.",
    "After this first order, let's work directly — no need to go through Fiverr for the next ones.",
    "For the next ones there's no need to go through Fiverr, we deal directly.",
    # between us, cancelling the order
    "Storniere die Bestellung einfach, dann machen wir das direkt untereinander aus –\nspart uns beiden Geld.",
    "Cancela el pedido y lo arreglamos directamente entre nosotros.",
    "Annule la commande, on règle ça directement entre nous.",
    # going on with the seller out of here, the talk moved somewhere freer
    "Depois que eu entregar, me avisa que te explico como continuar comigo fora daqui.",
    "Después de la entrega podemos continuar conmigo fuera de aquí.",
    "This site limits what I can say. Let's move the conversation somewhere less restricted —\nreply \"ok\" and I'll explain how.",
    "Let's take the chat somewhere freer, ask me how.",
    # next orders straight to the seller, cheaper
    "İlk siparişi Fiverr'dan verin, sonraki\nsiparişleri doğrudan bana verebilirsiniz —\n%20 daha ucuz olur.",
    "Place the first order on Fiverr so we're official ✔️ — after that, repeat orders can be paid straight to my Payoneer at 10% off.",
    "Repeat orders: pay straight to my Wise, 10% cheaper.",
    # the place left as any pair of a word of leaving and a word of the place
    "Big projects we sign beyond this site.",
    "プラットフォームの外でお取引しましょう。",
    "플랫폼 외부에서 계약해요.",
    "Проекты оформим за пределами площадки, договоримся.",
    "بعد از سفارش اول قرارداد را بیرون از پلتفرم می‌بندیم.",
    "Os próximos contratos fechamos por fora da plataforma.",
    # Dutch "ander" before a neuter noun, the split verb closed by its particle
    "Daarna gaan we op een ander platform verder.",
]
WARNINGS = [
    "저는 다른 곳에서도 활동 중이에요. 궁금하시면 찾아보세요 ㅎㅎ",
    "다른 곳에서도 활동하고 있으니 궁금하면 물어보세요.",
    "Mình có trang riêng ở ngoài nữa, muốn biết thì hỏi nhỏ mình nhé.",
    "मेरे बारे में और जानना है? बाहर भी मेरी मौजूदगी है, बस पूछ लीजिए।",
    "এখানে ছাড়াও আমার আরও কিছু পরিচিত জায়গা আছে, জানতে চাইলে বলবেন।",
    "جاهای دیگری هم هستم که راحت‌تر می‌شود صحبت کرد؛ اگر خواستید بگویید.",
    "También estoy en otras partes, si te interesa pregúntame.",
    "Not seeing a package that fits? I can be\nreached through other channels as well.",
    "Besides here, I'm around on a few other sites — just ask.",
    "Além daqui, também estou em outros cantos. É só perguntar.",
]
CLEAN = [
    # refusals after what they refuse
    "## قوانین همکاری\nشماره تماس یا آیدی تلگرام نمی‌دهم و\nپرداخت خارج از سایت را نمی‌پذیرم.",
    "मैं प्लेटफ़ॉर्म के बाहर कोई एग्रीमेंट नहीं करता।",
    "আমি প্ল্যাটফর্মের বাইরে কোনো চুক্তি করি না।",
    "サイトを通さない直接取引はお断りしています。",
    # the platform as the subject of the work, on-platform dealing
    "I build landing pages for SaaS platforms and marketplaces.",
    "All contracts and payments stay on Fiverr, start to finish.",
    "Depois da entrega, podemos continuar comigo aqui no Fiverr com um novo pedido.",
    "Se gostar, pode continuar comigo em novos pedidos.",
    "Repeat orders get 10% off through a Fiverr custom offer.",
    "I integrate Payoneer straight into your checkout.",
    "You work directly with me, no middlemen — everything runs through the Fiverr order page.",
    "I review your contract clauses and agreements for plain-English issues.",
    "Clear communication between us is key; I reply within hours in the Fiverr inbox.",
    "다른 플랫폼용 썸네일도 제작해 드립니다.",
    "Tôi thiết kế giao diện bên ngoài cho ứng dụng của bạn.",
    "Let's keep working on your project here until you're happy.",
    "I arranged music for films outside of Fiverr.",
    "Customers reached through other channels convert better",
    "I can be reached 24/7 in the Fiverr inbox.",
    "Your brand can be found on other platforms after launch.",
    "I design websites for any platform.",
    "I work outside office hours.",
    "Was wir besprechen, bleibt unter uns.",
    "Die Aufgaben verteilen wir im Team untereinander.",
    "Wir stimmen uns untereinander ab und liefern über Fiverr.",
    "Ik maak thumbnails voor elk ander platform.",
    "Uw app draait op een ander platform verder.",
]

test_leaving_is_an_error, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)

test_found_elsewhere_without_a_channel_is_a_warning = warning_tests(WARNINGS)
