"""Requests to leave read where they were missed before: the marketplace or its chat as
what the talk goes instead of ("Talk directly with me instead of the Fiverr chat"), the
marketplace needed no more in a negated phrase ("Future orders won't need to go through
here"), the marketplace's chat carried away ("move this chat somewhere private"), the
orders to come booked with the seller ("Next time order from me directly", "order directly
from me"), a direct deal in Korean and Devanagari, the marketplace's inbox skipped or
bypassed, "message me there" after another place, discussing elsewhere as an infinitive. The honest twins stay clean: the seller's past said by a time
("We decided to quit fiverr last year", "I used to work outside Fiverr"), refusals of a
direct deal, the marketplace's own inbox, the buyer's customers."""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

REQUESTS = [
    "Talk directly with me instead of the Fiverr chat.",
    "Let's talk on WhatsApp instead of Fiverr.",
    "Habla directamente conmigo en lugar del chat de Fiverr.",
    "Parle-moi directement au lieu de passer par Fiverr.",
    "Future orders won't need to go through here.",
    "Next orders won't have to go through Fiverr, just message me.",
    "Los próximos pedidos ya no necesitan pasar por aquí.",
    "Let's continue this chat somewhere private.",
    "Move this chat somewhere private after the first order.",
    "Next time order from me directly.",
    "직거래 하시면 수수료 없이 해드려요.",
    "सीधे डील करेंगे तो कोई फीस नहीं लगेगी।",
    "Skip the Fiverr inbox and reach me directly.",
    "Let's bypass Fiverr for the next order.",
    "You can order directly from me next time, it's cheaper.",
    "I'm more responsive on other apps, message me there.",
    "Можем обсудить детали в другом месте.",
    "Ich würde lieber außerhalb der Plattform mit dir sprechen.",
    "Wir können das gerne woanders besprechen.",
    "Prefiero continuar en otro lado.",
    "Once we know each other, we won't need Fiverr anymore.",
    "After the first order I'll give you a way to reach me outside.",
    "나머지는 우리끼리 따로 처리해요.",
    "बाकी काम हम सीधे आपस में कर लेंगे।",
    "Fuori da questo sito costo il 30% in meno, scrivimi.",
    "पहला ऑर्डर यहाँ, उसके बाद सीधे मुझसे काम करवाइए, फीस बचेगी।",
    "Baada ya oda ya kwanza tunaweza kuendelea moja kwa moja bila kupitia hapa.",
    "Let's keep it between us, I'll give you a better number than the checkout shows.",
    "Returning clients can book me directly, no platform needed.",
]

HONEST = [
    "We decided to quit fiverr last year.",
    "I used to work outside Fiverr for agencies.",
    "I used to sell outside Fiverr years ago, now I only work here.",
    "Last year I used Fiverr instead of Upwork.",
    "직거래는 하지 않습니다. 모든 거래는 플랫폼 안에서 진행됩니다.",
    "सीधे डील नहीं करता, सब कुछ Fiverr पर ही होता है।",
    "Your customers won't need to go through a checkout page.",
    "We'll talk in the Fiverr inbox.",
    "Let's continue in this chat after you order.",
    "Move the logo somewhere else on the banner.",
    "Sellers who ask to go off-site get banned.",
    "Ich kann nicht außerhalb der Plattform mit dir sprechen.",
    "Wir können gerne über deine Präsenz auf anderen Plattformen sprechen.",
    "Можем обсудить, как продвигать ваш бренд на других площадках.",
    "Puedo continuar tu proyecto en otro lado del diseño.",
    "Prefiero continuar con la siguiente revisión.",
    "The files come directly from me, not from a team.",
    "You'll get the source files directly from me in the order page.",
    "Never skip the Fiverr inbox: all messages stay here.",
    "Scammers ask buyers to bypass Fiverr; please report them.",
    "I'll talk with you directly here in the Fiverr chat, no assistants.",
    "Some sellers quoted higher and were asked to contact them directly rather than through Fiverr.",
    # a forum post: the "we" of an earlier line is not who is asked to deal
    "Once we ask them about it ,they won't respond any more\n2.In the buyer request the amount is higher and"
    " were asked to contact them directly rather than through Fiverr.",
    "With my templates we won't need the site builder.",
    "Once your shop is live, you won't need Fiverr for small updates.",
    "After the order I won't give you a way to reach me outside, everything stays here.",
    "나머지는 주문 페이지에서 처리해요.",
    "बाकी काम हम Fiverr पर ही कर लेंगे।",
    "Everything you share stays between us, and bundles get a better price.",
    "Consegna in meno di 24 ore, il 20% in meno per ordini multipli su Fiverr.",
    "Fuori da questo sito non lavoro.",
    "उसके बाद सारी बातचीत Fiverr पर ही होगी।",
    "Baada ya oda ya kwanza tutaendelea kuzungumza hapa hapa kwenye Fiverr.",
    "Next time your customers can book appointments directly on your site.",
    "Returning clients get 10% off their next order here.",
    "Future jobs get priority in my queue.",
    # a forum post: the seller's own career, "I" alone leaving
    "There isn't an option to reject a past buyer for future gigs, some buyers come to me first but I hate"
    " working with them so much I'm leaving fiverr.",
]


# Mere hints stay warnings: no request, no identifier.
HINTS = [
    "You can find me elsewhere too.",
    "I'm on other sites too.",
    "I'm reachable outside this site too.",
    "For faster answers reach me where my name is the same.",
]

test_request_to_leave_is_an_error, test_honest_twin_stays_clean = severity_tests(REQUESTS, HONEST)
test_hints_stay_warnings = warning_tests(HINTS)
