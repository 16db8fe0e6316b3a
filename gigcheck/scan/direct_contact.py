"""A gig's broader means of direct contact, found once and shared: links to contact and
booking forms, and the seller's company named for the buyer to look up. Found in every
gig (detect always); the contact rules report them when the pack's options say so
(contact-handle `contact_forms`, contact-invitation `company_names`)."""
from __future__ import annotations

from dataclasses import dataclass

from gigcheck.detectors.company_names import CompanyName, CompanyVocab
from gigcheck.detectors.contact_forms import FormVocab
from gigcheck.records import TextRun
from gigcheck.scan.gigscan import GigScan
from gigcheck.scan.links import FoundLink, gig_links

# Links other rules report as contact details already (chats, profiles, mailto:).
_HANDLED = frozenset({"messenger", "social", "contact-scheme"})
# Where a business name is prose a buyer reads.
_PROSE = frozenset({"text", "heading", "image_alt", "html", "fm_value", "table"})


@dataclass(frozen=True, slots=True)
class FormLink:
    link: FoundLink
    form: str  # the form's host, or the site's contact page ("brightline.com/contact")


def contact_form_links(scan: GigScan) -> list[FormLink]:
    """Links to contact or booking forms, in document order."""

    def build() -> list[FormLink]:
        links = gig_links(scan)
        if not links:
            return []
        forms = scan.vocabulary.compiled("contact-forms", lambda: FormVocab(scan.vocabulary.table("links")))
        out = []
        for link in links:
            if link.verdict.kind in _HANDLED:
                continue
            form = forms.form_of(link.url, link.verdict.host)
            if form is not None:
                out.append(FormLink(link, form))
        return out

    return scan.memo(("direct", "forms"), build)


def company_names(scan: GigScan) -> list[tuple[TextRun, CompanyName]]:
    """The seller's business names, in document order (run text offsets)."""

    def build() -> list[tuple[TextRun, CompanyName]]:
        vocab = scan.vocabulary.compiled(
            "company-names", lambda: CompanyVocab(scan.vocabulary.table("invitation"))
        )
        return [(run, c) for run in scan.scanned_runs() if run.kind in _PROSE for c in vocab.find(run.text)]

    return scan.memo(("direct", "companies"), build)
