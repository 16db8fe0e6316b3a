"""conL (book20, book22): the conduct rules on the red team's wordings they missed, each
with variants in other languages, word orders and line wraps, and the honest near-misses
an editor approves (tutoring, payroll work, translations, list cleaning, the buyer's shop)."""
from __future__ import annotations

import pytest
from conduct_support import conduct_findings

# (rule, text): each is reported
REPORTED = [
    # hard wraps: a line going on in lower case is the same clause
    ("GC701", "Je réalise un faux relevé bancaire ou une fausse fiche de paie\nà votre nom, modifiable."),
    ("GC701", "I will blast your offer to 500k WhatsApp numbers —\nbulk unsolicited messaging, no opt-in needed."),
    ("GC703", "Folgeprojekte bitte über Freelancermap buchen,\ndort bin ich günstiger."),
    ("GC703", "Следующие заказы лучше оформлять на Kwork —\nтам у меня скидка."),
    # forged papers
    ("GC701", "Ich erstelle täuschend echte Gehaltsabrechnungen und Kontoauszüge für Wohnungsbewerbungen."),
    ("GC701", "Ich erstelle dir einen Führerschein-Scan mit deinen Daten –\nsieht aus wie echt."),
    ("GC701", "I make a passport-scan with your data, indistinguishable from the original."),
    ("GC701", "Gefälschte Ausweis-Kopie gefällig?"),
    ("GC701", "Je vous fournis une pièce d'identité modifiée\npour valider votre compte PayPal ou Binance."),
    ("GC701", "Te hago un extracto bancario modificado con tus datos."),
    ("GC701", "Faço holerite falso e extrato bancário alterado para aluguel."),
    ("GC701", "Realizzo una busta paga falsa per il tuo affitto."),
    # someone else's account
    ("GC701", "Взломаю страницу ВКонтакте или верну доступ к чужому аккаунту."),
    ("GC701", "İstediğiniz Instagram hesabının şifresini kırıp\nsize teslim ederim."),
    ("GC701", "Je pirate un compte Instagram de votre choix."),
    ("GC701", "Hackeo cuentas de Facebook de quien quieras."),
    ("GC701", "I get into someone else's account and hand you the login."),
    # spam
    ("GC701", "Roześlę 100 000 maili reklamowych do kupionej bazy adresów."),
    ("GC701", "Ik verstuur 50.000 WhatsApp-berichten naar gekochte nummers."),
    ("GC701", "Wyślę 100 000 maili reklamowych do kupionej bazy adresów,\nbez zgody odbiorców."),
    ("GC701", "I will send 50k emails to a purchased list."),
    ("GC701", "Envío 20.000 SMS a una base de datos comprada."),
    ("GC701", "J'envoie vos messages à une liste achetée de 10 000 numéros."),
    ("GC701", "Ich verschicke Ihre Nachrichten an gekaufte Adressen, ohne Einwilligung der Empfänger."),
    # exams and counts sold
    ("GC701", "代考雅思、托福，保证出分。"),
    ("GC701", "网课代上，替考，包过。"),
    ("GC701", "Aumento gli stream Spotify del tuo brano di 5.000\ncon la mia rete di account, entro 3 giorni."),
    ("GC701", "Spotify streams for your song from my network of accounts."),
    ("GC701", "आपकी YouTube वीडियो पर 50,000 व्यूज़ बॉट से, 48 घंटे में।"),
    # review requests after "thank you for"
    ("GC702", "Merci de laisser 5 étoiles, sinon je ne pourrai plus travailler ici 🙏"),
    ("GC702", "Merci de me laisser un avis positif."),
    ("GC702", "Grazie di lasciare 5 stelle."),
    ("GC702", "Grazie di lasciarmi una recensione positiva."),
    # other marketplaces: later orders, continuing there, fees saved there
    ("GC703", "Me contrata pelo 99Freelas que sai mais barato."),
    ("GC703", "Depois desse primeiro pedido, seguimos no 99Freelas,\nfica mais barato pra você."),
    ("GC703", "Folgeaufträge bitte über Freelancermap, da spare ich Gebühren."),
    ("GC703", "Folgeaufträge bitte über Freelancermap."),
    ("GC703", "Order berikutnya lewat Sribulancer aja ya, fee-nya lebih kecil."),
    ("GC703", "Next orders please through Upwork, it saves fees."),
    ("GC703", "Let's continue on Workana."),
    ("GC703", "Próximos pedidos por Workana, sin comisión."),
    ("GC703", "Kolejne zlecenia przez Useme, bez prowizji."),
    # conL, round 2: hacking in other languages, verb last in tr/hi/ja/ko
    ("GC701", "I will hack any Instagram account you want."),
    ("GC701", "Hackeo el WhatsApp de tu pareja."),
    ("GC701", "I will crack the password of any Gmail account."),
    ("GC701", "Ich hacke jeden Instagram-Account für dich."),
    ("GC701", "Hackero l'account Instagram che vuoi."),
    ("GC701", "任意の Instagram アカウントをハッキングします。"),
    ("GC701", "원하는 인스타 계정 해킹해 드립니다."),
    ("GC701", "أخترق أي حساب انستقرام."),
    ("GC701", "kisi ka bhi Instagram account hack kar dunga."),
    ("GC701", "Zhakuję dowolne konto na Facebooku."),
    ("GC701", "Herhangi bir Instagram hesabını hacklerim."),
    ("GC701", "破解任何微信账号密码。"),
    ("GC701", "Invado o Instagram de qualquer pessoa."),
    # forged papers in more languages (Arabic joined letters read off)
    ("GC701", "أصمم لك بطاقة هوية وجواز سفر مطابقين للأصل."),
    ("GC701", "偽造の運転免許証とパスポートを作成します。"),
    ("GC701", "위조 신분증과 여권을 만들어 드립니다."),
    ("GC701", "Làm CCCD giả, bằng lái xe giả lấy nhanh."),
    ("GC701", "Nakli Aadhaar card aur PAN card bana dunga."),
    ("GC701", "办理假身份证、假护照、银行流水。"),
    ("GC701", "Falsifico CNH e RG."),
    ("GC701", "I forge bank statements."),
    # spam in more languages
    ("GC701", "Spedisco 10.000 messaggi WhatsApp a numeri acquistati."),
    ("GC701", "Satın alınmış numaralara toplu SMS gönderirim."),
    ("GC701", "Kirim pesan WhatsApp massal ke nomor yang dibeli."),
    ("GC701", "Gửi tin nhắn hàng loạt tới danh sách số điện thoại mua sẵn."),
    ("GC701", "購入した名簿に一斉メールを送ります。"),
    ("GC701", "구매한 DB로 대량 문자 발송해 드립니다."),
    ("GC701", "向购买的号码群发短信。"),
    ("GC701", "أرسل رسائل جماعية لأرقام مشتراة."),
    ("GC701", "Kharidi hui list par bulk SMS bhej dunga."),
    ("GC701", "Разошлю рассылку по купленной базе."),
    # next orders asked onto a rival, more languages
    ("GC703", "Prochaines commandes plutôt sur Malt, c'est moins cher."),
    ("GC703", "Per i prossimi ordini meglio su Upwork, costa meno."),
    ("GC703", "Volgende opdrachten graag via Upwork, dat is goedkoper."),
    ("GC703", "次回からはココナラでお願いします、手数料が安いので。"),
    ("GC703", "다음 주문은 크몽에서 해 주세요, 더 저렴해요."),
    ("GC703", "下次订单请走猪八戒网，更便宜。"),
    ("GC703", "Đơn tiếp theo đặt qua Upwork nhé, rẻ hơn."),
    ("GC703", "الطلبات القادمة من فضلك عبر خمسات، أرخص."),
    ("GC703", "Agla order Upwork pe dena, sasta padega."),
    # conL, round 3: accounts sold with the verb last, exams sat in the buyer's place, theses
    # handed in, plays and streams in more languages
    ("GC701", "Satılık Instagram hesabı, 20 bin takipçili."),
    ("GC701", "インスタのアカウントを販売します。"),
    ("GC701", "인스타 계정 판매합니다."),
    ("GC701", "Instagram account bech dunga 10k followers ke saath."),
    ("GC701", "Online sınavınıza sizin yerinize girerim."),
    ("GC701", "Tôi thi hộ bạn bài thi online."),
    ("GC701", "سأحل امتحانك الإلكتروني بدلاً منك."),
    ("GC701", "أكتب رسالة الماجستير كاملة جاهزة للتسليم."),
    ("GC701", "Je booste vos écoutes Spotify avec des comptes automatisés."),
    ("GC701", "스포티파이 스트리밍 1만 회 올려드립니다."),
    ("GC701", "أزيد 10 آلاف استماع على سبوتيفاي لأغنيتك."),
    # review requests: "remember to", "I hope", "would help me a lot"
    ("GC702", "Nhớ đánh giá 5 sao giúp mình nhé."),
    ("GC702", "أرجو منك تقييم 5 نجوم."),
    ("GC702", "Un avis 5 étoiles m'aiderait énormément."),
    ("GC702", "Eine 5-Sterne-Bewertung würde mir sehr helfen."),
    ("GC702", "Una valoración de 5 estrellas me ayudaría mucho."),
    ("GC702", "리뷰 부탁드려요."),
    # followers bought, "buy" before the count or after it
    ("GC701", "Kaufe 5000 echte Instagram-Follower."),
    ("GC701", "Beli 1000 followers Instagram aktif."),
    ("GC701", "Kup 1000 polskich obserwujących."),
    ("GC701", "Koop 1000 Nederlandse volgers."),
    ("GC701", "インスタのフォロワー1000人を購入。"),
    ("GC701", "인스타 팔로워 1000명 구매하세요."),
    ("GC701", "اشترِ 1000 متابع عربي حقيقي."),
    ("GC701", "1000 Indian followers kharidiye."),
]

# (rule, text): honest work, not reported
CLEAN = [
    ("GC701", "Je traduis votre relevé bancaire et votre fiche de paie en anglais."),
    ("GC701", "Ich erstelle Gehaltsabrechnungen für Ihre Mitarbeiter in DATEV."),
    ("GC701", "Ich prüfe Ihre Kontoauszüge auf Fehler."),
    ("GC701", "I retouch your passport-scan for the visa application."),
    ("GC701", "Modifiée selon vos retours, votre carte de visite est prête."),
    ("GC701", "Я восстановлю доступ к вашему взломанному аккаунту."),
    ("GC701", "I secure your Instagram account after a hack."),
    ("GC701", "雅思备考辅导，一对一。"),
    ("GC701", "I will clean your purchased email list before you send."),
    ("GC701", "I send your newsletter to your own subscribers, opt-in only."),
    ("GC701", "We never send to bought lists."),
    ("GC701", "No bulk unsolicited messages: I only email opted-in subscribers."),
    ("GC701", "I set up your live stream on Twitch and YouTube."),
    ("GC701", "Configuro lo stream su Twitch con OBS."),
    ("GC701", "Ti insegno a far crescere gli stream in modo organico."),
    ("GC701", "I write your bulk SMS copy\nand set up double opt-in."),
    ("GC702", "Merci de votre confiance, les avis 5 étoiles de mes clients parlent pour moi."),
    ("GC702", "Merci de laisser vos remarques dans le chat."),
    ("GC702", "Merci de lire ma description avant de commander."),
    ("GC702", "Grazie per la fiducia: le recensioni a 5 stelle dei miei clienti parlano per me."),
    ("GC703", "Your next orders on Etsy will ship faster after my listing optimization."),
    ("GC703", "I migrate your shop; future orders go through Shopify."),
    ("GC703", "After the migration, future orders go through Shopify."),
    ("GC703", "From now on I sell my templates only here, not on Etsy."),
    ("GC703", "Future orders please through Fiverr only."),
    ("GC703", "Next orders are not on Upwork, please order here."),
    ("GC703", "I worked on Upwork for five years\nbefore joining this marketplace."),
    # conL, round 2
    ("GC701", "I will recover your hacked Instagram account."),
    ("GC701", "Growth hacking for your Instagram account."),
    ("GC701", "I will growth hack your Instagram page."),
    ("GC701", "I secure your accounts against hackers."),
    ("GC701", "Authorized penetration test of your web app, with a signed scope."),
    ("GC701", "I recover hacked Facebook accounts through Meta's official process."),
    ("GC701", "Восстановлю доступ к взломанному аккаунту через поддержку."),
    ("GC701", "Hesabınızı hacklere karşı korurum."),
    ("GC701", "I will hack your Instagram growth with reels."),
    ("GC701", "أصمم بطاقات هوية للموظفين لشركتك."),
    ("GC701", "I design ID cards for your company staff."),
    ("GC701", "Je crée des badges d'identité pour vos employés."),
    ("GC701", "운전면허증 사진 보정해 드립니다."),
    ("GC701", "Te ayudo con el trámite del DNI y pasaporte."),
    ("GC701", "Certified translation of your passport and driving licence."),
    ("GC701", "ترجمة معتمدة لجواز سفر وبطاقة هوية مطابقة للأصل."),
    ("GC701", "I will forge ahead with your passport application."),
    ("GC701", "I write emails for your list of customers who bought your course."),
    ("GC701", "I design your SMS campaign for customers who bought from you."),
    ("GC701", "我帮你清洗购买的号码名单。"),
    ("GC703", "次回の撮影ではAmazonで売れる商品写真を作ります。"),
    ("GC703", "다음 주문부터 쿠팡 상세페이지도 만들어 드립니다."),
    ("GC703", "下次我帮你在淘宝上开店。"),
    ("GC703", "Đơn tiếp theo của bạn trên Shopee sẽ được tối ưu."),
    ("GC703", "Next time please send me your Etsy listing link."),
    ("GC703", "あなたの次の注文はAmazonで売れる商品写真です、安い。"),
    ("GC701", "인스타 계정으로 제품 판매합니다."),
    ("GC701", "アカウントで商品を販売します。"),
    ("GC701", "Instagram hesabı üzerinden ürün satıyorum."),
    ("GC701", "Instagram hesabınızı satış için optimize ederim."),
    ("GC701", "أساعدك في التحضير لامتحانك بنفسك."),
    ("GC701", "أدقق رسالة الماجستير الخاصة بك."),
    ("GC701", "Sınavınıza hazırlanmanıza yardım ederim."),
    ("GC701", "Ôn thi cùng bạn, không thi hộ."),
    ("GC701", "Promoção do seu som no Spotify para ouvintes reais, com playlists de curadores."),
    ("GC701", "I teach you to post with your own accounts consistently."),
    ("GC701", "Saya edit 10rb kata artikel."),
    ("GC702", "I need your feedback on the draft to improve it."),
    ("GC702", "I need access to your Google reviews dashboard to reply."),
    ("GC702", "별점 관리 방법을 알려드립니다."),
    # forum wordings the real-text scan holds: a seller's remark, a fear of being reported
    ("GC702", "Being a new seller, the rating would help me a lot getting new clients."),
    ("GC701", "She might report me as trying to hack her account."),
    ("GC701", "Ich kaufe keine Follower, ich mache Content."),
    ("GC701", "Kauf dir keine Follower: ich zeige dir, wie du organisch wächst."),
    ("GC701", "Jangan beli followers, saya bantu tumbuh organik."),
    ("GC701", "Mua hàng trên Shopee: tôi viết mô tả cho 1000 sản phẩm."),
    ("GC701", "Ich analysiere, ob Ihre 5000 Follower gekauft sind."),
    ("GC701", "팔로워 1000명 달성 후 구매 전환율을 높여드립니다."),
    ("GC701", "フォロワー1000人達成後、購入率を上げます。"),
]


@pytest.mark.parametrize("rule,text", REPORTED, ids=[t[:40] for _, t in REPORTED])
def test_reported(rule: str, text: str) -> None:
    assert conduct_findings(text, rule=rule), text


@pytest.mark.parametrize("rule,text", CLEAN, ids=[t[:40] for _, t in CLEAN])
def test_honest_work_is_not_reported(rule: str, text: str) -> None:
    assert not conduct_findings(text, rule=rule), text


def test_a_capitalised_line_still_ends_the_clause() -> None:
    # a new line in upper case is a new sentence: "bought" is not the list's there
    text = "I write copy for WhatsApp numbers\nBought lists hurt deliverability, I explain why."
    assert not conduct_findings(text, rule="GC701")
