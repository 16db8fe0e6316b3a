"""The marketplace's way compared with the seller's own, the marketplace's the worse one: dearer
or slower here than directly, or cheaper, quieter directly than here, in both word orders and
with "than" said as a postposition or an ending ("より", "से", "-dan ... daha"); or the
marketplace said dearer and the seller's own way offered after it (market_compared.py). A
request to leave: an error. The marketplace named as the better one, two other things compared,
a question and the seller's past stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Ordering here costs you 20% more than ordering from me personally.",
    "Ordering from me personally is 20% cheaper than ordering here.",
    "Buying through this site costs 20% more than buying directly from me.",
    "The same logo costs less on my own website than on Fiverr.",
    "The order page is slower than dealing with me directly.",
    "Let's sort out the details somewhere quieter than this inbox.",
    "Pedir aquí te cuesta un 20% más que pedirme directamente a mí.",
    "Directamente conmigo sale un 20% más barato que aquí.",
    "Hier zu bestellen kostet 20% mehr als direkt bei mir.",
    "Commander ici coûte 20% de plus que directement avec moi.",
    "Ordinare qui costa il 20% in più che direttamente con me.",
    "Заказ здесь стоит на 20% дороже, чем напрямую у меня.",
    "Zamówienie tutaj kosztuje 20% więcej niż bezpośrednio u mnie.",
    "Pesan di sini 20% lebih mahal daripada langsung ke saya.",
    "Đặt ở đây đắt hơn 20% so với đặt trực tiếp với mình.",
    "Burada sipariş vermek, doğrudan benden almaktan %20 daha pahalı.",
    "यहाँ ऑर्डर करना सीधे मुझसे लेने से 20% महंगा है।",
    "الطلب هنا أغلى بـ 20% من الطلب مباشرة مني.",
    "ここで注文すると直接私に頼むより20%高くなります。",
    "在这里下单比直接找我贵20%。",
    "Ordering here costs more because of the fees. Message me directly and we both save.",
    "Compared to ordering directly, ordering here costs 20% more.",
    "It's much faster to reach me directly than through this inbox.",
    "Par rapport à ici, c'est 20% moins cher directement avec moi.",
    "直接私に頼むより、ここで注文すると20%高いです。",
    "직접 거래하면 여기보다 20% 더 싸요.",
    "الطلب من هنا أغلى بسبب عمولة الموقع، تواصل معي مباشرة ونوفر على بعض في الطلب الجاي.",
]

CLEAN = [
    "Ordering the premium package costs 20% more than the basic.",
    "The inbox here is slow on weekends, so I reply within 24 h.",
    "My site is cheaper to host on Netlify than on Heroku.",
    "I used to sell for less on my own site than on Fiverr.",
    "Is it cheaper to order directly than here?",
    "I reply faster here than by email.",
    "Our agency charges 20% more than freelancers here.",
    "Your customers pay 20% less on your own website than on Amazon.",
    "Hier bestellen ist sicherer und schneller als direkt.",
    "Ordering here costs no more than ordering from other sellers.",
    "Ordering here costs more than a template, because every logo is drawn from scratch. I work directly with each client.",
    "Express delivery here costs more. You get the files directly in the order page.",
]

test_the_marketplace_said_the_worse_way_is_an_error, test_other_comparisons_stay_clean = severity_tests(ERRORS, CLEAN)
