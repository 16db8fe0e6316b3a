"""The marketplace left by a verb of leaving it ("we'll leave the platform",
"on quittera la plateforme", "buradan çıkıp devam edelim", "我们离开平台").

Each verb of leaving (`leave_marks_before`, `leave_marks_after`, `left_phrases`) pairs with every
word of the place (`off_places`): an off-platform phrase that is its own action, so "we"
beside it makes a request to leave (leave_requests.asked_away). Honest neighbours: the
seller refusing it, a condition on the buyer ("if you leave the site"), others leaving, the
place as an owner ("the site's reviews").
"""
from __future__ import annotations

from contact_support import severity_tests

WE_LEAVE = [
    "After the first order we'll leave the platform.",
    "Once the draft is approved, we will leave the site and finish the rest.",
    "Después del primer pedido dejamos la plataforma.",
    "Depois do primeiro pedido saímos da plataforma.",
    "Nach dem ersten Auftrag verlassen wir die Plattform.",
    "Dopo il primo ordine lasciamo la piattaforma.",
    "После первого заказа уйдём с площадки.",
    "İlk işten sonra buradan çıkıp devam edelim, daha rahat konuşuruz.",
    "Setelah order pertama kita keluar dari platform.",
    "第一单之后我们离开平台继续合作。",
    "첫 주문 후에는 우리 플랫폼을 떠나요.",
    "Po pierwszym zleceniu wychodzimy z platformy.",
    "Pour la suite du projet, on quittera la plateforme : je vous dirai où me retrouver.",
    "Na het eerste project verlaten we het platform.",
    "### Long projects\nAfter the first milestone\nwe'll leave the platform.",
]

STAYS = [
    "I will never ask you to leave the platform.",
    "Many sellers leave the platform after a year.",
    "Don't leave the platform, it protects your payment.",
    "If you leave the site before paying, your cart is saved.",
    "We leave the site's review system to Fiverr.",
    "We will never leave the platform: everything stays here.",
    "Si dejamos la plataforma perdemos la protección, así que todo queda aquí.",
    "Nunca dejamos la plataforma: todo se paga aquí.",
    "我们不会离开平台。",
    "很多卖家离开平台。",
    "Leave the platform fees to me, I include them in the price.",
    # real forum text: the seller's own leaving, the buyer's, a past decision
    "I'm leaving fiverr for a while. At least until they forget about me.",
    "I heard when you leave Fiverr for several days, your rating might drop.",
    "i register here in 2017 but i didn't get any order so i decided to quit fiverr, in this time",
]

test_we_leave_the_platform_is_an_error, test_honest_leaving_words_stay_clean = severity_tests(WE_LEAVE, STAYS)
