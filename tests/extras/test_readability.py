"""The Flesch reading ease, as textstat 0.7.13 scores English ("en-US"), computed with
pyphen directly (detectors/readability.py). The expected values are textstat's own
output for these texts, recorded when the computation moved out of textstat (which
imports NLTK and SciPy at import time); the same check passed on 20,008 corpus texts."""
from __future__ import annotations

import subprocess
import sys

import pytest

from gigcheck.detectors.readability import flesch

TEXTSTAT_SCORES = [
    ("I record one more take of your script. You pick the one you like best. I send it as a WAV file the "
     "same day. It is quick and it is easy.", 114.11500000000001),
    ("Comprehensive multidimensional optimization methodologies facilitate unprecedented organizational "
     "transformation, accelerating stakeholder-centric deliverables across heterogeneous international "
     "infrastructures, notwithstanding considerable implementation complexity.", -164.2078947368421),
    ("I will translate your website, marketing materials and technical documentation into natural, fluent "
     "German. Every translation is reviewed by a second professional translator before delivery, so the "
     "terminology stays consistent across all your documents.", 7.938823529411792),
    ("Don't worry: it's done in 2 days... ok?! You'll get 1,250 words, 'proofread' twice. Yes. No. Maybe.",
     103.65455882352943),
    ("Élève naïve café résumé, über straße — mixed scripts and 3.5 kHz audio at 48,000 samples.", 97.7025),
]


@pytest.mark.parametrize("text,expected", TEXTSTAT_SCORES, ids=[t[:30] for t, _ in TEXTSTAT_SCORES])
def test_scores_are_textstats(text, expected):
    assert flesch(text, 0) == pytest.approx(expected, abs=1e-9)


def test_short_texts_are_not_scored():
    assert flesch("Too short to mean anything.", 20) is None
    assert flesch("", 0) is None


def test_scoring_loads_neither_textstat_nor_nltk():
    code = (
        "import sys\n"
        "from gigcheck.detectors.readability import flesch\n"
        "assert flesch('It is quick. ' * 30) is not None\n"
        "print(sorted(m for m in ('textstat', 'nltk', 'scipy') if m in sys.modules), 'pyphen' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["[]", "True"]
