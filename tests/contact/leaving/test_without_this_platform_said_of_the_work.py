"""False alarms that detA's leave phrases brought, each as a family of honest
sentences in several languages beside seller twins that must still fire.

* "without this platform" said of the work's own platform: the buyer's site, shop or app, or a
  named builder, goes without it ("Can your shop work without this platform's plugin?",
  "Я сделаю сайт без этой платформы, на чистом коде"): built_without.py, `built_things`;
  the seller's "Let's continue without this platform" stays an error;
* the seller's own invoice sent the marketplace's way ("I invoice myself through Fiverr's custom
  offer"): the marketplace named as the way right after the phrase (leaving.left);
* the buyer's profile asked for a public act on it ("Send me your Instagram and I'll follow you
  back", a growth job): a follow is no message (`public_handle_verbs`, invitations._reaches_buyer);
  "… and I'll DM you" stays an error;
* a platform's work named with the Turkish suffix on it ("Discord botu yaz", write a Discord bot):
  `subject_cues`;
* the buyer's own other site with "other" between the possessive and the place ("auf deiner anderen
  Website weitermachen"): leaving.buyers_place, now also for a contact verb's tied place;
* a design piece's quoted copy ('Poster preview: "Follow @coffeehouse"'): handles._design_copy, the
  piece named in the label (not a bare "Preview"), no "my" nor "me"; the seller's "Preview of my work:
  follow @mira.designs" stays an error.
"""
from __future__ import annotations

from contact_support import severity_tests

CLEAN = [
    # the work's own platform goes without "this platform"
    "Can your shop work without this platform's plugin?",
    "Your website can run without this platform's page builder.",
    "I can rebuild your store without this platform, in plain HTML and CSS.",
    "Я сделаю сайт без этой платформы, на чистом коде.",
    "Ваш магазин будет работать без этой платформы.",
    "Wir bauen den Shop ohne diese Plattform, direkt in WordPress.",
    "Ihre Webseite läuft auch ohne diese Plattform.",
    "Sem essa plataforma, seu site fica mais leve.",
    "Sua loja funciona sem esta plataforma, direto no Shopify.",
    "Puedo hacer tu tienda sin esta plataforma, con WooCommerce.",
    "Je refais votre site sans cette plateforme, en code pur.",
    "Posso rifare il tuo sito senza questa piattaforma, in WordPress.",
    "Sitenizi bu platform olmadan, saf kodla yapabilirim.",
    "Saya bisa membuat toko Anda tanpa platform ini, langsung di WordPress.",
    "Twój sklep będzie działał bez tej platformy.",
    # the marketplace is the way of the seller's own invoice
    "I invoice myself through Fiverr's custom offer.",
    "I invoice you myself via a Fiverr custom offer.",
    "I bill you myself through Fiverr, with a custom offer.",
    # a public act on the buyer's asked-for profile
    "Send me your Instagram and I'll follow you back",
    "Send me your Instagram handle and I will follow you back from my growth accounts.",
    "Drop your TikTok and I'll follow you and like your last posts.",
    "Share your Twitter and I'll retweet you.",
    "Pásame tu Instagram y te sigo de vuelta.",
    "Mande seu Instagram que eu te sigo de volta.",
    "Schick mir dein Instagram und ich folge dir zurück.",
    "Envoie-moi ton Instagram et je te suis en retour.",
    # a platform's work with the Turkish suffix
    "Discord botu yaz: komutlar, roller ve moderasyon.",
    "Bana bir Discord botu yaz, müzik komutlarıyla.",
    "Telegram botunu yazarım, komutlar dahil.",
    "Discord sunucusu kurulumu: roller ve kanallar.",
    # the buyer's own other site
    "Wir können auf deiner anderen Website weitermachen",
    "Wir können auf Ihrer anderen Website weitermachen.",
    "Мы можем продолжить на вашем другом сайте.",
    "Możemy kontynuować na Twojej innej stronie.",
    "We can continue on your other website.",
    # a design piece's quoted copy
    'Poster preview: "Follow @coffeehouse"',
    "Flyer mockup: «Síguenos en @cafeluna»",
    'Banner: "Follow us on Instagram @greenbakery"',
    "Aperçu de l’affiche : « Suivez-nous @boulangerie.lune »",
]

ERRORS = [
    "Let's continue without this platform.",
    "Let's continue without this platform, I'll build your site cheaper.",
    "I'll build your site without this platform, just pay me directly.",
    "Продолжим без этой платформы.",
    "Machen wir ohne diese Plattform weiter.",
    "Vamos continuar sem essa plataforma.",
    "Sigamos sin esta plataforma, te hago la tienda más barata.",
    "Without this platform we both save the fees on your website.",
    "I invoice myself, not through Fiverr.",
    "I invoice you myself, so we skip the fees on Fiverr.",
    "Next time I'll invoice you myself.",
    "Drop your Instagram and I'll DM you.",
    "Send me your Instagram and I'll message you there.",
    "Follow me on Instagram @mira.designs",
    "Send me your WhatsApp number and I'll follow up with you there.",
    "Discord'dan bana yaz.",
    "Bana Discord'dan yaz.",
    "Wir können auf meiner anderen Website weitermachen.",
    "Wir können auf einer anderen Website weitermachen.",
    "We can continue on my other website.",
    "Мы можем продолжить на другом сайте.",
    "Preview of my work: follow @mira.designs",
    'Poster preview: "DM me @mira.designs"',
    'Preview: "Follow @mira.designs" for more',
    'My poster preview: "Follow @mira.designs"',
    "Poster preview: Follow @mira.designs",
]

test_seller_twins_are_errors, test_honest_variants_stay_clean = severity_tests(ERRORS, CLEAN)
