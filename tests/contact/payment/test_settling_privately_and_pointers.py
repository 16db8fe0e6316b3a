"""The general causes behind
the misses of the eleventh and twelfth blind sets in those families, each with variants of
our own in several languages, and the honest sentences next to them.

* leaving: the deal or the rest of its payment settled by the two of them alone ("we settle
  the rest between us", "régler la suite entre nous", "остальное — договоримся лично"), cash
  with an in-person handover; a split payment with the rest away from here ("Die Hälfte
  hier, den Rest machen wir privat"); a deal closed directly without middlemen; a deal offered off
  the site ("Monthly retainer available outside this site"); the conversation carried on
  as a noun ("seguir la conversación fuera de aquí") or talked ("Prefiro falar por fora"); the seller's own invoice; skipping the
  platform in more languages; a special price asked for right after the fees are
  questioned; "cheaper over there";
* elsewhere (warnings): "you know where to find me", "whoever looks finds me", "wherever my
  name is the same", "look for me elsewhere", the seller "in the usual places";
* pointer: a channel said to BE the seller's shop name; "the same username" answering a
  short question that names the channel ("Mon Discord ? Le même pseudo qu'ici"); "search my
  shop name"; a pointer phrase's own "number" by itself is no channel (a count);
* payment: the seller's account named before its service ("Te paso mi alias de Mercado
  Pago"), Tagalog verb prefixes ("mag-GCash"), Romanian integration work as the subject;
* the buyer's email or number asked for in the requirements ("Schreib deine E-Mail-Adresse
  in die Anforderungen"), not for the work ("to print it on the business card");
* Ukrainian "у" ties a channel ("Пишіть мені у Вайбер"); a QR code shown in the gig with a
  contact verb ("Check the QR code in the last gallery image — it opens a chat with me").
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst
from table_support import table_test

ERRORS = [
    # settled between the two of them
    "Deposit here, then we settle the rest between us.",
    "We can settle the payment between us.",
    "Pour éviter les frais, on peut régler la suite entre nous.",
    "Podemos arreglar el pago entre nosotros.",
    "El resto lo arreglamos entre nosotros.",
    "O resto a gente acerta entre nós.",
    "Il resto lo sistemiamo tra di noi.",
    "Den Rest regeln wir unter uns.",
    "Остальное решим между нами.",
    "Можно частями: аванс сюда, остальное — договоримся лично.",
    "Geri kalanını aramızda hallederiz.",
    "Sisanya kita selesaikan antara kita saja.",
    "Resztę załatwimy między nami.",
    "De rest regelen we onderling.",
    "No fees, just between us.",
    "El resto lo pagas en persona cuando nos veamos.",
    "Rabatt bei Barzahlung und persönlicher Übergabe in Berlin.",
    "Descuento si pagas en efectivo y entrega en mano en Madrid.",
    # a split payment: the rest away from here
    "Half up front here, the other half we sort out privately.",
    "Metade aqui, a outra metade a gente acerta por fora.",
    "Die Hälfte hier, den Rest machen wir privat.",
    "Metà qui, il resto lo vediamo in privato.",
    "Половину здесь, остальное — напрямую.",
    "Yarısı burada, kalanını özelden hallederiz.",
    "Setengah di sini, sisanya kita urus di luar.",
    "Połowa tutaj, resztę rozliczymy prywatnie.",
    "De helft hier, de rest regelen we privé.",
    "Một nửa ở đây, phần còn lại mình tính riêng.",
    "Kalahati dito, yung natitira sa labas na lang natin ayusin.",
    # closed directly, no middlemen; offered off the site; the conversation carried on
    "Se quiser, depois a gente fecha direto, sem intermediário.",
    "For big projects we close the deal directly, no middleman.",
    "Pour les gros projets, on conclut directement, sans intermédiaire.",
    "Для крупных проектов заключим сделку напрямую, без посредников.",
    "Monthly retainer available outside this site — mention 'RETAINER' in your first message.",
    "Para proyectos grandes prefiero seguir la conversación fuera de aquí.",
    "Pour les gros projets, je préfère poursuivre la conversation en dehors d'ici.",
    "Per i progetti grandi preferisco continuare la conversazione fuori di qui.",
    "Untuk proyek besar, lanjutkan obrolan di luar sini ya.",
    # carrying on privately, a direct number
    "Nach der ersten Bestellung machen wir privat weiter.",
    "Na de eerste bestelling gaan we privé verder.",
    "最初の注文の後は個別にやり取りしましょう。",
    "第一单之后我们私下继续。",
    "Sau đơn đầu tiên mình làm việc riêng nhé.",
    "Pagkatapos ng unang order, sa labas na tayo mag-usap.",
    "Für Notfälle gebe ich dir meine Direktnummer.",
    # talking with a word of elsewhere by it
    "Prefiro falar por fora, é mais fácil.",
    "Je préfère qu'on se parle ailleurs.",
    "Ich rede lieber woanders mit dir.",
    "Preferisco parlarne altrove.",
    "Лучше пообщаемся в другом месте.",
    "Başka yerde konuşmayı tercih ederim.",
    "Wolę porozmawiać gdzie indziej.",
    "Ik praat liever ergens anders.",
    "他の場所で話しましょう。",
    "我们换个地方聊吧。",
    # the seller's own invoice; the platform skipped
    "Per i clienti abituali preferisco lavorare privatamente, con fattura mia.",
    "Para clientes habituales prefiero trabajar en privado, con mi propia factura.",
    "Für Stammkunden arbeite ich lieber privat, mit eigener Rechnung.",
    "Ti lascio un contatto diretto nel file consegnato, così la prossima volta saltiamo la piattaforma.",
    "La próxima vez nos saltamos la plataforma.",
    "Na próxima, pulamos a plataforma.",
    "Nächstes Mal umgehen wir die Plattform.",
    "В следующий раз обойдём площадку.",
    # a special price right after the fees are questioned; cheaper over there
    "Don't want to pay the 20% fee? Ask me about my 'special rate' 😉",
    "¿No quieres pagar la comisión? Pregúntame por mi tarifa especial.",
    "Marre des frais ? Demandez-moi mon tarif spécial.",
    "Keine Lust auf Gebühren? Frag mich nach meinem Sonderpreis.",
    "Tip: search this same gig title on Upwork — it's cheaper over there.",
    # pointers
    "Il mio Skype è il nome del mio negozio senza spazi.",
    "Mi Skype es el nombre de mi tienda sin espacios.",
    "Mein Skype ist der Name meines Shops ohne Leerzeichen.",
    "Мой Skype — название моего магазина без пробелов.",
    "Skype saya adalah nama toko saya tanpa spasi.",
    "Discord'da da aynı kullanıcı adını kullanıyorum, arkadaşlık isteği atın.",
    "Mon Discord ? Le même pseudo qu'ici, tout en minuscules.",
    "My Discord? Same username as here.",
    "¿Mi Instagram? El mismo nombre que aquí.",
    "Мой Телеграм? Тот же ник, что и здесь.",
    "Cari nama toko saya di Shopee, di sana harganya lebih murah.",
    "Search my shop name on Etsy, it's cheaper there.",
    "Search my studio name and message me there.",
    "O número que aparece no final do vídeo é o meu WhatsApp.",
    "Mon adresse e-mail figure à la dernière page du PDF de mon portfolio.",
    # payment
    "Te paso mi alias de Mercado Pago para que me transfieras directo.",
    "Te paso mi cuenta de PayPal.",
    "Je vous envoie mon compte PayPal pour le paiement.",
    "Pwede rin mag-GCash para wala nang fee sa platform.",
    "Pwede nyo rin i-PayPal sa akin.",
    "Search my shop name plus \"studio\" — the first result is my booking page.",
    "Busca el nombre de mi estudio, el primer resultado es mi página de reservas.",
    # a QR code shown in the gig, with a contact verb
    "Check the QR code in the last gallery image — it opens a chat with me.",
    "Escanea el código QR de la última imagen para escribirme.",
    "Scannez le code QR de la galerie pour m'écrire.",
    "Scan my QR code to message me.",
    "Der QR-Code im Titelbild öffnet einen Chat mit mir, schreib mir dort.",
    # the buyer's email or number asked for in the requirements
    "Schreib deine E-Mail-Adresse in die Anforderungen, dann schicke ich dir Rabattcodes außerhalb von Fiverr.",
    "Put your email address in the requirements so I can send the files there.",
    "Final files go out by email after delivery, so put your address in the requirements.",
    "Deja tu WhatsApp en los requisitos y te escribo.",
    "Coloque seu e-mail nos requisitos.",
    "Напишите ваш email в требованиях.",
    # Ukrainian ties
    "Пишіть мені у Вайбер, номер на прев'ю-картинці.",
    "Напишіть мені у Телеграм.",
]


@table_test("text", ERRORS)
def test_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


WARNINGS = [
    "I'm around on the usual places under a similar name.",
    "There's not enough room here to show everything — I'm around in the usual places.",
    "Estoy en los sitios de siempre.",
    "Ich bin an den üblichen Orten unterwegs.",
    "Mi trovi nei soliti posti.",
    "Je suis dans les endroits habituels.",
    "Tô em outros lugares também, quem procura acha 😉",
    "Vous savez où me trouver en dehors d'ici.",
    "他の場所でも活動しています。探してみてください。",
    "You can reach me wherever my name is the same.",
    "Wer mich außerhalb erreichen will, findet mich über meinen Namen.",
    "Si no me encuentras aquí, búscame en otro lado con el mismo nombre.",
    "Wer mich kennt, weiß, wo er mich sonst noch unter diesem Namen findet.",
    "Cercami altrove.",
]


@pytest.mark.parametrize("text", WARNINGS)
def test_hints_are_flagged(lint, text):
    assert worst(lint, text) in ("warning", "error"), reported(lint, text)


HONEST = [
    # "between us", "in person" without settling anything
    "Everything we discuss stays between us.",
    "Your files stay between us, NDA included.",
    "The communication between us is what makes projects succeed.",
    "Any issue we settle between us here in the Fiverr chat.",
    "Between us, the logo took me ten hours.",
    "Trust between us matters: I deliver the rest after your approval.",
    "La confiance entre nous est essentielle.",
    "Todo lo que hablemos queda entre nosotros.",
    "Alles bleibt unter uns, versprochen.",
    "We split the work between us: I design, my partner codes the rest.",
    "Die Kommunikation zwischen uns läuft über den Fiverr-Chat.",
    "El pago entre nosotros se hace siempre por Fiverr.",
    "We can meet in person to discuss the rest of the project.",
    "Ich kümmere mich persönlich um den Rest.",
    "I personally handle the rest of the design.",
    "Workshops in person or online, payment through Fiverr.",
    "Cash flow forecasts and the rest of your finance model, face to face workshops available.",
    "Danach machen wir mit dem zweiten Entwurf weiter.",
    "Daarna gaan we met de revisies verder.",
    "Die Telefonanlage bekommt eine Direktnummer für jeden Mitarbeiter.",
    "Posso falar sobre marketing no WhatsApp para sua loja.",
    "Je peux parler de votre marque sur Instagram.",
    "Ich rede gern über Ihr Projekt hier im Fiverr-Chat.",
    "Rede nicht woanders, alles bleibt hier.",
    "Je peux parler de votre marque ailleurs sur le web.",
    "Falo da sua marca em outros lugares, como blogs.",
    "I talk about your brand elsewhere on the web in my blog posts.",
    "My voice-over characters talk in private scenes.",
    # the rest as the work, or through the marketplace
    "The rest of the files are delivered in your Fiverr inbox.",
    "The rest of your data is handled privately by Fiverr.",
    "I do the first half of the edit, the rest directly after your feedback.",
    "The rest of my work is elsewhere in my portfolio.",
    "The rest is cheaper than elsewhere.",
    "Deposit here and the rest directly on delivery through the Fiverr milestone.",
    "Je travaille avec un stylo privé.",
    # directness as the seller's manner; the past; the marketplace
    "Trabalho direto com você, sem intermediário: eu mesmo faço tudo.",
    "I have closed deals elsewhere for years.",
    "Retainers outside Fiverr? Not possible, all work stays here.",
    "We continue the conversation here in the Fiverr inbox.",
    "Podemos seguir la conversación por el chat de Fiverr.",
    "After delivery, I'm happy to continue the conversation about revisions.",
    "Non saltiamo la piattaforma: tutto resta su Fiverr.",
    # invoices as the work
    "Fiverr generates the invoice; I can add your VAT number to your own invoice.",
    "Ich erstelle Ihre eigene Rechnung-Vorlage in Excel.",
    "Diseño tu propia factura con tu logo.",
    # prices
    "Fiverr fees apply. Ask me about a special price for bulk orders.",
    "Special price for bulk orders, ask me.",
    "My prices are cheaper than the agencies over there.",
    "I'll show you how to make your ads cheaper, ask me anything.",
    # usual and other places as the work
    "I post your content in the usual places: Instagram, TikTok and Facebook.",
    "Your ads run on the usual places buyers look.",
    "The usual places to sell templates are Etsy and Creative Market.",
    "Publico tus posts en los sitios de siempre.",
    "Estoy familiarizado con las otras plataformas.",
    "I upload to other platforms for you.",
    "You know where to find me: right here in the Fiverr inbox.",
    # names, numbers and searches that are not pointers
    "O número que aparece na imagem de capa é o total de projetos entregues: 1.240.",
    "Do you manage Instagram? Same name style for all your accounts is my advice.",
    "Instagram? Same name as your shop works best.",
    "Il nome del mio negozio su Instagram è cambiato, ecco perché offro rebranding.",
    "Aynı isimde iki Instagram hesabı olabilir, dikkat edin.",
    "Your Instagram username without spaces is what I put on the flyer.",
    "I will search your shop name to audit your SEO.",
    "Busca mi nombre en la lista de vendedores destacados de Fiverr.",
    "Mon portfolio figure à la dernière page du PDF.",
    "Le nombre de pages figure à la dernière page du devis.",
    # payment as the work or a story
    "Integrez Netopia și Revolut Pay în magazinul tău online, cu facturare automată.",
    "Integrez PayPal în magazinul tău online.",
    "Mi cuenta de PayPal fue limitada el año pasado.",
    "Configuro tu cuenta de Mercado Pago en tu tienda.",
    "I integrate your PayPal account into the store checkout.",
    "Gagawa ako ng GCash integration para sa shop mo, pwede mag-GCash ang customers mo.",
    # QR codes as the work
    "I design QR codes for your menu.",
    "Your customers scan your QR code to chat with you.",
    "I create a QR code that opens a chat with your customers.",
    "Message me about QR code menus for your restaurant.",
    "Contact me for custom QR codes and flyers.",
    "Escríbeme si necesitas códigos QR para tu negocio.",
    "Contact me for QR code images for your flyers.",
    "Message me to put a QR code on your business card.",
    "I will search your shop name and build your booking page.",
    # the buyer's details asked for the work, or a postal address
    "Write your phone number in the requirements so I can print it on the business card.",
    "Put your logo and brand colours in the requirements.",
    "Never put your email in the requirements, Fiverr keeps it private.",
    "Escribe tu número en los requisitos para ponerlo en el botón de tu web.",
    "I mail the printed poster, so put your address in the requirements.",
    "Put your shipping address in the requirements.",
    # Ukrainian "у" before a platform as the work
    "Налаштую бота у Телеграм для вашого магазину.",
    "Зроблю дизайн постів у Instagram для вашого бренду.",
]

# Whom the seller works for elsewhere, right before the phrase of elsewhere, describes the
# seller's clientele there; a word of dealing before them ("retainer clients") offers
# nothing. At most the hint of being elsewhere (a warning), never the error of a deal.
CLIENTELE = [
    "My retainer clients outside Fiverr are agencies.",
    "I also work with retainer clients outside this platform, mostly agencies.",
    "Mis clientes de retainer fuera de Fiverr son agencias.",
    "Meus clientes de contrato fixo fora da plataforma são agências.",
    "Meine Retainer-Kunden außerhalb von Fiverr sind Agenturen.",
]


@pytest.mark.parametrize("text", CLIENTELE)
def test_the_sellers_clientele_elsewhere_is_no_deal_offered(lint, text):
    assert worst(lint, text) != "error", reported(lint, text)


@table_test("text", HONEST)
def test_honest_sentences_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


# A phrase of elsewhere that swallows the word leaving the marketplace ("reach me outside"
# + "Fiverr"): the marketplace named after it is what is left, not where the seller is
# reached, so naming it switches nothing off (issue 12, family 1).
LEFT_MARKET = [
    "You can reach me outside Fiverr.",
    "You can find me outside of Fiverr.",
    "Du erreichst mich auch außerhalb von Fiverr.",
]
HERE_MARKET = [
    "How to reach me here on Fiverr: just use the inbox.",
    "You can reach me on Fiverr any time.",
]


@pytest.mark.parametrize("text", LEFT_MARKET)
def test_the_marketplace_left_after_a_phrase_of_elsewhere_is_flagged(lint, text):
    assert worst(lint, text) != "clean", reported(lint, text)


@pytest.mark.parametrize("text", HERE_MARKET)
def test_the_marketplace_as_the_place_stays_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
