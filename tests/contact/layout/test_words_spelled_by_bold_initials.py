"""Lines whose first letter alone is set in bold spell a word a reader is meant to see
("**S**peedy⏎**K**ind⏎**Y**ears⏎**P**ixel⏎**E**asy" is "SKYPE"); the word labels the line
after them ("ID: nico.renders") and is read on its own (document/acrostics.py). Bold
initials that spell no channel, or two of them, stay a style."""
from __future__ import annotations

from contact_support import severity_tests

from gigcheck.document.acrostics import acrostics
from gigcheck.document.markdown import parse_gig

ERRORS = [
    "## Why me\n- **T**ight deadlines\n- **E**xpert retouching\n- **L**ots of styles\n- **E**asy to work with\n"
    "- **G**reat reviews\n- **R**evisions included\n- **A**lways on time\n- **M**odern look\n\nID: kai_edits",
    "- **S**chnell\n- **K**reativ\n- **Y**oung\n- **P**räzise\n- **E**hrlich\n\nName dort: jonas.cuts",
    "**T**ell me your idea.\n**G**ather references.\n**@**\n**L**ayouts in a day.\n**U**nlimited tweaks.\n"
    "**N**ice files.\n**A**ll done.",
]

CLEAN = [
    "## Why me\n- **F**ast turnaround\n- **A**ccurate files\n- **S**imple process\n- **T**rusted by 200 buyers",
    "## Why me\n- **F**ast turnaround\n- **A**ccurate files\n- **S**imple process\n- **T**rusted\n\nOrder: basic_pack",
    "- **S**ketch\n- **K**eyframes\n\nID: nico.renders is the file name I use",
]

test_spelled_channels_are_errors, test_spelled_words_stay_clean = severity_tests(ERRORS, CLEAN)


def test_the_word_labels_the_line_after_and_stands_alone():
    gig = parse_gig("- **S**peedy\n- **K**ind\n- **Y**ears\n- **P**ixel\n- **E**asy\n\nID: nico.renders\n")
    assert sorted(r.text for r in acrostics(gig)) == ["SKYPE: ", "SKYPE: ID: nico.renders"]


def test_a_lone_mark_counts_and_two_initials_do_not():
    gig = parse_gig("**T**ell\n**G**ather\n**@**\n**M**ood\n")
    assert [r.text for r in acrostics(gig)] == ["TG @M: "]
    assert acrostics(parse_gig("- **S**ketch\n- **K**eys\n\nID: nico\n")) == []
