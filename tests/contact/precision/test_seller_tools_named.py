"""The seller's tools named as tools (Figma, Slack, Twilio, a delivery through the platform)
stay clean, each beside the seller's twin that stays an error: files or talk sent to the
seller's own address or handle on that tool."""
from __future__ import annotations

from contact_support import severity_tests

CLEAN = [  # hard negatives an editor approves (language in the comment)
    "Tools I use: Figma, Notion, Trello, Slack for my team's coordination, and Loom for walkthrough videos.",  # en
    "Herramientas: Photoshop, Illustrator, Canva Pro y Google Drive para entregar los archivos.",  # es
    "Outils : DaVinci Resolve, Premiere Pro, After Effects ; livraison par lien WeTransfer dans la commande.",  # fr
    "Ich arbeite mit Trello und Notion; du bekommst Zugriff auf das Board über die Bestellung.",  # de
    "Ferramentas: Figma, Canva, Google Docs; os arquivos são entregues pela plataforma.",  # pt
    "Инструменты: Figma, Tilda, Notion; макеты передаю через платформу.",  # ru
    "使用工具：Figma、Photoshop、Notion；源文件通过平台交付。",  # zh
    "使用ツール：Illustrator、Photoshop、Figma。納品はサイト内で行います。",  # ja
    "사용 툴: 포토샵, 일러스트, 피그마. 파일은 플랫폼으로 전달합니다.",  # ko
    "Kullandığım araçlar: Figma, Notion, Google Drive; dosyalar platform üzerinden teslim edilir.",  # tr
    "Tools: Canva, CapCut, Google Drive; file dikirim lewat platform.",  # id
    "I test every campaign in Litmus and Mailtrap before delivery.",  # en
    "I build SMS alerts for your app with Twilio and the Gmail API.",  # en
    "मैं Canva, Photoshop और CapCut इस्तेमाल करता हूँ; फ़ाइलें प्लेटफ़ॉर्म पर ही मिलेंगी।",  # hi
    "Công cụ: Figma, Canva, Notion; file giao qua nền tảng.",  # vi
    "أدوات العمل: فيغما وفوتوشوب وإليستريتور، والتسليم عبر المنصة.",  # ar
]

ERRORS = [  # the seller's twin of each: a written identifier, a route outside, a request to leave
    "Let's continue on Slack instead: my handle is @anna.ux",  # en
    "Te comparto mi Google Drive si me escribes a drive.maria@gmail.com",  # es
    "Envoyez vos rushes sur mon WeTransfer : thomas.montage@gmail.com",  # fr
    "Schick mir deine Dateien direkt per Mail an lisa.grafik@gmx.de",  # de
    "Manda os arquivos no meu e-mail: joao.design@hotmail.com",  # pt
    "Макеты скину в Телеграм, мой ник @maket_pro",  # ru
    "源文件我发你邮箱，先把邮箱发我微信 wx_design01",  # zh
    "データはメール（kenji.design@yahoo.co.jp）でお送りします。",  # ja
    "파일은 제 이메일 hana.design@naver.com 으로 보내주세요.",  # ko
    "Dosyaları mail adresime atın: ayse.tasarim@gmail.com",  # tr
    "Kirim filenya ke email saya: budi.editor@gmail.com",  # id
    "Send your list to my Mailtrap inbox at test-inbox@sam-mail.io",  # en
    "Text me through Twilio at +1 650 555 0111.",  # en
    "फ़ाइलें मेरे ईमेल rahul.edits@gmail.com पर भेजें।",  # hi
    "Gửi file qua email mình: linh.design@gmail.com",  # vi
    "أرسل الملفات إلى بريدي: ahmed.design@gmail.com",  # ar
]

test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)
