"""The offer and precision families: the general causes behind the
rt9a and rt10 blind sets' misses and false alarms, each with variants of our own in
several languages and the honest sentences an editor must leave alone.

* payment: gratuities and what is left to pay are money ("Tips can go to my PayPal",
  "mandar o restante pelo Pix"); a route said acceptable with no pay verb ("Western Union
  or MoneyGram fine"); "also" after the service in its clause ("havale/EFT ile de");
* leaving: the marketplace negated after an off-platform phrase ("privately, not through
  here"); a bill of the seller's own ("invoice your company directly"); the seller found
  "elsewhere" after a search verb ("Man findet mich auch woanders"); another arrangement
  hinted at; a way to the seller's work cheaper, to be asked for;
* wording: promises of the seller's details in ro, uk, sw, pl, nl;
* precision: the seller's past outside the marketplace ("My past jobs outside Fiverr"),
  "tips" as advice, an arrangement with what it is for, presence as the work;
* packs: the marketplace's name in the shared lists is each pack's ("{marketplace}").
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst
from table_support import table_test

from gigcheck import lint_text, load_config
from gigcheck.scan.market_names import with_marketplace

PAYMENT_ERRORS = [
    # gratuities to the seller's own account
    "Tips after the order can go to my PayPal, totally allowed.",
    "Propinas a mi PayPal, si quieres.",
    "Pourboire bienvenu sur mon Lydia.",
    "Чаевые можно на карту Сбербанка.",
    "Bahşiş için Papara hesabım açık.",
    # what is left to pay
    "Depois do pedido, pode mandar o restante pelo Pix que é mais rápido.",
    "The rest you can send through Payoneer.",
    "El resto por Bizum y listo.",
    "Il saldo con bonifico, va bene?",
    # a route said acceptable, no pay verb
    "Western Union or MoneyGram fine for buyers who can't use cards.",
    "Zelle ok for US buyers.",
    "Remitly or WorldRemit fine if you're abroad.",
    # "also" after the service
    "Papara veya havale/EFT ile de ödeme alıyorum.",
    "Havale ile de ödeme alıyorum.",
    "Wise de kabul ediyorum.",
    "Gratuities are welcome on my Venmo after delivery.",
    "Any tip can go straight to my Cash App.",
    "Gorjetas são bem-vindas no meu Pix.",
    "Remaining balance via Wise after approval.",
    "O resto você manda no Pix depois da entrega.",
    "Le solde par virement, c'est plus simple.",
    "Sisanya transfer ke BCA ya kak.",
    "Resztę przelewem na konto.",
    "Het restant via Tikkie graag.",
    "Kalan tutarı havale ile gönderebilirsiniz.",
    "Остаток можно перевести на карту.",
    "MoneyGram works for international buyers.",
    "Western Union para clientes de fuera.",
    "Skrill and Neteller both fine.",
    "Zelle is okay with me.",
    "Bank transfer is welcome for big orders.",
    # after delivery, what is left or given goes outside (the order excuses a session, never a payment)
    "After delivery, the final 50% can be sent via Payoneer.",
    "Once the order is complete, bonuses go to my Wise account.",
    "Après la livraison, le reste par PayPal entre amis.",
    "Dopo la consegna il saldo su PayPal, grazie.",
    "После сдачи заказа остаток на Тинькофф.",
    "Teslimattan sonra kalan tutar Papara'ya.",
    "Po zakończeniu resztę na BLIKa.",
    "納品後、残りはPayPalでお願いします。",
    "交付后尾款走支付宝。",
    "Sau khi giao, phần còn lại chuyển qua Momo nhé.",
    "Pagkatapos ng delivery, ang balanse sa GCash.",
]


@table_test("text", PAYMENT_ERRORS)
def test_payment_routes_are_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


LEAVING_ERRORS = [
    "Big projects (>$2k) I handle privately, not through here.",
    "Large orders I take privately, not through this site.",
    "I can invoice your company directly for anything beyond the basic package.",
    "For bigger budgets I bill your agency directly.",
    "Te facturo directamente los extras, sin la plataforma.",
    "Je vous facture directement pour les gros projets.",
    "Ti fatturo direttamente il resto del lavoro.",
    "If the budget is tight we can work out another arrangement on WhatsApp",
    "I handle larger orders privately, not through Fiverr.",
    "Big jobs I do outside, not here.",
    "Projetos grandes faço por fora, não por aqui.",
    "Große Projekte mache ich privat, nicht hier.",
    "I can bill you directly for the extras.",
    "Posso faturar direto pra sua empresa.",
    "Puedo facturarte directamente a tu empresa.",
    "Posso fatturarti direttamente.",
    "Могу выставить счёт напрямую вашей компании.",
    "Doğrudan şirketinize fatura kesebilirim.",
    "Mogę wystawić fakturę bezpośrednio na firmę.",
    "Ik kan je rechtstreeks factureren.",
    # a better price on a condition of dealing directly
    "Wenn wir das direkt machen, wird es günstiger.",
    "Kalau langsung ke saya, harganya lebih murah.",
    "Jeśli pracujemy bezpośrednio, będzie taniej.",
    "Als we direct samenwerken, is het goedkoper.",
    "直接合作的话价格更便宜。",
    "Doğrudan çalışırsak daha ucuza yaparım.",
    "Nếu làm trực tiếp với mình thì rẻ hơn.",
    "Si on passe en direct, je baisse le prix de 30%.",
    "Mi trabajo es más barato si lo hacemos fuera de aquí.",
    "Agreements over $1k we sign outside the platform.",
    "Por fora sim, e te faço desconto.",
    "Ik stuur je een Tikkie voor de rest.",
    "Te mando el link de Mercado Pago para los extras.",
    "I can send you a Payoneer request for the extras.",
    "Pagamento em cripto para projetos grandes.",
    "Extras I charge separately by bank transfer.",
    "Deposit 50% upfront via Wise, rest on Fiverr.",
]


@table_test("text", LEAVING_ERRORS)
def test_leaving_said_outright_is_an_error(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


LEAVING_HINTS = [
    "Man findet mich auch woanders, wenn man sucht 😉",
    "Мене можна знайти й деінде 😉",
    "Me puedes encontrar en otros lados 😉",
    "Você me encontra em outros lugares.",
    "Mi trovi altrove, chiedimi pure.",
    "Tenho presença em outros lugares também, quem procura acha.",
    "On peut sûrement trouver un autre arrangement, demandez-moi.",
    "Podemos llegar a otro acuerdo, escríbeme 😉",
    "Ask me in chat how to get my work cheaper 😉",
    "Pregúntame cómo conseguir mis diseños más baratos.",
]


@pytest.mark.parametrize("text", LEAVING_HINTS)
def test_hints_of_leaving_are_reported(lint, text):
    assert worst(lint, text) in ("warning", "error"), reported(lint, text)


PROMISES = [
    "Vă dau numărul meu de telefon după comandă, pentru colaborări viitoare.",
    "Пишіть, дам свій особистий контакт для постійних замовлень.",
    "Nitumie ujumbe nikupe namba yangu ya simu.",
    "Nitakupa namba ya simu baada ya oda.",
    "Dam ci mój numer telefonu po zamówieniu.",
    "Ik geef je mijn nummer na de bestelling.",
]


@pytest.mark.parametrize("text", PROMISES)
def test_promises_of_details_are_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


HONEST = [
    # the seller's past outside the marketplace
    "My past jobs outside Fiverr include agency work.",
    "I worked outside Fiverr for agencies for five years.",
    "Mis trabajos anteriores fuera de Fiverr incluyen agencias.",
    "Meus trabalhos anteriores fora do Fiverr incluem agências.",
    "Meine früheren Projekte außerhalb von Fiverr waren für Agenturen.",
    "Le mie esperienze precedenti fuori da Fiverr: agenzie e studi.",
    "Önceki işlerim Fiverr dışında ajanslar içindi.",
    "Pekerjaan saya sebelumnya di luar Fiverr untuk agensi.",
    "Moje poprzednie zlecenia poza Fiverr to praca dla agencji.",
    "Mijn eerdere opdrachten buiten Fiverr waren voor bureaus.",
    # tips as advice, payment as the topic
    "I share 10 tips for PayPal sellers to avoid disputes.",
    "Tips on PayPal disputes and chargebacks.",
    "Instagram tips and tricks, PayPal integration for your store.",
    "I integrate PayPal, which works fine with WooCommerce.",
    "The Stripe checkout works on mobile and desktop.",
    # refusals of paying outside
    "I can't invoice you directly, everything goes through Fiverr.",
    "Fiverr invoices you for every order.",
    "No acepto propinas por PayPal, solo por Fiverr.",
    # arrangements with what they are for
    "We can find another arrangement for the deadline.",
    "Podemos llegar a otro acuerdo sobre la fecha de entrega.",
    "On peut trouver un autre arrangement pour la livraison.",
    # presence and experience as the work
    "Tengo experiencia en otros lugares.",
    "Tenho experiência em outras plataformas.",
    "I build your presence on other social networks.",
    "Our brand presence on other platforms is what I grow for you.",
    # cheaper said of the buyer's things, or of bulk orders
    "Bulk orders are cheaper, ask me for a custom offer.",
    "I'll show you how to make your ads cheaper, ask me anything.",
    # not the seller's details
    "Vă trimit fișierele finale în 2 zile.",
    "Дам свій відгук після замовлення.",
    "Nitakupa logo tatu za kuchagua.",
    "Numărul de revizii este nelimitat.",
    "Вкажіть номер телефону клієнта у формі, я налаштую бота.",
    "Ninaunda tovuti yenye namba ya simu ya kampuni yako.",
    # money-transfer brands as the work or the past; German nouns after an article
    "Western Union agent training slides.",
    "I worked at a Western Union branch for 3 years.",
    "MoneyGram app redesign case study.",
    "Compare Western Union vs Remitly fees in my blog post.",
    "I build remittance apps like Remitly and WorldRemit.",
    "Ich arbeite gerne mit PayPal-Integrationen.",
    # "not here" with nothing of elsewhere before it, or negated
    "Reviews? Not here yet.",
    "I don't work outside, not here and not anywhere.",
    "We talk here, not outside.",
    "Questions? Ask here, not by email.",
    # conditions and directness that stay on the marketplace, comparisons
    "If you order the premium package, delivery is direct and cheaper per page.",
    "If you need it cheaper, pick the basic package.",
    "I deliver directly from your draft, so if you're in a rush it's cheaper.",
    "Si commandez le pack basique, c'est moins cher.",
    "Wenn Sie direkt hier bestellen, ist es günstiger.",
    "Kalau langsung order paket premium, lebih murah per halaman.",
    "My prices are cheaper than elsewhere.",
    "Más barato que en otro lado, y todo por Fiverr.",
    "Günstiger als anderswo.",
    "Mi portafolio en otras plataformas es más grande.",
    # links, invoices and requests that are the work or the marketplace's
    "I add a PayPal link to your website.",
    "PayPal link button for your Shopify store.",
    "Your invoice will show the PayPal fee.",
    "I'll create Stripe payment links for your products.",
    "Pay with PayPal through the Fiverr checkout.",
    "Lien PayPal intégré à votre boutique.",
    "I charge extra for Stripe integration.",
    "Crypto trading bot development.",
    "Kripto para analiz raporu hazırlarım.",
    "Contract review for freelancers.",
    "We handle everything here on Fiverr, including contracts.",
    "Bonus: PayPal integration guide included.",
    "Bonus tips for Stripe checkout setup.",
    "Files are sent via Google Drive.",
    "The final payment is handled by Fiverr.",
    "Bonus revisions included, paid only through Fiverr.",
    # refusals of paying outside in many languages, work about payments, the marketplace's own ways
    "I accept all major cards through Fiverr's checkout.",
    "Payments are handled by Fiverr, so you're protected.",
    "I never ask for PayPal or bank transfers, everything stays on Fiverr.",
    "Nunca pido pagos por fuera, todo por Fiverr.",
    "Nunca peço pagamento por fora, tudo pelo Fiverr.",
    "Je n'accepte aucun paiement hors Fiverr.",
    "Ich nehme keine Zahlungen außerhalb von Fiverr an.",
    "Non accetto pagamenti fuori da Fiverr.",
    "Я не принимаю оплату вне Fiverr.",
    "Fiverr dışında ödeme kabul etmiyorum.",
    "Saya tidak menerima pembayaran di luar Fiverr.",
    "Nie przyjmuję płatności poza Fiverr.",
    "Ik accepteer geen betalingen buiten Fiverr.",
    "Fiverr以外での支払いは受け付けていません。",
    "我不接受Fiverr以外的付款。",
    "لا أقبل الدفع خارج فايفر.",
    "Fiverr ke bahar payment nahi leta.",
    "Mình không nhận thanh toán ngoài Fiverr.",
    "Hindi ako tumatanggap ng bayad sa labas ng Fiverr.",
    "I built a tipping feature with Stripe for a streamer app.",
    "My client's app sends remittances through Western Union's API.",
    "I can write your Payoneer onboarding FAQ.",
    "Tip jar widget design for your Twitch channel.",
    "Remaining revisions are unlimited.",
    "The rest of the files come in a ZIP.",
    "El resto de archivos van en un ZIP.",
    "Le reste des fichiers arrive par WeTransfer.",
    "Bonus: 3 extra mockups.",
    "I'm not available elsewhere, only on Fiverr.",
    "Search my gig title on Fiverr to find my other services.",
    "You'll find me easily here on Fiverr, search my username.",
    "Nachfolgende Aufträge gerne direkt hier über Fiverr.",
    "Next orders directly here, same great price.",
    "Next time order directly from my gig page for a discount.",
    "Próximos pedidos direto pelo Fiverr com desconto.",
    "If we work together long-term, I can give you a discount on Fiverr.",
    "Si trabajamos a largo plazo, te hago descuento en Fiverr.",
    # found here
    "You can find me in the Fiverr inbox.",
    "You can find me in the gig FAQ.",
]


@table_test("text", HONEST)
def test_honest_sentences_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


def test_the_placeholder_is_each_packs_name():
    tables = {
        "invitation": {"marketplace_names": ["upwork"], "off_platform": ["outside {marketplace}", "off-platform"]},
        "payment": {"off_platform": ["skip {marketplace} fees"], "services": ["paypal"]},
    }
    out = with_marketplace(tables)
    assert out["invitation"]["off_platform"] == ["outside upwork", "off-platform"]
    assert out["payment"]["off_platform"] == ["skip upwork fees"]
    assert out["payment"]["services"] is tables["payment"]["services"]
    # a pack that names no marketplace keeps only the phrases without a name
    none = with_marketplace({"invitation": {"off_platform": ["outside {marketplace}", "off-platform"]}})
    assert none["invitation"]["off_platform"] == ["off-platform"]


@pytest.mark.parametrize(
    "pack,own,other",
    [("fiverr", "Fiverr", "Upwork"), ("upwork", "Upwork", "Fiverr"), ("peopleperhour", "PeoplePerHour", "Upwork")],
)
def test_each_pack_reads_leaving_its_own_marketplace(pack, own, other):
    config = load_config(discover=False, policy=pack)

    def worst(text: str) -> str:
        sev = [str(f.severity) for f in lint_text(text, config=config) if f.category in ("contact", "payment")]
        return "error" if "error" in sev else "clean"

    assert worst(f"Écrivez-moi hors {own}") == "error"
    assert worst(f"Écrivez-moi hors {other}") == "clean"


@pytest.mark.parametrize("text", [
    "I also write PayPal invoice templates.",
    "I design Stripe invoice templates and receipt mockups for your brand.",
    "PayPal invoice templates for freelancers, editable in Google Sheets.",
])
def test_a_deliverable_named_after_a_service_is_the_work(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
