"""The gallery (document/gallery.py, GC124): its files and texts are runs of the gig, so
every contact and payment rule reads them, at their place in the front matter, and
`--redact` masks them; its counts are the pack's options; its shape is GC110/GC111's."""
from __future__ import annotations

import json

import pytest
from conftest import run_cli
from perf_support import assert_linear

from gigcheck import lint_text
from gigcheck.document.gallery import IMAGE, PDF, VIDEO
from gigcheck.document.markdown import parse_gig
from gigcheck.policy.config import load_config

GALLERY = """---
title: I will design a minimalist logo for your business
tags: [logo, branding, minimalist]
gallery:
  images:
    - file: whatsapp-+44-7700-900123.png
      alt: "email me at ana@gmail.com"
    - file: logo-2.png
      caption: "pay me by paypal for a discount"
    - logo-3.png
  video: intro.mp4
  pdfs: [brief.pdf]
---
I design clean, modern logos for small businesses. Every logo comes with source files.
"""


def test_the_gallery_is_read_by_kind_with_its_texts():
    gig = parse_gig(GALLERY)
    assert [(a.kind, a.file.raw if a.file else None) for a in gig.gallery] == [
        (IMAGE, "whatsapp-+44-7700-900123.png"), (IMAGE, "logo-2.png"), (IMAGE, "logo-3.png"),
        (VIDEO, "intro.mp4"), (PDF, "brief.pdf"),
    ]
    assert [t.raw for t in gig.gallery[0].texts] == ["email me at ana@gmail.com"]
    assert {r.section for r in gig.runs if "paypal" in r.text} == {"gallery"}


def test_a_plain_list_is_images_and_an_empty_kind_lists_nothing():
    gig = parse_gig("---\ngallery: [a.png, b.png]\n---\nBody.\n")
    assert [a.kind for a in gig.gallery] == [IMAGE, IMAGE]
    gig = parse_gig("---\ngallery:\n  images: [a.png]\n  video:\n  pdfs: ~\n---\nBody.\n")
    assert [a.kind for a in gig.gallery] == [IMAGE]


def test_contact_and_payment_in_file_names_alt_texts_and_captions_at_their_place(lint):
    found = {(f.rule, f.line, f.column, f.section) for f in lint(GALLERY) if f.rule[2] in "23"}
    assert found == {
        ("GC202", 6, 22, "gallery"),  # the phone number in the file name
        ("GC201", 7, 25, "gallery"),  # the email in the alt text
        ("GC301", 9, 17, "gallery"),  # the payment offer in the caption
    }


def test_redact_masks_the_gallerys_texts(tmp_path):
    gig = tmp_path / "gig.md"
    gig.write_text(GALLERY)
    result = run_cli(["check", "--redact", "--format", "json", str(gig)])
    assert result.returncode == 1, result.stderr
    assert "ana@gmail.com" not in result.stdout and "7700-900123" not in result.stdout
    rules = {f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]}
    assert {"GC201", "GC202"} <= rules


def test_the_counts_are_the_packs_options(lint, tmp_path):
    four = GALLERY.replace("    - logo-3.png\n", "    - logo-3.png\n    - logo-4.png\n")
    (hit,) = [f for f in lint(four) if f.rule == "GC124"]
    assert (hit.line, hit.column, hit.excerpt) == (11, 7, "logo-4.png")
    assert hit.message == "The gallery lists 4 images; at most 3 are allowed."
    pack = tmp_path / "roomy.toml"
    pack.write_text('[pack]\nname = "roomy"\n[rules.gallery-too-many]\nmax_images = 5\n')
    assert not [f for f in lint(four, policy=str(pack)) if f.rule == "GC124"]


def test_the_gallerys_shape(lint):
    wrong = "---\ngallery:\n  imgs: [a.png]\n  images:\n    - file: b.png\n      alt_text: Logo\n    - alt: no file\n    - [c.png]\n---\nBody.\n"
    found = [(f.rule, f.line, f.message) for f in lint(wrong) if f.rule in ("GC110", "GC111")]
    assert found == [
        ("GC110", 3, "`imgs` is not a kind of gallery file."),
        ("GC110", 6, "`alt_text` is not a field of a gallery file."),
        ("GC111", 7, "This gallery entry has no `file:`: which file it shows is not said."),
        ("GC111", 8, "A gallery file must be a file name or a table of `file`, `alt` and `caption`, not a list."),
    ]
    suggestions = {f.excerpt: f.suggestion for f in lint(wrong) if f.rule == "GC110"}
    assert suggestions["imgs"] == "Did you mean `images`?"
    (scalar,) = [f for f in lint("---\ngallery: a.png\n---\nBody.\n") if f.rule == "GC111"]
    assert scalar.message.startswith("`gallery` must be a list of image files")
    assert not [f for f in lint(GALLERY) if f.rule in ("GC110", "GC111")]


def _many(k: int) -> str:
    images = "".join(f"    - file: sample-{i}.png\n      alt: Logo concept number {i}\n" for i in range(k))
    return f"---\ntitle: I will design a logo\ngallery:\n  images:\n{images}  pdfs: [a.pdf]\n---\nI design logos.\n"


@pytest.mark.perf
def test_a_long_gallery_in_linear_time(lint):
    assert_linear(lambda k: lint(_many(k), select=["GC110", "GC111", "GC124"]), 200, "gallery")


def test_a_data_rule_scoped_to_the_gallery_reads_its_texts(tmp_path):
    cfg = tmp_path / ".gigcheck.toml"
    cfg.write_text('[define.no-cheap]\nkind = "existence"\ncode = "GC660"\ncategory = "wording"\n'
                   'summary = "Cheap."\ntokens = ["discount"]\nscope = ["gallery"]\n')
    found = lint_text(GALLERY, config=load_config(config_file=str(cfg), discover=False))
    assert [(f.line, f.section) for f in found if f.rule == "GC660"] == [(9, "gallery")]
