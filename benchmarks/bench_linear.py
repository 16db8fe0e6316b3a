"""Time growth on hostile inputs: each family at sizes n, 2n, 4n, 8n.

Prints the median of several runs per size and the ratio t(8n)/t(n): about 8 means
linear, about 64 would mean quadratic. Run: python benchmarks/bench_linear.py [--repeat 3]
"""
from __future__ import annotations

import argparse
import statistics
import time

FAMILIES = {
    "a@a@a": lambda n: "a@" * n,
    "at dot": lambda n: "at dot " * (n // 3),
    "spaced letters": lambda n: "s k y p e " * (n // 5),
    "digits + spaces": lambda n: "1 " * n,
    "brackets": lambda n: "[" * n,
    "links": lambda n: "[x](http://a.com/x) " * (n // 10),
    "bare urls": lambda n: "see www.a.com and b.co " * (n // 12),
    "emphasis": lambda n: "*a " * n,
    "script links": lambda n: "[x](javascript:alert(1)) <a href='java&#09;script:x' onclick=y()> `" * (n // 64),
    "mixed scripts": lambda n: "ѕkуpе微信" * (n // 4),
    "wrapped lines": lambda n: "just text me on\nTelegram and " * (n // 28),
    "pointers": lambda n: "same name on Instagram, just add _art, find me elsewhere, deal outside " * (n // 70),
    "leave requests": lambda n: "keep talking outside, nicht hier, sondern direkt; lo sacamos de aquí " * (n // 68),
    # detL: calls before the order, the marketplace's chat replaced, better ways than the inbox, carrying on privately
    "swaps and calls": lambda n: (
        "Before ordering, a quick Zoom call; Fiverr's chat is slow, use WhatsApp instead or the other app, "
        "easier ways to reach me than this inbox; we start here and continue privately " * (n // 180)
    ),
    "handle intros": lambda n: "Viber me, I'm as id: soy @ " * (n // 27),
    "pay directly": lambda n: "pay PayPal directly on Fiverr, no acepto " * (n // 41),
    "spelled address": lambda n: "a/" * (n // 4) + "@/" + "b/" * (n // 4),
    "bracket words": lambda n: "[ab] " * (n // 5) + "(" * (n // 5),
    "arrow digits": lambda n: "call " + "12 ➡ " * (n // 5),
    "line digits": lambda n: "call +1 " + "12\n" * (n // 3),
    "then digits": lambda n: "text 12 " + "then 34 " * (n // 8),
    "hyphen breaks": lambda n: "Pay-\n" * (n // 5),
    # detT: stated swaps ("a = @" declared again and again) and figures one to a line
    "stated swaps": lambda n: "ana#gmail.com replace # with @ a = @ " * (n // 38),
    "lines of figures": lambda n: "- Step 12 fast\n" * (n // 15),
    # detQ3: a user name broken before its underscore, and disguised glued names
    "underscore breaks": lambda n: "jiwoo\n_design " * (n // 15) + "a\n_b_" * (n // 6),
    "glued disguises": lambda n: "ラ◯ン카.톡薇❤" * (n // 8),
    "address breaks": lambda n: "a@\nb \n.c   \n" * (n // 12),
    "table cells": lambda n: "| a | b |\n|---|---|\n" + "| 12- | 34 |\n" * (n // 12),
    "gig prose": lambda n: ("I will record your voice over at 48 kHz. Order now! " * (n // 50)),
    "placeholders": lambda n: "Instagram @yourshopyourbrand info@tudominio.com " * (n // 48),
    # detI: number labels broken over lines (phone_guards._label_goes_on) and ranges of clock times
    "label lines": lambda n: "Order ID:\n#\n" * (n // 24) + "0151 2345 " + "09.00-18.00 " * (n // 24),
    "middlemen": lambda n: "no middlemen — sin intermediarios, we close it privately — without the dot " * (n // 76),
    "ids and networks": lambda n: "order ID (format 415-555-0132) 10.0.0.0/24 " * (n // 44),
    # payhandle2: intros before a platform, accounts in brackets, UPI and lower-case IBANs
    "intro before": lambda n: "I'm luna on insta as bob Sou a x no " * (n // 36),
    "accounts": lambda n: "Bizum (612 555 019) UPI a@ybl de89 3704 0044 PayPal-Zahlung " * (n // 60),
    "glued accounts": lambda n: "a" * (n // 2) + "@ybl" + "1" * (n // 2),
    "stacked cells": lambda n: "| Telegram | a@ |\n|---|---|\n" + "| Discord | @x_1 |\n| b. | .c |\n" * (n // 34),
    "label items": lambda n: "- Skype:\n- live:x\n- a@\n- @b.c\n" * (n // 32),
    "symbol emails": lambda n: "a🌀b•c©d。" * (n // 8) + " gmail",
    "bracket digits": lambda n: "WA: " + "(12) [34] {56} <78> " * (n // 20),
    "template numbers": lambda n: 'Sample "call us" e.g. +1 555 0100, like hi@yourbakery.co ' * (n // 58),
    "example tables": lambda n: "| Need | Example |\n|---|---|\n| mail | a@yourshop.co |\n\n" * (n // 56),
    # payhandle3: own accounts, payees and amounts before a service, with and without ends
    "own accounts": lambda n: "Your customers pay me $50 via Wise to my account directly " * (n // 58),
    "own accounts.": lambda n: "pay me 50€ par Lydia a mi cuenta. " * (n // 34),
    "questions": lambda n: "Prefer Zelle? Send it over, no fee. " * (n // 36),
    # budget: padding judged per window, indexed suppressions and extras
    "padding": lambda n: "<!-- " + "wa x " * (n // 5) + " -->\nskype: nora.smith22",
    "directives": lambda n: "Mail a@b.co\n" + "<!-- gigcheck-disable GC201 -->\n" * (n // 32),
    "extra headings": lambda n: "## Extras\n" + "".join(f"### Extra {i} x{i}\n" for i in range(n // 20)),
    # det12: the orders to come, searches for the seller's name, sample labels, Korean numerals
    "orders to come": lambda n: "next time we deal directly, no fees " * (n // 36),
    "name searches": lambda n: "busca el nombre de mi estudio " * (n // 30),
    "sample labels": lambda n: "Bio template: DM @yourbrand 'Drop your email' +44 20 7946 0958 " * (n // 64),
    # detfp: masked numbers after a call verb, framed code blocks, "outside <marketplace>" in
    # any language, date ranges, Thai without spaces
    "masks": lambda n: "Call +7 (XXX) XXX-XX-" * (n // 20) + "XX9",
    "framed blocks": lambda n: "Signature template:\n```\na@yourco.com +1 555 0100\n```\n" * (n // 48),
    "outside marks": lambda n: "pay PayPal hors de la sin pasar por outside of the Fiverr " * (n // 58),
    "date ranges": lambda n: "01.02.2024 – 31.12.2024 " * (n // 24),
    "thai": lambda n: "ชำระเงินนอกแพลตฟอร์มผ่าน" * (n // 25) + " PromptPay",
    "korean numerals": lambda n: "공일공 일이삼사 " * (n // 9),
    # detptr: pointers into media, private lines, ASCII stems, bracketed symbols
    "media pointers": lambda n: "my email is in the video, Nomor WA ada di gambar, 連絡先は画像に " * (n // 60),
    # detV: identifiers pointed to over a whole sentence (one sentence, no full stop), with digit runs
    "identifier pointers": lambda n: "my ID 12 34 in my avatar, QQ号就是我头像, same as my username here " * (n // 64),
    "private lines": lambda n: "my private number, meine private Nummer, nomor pribadi saya " * (n // 60),
    "ascii stems": lambda n: "gorselinde metadanych videomun " * (n // 31),
    "bracket symbols": lambda n: "[a] [@] [.] (b) " * (n // 16),
    # detrt6b: stand-in accounts, feature lists after a colon, means phrases after a call
    # verb, prices next to "off-Fiverr", "also" before a service
    "stand-in accounts": lambda n: "Pay to: IBAN XX00 0000 " + "0000 x-" * (n // 7),
    "feature lists": lambda n: "Bot development: " + "admin, Stripe payments, " * (n // 24),
    "means phrases": lambda n: "call me — through the icon in our " * (n // 34) + "Fiverr chat",
    "own prices": lambda n: "my off-Fiverr rate, mi tarifa fuera de Fiverr, also via PayPal " * (n // 62),
    # detrt6a: breaks before "@domain", letters bracketed inside words, rows read on, channels used
    "break before at": lambda n: "yuki.tanaka\n@yahoo.co.jp\n" * (n // 25),
    "inner brackets": lambda n: "Sk{y}pe(s)[x]" * (n // 13),
    "rows read on": lambda n: "| a | b |\n|---|---|\n" + "| tel. | 601 |\n| | 234 |\n" * (n // 26),
    "used to reach": lambda n: "use WhatsApp to reach me, scan the QR code in image 3 to chat " * (n // 62),
    "kana numerals": lambda n: "ゼロ・" * (n // 3) + "サンプル " + "ニーサン" * (n // 4) + "X",
    "one letter lines": lambda n: "a\n" * (n // 2) + "bc",
    # conduct9: counts sold (labels, windows, slang, counts after the thing), CJK read by
    # character, review asks after please/if/who and verbs after the noun, places after names
    "counts sold": lambda n: "Extra: +1,000 YouTube views in 24 hours with 10k followers non-drop " * (n // 68),
    "cjk counts": lambda n: "フォロワーを1万人増やします刷10万播放量不掉粉" * (n // 23),
    "review asks": lambda n: "kindly leave a 5★ rating ⭐⭐⭐⭐⭐ who rate get a free bonus si dejas " * (n // 66),
    "cjk reviews": lambda n: "★5の評価をいただけると好评返现리뷰 부탁드립니다" * (n // 25),
    # conL: soft wraps (a line in lower case goes on), compounds' heads, later orders on a rival
    "soft wraps": lambda n: "\n" + " " * (n // 2) + "x" + "faux relevé bancaire\n  à votre nom-scan " * (n // 40),
    "later orders": lambda n: "Folgeaufträge bitte über Freelancermap, seguimos no 99Freelas, " * (n // 62),
    "places after": lambda n: "Upwork pe bhi Bionluk'ta da ランサーズでも 숨고에서도 mi tienda de Etsy " * (n // 62),
    # detect7: spaced handles with "." and "_", other sites, bare /in/ paths, kana dashes,
    # numbers under labels, ID arrows, glued counts
    "spaced dots": lambda n: "j o r d a n . k e l l y _ " * (n // 26) + "at g m a i l dot c o m",
    "other sites": lambda n: "estou em outros cantos, ada di platform lain, me on other sites " * (n // 64),
    "in paths": lambda n: "/in/a-b" * (n // 7) + " /in/x-" * (n // 7),
    "kana dashes": lambda n: "電話：" + "〇九ー" * (n // 3),
    "label numbers": lambda n: "Telefono:\n\n" + "34 5\n" * (n // 5),
    "id arrows": lambda n: "LINE ID→ " * (n // 9) + "x_1",
    "glued counts": lambda n: "ゼロイチニーサンヨンゴーロクナナハチキュー" * (n // 20),
    # det10a: named look-alike letters, lone names over values, header rows over split
    # numbers, sentences over list items, names in pieces, repeated groups and dates
    "small capitals": lambda n: "ꜱɴᴀᴘ🆂🅺🇸🇰 " * (n // 9),
    "lone names": lambda n: "S\nK\nY\n\nid: a_b\n\n" * (n // 18),
    "header rows": lambda n: "| DDD | Número |\n|---|---|\n" + "| 21 | 99876-5432 |\n" * (n // 20),
    "phrase items": lambda n: "- escríbeme\n- por WhatsApp\n- al 612 445 566\n" * (n // 44),
    "name pieces": lambda n: "(priya) + 'designs' + " * (n // 22) + " at yahoo",
    "repeat groups": lambda n: "number: " + "2x 4, then 88 twice, then 7 x2 " * (n // 30),
    "dates in digits": lambda n: "Nr: " + "12 2024-05-01 150 " * (n // 18),
    "cut links": lambda n: "t.me/\na_b\n- t.me/\n- c.d\n" * (n // 24),
    # a paragraph hard-wrapped into thousands of short lines in a script the line joins read
    "wrapped cyrillic": lambda n: "теле \n" * (n // 6),
    # det10b: conditions of dealing directly, "not here" after a word of elsewhere, ways to a
    # better price, tips and remittance brands, arrangements, "find me" with elsewhere
    "direct conditions": lambda n: "wenn wir direkt, kalau langsung ke saya, 直接的话 cheaper " * (n // 56),
    "not here": lambda n: "privately, not here, por fora, não por aqui outside " * (n // 52),
    "cheaper ways": lambda n: "ask me how to get my work " * (n // 26) + "cheaper",
    "tips and brands": lambda n: "Tips can go to my PayPal, MoneyGram for buyers, Havale ile de " * (n // 60),
    "arrangements": lambda n: "find another arrangement for the, trouver un autre arrangement " * (n // 62),
    "found away": lambda n: "man findet mich auch woanders, мене можна знайти й деінде " * (n // 58),
    # detA: settling between us, accounts named before a service, prefixed services, asked channels
    "settled between": lambda n: "we settle the rest between us, régler la suite entre nous " * (n // 58),
    "accounts before": lambda n: "te paso mi alias de mi cuenta de Mercado Pago " * (n // 46),
    "prefixed services": lambda n: "pwede mag-GCash i-PayPal " * (n // 25),
    "asked channels": lambda n: "My Discord? Same name as here. " * (n // 31),
    "requirements": lambda n: "put your email address in the requirements, by email " * (n // 54),
    "split payments": lambda n: "half here, the rest we sort out privately, den Rest privat " * (n // 58),
    "scan codes": lambda n: "scan the QR code in the image to message me " * (n // 44),
    # detB: claimed "@names", verbs addressing an account, labels over lists, sending and
    # booking, the rest of a split payment, verb-last promises, command lists
    "claimed ats": lambda n: "my own page @a o meu é @b.c моему боту @x_bot @ @@ " * (n // 50),
    "addressed names": lambda n: "DM sketchbykemal on IG, escribe a luna en IG para " * (n // 50),
    "label lists": lambda n: "Reach me on:\n" + "- WhatsApp\n- Pix (chave: x)\n" * (n // 28),
    "send and book": lambda n: "I send it via WhatsApp, réservez sur mon site, te lo mando a tu correo " * (n // 70),
    "split rests": lambda n: "the remaining 50% of it via o restante pode ser por " * (n // 50) + "PayPal",
    "verb-last shares": lambda n: "IBAN'ımı paylaşırım numaramı " * (n // 29),
    "command lists": lambda n: "Telegram-Bot-Befehle: " + "/start, " * (n // 8),
    # speedC: one paragraph of invitations, each finding's fix deleting its sentence
    "invitation lines": lambda n: "## Description\n" + "Message me on WhatsApp. " * (n // 24),
    # detC: words of any language between a messaging verb and an "@name", either order
    "split services": lambda n: "pagami con Pay\nPal o Payo neer, bit coin pay pay " * (n // 52),
    "verb gaps": lambda n: "msg karo -> 私信我我 a b c @x. @y_z, folg mir " * (n // 44) + "dm" + " ab" * (n // 3),
    # detD: refusals kept private, names made as the work, "nothing of" before services and
    # their lists, the buyer's business taking payments, times after elsewhere, reported requests
    "kept private": lambda n: "I keep my WhatsApp private, mantengo mi número privado " * (n // 54),
    "names made": lambda n: "je crée votre pseudo et le même nom sur Instagram " * (n // 50),
    "nothing of": lambda n: "nada de WhatsApp ou Pix ou PayPal e " * (n // 36) + "Pix",
    "buyer business": lambda n: "your shop charges the remaining balance via " * (n // 44) + "PayPal",
    "outside hours": lambda n: "auch außerhalb der üblichen Bürozeiten " * (n // 40),
    "reported asks": lambda n: "buyers often ask for my WhatsApp, clients want to talk outside; I decline " * (n // 74),
    # detF: bare names after a verb's label mark, claims after a number, names set against a
    # stand-in, encoded schemes, booking over a messenger, spaced digits with dashes
    "verb labels": lambda n: "add me: matteo.lanza.3d Schreib mir;@x_y " * (n // 42),
    "claims after": lambda n: "mockup +1 555 013 9821, is actually mine, not mine " * (n // 50),
    "contrast ats": lambda n: "@yourbrand " + "@a.bc @c_d " * (n // 11),
    "encoded schemes": lambda n: "[x](%6A%61vascript:alert(1)) " * (n // 29) + "[y](" + "%25" * (n // 6),
    "booked by chat": lambda n: "agendamos pelo WhatsApp, jadwal diatur lewat WA " * (n // 48),
    "dashed digits": lambda n: "Tel. " + "0 1 5 – " * (n // 8),
    # detN: handles spelled with dashes and marks, connectors glued after a label mark, bracketed
    # channels after a name, slash lists of labels and names, "same name" with every network
    "marked spelling": lambda n: "Skype: " + "l-i-v-e-:-t-o-." * (n // 16),
    "glued connectors": lambda n: "LINEへ：IDは " * (n // 10) + "kenta_0412",
    "bracketed names": lambda n: "ping me:kestrel_dev(discord) " * (n // 29),
    "slash lists": lambda n: "hit me up/ig:kai.builds/or tg " * (n // 30),
    "same everywhere": lambda n: "same name everywhere on all networks, " * (n // 38),
    # detE: skipped fees with words between, fillers before a route, direct lines with prices, privately after
    "skipped fees": lambda n: "skip the late service fee, avoid the 20% cut, ask me " * (n // 53),
    "pay fillers": lambda n: "pembayaran revisi tambahan bisa via " * (n // 36) + "OVO",
    "priced lines": lambda n: "Extra: Direct WhatsApp line — 1" + "5" * (n // 2) + " " + "9," * (n // 4),
    "privately after": lambda n: "how to reach me privately, pode ser no Pix, IBAN'dan " * (n // 52),
    # detM: gapped elsewhere phrases, services in DMs, compounds of a detail, ways answering a question
    "elsewhere gaps": lambda n: "sono raggiungibile anche altrove qu'en, je suis aussi ailleurs " * (n // 62),
    "services in dms": lambda n: "free revisions in my Instagram DMs, правки в ЛС ВК, " * (n // 52),
    "detail compounds": lambda n: "direkte WhatsApp-Nummer-" * (n // 24) + " für 10 €",
    "ways asked": lambda n: "Can I pay you directly? There are ways. " * (n // 40),
    # detP: feature lists after a label, quoted testimonials, widgets on the buyer's site, payments built in
    "platform lists": lambda n: "WhatsApp Business: katalog, label, " + "item, " * (n // 6),
    "quoted lines": lambda n: "«Mon compte @a.b a doublé» — " * (n // 29) + "“" * (n // 8),
    "buyer widgets": lambda n: "add a WhatsApp button, QR code to your site, scrivimi " * (n // 54),
    "built with pay": lambda n: "bot with paiements Stripe, app avec " * (n // 36),
    # detQ: messenger words glued to digits, masks inside words, list heads after a label,
    # numbers told in halves, domains without dots
    "glued cues": lambda n: "whatsapp_wa.tel" * (n // 15) + "whatsapp_123456",
    "masked words": lambda n: "S***e or W******p " * (n // 18),
    "list heads": lambda n: "Instagram: guion, " + "edición, " * (n // 9),
    "number halves": lambda n: "+44 7700 and ends in " * (n // 21) + "900 215",
    "dotless domains": lambda n: "a.b.c@" + "g.m.a.i.l." * (n // 10) + "c.o.m",
    # conL2: words with vowel signs, caseless lines that wrap into one clause, count
    # abbreviations with a dot, someone else's account and bulk sends without consent
    "vowel signs": lambda n: "क्" * (n // 2) + " आपके ्" * (n // 8),
    "caseless wraps": lambda n: "أرسل رسائل إلى أي حساب بدون موافقة\n" * (n // 34),
    "count dots": lambda n: "10 tys. odtworzeń " * (n // 18),
    "any account": lambda n: "any password of any account, sin consentimiento, " * (n // 48),
    # detT: names glued before "@", ID words before "@names", second-level domains, Arabic commas
    # between number words, Chinese testimonials
    "glued ats": lambda n: "тг@a_b x@" + "c" * (n // 4) + " " + "a@b" * (n // 6),
    "id labels": lambda n: "به آیدی @reza_x ID là " * (n // 22) + "@" + "a_" * (n // 8),
    "second levels": lambda n: "site: a.my.id " + "b.co." * (n // 5) + "id",
    "arabic commas": lambda n: "الواتس: " + "صفر عشرة، " * (n // 10),
    "cjk quotes": lambda n: "“我们的账号 @tea_house 粉丝翻倍了”——" * (n // 28) + "“" * (n // 8),
    # detU: masked addresses, private words placed on the marketplace, questions answered with it,
    # contrasts after refusals, letter runs with vowel signs, example IBANs and formats
    "masked emails": lambda n: "j***@g***.com m**a**r**k@ " * (n // 26),
    "private here": lambda n: "Напишите в личку на Fiverr, message me privately here on " * (n // 57),
    "answered here": lambda n: "faster way to reach me? Message me here. " * (n // 41),
    "contrasts": lambda n: "prohibited, but pero aber, no acepto " * (n // 37) + "PayPal",
    "indic words": lambda n: "जैसे मोबाइल नंबर का फ़ॉर्मेट নম্বর " * (n // 34) + "+91 98765 43210",
    "example ibans": lambda n: "IBAN-Formate wie DE89 3704 0044 0532 0130 00, e.g. " * (n // 51),
    # detU2: word boundaries next to vowel signs, counting groups of example numbers, answer labels
    "vowel-sign bounds": lambda n: "कमी নম্বর பணம் กินข้าว " * (n // 24),
    "counting groups": lambda n: "Beispiel: Tel. +49 (0)30 123456-0 1234561234567 " * (n // 48),
    "answer labels": lambda n: "Q. PayPal? A. No. " * (n // 18),
    # detY: verbs glued to an "@" in leetspeak runs, numbers alone on their lines, spaced digits
    # ending in a lone letter, number words of more scripts
    "glued at verbs": lambda n: "sk1pe ping@luna_b dm@ " * (n // 22),
    "lone-line digits": lambda n: "✔ 010\n" * (n // 6) + "x",
    "digit runs y": lambda n: "6 4 7 2 1 8 y " * (n // 14),
    "word then label": lambda n: "add me " + "first" * (n // 5) + " ادفني اولا: a_b แอดมาก่อน:" * (n // 30),
    "gmail parts": lambda n: "gmail" + " " * (n // 2) + ": gmail: the first part is " * (n // 54),
    "script numerals": lambda n: "έξι εννιά אפס חמש صفر نه ศูนย์ แปด শূন্য এক " * (n // 44),
    # detZ: dotted abbreviations, a refused list of services, times before "outside", example runs
    "dotted abbreviations": lambda n: "m.in. a p.es. b x.co. " * (n // 22),
    "refused lists": lambda n: "I refuse payment by " + "PayPal or Wise, " * (n // 16) + "outside Fiverr",
    "times before outside": lambda n: "অফিস সময়ের বাইরেও 営業時間外でも " * (n // 30),
    "example runs": lambda n: "Ejemplo: Juan · +34 600 123 456 · " * (n // 34),
    # detW2 (paid_straight.py): marks of the order skipped with short words and no order word after them,
    # and pay verbs with direct words and payees over and over in one sentence
    "order skipped": lambda n: "without opening a new sans rouvrir de অর্ডার না deposit directly to me " * (n // 72),
    # detB: the marketplace marked by a postposition after a word ("Fiverr चेकआउट पर"), the work sent to the seller
    # between pay words and "to me directly", lists of payment ways closing with the place left
    "postposition marks": lambda n: "Fiverr चेकआउट Fiverr checkoutpaypal पर PayPal से " * (n // 46),
    "work sent to me": lambda n: "payment send the files the files to me directly after payment " * (n // 62),
    "list tails": lambda n: "Je n'accepte aucun paiement par PayPal" + ", virement ou espèces" * (n // 21)
    + " hors de la plateforme",
    # detY2: joined "@names" after verbs, quoted names after platforms, labels claiming a template's
    # number, searched names with a word added
    "joined at names": lambda n: "DM your handle to @lunabeats " * (n // 29),
    "quoted names": lambda n: "Telegram 'anna.designs' 카톡 오픈채팅 '" * (n // 36),
    "claimed labels": lambda n: "filled in with mine so: mine: WhatsApp +44 7700 900 742 " * (n // 56),
    "search recipes": lambda n: "Google my full name + photography + " * (n // 36),
    # detA: the marketplace's parts between "without" and its name, symbols glued to verbs in
    # another script, Skype's "live:" form, claims glued in Thai, "ourselves" with money
    "outside parts": lambda n: "sin pasar por el pago de el sistema de pago de la " * (n // 50) + "Fiverr",
    "glued symbols": lambda n: "Пишите➡️тг👉" * (n // 10) + " @dima_montazh",
    "live ids": lambda n: "live:a.b live: live:" * (n // 20),
    "thai claims": lambda n: "ไลน์ @pim.design อันนี้ของเราเอง" * (n // 32),
    "settled ourselves": lambda n: "the rest of the balance we settle ourselves, " * (n // 45),
    # detD: a handle asked for and the message promised in the next sentence or a clitic verb
    # ("te escribo" then spaces, a place word or not), a detail "for" a messenger on a slide
    "asked then messaged": lambda n: "What's your IG? I'll DM you. te escribo  te escribo por ti scrivo " * (n // 66),
    "asked in one sentence": lambda n: "what's your IG, te escribo los, " * (n // 32),
    "slides for": lambda n: "Номер для Viber — на слайді, номер для " * (n // 39),
    # detC: "without this platform" beside things built, a design piece's quoted copy, files sent after payment
    # with pay verbs and lists between, Devanagari words counted with their vowel signs before a refusal
    "built without": lambda n: "your shop site without this platform plugin " * (n // 44),
    "quoted design copy": lambda n: 'Poster preview: "Follow @coffeehouse ' + "follow @a " * (n // 10) + '"',
    "work sent by send verbs": lambda n: "Po płatności wyślij mi pliki i zaliczkę, wyślij mi pliki " * (n // 56)
    + "bezpośrednio",
    "marked words to a refusal": lambda n: "PayPal " + "ट्रांसफर " * (n // 9) + "नहीं लेता",
    # detF: directness with the marketplace's chat as the way and marks of leaving around it; a
    # verb of making before a thing built without the platform
    "direct in market chat": lambda n: "seedha mujhse Fiverr chat ke bajaye instead of the Fiverr chat " * (n // 62),
    "made without": lambda n: "zrobić sklep bez tej platformy zrobić " * (n // 37),
    "platform left": lambda n: "we'll leave the platform that you leave the platform " * (n // 53),
    # detE: verbs of leaving the place (pairs), other means of contact (pairs), quoted names
    # after a verb, headings one a line, a price question answered, a bare "reach me directly"
    "exit pairs": lambda n: "we'll leave the platform, dejamos la plataforma, buradan çıkıp " * (n // 62),
    "other means": lambda n: "outros meios de contato, kênh liên lạc khác, other contact options " * (n // 66),
    "verb-quoted names": lambda n: 'Follow me: "' * (n // 12) + '@mira.designs"',
    "heading lines": lambda n: "## pay me\n## directly via\n" * (n // 26) + "## PayPal",
    "price questions": lambda n: "Want to pay less? Find me outside this site. " * (n // 45),
    "bare direct": lambda n: "Reach me directly. Bana doğrudan ulaşın. " * (n // 41),
    # detG: places left by verbs and needed no more, the place told apart, "there" after elsewhere, things moved,
    # the rest done outside, other means of contact, references with leading zeros
    "places left": lambda n: "on quittera la plateforme buradan çıkıp 离开平台 no need to use this site " * (n // 72),
    "told where": lambda n: "I'm active elsewhere, I'll tell you where we continue there, " * (n // 62),
    "things moved": lambda n: "let's move the logo somewhere else, " * (n // 36),
    "rest outside": lambda n: "il resto lo facciamo fuori di qui e " * (n // 36),
    "other contacts": lambda n: "outros meios de contato kênh liên lạc khác " * (n // 43),
    "zeros labelled": lambda n: "Invoice number 0045 7781 2230 " * (n // 30),
    # detH: pieces parted by one repeated symbol (a long run, and runs that break after two
    # separators), bracketed pieces touching, "@" words of several words, hyphenated endings
    "symbol-parted pieces": lambda n: "ana • at • " * (n // 20) + "x ⭐ y ⭐ z → " * (n // 26)
    + ("w" * 40 + " | ") * (n // 86),
    "touching brackets": lambda n: "(ana)(at)" * (n // 18) + "[a][" * (n // 8),
    "at phrases": lambda n: "write to ana et işareti studio et işareti " * (n // 42),
    "hyphen endings": lambda n: "PayPal-e বিকাশ-এ payment " * (n // 25),
    "emphasis-eaten address": lambda n: "a_n_a_@s_t_u_d_i_o._c_o " * (n // 24) + "x_@" * (n // 6),
    # detM: digits read backwards after their word, numbers cut into many small tables, bank
    # notes in brackets after a service, API record IDs after one
    "backwards digits": lambda n: "my number reversed: " + "12 34 " * (n // 6),
    "number tables": lambda n: "WhatsApp\n\n" + "| a | b |\n|---|---|\n| 0532 | 4187 |\n\n" * (n // 36),
    "bank notes": lambda n: "bank transfer ok (bank 123-45 x " * (n // 32) + ")",
    "record ids": lambda n: "Stripe charge ch_3nx " * (n // 21),
    # speed10: a front matter of made-up keys, each one flagged (GC110), a "did you mean"
    # guess for the first few only
    "unknown keys": lambda n: "---\n" + "".join(f"titel{i}: x\n" for i in range(n // 10)) + "---\nBody.\n",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=int, default=20_000, help="n, in characters-ish")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from gigcheck import lint_text
    from gigcheck.policy.config import load_config

    cfg = load_config(discover=False)
    lint_text("warm up a@b.com", config=cfg)
    sizes = [args.base * k for k in (1, 2, 4, 8)]
    print(f"{'family':16}" + "".join(f"{s:>12,}" for s in sizes) + f"{'t(8n)/t(n)':>12}")
    for name, make in FAMILIES.items():
        row = []
        for size in sizes:
            runs = []
            for i in range(args.repeat):
                # each run its own text: a repeated one is answered partly from per-text
                # memos, which made small sizes look fast and the ratio look quadratic
                text = make(size) + f"\n\nrun {i}"
                t = time.perf_counter()
                lint_text(text, config=cfg)
                runs.append(time.perf_counter() - t)
            row.append(statistics.median(runs))
        ratio = row[-1] / row[0] if row[0] > 0 else float("nan")
        print(f"{name:16}" + "".join(f"{t * 1000:>10.1f}ms" for t in row) + f"{ratio:>12.1f}")


if __name__ == "__main__":
    main()
