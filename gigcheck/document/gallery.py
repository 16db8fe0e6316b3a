"""The gallery's shape in the front matter: which keys name which kind of file.

A gig lists its gallery either as a plain list of image files, or as a table of kinds:

    gallery:
      images:
        - file: logo-1.png
          alt: A minimalist logo for a bakery
        - logo-2.png
      video: intro.mp4
      pdfs: [brief.pdf]

Each kind takes one file or a list; each file is its name, or a table of `file` with
the texts a buyer reads beside it (`alt`, `caption`). The reader (front_matter.py) and
the schema rules (rules/front_matter.py) both take the shape from here.
"""
from __future__ import annotations

IMAGE, VIDEO, PDF = "image", "video", "pdf"

# Gallery keys by the kind of file they list (a few spellings each).
KIND_KEYS = {
    "images": IMAGE, "image": IMAGE,
    "video": VIDEO, "videos": VIDEO,
    "pdfs": PDF, "pdf": PDF, "documents": PDF,
}
KINDS_SHOWN = ("images", "video", "pdfs")  # what messages name
FILE_KEY = "file"
TEXT_KEYS = ("alt", "caption")  # texts shown with a file: scanned like any of the gig's text
ITEM_KEYS = (FILE_KEY, *TEXT_KEYS)


def kind_of(key: str) -> str | None:
    """The kind of file a gallery key lists, or None for a key the format does not know."""
    return KIND_KEYS.get(key.strip().lower())
