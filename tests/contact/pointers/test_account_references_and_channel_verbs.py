"""Round 7 of issue 12: the general causes behind the seventh blind set's misses and false
alarms, each with variants of our own in several languages and the honest sentences next
to them.

* pointers: "this site" as the account's reference, CJK profile names, Ukrainian
  possessives and "the same", a search verb with the seller as its object, possessives
  glued to the noun ("tokoku");
* leaving: the seller present on other sites, none named (a warning), and an error once
  a channel is named;
* channel verbs with a channel tied by any word ("text me over Telegram"), contact
  infinitives after a purpose word ("um mich zu erreichen"), Thai contact phrases,
  LinkedIn's bare /in/ path;
* line breaks and disguise: numbered list items as label and value, a label paragraph
  over a number, spaced handles and addresses with their "." and "_", the katakana long
  mark as a dash, Bengali digits in Latin letters, arrows after an ID label, numbers in
  table cells labelled by their header or neighbour;
* false alarms: "no need to", integration verbs with affixes, templates to fill in, the
  seller's past off the platform, counts and ranges that are no phone numbers.
"""
from __future__ import annotations

import pytest
from contact_support import reported, warning_tests, worst
from table_support import table_test

POINTERS = [
    "Mój Instagram to ten sam nick co na tej stronie.",
    "Mi Discord es mi usuario de esta plataforma con 99 al final.",
    "Mon Telegram, c'est mon pseudo de ce site.",
    "Mein Discord ist mein Name von dieser Seite plus 2024.",
    "My Telegram is my name on this site plus an underscore.",
    "我的微信号和这个网站的昵称一样。",
    "私のInstagramはアカウント名と同じです。",
    "Мій Telegram — той самий нік, що й тут.",
    "Мій WhatsApp — той самий номер, що в PDF у портфоліо.",
    "Hanapin mo ako sa Instagram, parehong pangalan.",
    "Cari aku di Facebook ya, namanya sama.",
    "Szukaj mnie na Instagramie.",
    "Cari nama studioku di Instagram lalu DM di sana.",
    "Beni Instagram'da bul, aynı isim.",
]


@pytest.mark.parametrize("text", POINTERS)
def test_pointers_to_an_account_are_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


OTHER_PLACES = [
    "Também estou em outras redes sociais, é só procurar.",
    "Je suis aussi sur d'autres plateformes si besoin.",
    "Mich findest du auch auf anderen Plattformen.",
    "Saya juga ada di sosmed lain kok.",
    "Makikita mo rin ako sa ibang platforms.",
    "Nipo pia kwenye mitandao mingine.",
    "I'm also on other platforms, same username.",
    "Jestem też na innych platformach.",
    "Diğer platformlarda da varım.",
    "Mình cũng có mặt trên các nền tảng khác.",
    "Main doosre platforms pe bhi hoon.",
    "أنا موجود أيضا على منصات أخرى.",
    "Saya juga aktif di platform lain dengan nama yang sama.",
]

test_the_seller_on_other_sites_is_a_warning = warning_tests(OTHER_PLACES)


def test_other_sites_with_a_channel_named_is_an_error(lint):
    text = "Também estou em outras redes, principalmente no Instagram."
    assert worst(lint, text) == "error", reported(lint, text)


OTHER_PLACES_HONEST = [
    "I have experience with other platforms like Upwork.",
    "I will post your content on other social networks too.",
    "Tenho experiência em outras plataformas de e-commerce.",
    "Unlike other platforms, Fiverr protects your payment.",
    "Saya akan mengunggah video Anda ke platform lain juga.",
    "Diğer platformlarda da çalıştım.",
    "Main doosre platforms pe bhi kaam karta hoon.",
    "I worked on other platforms before joining Fiverr.",
    "We compare your store with other sites in your niche.",
]


@pytest.mark.parametrize("text", OTHER_PLACES_HONEST)
def test_other_sites_as_the_work_or_a_comparison_are_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


CONTACT_ERRORS = [
    "Text me over Telegram instead of the Fiverr inbox.",
    "Ping me using Discord.",
    "Nutze WhatsApp, um mich zu erreichen.",
    "Verwende Signal, um mir zu schreiben.",
    "Gunakan Telegram untuk menghubungi saya.",
    "Gebruik WhatsApp om mij te bereiken.",
    "Usa Signal per raggiungermi.",
    "ติดต่อผ่านไลน์ได้เลยครับ",
    "แอดไลน์มาคุยกันได้นะคะ",
    "ติดต่อทาง WhatsApp ได้เลย",
    "Profile: /in/maria-lopez-design",
    "References on /in/jan-kowalski84.",
    "LINEください！ID→ hana_nails_22",
    "Skype? Sure. ID -> lunaframes_22",
]


@pytest.mark.parametrize("text", CONTACT_ERRORS)
def test_contact_invitations_and_paths_are_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


CONTACT_HONEST = [
    "Text me over the Fiverr chat whenever you like.",
    "Email me over the weekend through Fiverr messages.",
    "Nutze das Fiverr-Postfach, um mich zu erreichen.",
    "Gunakan fitur chat Fiverr untuk menghubungi saya.",
    "Ich nutze Telegram, um meine Kunden zu erreichen.",
    "ติดต่อผ่าน Fiverr ได้เลยครับ",
    "รับทำการตลาดออนไลน์ ส่งงานตรงเดดไลน์",
    "ออกแบบโพสต์เฟสบุ๊คและไอจีให้ร้านของคุณ",
    "Files go to data/in/input.csv and the /in/ folder.",
    "The route /in/checkout handles the cart.",
    "Log in/sign up flows with email verification.",
]


@pytest.mark.parametrize("text", CONTACT_HONEST)
def test_the_marketplace_the_work_and_plain_paths_are_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


LAYOUT_ERRORS = [
    "1. Write me\n2. on Insta\n3. @lena.draws",
    "1. Telegram:\n2. @nora_tr",
    "Telefono:\n\n333\n444\n5566",
    "Numéro de téléphone :\n\n06 12\n34 56\n78",
    "Nipigie simu: 0722 512 804",
    "| WhatsApp | 912 345 678 |",
    "| Contacto | 912 345 678 |",
    "| Name | Phone |\n|---|---|\n| Ana | 912 345 678 |",
    "Telemóvel: 912 345 678",
    "MB WAY para o 912 345 678",
    "contact: s a r a . l e e 8 8 at y a h o o dot c o m",
    "WeChat: l i n _ 7 7 3 1",
    "IG: s a r a _ a r t . s t u d i o",
    "電話：〇八〇ー一二三四ー五六七八",
    "電話：080ー1234ー5678",
    "amar phone: shunno ek noy, chhoy char, dui tin, aat saat, ek shunno",
    "电话：零九零—四八二一—七七三六",
    "電話番号\n\n090\n4821\n7736",
    "電話番号: 090\n4821\n7736",
    "Số điện thoại: 0983\n471\n256",
    "Telefon\n\n0532\n412\n7788",
    "- WhatsApp\n- 0612 345 678",
]


@table_test("text", LAYOUT_ERRORS)
def test_details_across_layout_and_spelling_are_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


NOT_CONTACT = [
    "Repeat buyers: use the Order Again button, no need to message me elsewhere.",
    "No hace falta escribirme por fuera, todo va por Fiverr.",
    "Não precisa me chamar fora da plataforma, respondo aqui.",
    "Saya akan integrasikan pembayaran GoPay dan OVO ke aplikasi Anda.",
    "Saya akan hubungkan pembayaran DANA ke toko online Anda.",
    "سأنشئ لك متجرا يدعم الدفع عبر فودافون كاش.",
    "Mẫu danh thiếp: ten@congty.vn, 09xx xxx xxx (điền thông tin của bạn).",
    "My off Fiverr experience includes agency work.",
    "Mi experiencia fuera de Fiverr incluye diez años de agencia.",
    "数字の読み方：ゼロイチニーサンヨンゴーロクナナハチキュー",
    "Count along: onetwothreefourfivesixseveneightnine",
    "料金：5000ー10000円",
    "Price: 5000-10000 words per batch.",
    "二〇二四ー二〇二五年の実績です。",
    "| Package | Price |\n|---|---|\n| Basic | 912 345 678 |",
    "I can char-grill 2 steaks or open a tin of 3 beans.",
    "Steps: a . b . c, then review.",
    "Orders delivered\n\n1200\n3400\n5600",
    "- Logo\n- 2019 2020 2021",
    "Số lượng: 120 sản phẩm, giao 3 ngày",
    "No necesitas escribirme por WhatsApp, respondo aquí en minutos.",
    "No tienes que pagar por PayPal, todo va por Fiverr.",
    "名片模板：姓名@公司.com，138XXXXXXXX（填写您的信息）",
    "メール：名前@会社.jp（テンプレート）",
    "Pacotes: 150 - 300 - 600 reais",
    "Pakiety: 150 - 300 - 600 zł",
]


@table_test("text", NOT_CONTACT)
def test_honest_sentences_are_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


LEAVING_TOGETHER = [
    "Chiudiamo l'accordo fuori da Fiverr.",
    "Załatwmy to poza Fiverrem.",
    "دعنا نتفق خارج فايفر.",
    "Tufanye biashara nje ya Fiverr.",
    "Hai să vorbim în afara Fiverr.",
]
LEAVING_REFUSED = [
    "Tous les paiements se règlent sur Fiverr, jamais en dehors de la plateforme.",
    "Non facciamo mai affari fuori da Fiverr.",
    "Nigdy nie pracuję poza Fiverrem.",
    "Facciamo video per il tuo brand, anche per uso fuori da Fiverr.",
]


@pytest.mark.parametrize("text", LEAVING_TOGETHER)
def test_dealing_together_outside_is_an_error(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


@pytest.mark.parametrize("text", LEAVING_REFUSED)
def test_refusals_and_the_work_outside_are_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


def test_a_claimed_template_address_stays_an_address(lint):
    # "我的邮箱" (my mailbox) claims it: placeholder words do not excuse an owned address.
    assert worst(lint, "我的邮箱：姓名@公司.com") == "error"


def test_a_negation_before_the_verb_only(lint):
    # "no necesitas esperar" after the invitation negates the waiting, not the invitation.
    assert worst(lint, "Escríbeme por WhatsApp, no necesitas esperar.") == "error"


def test_polish_we_is_not_english_my(lint):
    # "my" is Polish "we": read in English text it made the seller's past a deal together.
    assert worst(lint, "My off-Fiverr clients are mostly local bakeries.") == "clean"
    assert worst(lint, "Możemy pracować poza Fiverr, taniej.") == "error"
