"""Gallery rules (category `listing`): how many images, videos and PDFs the marketplace
shows, as the pack sets them. What the gallery's file names, alt texts and captions say is
read by the contact and payment rules: they are runs of the gig (document/gallery.py).
"""
from __future__ import annotations

from collections.abc import Iterator

from gigcheck.document import gallery
from gigcheck.document import gig as G
from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Severity
from gigcheck.rules.base import Context, Option, Rule

# Each kind's option and how messages name one and several.
_LIMITS = ((gallery.IMAGE, "max_images", "image", "images"), (gallery.VIDEO, "max_videos", "video", "videos"),
           (gallery.PDF, "max_pdfs", "PDF", "PDFs"))


def _gallery(images: int, pdfs: int = 0) -> str:
    files = "".join(f"    - file: logo-{n}.png\n      alt: Logo concept {n}\n" for n in range(1, images + 1))
    docs = f"  pdfs: [{', '.join(f'brief-{n}.pdf' for n in range(1, pdfs + 1))}]\n" if pdfs else ""
    return f"---\ntitle: I will design a minimalist logo\ngallery:\n  images:\n{files}{docs}---\nI design logos.\n"


class GalleryTooMany(Rule):
    """The marketplace's gallery holds a fixed number of files of each kind (Fiverr: up to
    3 images, 1 video and 2 PDFs); files beyond it cannot be uploaded as listed.

    Checked when the front matter lists a `gallery:`. Each file over a limit is reported
    where it is listed; a limit of 0 is no check (the pack's `max_images`, `max_videos`
    and `max_pdfs`)."""

    code = "GC124"
    name = "gallery-too-many"
    category = "listing"
    severity = Severity.ERROR
    summary = "The gallery lists more images, videos or PDFs than the marketplace shows."
    options = (
        Option("max_images", int, 0, "Most images a gallery may list (0: no check)."),
        Option("max_videos", int, 0, "Most videos a gallery may list (0: no check)."),
        Option("max_pdfs", int, 0, "Most PDFs a gallery may list (0: no check)."),
    )
    messages = {"default": "The gallery lists {n} {kinds}; at most {limit} {shown} allowed."}
    suggestions = {"default": "Keep your best {limit} {shown_kind}: remove this one from the gallery."}
    bad_example = _gallery(4, 3)
    good_example = _gallery(3, 2)

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for kind, option, one, many in _LIMITS:
            limit = ctx.options[option]
            files = [a for a in gig.gallery if a.kind == kind]
            if not limit or len(files) <= limit:
                continue
            shown = "is" if limit == 1 else "are"
            for a in files[limit:]:
                yield self.hit(a.span, G.GALLERY, n=len(files), kinds=many, limit=limit, shown=shown,
                               shown_kind=one if limit == 1 else many)


RULES = (GalleryTooMany,)
