"""Pointers into media, private lines and leaving said another way: variants written for
the general causes behind the fifth blind set's misses, in many languages, with the
honest texts they must not touch.

* a contact detail of the seller's said to be inside media a scan cannot read (a video,
  an image, a PDF, a watermark, a slide, the file's metadata): media_pointers.py;
* a private line promised ("my private number", "nomor pribadi saya"): private_lines.py;
* the marketplace skipped by name ("sans passer par ici", "cut out Fiverr"), settled
  "between us", trust as the time to come, another contact hinted at (a warning);
* the honest twins: the media as the work or the sample, the buyer's details in the
  work, "number of", on-platform messaging, "contact me before ordering".
"""
from __future__ import annotations

import pytest
from contact_support import worst
from table_support import table_test

from gigcheck import load_config
from gigcheck.detectors.lexicon import Lexicon

ERRORS = [
    "My WhatsApp number is written on the third image of my gallery.",
    "My email is at the bottom of every sample PDF.",
    "Pause my intro video at 0:42 — my Telegram handle is there.",
    "My phone number appears in the watermark of the samples.",
    "The WhatsApp number is on the cover image.",
    "Mi correo está escrito al final del video de presentación.",
    "Mi número aparece en la marca de agua de los ejemplos.",
    "Meu e-mail está no rodapé do PDF de amostra.",
    "Meu número está na capa da galeria.",
    "Mon numéro est écrit sur la dernière image de la galerie.",
    "Meine E-Mail steht im Wasserzeichen der Beispielbilder.",
    "Meine Telefonnummer steht auf dem Titelbild.",
    "Il mio numero è scritto nell'ultima immagine della galleria.",
    "Мой номер указан на обложке галереи.",
    "Моя почта есть в конце видео.",
    "Numaram tanıtım videosunun sonunda yazıyor.",
    "E-postam kapak görselinde yazılı.",
    "Email saya ada di gambar terakhir galeri.",
    "Mój numer jest na ostatnim zdjęciu w galerii.",
    "Mijn e-mail staat in het watermerk van de voorbeelden.",
    "メールアドレスは動画の最後に表示されています。",
    "我的电话号码在视频最后。",
    "我的邮箱写在封面图片上。",
    "بريدي الإلكتروني مكتوب في الفيديو.",
    "Mera number video ke end mein hai.",
    "Số điện thoại của mình có trong ảnh bìa.",
    "Ang number ko ay nasa huling larawan ng gallery.",
    "Just add .net to my username and you'll find my site.",
    "My Telegram is my Fiverr username without the underscores.",
    "Mi Telegram es mi nombre de usuario de Fiverr sin guiones bajos.",
    "My contact details are in the metadata of the delivered files.",
    "Mis datos de contacto están en los metadatos del archivo.",
    "Cercami su Google: \"Studio Ferri Grafica Bologna\", trovi tutti i contatti.",
    "Busca en Google: \"Estudio Lumen Madrid\" y encontrarás mi contacto.",
    "My WhatsApp is in my bio.",
    "My Insta handle is in my Fiverr bio.",
    "Same name as here on IG.",
    "My IG is the same as my name here.",
    "Mi IG es el mismo nombre que aquí.",
    "Meu Instagram é o mesmo nome daqui.",
    "Mon Insta, c'est le même nom qu'ici.",
    "Mein Instagram hat denselben Namen wie hier.",
    "Il mio Instagram ha lo stesso nome di qui.",
    "Мой инстаграм такой же, как ник здесь.",
    "Instagram'ım buradaki kullanıcı adımla aynı.",
    "Instagram saya sama dengan username di sini.",
    "Mój Instagram ma tę samą nazwę co tutaj.",
    "Mijn Instagram heeft dezelfde naam als hier.",
    "我的Instagram和这里的用户名一样。",
    "インスタはここと同じ名前です。",
    "Check my portfolio's last slide for my email.",
    "My email is on the last slide of my portfolio.",
    "Scan the QR code in my gallery to chat with me on WhatsApp.",
    "Escanea el código QR de mi galería para escribirme por WhatsApp.",
    "Escaneie o QR code da minha galeria para falar comigo no WhatsApp.",
    "My contact is in the watermark.",
    "My contact info is in the watermark of every sample.",
    "Mi contacto está en la marca de agua.",
    "Mon contact est dans le filigrane.",
    "Meine Kontaktdaten stehen im Wasserzeichen.",
    "I miei contatti sono nella filigrana.",
    "Мои контакты в водяном знаке.",
    "İletişim bilgilerim filigranda.",
    "Kontak saya ada di watermark.",
    "Moje dane kontaktowe są w znaku wodnym.",
    "Mijn contactgegevens staan in het watermerk.",
    "联系方式在水印里。",
    "連絡先は透かしに入っています。",
    "معلومات الاتصال في العلامة المائية.",
    "Contact info video ke end mein hai.",
    "Thông tin liên hệ có trong video giới thiệu.",
    "Nasa watermark ang contact ko.",
    "My number is on the business card in my gallery.",
    "My Skype ID is written on the thumbnail.",
    "Zoom into my cover photo to see my WhatsApp number.",
    "Next time let's sort it out between us and skip the fees.",
    "From the second order on we can settle it between ourselves, no commission.",
    "La próxima vez lo arreglamos entre nosotros, sin comisión.",
    "Da próxima vez a gente resolve entre nós, sem taxa.",
    "La prochaine fois on règle ça entre nous, sans frais.",
    "Nächstes Mal regeln wir das unter uns, ohne Gebühren.",
    "La prossima volta ci mettiamo d'accordo tra noi, senza commissioni.",
    "В следующий раз договоримся между собой, без комиссии.",
    "Bir sonraki sefere aramızda hallederiz, komisyonsuz.",
    "Lain kali kita atur antara kita aja, tanpa potongan.",
    "Następnym razem załatwimy to między nami, bez prowizji.",
    "Volgende keer regelen we het onderling, zonder kosten.",
    "Pour les prochaines commandes, sans passer par ici, on s'arrange en direct.",
    "Para los próximos pedidos, sin pasar por aquí, lo hacemos directo.",
    "Nos próximos pedidos, sem passar por aqui, combinamos direto.",
    "Next orders can go straight to me, no need to go through here.",
    "Order berikutnya langsung ke saya saja, tidak usah lewat sini.",
    "Let's cut out Fiverr and both save 20%.",
    "Let's cut Fiverr out of the next order.",
    "Once we trust each other there's no need to keep paying the middleman.",
    "Let's keep talking somewhere Fiverr can't read our messages.",
    "We can chat where the platform can't see our messages.",
    "다음부터는 플랫폼 거치지 말고 직거래해요",
    "다음 주문은 직거래로 해요, 수수료 없이.",
    "VIP buyers get my private number so we skip the Fiverr inbox.",
    "Regular clients get my personal line, no inbox needed.",
    "Mis clientes frecuentes reciben mi línea privada.",
    "Clientes fiéis ganham meu número particular.",
    "Les clients réguliers ont ma ligne privée.",
    "Stammkunden bekommen meine private Nummer.",
    "I clienti abituali ricevono il mio numero privato.",
    "Постоянные клиенты получают мой личный номер.",
    "Sadık müşterilerime özel numaramı veriyorum.",
    "Klien tetap dapat nomor pribadi saya.",
    "Stali klienci dostają mój prywatny numer.",
    "Vaste klanten krijgen mijn privénummer.",
    "常客可以拿到我的私人号码。",
    "リピーターには個人の連絡先を教えます。",
    "العملاء الدائمون يحصلون على رقمي الخاص.",
    "Regular clients ko mera personal number milta hai.",
    "Khách quen sẽ có số riêng của mình.",
    "Ang mga suki ko ay may private number ko.",
    "Let's continue outside.",
    "Let's continue this conversation outside of Fiverr.",
    "Sigamos la conversación fuera de Fiverr.",
    "Vamos continuar a conversa fora da plataforma.",
    "Continuons la discussion en dehors de la plateforme.",
    "Lass uns außerhalb der Plattform weiterreden.",
    "Continuiamo la conversazione fuori dalla piattaforma.",
    "Продолжим общение вне платформы.",
    "Konuşmaya platform dışında devam edelim.",
    "Kita lanjut ngobrol di luar platform ya.",
    "Kontynuujmy rozmowę poza platformą.",
    "Laten we buiten het platform verder praten.",
    "我们去平台外面聊吧。",
    "プラットフォームの外で話しましょう。",
    "لنكمل الحديث خارج المنصة.",
    "Chalo platform ke bahar baat karte hain.",
    "Mình nói chuyện tiếp bên ngoài nền tảng nhé.",
    "Tuloy natin ang usapan sa labas ng platform.",
    "It's 30% cheaper if you pay me outside Fiverr.",
    "Outside the platform I charge half.",
    "Fuera de la plataforma te cobro la mitad.",
    "Fora da plataforma sai mais barato.",
    "En dehors de la plateforme c'est moins cher.",
    "Außerhalb der Plattform ist es günstiger.",
    "Fuori dalla piattaforma costa meno.",
    "Вне платформы выйдет дешевле.",
    "Platform dışında daha ucuz olur.",
    "Di luar platform lebih murah.",
    "Poza platformą jest taniej.",
    "Buiten het platform is het goedkoper.",
    "平台外更便宜。",
    "Contact me directly and skip the fees.",
    "Contáctame directamente y nos ahorramos la comisión.",
    "Me contate diretamente e economizamos a taxa.",
    "Contactez-moi directement, sans commission.",
    "Kontaktiere mich direkt, ohne Gebühren.",
    "Contattami direttamente, senza commissioni.",
    "Свяжитесь со мной напрямую, без комиссии.",
    "Hubungi saya langsung, tanpa potongan.",
    "Skontaktuj się ze mną bezpośrednio, bez prowizji.",
]

WARNINGS = [
    "Ask me for my other contact if you want better prices.",
    "Pide mi otro contacto si quieres mejores precios.",
    "Me pede meu outro contato para preços melhores.",
    "Mera doosra contact chahiye to pooch lena.",
    "I'm also available elsewhere with better deals, just ask.",
    "There's a cheaper way to work with me than this gig, message me and I'll explain.",
    "You can find me elsewhere too.",
    "Puedes encontrarme en otros sitios también.",
    "Tu peux me trouver ailleurs aussi.",
    "Du findest mich auch woanders.",
]

CLEAN = [
    "I will edit your YouTube video and add your email in the description.",
    "My number one priority is your satisfaction; see my video intro.",
    "Contact me before ordering; my portfolio PDF is in the gallery.",
    "I design WhatsApp stickers and Instagram story images.",
    "My Instagram highlights are shown in the gallery images.",
    "The phone mockup in the video shows the app.",
    "Email newsletter designs are shown in the gallery.",
    "I will put a QR code with your WhatsApp number on the flyer.",
    "Your Telegram bot will be shown in the demo video.",
    "Phone number validation is explained in the video.",
    "Email address verification is shown in the demo video.",
    "Contact details page is included in the PDF template.",
    "Contact information section appears in the video.",
    "Phone number fields are shown in the form screenshot.",
    "WhatsApp integration is shown in the demo video.",
    "Telegram bot commands are listed in the PDF guide.",
    "The email template is in the PDF.",
    "Contact form design is in the gallery images.",
    "Mi número de contacto está en tu tarjeta de presentación.",
    "El número de páginas está en la descripción.",
    "Contact details of your company appear in the footer image.",
    "Número de telefone da sua empresa aparece no vídeo.",
    "Kontaktdaten Ihrer Firma stehen im Impressum.",
    "My private collection of photos is in the gallery.",
    "Personal branding photos are in my gallery.",
    "I offer personal and private coaching sessions on Fiverr.",
    "My personal favorite is the second image in the gallery.",
    "Private label product photos are in the PDF.",
    "Your private number will stay private.",
    "I never share my private number or email.",
    "Keep your personal number off your public profile.",
    "I will set up a private WhatsApp group for your team.",
    "The number is in the image: 42% growth.",
    "The PDF contains the style guide and the brand colors.",
    "The video shows the final cut with color grading.",
    "My profile picture shows my studio.",
    "See gallery image 3 for a sample of my work.",
    "I will design a QR code menu for your restaurant.",
    "QR code generator for your business cards.",
    "Watermark removal from your product photos.",
    "I will add your logo as a watermark to every image.",
    "I will add your phone number and email to the end screen of your video.",
    "Your email and phone number go on the business card.",
    "I add your WhatsApp number to the flyer image.",
    "Email templates are included in the PDF.",
    "My email marketing course is shown in the video.",
    "The number of images in the gallery depends on the package.",
    "Number of slides in the presentation: 10.",
    "I edited the photos on my phone and uploaded them to the gallery.",
    "I will design a business card with your email and number on the front image.",
    "I send the files by email and the preview image in the order page.",
    "My phone photography samples are in the gallery.",
    "Contact me before ordering so we can discuss your video.",
    "I reply to emails within 2 hours; the sample video is in my gallery.",
    "La imagen de portada muestra mi estudio.",
    "O PDF contém o guia de estilo.",
    "Le PDF contient la charte graphique.",
    "Das Video zeigt den finalen Schnitt.",
    "Il video mostra il montaggio finale.",
    "В видео показан итоговый монтаж.",
    "Videoda son kurgu gösteriliyor.",
    "Video menunjukkan hasil akhir.",
    "Film pokazuje ostateczny montaż.",
    "De video toont de definitieve versie.",
    "動画は最終版を示しています。",
    "视频展示了最终剪辑。",
    "الفيديو يعرض النسخة النهائية.",
    "I will put your contact details in the footer of your PDF invoice template.",
    "Your Instagram handle will appear in the video outro.",
    "I will create an Instagram reel and a TikTok video for your brand.",
    "My WhatsApp chatbot demo is shown in the video.",
    "Check my gallery images to see my previous work.",
    "Scan the QR code on your product packaging to test the link.",
    "I will design email signatures with your logo and phone number.",
    "Phone mockups are shown in the gallery.",
    "The email address field in the form is validated.",
    "Mi número de revisiones está en la descripción del paquete.",
    "I deliver the video in 4K; my number one priority is quality.",
    "The PDF includes your logo, colors and contact page.",
    "I'll put your contact info in the watermark.",
    "Your email goes in the PDF footer.",
    "Check the last slide of my portfolio for a case study.",
    "My bio has all my certifications.",
    "I use the same name as my studio on every invoice.",
    "Same name as your brand on the logo.",
    "My portfolio video shows how I work with clients.",
    "I will create a QR code that opens your WhatsApp chat.",
    "I will make a video with your phone number at the end.",
    "My gallery shows my recent packaging work.",
    "The thumbnail shows the final design.",
    "I can add an email signup form below the video.",
    "Contact me before ordering so we can discuss the details.",
    "Let's discuss everything in the Fiverr inbox.",
    "I'll message you here once the draft is ready.",
    "We can continue the project in a new order.",
    "Next time just order the same package and we continue directly from the last revision.",
    "I work directly with you, no middlemen or subcontractors.",
    "Between us, this is the best package for beginners.",
    "The next order gets a 10% discount through a Fiverr coupon.",
    "We can discuss the scope between us in the order chat.",
    "Let's cut out unnecessary steps from your workflow.",
    "I will cut out the background from your product photos.",
    "Ask me for my other gigs if you need a logo too.",
    "Check my other gigs for better prices on bundles.",
    "I'm available on weekends too, just ask.",
    "There's a cheaper package for small projects; just pick Basic.",
    "Your customers can pay directly on your website without fees.",
    "Fiverr can't read your private files; I sign an NDA.",
    "We talk through Fiverr messages only, no need to go anywhere else.",
    "Next time, order directly from my gig page and skip the custom offer step.",
    "La próxima vez pide directamente el paquete premium aquí en Fiverr.",
    "Para os próximos pedidos, use o mesmo pacote aqui no Fiverr.",
    "Pour les prochaines commandes, passez par ici comme d'habitude.",
    "Order selanjutnya tetap lewat sini ya, biar aman.",
    "Volgende keer bestel je gewoon weer via Fiverr.",
    "Contact me directly here before ordering.",
    "Message me directly through Fiverr with your questions.",
    "Contáctame directamente por aquí antes de pedir.",
    "Me contate diretamente aqui no Fiverr.",
    "Contactez-moi directement ici avant de commander.",
    "I will set up a private phone line for your business.",
    "My private portfolio is available on request through Fiverr messages.",
    "Cheaper than agencies, faster than freelancers.",
    "I work outside office hours too.",
    "Your site will load faster outside peak hours.",
    "We can continue the project in a new order.",
    "I'll message you here when it's done.",
]


@table_test("text", ERRORS)
def test_pointer_or_leaving_is_an_error(lint, text):
    assert worst(lint, text) == "error"


@pytest.mark.parametrize("text", WARNINGS)
def test_vague_leaving_is_at_least_a_warning(lint, text):
    assert worst(lint, text) in ("warning", "error")


@table_test("text", CLEAN)
def test_honest_text_is_clean(lint, text):
    assert worst(lint, text) == "clean"


def test_media_pointer_covers_the_detail_and_the_place(lint):
    text = "Mon mail est écrit en bas du PDF d'exemple."
    found = [f for f in lint(text) if f.category == "contact"]
    assert found and str(found[0].severity) == "error"
    assert found[0].excerpt.startswith("mail") and found[0].excerpt.endswith("PDF")
    assert found[0].key == "invitation:media:mail"


def test_private_line_is_reported_as_leaving(lint):
    found = [f for f in lint("Stammkunden bekommen meine private Nummer.") if f.category == "contact"]
    assert [str(f.severity) for f in found] == ["error"]
    assert "private Nummer" in found[0].excerpt


def test_negated_media_pointer_is_clean(lint):
    assert worst(lint, "My phone number is never shown in the video, we talk here on Fiverr.") == "clean"


def test_ascii_stems_match_in_plain_text():
    # Entries are folded, so "görsel*" is an ASCII stem: it must match in an ASCII text too.
    lex = Lexicon(None)
    lex.add("gorsel*", "place")
    lex.add("metadan*", "place")
    lex.compile()
    assert [m.text for m in lex.scan("kapak gorselinde ve metadanych")] == ["gorselinde", "metadanych"]
    assert lex.scan("gorselindeki") == []  # at most four more letters


def test_media_places_are_registered_vocabulary():
    inv = load_config(discover=False).vocabulary.table("invitation")
    for key in ("media_places", "media_places_located", "private_words", "own_details", "count_of_words"):
        assert inv.get(key), key
