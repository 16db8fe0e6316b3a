"""The emails and phone numbers of a gig, found once and shared.

contact-email, contact-phone and the channel rules (which leave to these the text they
claim) all ask here; each run is examined once per gig (`ctx.gig_cached`), and only if
cheap first tests on its raw text say an address or a number may be there: most gigs
cost one scan of their text per kind, and no normalized view at all.

Every `Contact` is located in its run's text (`TextRun.src_span` maps it to the file).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator, Optional

from gigcheck.document.gig import Gig
from gigcheck.records import TextRun
from gigcheck.text.normalize import collapse_spaced, fold
from gigcheck.detectors import emails, phones
from gigcheck.scan.views import inline_html_runs, scanned_runs, view

if TYPE_CHECKING:  # rules import this module: a run-time import would be circular
    from gigcheck.rules.base import Context

__all__ = ["Contact", "EMAIL", "PHONE", "gig_contacts", "run_contacts", "gate_text"]

EMAIL = "email"
PHONE = "phone"


@dataclass(frozen=True, slots=True)
class Contact:
    kind: str  # EMAIL or PHONE
    start: int  # run text offsets
    end: int
    value: str  # "local@domain" or E.164
    form: str  # emails.PLAIN/DISGUISED/PROVIDER, phones.PLAIN/SPELLED/DISGUISED


# Fullwidth, mathematical and circled letters and digits, and invisible characters:
# rare, but sellers use them to hide "ａｔ" or "s\u200bkype" from word lists.
_DISGUISE = re.compile("[\uff01-\uff5e\u24b6-\u24e9\U0001d400-\U0001d7ff\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")
_INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")


def gate_text(raw: str) -> str:
    """`raw` in lower case for the cheap first tests; with disguised characters undone
    (NFKC, invisibles dropped) when there are any."""
    if not raw.isascii() and _DISGUISE.search(raw):
        raw = _INVISIBLE.sub("", unicodedata.normalize("NFKC", raw))
    return raw.lower()


def email_vocab(ctx: Context) -> emails.EmailVocab:
    return ctx.cached(("contacts", "email_vocab"), lambda: emails.EmailVocab(ctx.vocab.get("email", {})))


def phone_vocab(ctx: Context) -> phones.PhoneVocab:
    return ctx.cached(
        ("contacts", "phone_vocab"),
        lambda: phones.PhoneVocab(ctx.vocab.get("phone", {}), ctx.vocab.get("numbers", {})),
    )


def runs(gig: Gig, ctx: Context) -> list[TextRun]:
    """Every run a buyer or an editor can see, plus paragraphs with their inline HTML put
    back ("name<at>site<dot>com" is split by the parser into text and tags)."""
    return ctx.gig_cached(
        ("contacts", "runs"), lambda: [*scanned_runs(gig), *inline_html_runs(gig)]
    )


class _GigText:
    """All runs of a gig joined in lower case, for the cheap first tests over the whole
    gig: one scan instead of one per run, and most gigs stop there."""

    __slots__ = ("text", "_tokens")

    def __init__(self, runs: list[TextRun]) -> None:
        self.text = gate_text("\n".join(r.text for r in runs))
        self._tokens: Optional[frozenset[str]] = None

    @property
    def tokens(self) -> frozenset[str]:
        """The words between whitespace (a set: intersecting it with a vocabulary is cheap)."""
        if self._tokens is None:
            self._tokens = frozenset(self.text.split())
        return self._tokens


def _may_hold(kind: str, ctx: Context, text: str, tokens: Optional[frozenset[str]] = None) -> bool:
    if kind == EMAIL:
        return emails.may_hold_email(text, email_vocab(ctx), tokens)
    return phones.may_hold_phone(text, phone_vocab(ctx), tokens)


def run_contacts(ctx: Context, run: TextRun, kind: str) -> list[Contact]:
    """The emails (kind EMAIL) or phone numbers (PHONE) in one run, cached per gig."""

    def build() -> list[Contact]:
        low = gate_text(run.text)
        if not _may_hold(kind, ctx, low, frozenset(low.split())):
            return []
        if kind == EMAIL:
            ev = email_vocab(ctx)
            if run.kind == "html" and "&" in run.text:
                # Raw HTML keeps its character references: "ada&#x40;site.com".
                words = collapse_spaced(fold(emails.unescape_entities(run.text)))
            else:
                words = view(ctx, run, "words")
            out = []
            for m in emails.find_emails(words, ev):
                a, b = words.span(m.start, m.end)
                out.append(Contact(EMAIL, a, b, m.value, m.form))
            return out
        digits = view(ctx, run, "digits")
        return [Contact(PHONE, m.start, m.end, m.value, m.form) for m in phones.find_phones(digits, phone_vocab(ctx))]

    return ctx.gig_cached(("contacts", kind, id(run)), build)


def gig_contacts(gig: Gig, ctx: Context, kind: str) -> Iterator[tuple[TextRun, Contact]]:
    """Every email (kind EMAIL) or phone number (PHONE) of the gig, in run order."""
    rs = runs(gig, ctx)
    whole = ctx.gig_cached(("contacts", "text"), lambda: _GigText(rs))
    if not _may_hold(kind, ctx, whole.text, whole.tokens):
        return
    for run in rs:
        for c in run_contacts(ctx, run, kind):
            yield run, c
