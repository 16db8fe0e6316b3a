"""Tests for the extras judging core: field parsers, each problem code, and the labeled
corpus in tests/data/extras_cases.jsonl."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from perf_support import assert_linear
from table_support import table_test

from gigcheck.detectors import quantities
from gigcheck.detectors.judge import CODES, Judge, Problem, prepare

REPO = Path(__file__).resolve().parents[2]
CASES = REPO / "tests" / "data" / "extras_cases.jsonl"


@pytest.fixture(scope="module")
def vocab(default_config):
    return default_config.vocabulary.extras


@pytest.fixture(scope="module")
def q(default_config) -> quantities.Quantities:
    return default_config.vocabulary.quantities


# The vocabulary always comes from the module's `q` fixture: loading a config per call
# (the corpus checks ~250 rows) cost seconds of marketplace-name expansion.
def parse_price(raw, q: quantities.Quantities):
    return quantities.parse_price(raw, q)


def parse_delivery(raw, q: quantities.Quantities):
    return quantities.parse_delivery(raw, q)


@pytest.fixture(scope="module")
def judge(vocab) -> Judge:
    return prepare(vocab)


def codes(judge: Judge, title: str, description: str) -> set[str]:
    return {p.code for p in judge.judge_extra(title, description)}


# ---------------------------------------------------------------- parse_price ---------

@table_test(
    "raw, expected",
    [
        ("$40", 40.0),
        ("40 USD", 40.0),
        ("US$ 40", 40.0),
        ("USD 40", 40.0),
        ("€30", 30.0),
        ("30 EUR", 30.0),
        ("30 €", 30.0),
        ("$1,250", 1250.0),
        ("£15.50", 15.5),
        ("+$20", 20.0),
        ("$ 5", 5.0),
        ("40", 40.0),
        ("1.250,50 €", 1250.5),
        ("15,50 EUR", 15.5),
        ("$1,250.99", 1250.99),
        ("40 dollars", 40.0),
        ("Price: $10", 10.0),
        ("", None),
        ("free", None),
        ("$", None),
        ("$20-$40", None),
        ("$20 or $30", None),
        ("-$5", None),
        ("20 apples", None),
        ("20 40", None),
        ("$1,25,0", None),
    ],
)
def test_parse_price(raw, expected, q):
    assert parse_price(raw, q) == expected


# ---------------------------------------------------------------- parse_delivery ------

@table_test(
    "raw, expected",
    [
        ("+1 day", 1),
        ("+0 days", 0),
        ("-1 day", -1),
        ("\u22122 days", -2),
        ("2 days", 2),
        ("+3 business days", 3),
        ("+2 working days", 2),
        ("same day", 0),
        ("Same-day", 0),
        ("no extra time", 0),
        ("+1 week", 7),
        ("+48 hours", 2),
        ("+12h", 1),
        ("1 day faster", -1),
        ("2 days sooner", -2),
        ("-1 day faster", -1),
        ("one extra day", 1),
        ("two days", 2),
        ("3d", 3),
        ("+2", 2),
        ("+1 day (rush)", 1),
        ("Delivery: +1 day", 1),
        ("+1 day faster", None),
        ("soon", None),
        ("", None),
        ("a few days", None),
        ("1-2 days", None),
        ("+999999 days", 999999),
        ("+1000000 days", None),  # no delivery time: past a million days a count is refused
        ("+" + "9" * 5000 + " days", None),  # past Python's 4,300 digits for int()
        ("-1" + "0" * 400 + " days", None),  # past a float's range (hours and weeks are floats)
        ("+" + "9" * 5000, None),
    ],
)
def test_parse_delivery(raw, expected, q):
    assert parse_delivery(raw, q) == expected


# ---------------------------------------------------------------- per code ------------

CLEAR = [
    ("Extra fast delivery", "I deliver the final files one day sooner."),
    ("Source file (AI, EPS, PDF)", "You get the editable vector source files in AI, EPS and PDF."),
    ("Commercial use license", "Use the recording in paid ads, TV and radio worldwide."),
    ("+1 revision", "One more round of changes after the first delivery."),
    ("Extra 100 words", "I write 100 more words on the same topic."),
    ("Logo transparency", "A PNG of your logo on a transparent background."),
    ("Social media kit", "Your logo resized for Facebook, Instagram and YouTube covers."),
    ("Stems", "Every instrument exported as a separate 24-bit WAV stem."),
    ("Rush order", "Your order moves to the front of my queue."),
    ("Call to action", "A closing paragraph with a call to action for your product page."),
    ("Session files", "The full Pro Tools session with all plugins, zipped."),
    ("Fast delivery \U0001F680", "Your video delivered in 24 hours instead of 3 days!"),
    ("PDF + PNG export", "Your infographic as print-ready PDF and web PNG."),
]


@pytest.mark.parametrize("title, description", CLEAR)
def test_clear_extras_have_no_problem(judge, title, description):
    assert judge.judge_extra(title, description) == []


@pytest.mark.parametrize(
    "title, description",
    [
        ("Extra stuff", "I will add more stuff to your logo."),
        ("Something special", "Something special for your video."),
        ("Anything you need", "I do anything you need."),
        ("Premium quality", "Premium quality for your project."),
        ("Bonus", "A nice bonus for you."),
        ("Extra work", "Extra work as discussed."),
        ("More", "Various things, etc."),
        ("Better mix", "I make your mix sound better."),
        ("Extra features", "Any extra features you need."),
        ("Best quality", "Best quality guaranteed and more."),
    ],
)
def test_vague(judge, title, description):
    assert "vague" in codes(judge, title, description)


@pytest.mark.parametrize(
    "title, description",
    [
        ("Premium stock footage", "I license 5 premium stock clips and cut them into your video."),
        ("Extra revision", "One more round of changes to the chosen concept."),
        ("Vocal tuning", "Natural pitch correction with Melodyne on your lead vocal."),
        ("Priority support", "I reply to your messages first, 7 days a week."),
        ("Extra track", "I mix and master one more song from the same project."),
    ],
)
def test_not_vague(judge, title, description):
    assert "vague" not in codes(judge, title, description)


def test_vague_span_points_at_filler(judge):
    title, desc = "Logo animation", "I animate your logo and much more."
    probs = judge.judge_extra(title, "Anything you need, as discussed.")
    vague = [p for p in probs if p.code == "vague"]
    assert vague and vague[0].where == "description"
    text = "Anything you need, as discussed."
    assert text[vague[0].start : vague[0].end] == "Anything you need"
    assert judge.judge_extra(title, desc) == []


def test_vague_title_only_filler(judge):
    probs = judge.judge_extra("Something special", "I add a 5-second animated intro with your logo.")
    assert [(p.code, p.where) for p in probs] == [("vague", "title")]


@pytest.mark.parametrize("description", ["Yes", "Included.", "Fast!", "", "\U0001F525"])
def test_one_word(judge, description):
    assert "one-word" in codes(judge, "Source files", description)


@pytest.mark.parametrize("description", ["Editable AI file.", "Yes, included"])
def test_not_one_word(judge, description):
    assert "one-word" not in codes(judge, "Source files", description)


@pytest.mark.parametrize(
    "title, description",
    [
        ("Logo transparency", "Logo transparency"),
        ("Source files", "Source files included."),
        ("Extra fast delivery", "Extra fast delivery."),
        ("Bug fixing", "I fix bugs."),
        ("Extra editing", "Editing extra."),
        ("Commercial rights", "You get commercial rights."),
    ],
)
def test_repeats_title(judge, title, description):
    assert "repeats-title" in codes(judge, title, description)


@pytest.mark.parametrize(
    "title, description",
    [
        ("Logo transparency", "A PNG of your logo on a transparent background."),
        ("Source files", "Source files in AI, EPS and PDF."),
        ("Extra fast delivery", "Delivered one day sooner."),
    ],
)
def test_not_repeats_title(judge, title, description):
    assert "repeats-title" not in codes(judge, title, description)


@pytest.mark.parametrize(
    "title, description",
    [
        ("Consultation", "We talk on Skype."),
        ("Directed session", "I can do a directed session if you want."),
        ("Zoom call", "A 30-minute call on Zoom."),  # no timing
        ("Strategy call", "After your order we have a strategy call."),  # no length
        ("Coaching", "Weekly coaching calls with me."),
        ("Live feedback", "Get live feedback on your mix."),
        ("Lessons", "Guitar lessons via Skype."),
        ("Shoot consultation", "We meet before the shoot to talk about ideas."),
        ("Consultation", "A free consultation before you order."),
        ("Mixing session", "Join my mixing session online."),
        ("Discovery call", "A discovery call to talk about your brand."),
        ("Coaching", "A 30-minute call whenever you want."),
    ],
)
def test_live_session_unclear(judge, title, description):
    assert "live-session-unclear" in codes(judge, title, description)


@pytest.mark.parametrize(
    "title, description",
    [
        ("Live directed session", "Live directed session over Zoom after your order: 30 minutes, "
         "I record while you direct, raw takes included."),
        ("Extra coaching hour", "A second 60-minute session by video call, scheduled once your order is placed."),
        ("Follow-up call", "A 20-minute follow-up call two weeks after delivery to review your progress."),
        ("Strategy session", "A one-hour strategy session on Google Meet, scheduled during the order."),
        ("Pair programming", "Two 1-hour pair programming sessions over Zoom within a week after your order."),
        ("Live edit session", "After your order: one session of up to 90 minutes where we cut the video together."),
        ("Kick-off call", "Once you have ordered, we talk by phone for half an hour about tone and audience."),
        ("Session recording", "I send you the video recording of our call."),
        ("RAW files", "All unedited RAW files from the session via a download link."),
        ("Call to action", "A call to action button text for your landing page."),
        ("Transcription", "I transcribe your Zoom call recording with speaker labels."),
        ("Deploy", "I deploy your site to your live server and set up HTTPS."),
        ("Zoom effects", "Smooth zoom-in transitions on 10 clips of your video."),
        ("Video walkthrough", "A recorded 10-minute Loom walkthrough of the code."),
        ("Python class", "I write one more Python class with unit tests."),
        ("Real-time chat", "A real-time chat feature with typing indicators."),
        ("Team photos", "Headshots of up to 5 more people at the same session."),
        ("Session notes", "A one-page summary of the notes from our session."),
    ],
)
def test_live_session_clear(judge, title, description):
    assert "live-session-unclear" not in codes(judge, title, description)


def test_live_session_message_names_what_is_missing(judge):
    (p,) = [p for p in judge.judge_extra("Zoom call", "A 30-minute call on Zoom.") if p.code == "live-session-unclear"]
    assert "after the order" in p.message and "how long" not in p.message
    assert p.where == "description" and "A 30-minute call on Zoom."[p.start : p.end] == "call"


@pytest.mark.parametrize(
    "title, description, where",
    [
        ("PREMIUM QUALITY", "Premium quality for your project.", "title"),
        ("LOGO ANIMATION", "A 5-second animation of your logo.", "title"),
        ("Fast delivery", "YOU GET THE FILES TOMORROW.", "description"),
        ("Extra revision", "One more round. I WILL MAKE IT PERFECT!", "description"),
    ],
)
def test_shouting(judge, title, description, where):
    assert ("shouting", where) in {(p.code, p.where) for p in judge.judge_extra(title, description)}


@pytest.mark.parametrize(
    "title, description",
    [
        ("PSD + AI source files", "Layered PSD and AI files, plus SVG and PNG exports."),
        ("SEO audit (PDF)", "A PDF report of 50 SEO checks for your site."),
        ("4K UHD export", "Your video in 4K MP4 and HD MOV."),
        ("Extra revision", "One more round of changes, ASAP."),
        ("NDA", "I sign your NDA before we start."),
    ],
)
def test_not_shouting(judge, title, description):
    assert "shouting" not in codes(judge, title, description)


def test_shouting_span_is_the_sentence(judge):
    desc = "One more round. I WILL MAKE IT PERFECT!"
    (p,) = [p for p in judge.judge_extra("Extra revision", desc) if p.code == "shouting"]
    assert desc[p.start : p.end] == "I WILL MAKE IT PERFECT!"


@pytest.mark.parametrize("text", ["Fast!!!", "Really???", "What?!?", "Wow!!!!!!", "Now\uFF01\uFF01\uFF01"])
def test_punctuation_run(judge, text):
    probs = [p for p in judge.judge_extra("Extra revision", "One more round of changes. " + text)
             if p.code == "punctuation-run"]
    assert probs and all(p.where == "description" for p in probs)


@pytest.mark.parametrize("text", ["Fast!", "Really?!", "Wait... what?", "Done!!"])
def test_no_punctuation_run(judge, text):
    assert "punctuation-run" not in codes(judge, "Extra revision", "One more round of changes. " + text)


@pytest.mark.parametrize(
    "description",
    [
        "One more round of changes \U0001F525\U0001F525\U0001F525",
        "One more round \U0001F525 \U0001F525 \U0001F525 of changes",
        "\u2764\uFE0F\u2764\uFE0F\u2764\uFE0F One more round of changes",
        "Sure \U0001F44D\U0001F3FD \U0001F389 ok",  # 2 emoji (skin tone glued) of 8 glyphs
        "\u2B50\u2B50\u2B50\u2B50\u2B50 quality",
    ],
)
def test_emoji_wall(judge, description):
    assert "emoji-wall" in codes(judge, "Extra revision", description)


@pytest.mark.parametrize(
    "description",
    [
        "One more round of changes \U0001F680",
        "One more round \U0001F44D\U0001F3FD of changes after the first draft \U0001F389",
        "\U0001F469\u200D\U0001F4BB One more round of changes by a senior designer",
    ],
)
def test_no_emoji_wall(judge, description):
    assert "emoji-wall" not in codes(judge, "Extra revision", description)


def test_problem_fields(judge):
    probs = judge.judge_extra("Bonus!!!", "Extra stuff \U0001F381\U0001F381\U0001F381")
    assert probs and all(isinstance(p, Problem) for p in probs)
    for p in probs:
        assert p.code in CODES and p.where in ("title", "description")
        text = "Bonus!!!" if p.where == "title" else "Extra stuff \U0001F381\U0001F381\U0001F381"
        assert 0 <= p.start < p.end <= len(text)
        assert p.message and p.suggestion


# ---------------------------------------------------------------- API -----------------

def test_vocab_drives_the_judge(vocab):
    custom = dict(vocab)
    custom["punctuation_run"] = 2
    assert "punctuation-run" in {p.code for p in prepare(custom).judge_extra("Extra revision", "One more round!!")}
    custom = dict(vocab)
    custom["filler_phrases"] = list(vocab["filler_phrases"]) + ["source file"]
    # a phrase made filler no longer counts as a deliverable
    assert "vague" in {p.code for p in prepare(custom).judge_extra("Source file", "The source file.")}


@pytest.mark.perf
def test_linear_time_on_hostile_input(judge, q):
    def hostile(k: int) -> str:
        return ("a" * 25 * k + "1" * 25 * k + "1." * 10 * k + "!" * (5 * k // 2) + "\U0001F525" * k
                + " call " * k + "x'" * 5 * k)

    def run(k: int) -> None:
        text = hostile(k)
        judge.judge_extra(text, text)
        parse_price("$" + "1," * 25 * k, q)
        parse_delivery("+" + "a" * 25 * k + " days", q)
        parse_delivery("+1 day " + "(" * 25 * k, q)

    assert_linear(run, 250, "the extras judge and the field parsers")


# ---------------------------------------------------------------- corpus --------------

def _load_cases() -> list[dict]:
    with open(CASES, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_corpus_shape(q):
    cases = _load_cases()
    assert len(cases) >= 180
    assert len({c["id"] for c in cases}) == len(cases)
    labels = [c["label"] for c in cases]
    assert set(labels) == {"clear", "unclear"}
    assert 0.35 <= labels.count("unclear") / len(labels) <= 0.65
    assert len({c["category"] for c in cases}) >= 10
    for c in cases:
        assert (c["label"] == "clear") == (not c["codes"]), c["id"]
        assert set(c["codes"]) <= set(CODES), c["id"]
        assert parse_price(c["price"], q) is not None, c["id"]
        assert parse_delivery(c["delivery"], q) is not None, c["id"]


def test_corpus_accuracy(judge):
    cases = _load_cases()
    tp = fp = fn = tn = 0
    wrong = []
    for c in cases:
        probs = judge.judge_extra(c["title"], c["description"])
        predicted = any(p.code in CODES for p in probs)
        gold = c["label"] == "unclear"
        tp += predicted and gold
        fp += predicted and not gold
        fn += gold and not predicted
        tn += not predicted and not gold
        if predicted != gold:
            wrong.append(c["id"])
    n = len(cases)
    accuracy = (tp + tn) / n
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"\nextras corpus: n={n} accuracy={accuracy:.3f} precision={precision:.3f} "
          f"recall={recall:.3f} misjudged={wrong}")
    assert accuracy >= 0.95, wrong
