"""contact-email (GC201): addresses plain and disguised, each located exactly.

Each case gives the text, the excerpt the finding must cover (the source exactly as the
seller wrote it, so the span is checked character by character) and the normalized key.
"""
from __future__ import annotations

from table_support import table_test

from gigcheck.detectors.emails import EmailVocab, find_emails, unescape_entities
from gigcheck.policy.config import load_config
from gigcheck.policy.packs import load_pack
from gigcheck.text.fold import fold
from gigcheck.text.spacing import collapse_spaced

FOUND = [
    # plain
    ("Write to sara.designs@gmail.com today", "sara.designs@gmail.com", "sara.designs@gmail.com"),
    ("E-mail: podfixer+gigs@gmail.com", "podfixer+gigs@gmail.com", "podfixer+gigs@gmail.com"),
    ("Email me at ZOE.CARDS@AOL.COM now", "ZOE.CARDS@AOL.COM", "zoe.cards@aol.com"),
    ("Samples: ana.ilustra@hotmail.com.br", "ana.ilustra@hotmail.com.br", "ana.ilustra@hotmail.com.br"),
    ("New TLD: `sales@monogram-mill.shop`", "sales@monogram-mill.shop", "sales@monogram-mill.shop"),
    ("[Email me](mailto:hello@pixelbakery.studio)", "hello@pixelbakery.studio", "hello@pixelbakery.studio"),
    ("Punycode: user1@xn--80ak6aa92e.com", "user1@xn--80ak6aa92e.com", "user1@xn--80ak6aa92e.com"),
    # words and brackets for "@" and "."
    ("write to me: sara dot designs at gmail dot com", "sara dot designs at gmail dot com", "sara.designs@gmail.com"),
    ("Questions? jules[at]protonmail[dot]com", "jules[at]protonmail[dot]com", "jules@protonmail.com"),
    ("Reach mark (at) beatforge (dot) com", "mark (at) beatforge (dot) com", "mark@beatforge.com"),
    ("Mail jane{at}proton{dot}me", "jane{at}proton{dot}me", "jane@proton.me"),
    ("CARLOS AT YAHOO DOT ES para presupuestos", "CARLOS AT YAHOO DOT ES", "carlos@yahoo.es"),
    ("Typesetting. greta -at- posteo -dot- de", "greta -at- posteo -dot- de", "greta@posteo.de"),
    ("Portraits benito.art @ gmail . com", "benito.art @ gmail . com", "benito.art@gmail.com"),
    ("Logo: hanna.logo at outlook period com", "hanna.logo at outlook period com", "hanna.logo@outlook.com"),
    ("Calligraphy fatima.k at hotmail d0t com", "fatima.k at hotmail d0t com", "fatima.k@hotmail.com"),
    ("Children's books: noor.designs at gmail[.]com", "noor.designs at gmail[.]com", "noor.designs@gmail.com"),
    ("CAD victor.cad@@gmail..com (remove the doubles)", "victor.cad@@gmail..com", "victor.cad@gmail.com"),
    ("Studio: hello [@] studio-nord [.] se", "hello [@] studio-nord [.] se", "hello@studio-nord.se"),
    ("Ask kay(@)hotmail.com", "kay(@)hotmail.com", "kay@hotmail.com"),
    ('Quote emily "at" gmail "dot" com', 'emily "at" gmail "dot" com', "emily@gmail.com"),
    ("My inbox: wes.composer at gee mail dot com", "wes.composer at gee mail dot com", "wes.composer@gmail.com"),
    ("Multi lucas dot ferreira at hotmail dot com dot br", "lucas dot ferreira at hotmail dot com dot br",
     "lucas.ferreira@hotmail.com.br"),
    # look-alike, invisible and spaced characters
    ("Brand kits ｓａｒａ＠ｇｍａｉｌ．ｃｏｍ", "ｓａｒａ＠ｇｍａｉｌ．ｃｏｍ", "sara@gmail.com"),
    ("Motion ben\ufe6byahoo.com", "ben\ufe6byahoo.com", "ben@yahoo.com"),
    ("Intros ro\u200bb\u200bert@outl\u200book.com", "ro\u200bb\u200bert@outl\u200book.com", "robert@outlook.com"),
    ("Photos zainab\u200c@\u200dgmail.com", "zainab\u200c@\u200dgmail.com", "zainab@gmail.com"),
    ("Spaced: d a n n y @ g m a i l . c o m", "d a n n y @ g m a i l . c o m", "danny@gmail.com"),
    ("Mail: j o h n . d o e @ g m a i l . c o m", "j o h n . d o e @ g m a i l . c o m", "john.doe@gmail.com"),
    ("Kira: kira@gmаil.com", "kira@gmаil.com", "kira@gmail.com"),  # Cyrillic "а" in gmail
    ("Mail ｊｏ ＡＴ ｓｔｕｄｉｏ ＤＯＴ ｃｏｍ.", "ｊｏ ＡＴ ｓｔｕｄｉｏ ＤＯＴ ｃｏｍ", "jo@studio.com"),
    ("Mail jo a\u200bt studio d\u200bot com.", "jo a\u200bt studio d\u200bot com", "jo@studio.com"),
    # HTML entities (decoded by the parser in text, by the rule in raw HTML)
    ("Stores diego&#64;gmail&#46;com", "diego&#64;gmail&#46;com", "diego@gmail.com"),
    ("Renders hello&commat;studio-nord.se", "hello&commat;studio-nord.se", "hello@studio-nord.se"),
    ("<p>ada&#x40;graphics.stanford.edu</p>", "ada&#x40;graphics.stanford.edu", "ada@graphics.stanford.edu"),
    ("Escaped jack\\@gmail.com here", "jack\\@gmail.com", "jack@gmail.com"),
    ("Pet portraits: **lily.paints**@**gmail.com**", "lily.paints**@**gmail.com", "lily.paints@gmail.com"),
    ("Inline HTML samira_voice<at>icloud<dot>com", "samira_voice<at>icloud<dot>com", "samira_voice@icloud.com"),
    # "at" and "dot" spelled out letter by letter inside brackets (two letters are not
    # joined by the views, three are)
    ("Decks: lena_v (a t) yahoo (d o t) com", "lena_v (a t) yahoo (d o t) com", "lena_v@yahoo.com"),
    ("Logo files: kay.m [a.t] proton [d.o.t] me", "kay.m [a.t] proton [d.o.t] me", "kay.m@proton.me"),
    ("Reels: bo_art {a-t} gmail (d_t) com", "bo_art {a-t} gmail (d_t) com", "bo_art@gmail.com"),
    # other languages
    ("Contacto: maria.lopez arroba gmail punto com", "maria.lopez arroba gmail punto com", "maria.lopez@gmail.com"),
    ("Почта: sergey.pro собака yandex точка ru", "sergey.pro собака yandex точка ru", "sergey.pro@yandex.ru"),
    ("Пишите: anna_slides(собака)mail.ru", "anna_slides(собака)mail.ru", "anna_slides@mail.ru"),
    ("Écrivez-moi : julie.martin arobase orange point fr", "julie.martin arobase orange point fr",
     "julie.martin@orange.fr"),
    ("Schreib pierre chez orange point fr", "pierre chez orange point fr", "pierre@orange.fr"),
    ("Mail: k.schmidt at gmx punkt de", "k.schmidt at gmx punkt de", "k.schmidt@gmx.de"),
    ("Mail: hans Klammeraffe web Punkt de", "hans Klammeraffe web Punkt de", "hans@web.de"),
    ("Scrivimi marco chiocciola libero punto it", "marco chiocciola libero punto it", "marco@libero.it"),
    ("邮箱 xiaoming 艾特 qq 点 com", "xiaoming 艾特 qq 点 com", "xiaoming@qq.com"),
    ("メール：haruto.music アットマーク gmail.com", "haruto.music アットマーク gmail.com", "haruto.music@gmail.com"),
    # named by provider only
    ("promos. my gmail is rickyvoices, send it", "gmail is rickyvoices", "rickyvoices@gmail.com"),
    ("Cute chibi! find me on gmail: olivia.sketches", "gmail: olivia.sketches", "olivia.sketches@gmail.com"),
    ("My yahoo id is kwame_writer — there", "yahoo id is kwame_writer", "kwame_writer@yahoo.com"),
    ("Secure dev, protonmail: securedev42", "protonmail: securedev42", "securedev42@protonmail.com"),
    ("Mi gmail es valeria.dibuja, ahí", "gmail es valeria.dibuja", "valeria.dibuja@gmail.com"),
    ("hotmail: kay.art for samples", "hotmail: kay.art", "kay.art@hotmail.com"),
    # "on <provider> as <name>"
    ("Rigging. Find me on Yahoo as kay.art when you can", "Yahoo as kay.art", "kay.art@yahoo.com"),
    ("I'm on outlook under dev_ana42 too", "outlook under dev_ana42", "dev_ana42@outlook.com"),
    ("Estoy en gmail como ana_diseno", "gmail como ana_diseno", "ana_diseno@gmail.com"),
    # the name in brackets after the provider
    ("Send drafts to my gmail (dana.k) via Drive", "gmail (dana.k)", "dana.k@gmail.com"),
    ("Proofs: hotmail [tom_reads7] thanks", "hotmail [tom_reads7]", "tom_reads7@hotmail.com"),
    ("write to jane_doe at gmail", "jane_doe at gmail", "jane_doe@gmail.com"),
    ("my email is rickyvoices at gmail", "rickyvoices at gmail", "rickyvoices@gmail.com"),
    ("E-mail: lam at cs.stanford.edu", "lam at cs.stanford.edu", "lam@cs.stanford.edu"),
    # the marketplace's own address too (the pack's `allowed_domains` is empty)
    ("Refunds: write to support@fiverr.com.", "support@fiverr.com", "support@fiverr.com"),
]

CLEAN = [
    "I will write email marketing campaigns in Mailchimp and use @media queries.",
    "Python: `@app.route('/')` and `@dataclass(frozen=True)`.",
    "Angular 17 upgrades — `npm i @angular/core@17 @angular/cli@17`",
    "Clone it: `git clone git@github.com:me/repo.git`",
    "Deployment: `ssh deploy@203.0.113.10` then `docker compose up -d`.",
    "Regex: `^[\\w.+-]+@[\\w-]+\\.[\\w.]+$` with unit tests.",
    "Addresses like sales@yourdomain.com and support@yourdomain.com on Zoho Mail.",
    "Template: name@example.com, you@example.org, user@domain.com.",
    "Look at the dot grid: every dot of ink is hand-placed at 600 dpi.",
    "We meet at the dot of noon, then I start editing.",
    "Find my portfolio at behance.net and dribbble.com.",
    "Gmail API integration for your Node.js app: send, read and label messages.",
    "Retina icons: logo@2x.png and icon@3x.png",
    "Docker images from `node:20-alpine@sha256:abc` pinned.",
    "IG @sun.studio.ph for behind the scenes",
    "I worked at Google for 5 years; available at Gmail and Outlook setup.",
    "Version 2.0 at github.com/x is out.",
    "My Gmail is full of client emails, so message me on Fiverr.",
    "At some point in the project we meet at home. It is fine.",
    "Migrating Hotmail and Yahoo Mail archives to Gmail.",
    # "as" without a presence word before the provider is a setup, not an account
    "I use Gmail as smtp_relay for alerts and Outlook as your_client.",
    "I'm on Gmail as well as Slack.",
    # brackets after a provider that hold notes, not an account
    "Set up my gmail (work) and Gmail (e.g. aliases), Gmail (a.k.a) G Suite, Outlook (v2.0).",
    "Grades (A T) for every student of the class.",
]


def _found(lint, text):
    return [(f.excerpt, f.key) for f in lint(text) if f.rule == "GC201"]


@table_test("text,excerpt,key", FOUND, ids=[c[1] for c in FOUND])
def test_address_found_exactly(lint, text, excerpt, key):
    assert _found(lint, text) == [(excerpt, key)]


@table_test("text", CLEAN)
def test_not_an_address(lint, text):
    assert _found(lint, text) == []


def test_every_scanned_part_of_a_gig():
    """Title, tags, front matter, link targets, image alt, code, comments, extras, FAQ."""
    from gigcheck import lint_text

    gig = (
        "---\ntitle: I will mail you at a.b@gmail.com\ntags: [logo, c.d@gmail.com]\nskype: e.f@gmail.com\n---\n"
        "## Description\n![g.h@gmail.com](https://x.com/a.png)\n[site](mailto:i.j@gmail.com)\n\n"
        "<!-- k.l@gmail.com -->\n\n```\nm.n@gmail.com\n```\n\n## Extras\n### Rush\nPrice: $5\nDelivery: +1 day\n\n"
        "Mail o.p@gmail.com\n\n## FAQ\nq.r at gmail dot com\n"
    )
    cfg = load_config(discover=False, select=["GC201"])
    keys = sorted(f.key for f in lint_text(gig, config=cfg))
    assert keys == sorted(f"{a}.{b}@gmail.com" for a, b in ["ab", "cd", "ef", "gh", "ij", "kl", "mn", "op", "qr"])


def test_detector_is_pure_over_a_normalized_view():
    ev = EmailVocab(load_pack("fiverr")["vocab"]["email"])
    text = "Mail: ｊｏ ＡＴ ｓｔｕｄｉｏ ＤＯＴ ｃｏｍ."
    view = collapse_spaced(fold(text))
    (m,) = find_emails(view, ev)
    assert view.original(m.start, m.end) == "ｊｏ ＡＴ ｓｔｕｄｉｏ ＤＯＴ ｃｏｍ"
    assert (m.value, m.form) == ("jo@studio.com", "disguised")


def test_unescape_entities_maps_back():
    n = unescape_entities("a&#64;b&amp;c")
    assert n.text == "a@b&c"
    assert n.original(1, 2) == "&#64;" and n.original(3, 4) == "&amp;"
