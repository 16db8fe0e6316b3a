"""The gaps benchmarks/disguise_audit.py found in issue 12's disguise (3) and
payment-route (6) families, each with variants of our own and the honest sentences an
editor must leave alone.

* an address's pieces bracketed with nothing between them ("(ana)(at)(studio)"), or parted
  by one repeated symbol (bullets, arrows, emoji, "|", "/");
* "@" and "." in Turkish ("et işareti") and Korean ("점"), a provider named by its owner;
* "and" between a phone's groups in other languages ("0770 y 0900 y 123"), Swahili digits;
* a service with a case ending after a hyphen ("বিকাশ-এ", "Payoneer-e"), taking and sending
  money said in English, Hinglish/Urdu, Chinese and Vietnamese; crypto dashboards as work.
"""
from __future__ import annotations

from contact_support import severity_tests

from gigcheck.text.spacing import unbracket_words, unseparate_words

ERRORS = [
    # bracketed pieces touching
    "For quick questions write to (ana)(at)(studio)(dot)(co) any time.",
    "Email: [mark][at][gmail][dot][com]",
    "Mail me: {lena.k}{at}{outlook}{dot}{com}",
    "- Contact: (rahul.art)(@)(yahoo)(.)(in)",
    # a separator after every character, Markdown eating two of them as emphasis
    "For quick questions write to a_n_a_@_s_t_u_d_i_o_._c_o any time.",
    "- Email: l_e_n_a_@_w_e_b_._d_e",
    "Mail: k*a*i*@*p*o*s*t*e*o*.*d*e",
    # pieces parted by one repeated symbol
    "For quick questions write to ana • at • studio • dot • co any time.",
    "Send the brief to me directly,\nmark → @ → gmail → . → com, and I start today.",
    "Escríbeme: lena ⭐ arroba ⭐ outlook ⭐ punto ⭐ com",
    "Schreib mir: jonas | at | posteo | dot | de",
    "Écris-moi : claire / at / orange / dot / fr",
    "Напиши: dima ✦ собака ✦ yandex ✦ точка ✦ ru",
    "- Mail: priya ~ at ~ gmail ~ dot ~ com",
    # "@" and "." in Turkish and Korean, providers named by their owner
    "Bana yazın: ana et işareti studio nokta co",
    "E-posta: mert et isareti gmail nokta com",
    "메일: ana 골뱅이 studio 점 co",
    "Email me at ana at Microsoft's mail for the files.",
    "My email is mark at google mail, write any time.",
    # "and" between a phone's groups, Swahili digits
    "- Teléfono: 0770 y 0900 y 123",
    "Telefone: 1198 e 7654 e 321",
    "Телефон: 0770 и 0900 и 123",
    "WhatsApp: 0532 ve 123 ve 4567",
    "- Simu: sifuri saba saba sifuri sifuri tisa sifuri sifuri moja mbili tatu",
    # a service with a case ending, taking and sending money
    "বিকাশ-এ পেমেন্ট করলে কম খরচ হবে।",
    "প্ল্যাটফর্মের বাইরে নগদ-এ দিলে ছাড় দেব।",
    "Payoneer-e payment kar do, fee bachegi.",
    "Happy to take Wise too if that's easier for you, just ping me first.",
    "Glad to take USDT as well, outside the fee.",
    "JazzCash pe paise bhej dein, kaam aaj shuru.",
    "Easypaisa pe paise bhej dein aur kaam shuru.",
    "用支付宝转给我，我马上开始。",
    "Bạn có thể trả qua chuyển khoản, rẻ hơn.",
]

CLEAN = [
    # bracketed and separated lists that are no address
    "Deliverables: (logo)(icons)(banner)(cover)",
    "Styles: [minimal] [vintage] [bold] [playful]",
    "Logo • Flyer • Banner • Business card • Social kit",
    "Research → Sketches → Design → Revisions → Delivery",
    "SEO | Copywriting | Blog posts | Newsletters",
    "Step 1 / Step 2 / Step 3 / Step 4",
    "Use snake_case names like a_b_c for the fields, and my_var.x_y in the script.",
    "I design for cafés • at • events • dot • markets alike",
    # a provider named as the subject of the work
    "I migrate your team from Google Mail to Microsoft's mail service.",
    "I set up Microsoft mail and calendars for small offices.",
    # numbers that are no phone with "and" words between
    "Packages: 150 y 300 y 600 pesos.",
    "Delivery in 3 e 5 dias, revisões 2 e 4.",
    # a case ending or a compound after a service as the work
    "I design PayPal-style checkout pages.",
    "Aapki website mein JazzCash aur Easypaisa payment gateway integrate karunga.",
    "আপনার ওয়েবসাইটে বিকাশ পেমেন্ট গেটওয়ে যুক্ত করে দেব।",
    "I will integrate UPI and Paytm checkout into your app.",
    "I build crypto wallet dashboards that show USDT balances.",
    "我可以为您的网店接入支付宝和微信支付。",
    "Mình tích hợp chuyển khoản vào website của bạn.",
    "Take a look at my Wise Business setup guide for freelancers.",
]

test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)


def test_touching_brackets_keep_words_apart() -> None:
    assert unbracket_words("(ana)(at)(studio)(dot)(co)").text == "ana at studio dot co"
    assert unbracket_words("[ana] [at] [studio]").text == "ana at studio"


def test_one_repeated_symbol_reads_as_spaces_with_offsets() -> None:
    source = "mail: ana → @ → studio → . → co!"
    view = unseparate_words(source)
    assert view.text == "mail: ana @ studio . co!"
    a = view.text.index("ana")
    b = view.text.index("co!") + 2
    assert source[slice(*view.span(a, b))] == "ana → @ → studio → . → co"
    # two separators only, or two kinds of them, are no run
    assert unseparate_words("a • b • c").text == "a • b • c"
    assert unseparate_words("a • b → c • d → e").text == "a • b → c • d → e"


# A word counted with its vowel signs: a service one word from its pay verb in Bengali.
BENGALI_ERRORS = [
    "বিকাশ নম্বরে টাকা পাঠিয়ে দিন, আজই শুরু করব।",
    "নগদ একাউন্টে টাকা পাঠিয়ে দিন।",
    "রকেট নম্বরে টাকা পাঠান, কাজ শুরু হবে।",
]
BENGALI_CLEAN = [
    "আপনার ওয়েবসাইটে বিকাশ পেমেন্ট গেটওয়ে যুক্ত করে দেব।",
    "আপনার অ্যাপে নগদ ইন্টিগ্রেশন করে দেব।",
]

test_bengali_errors, test_bengali_integration_stays_clean = severity_tests(BENGALI_ERRORS, BENGALI_CLEAN)
