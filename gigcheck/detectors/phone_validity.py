"""Whether digits are a phone number, asked of `phonenumbers`.

`phonenumbers` is imported only when a candidate needs it: most texts hold none.
"""
from __future__ import annotations

from typing import Any

from gigcheck.regex_cache import stored_compiles

__all__ = ["phonenumbers", "possible", "valid"]


def phonenumbers() -> Any:
    # Heavy: only when a candidate needs it; its module code's regexes from the store.
    with stored_compiles():
        import phonenumbers

    return phonenumbers


def valid(text: str, regions: tuple[str | None, ...], whole: bool = True) -> tuple[int, int, str] | None:
    """A VALID number PhoneNumberMatcher finds in `text` for one of `regions`, as
    (start, end, E.164). The first region whose number covers every digit of `text`
    wins ("(11) 91234-5678" is Brazilian, not the Spanish "91234-5678"); with
    `whole=False`, a number inside `text` is enough."""
    pn = phonenumbers()
    total = sum(ch.isdigit() for ch in text)
    part = None
    for region in regions:
        for m in pn.PhoneNumberMatcher(text, region or "ZZ", leniency=pn.Leniency.VALID, max_tries=20):
            found = m.start, m.end, pn.format_number(m.number, pn.PhoneNumberFormat.E164)
            if sum(ch.isdigit() for ch in m.raw_string) == total:
                return found
            if part is None:
                part = found
            break
    return None if whole else part


def possible(number: str, regions: tuple[str | None, ...]) -> str | None:
    """E.164 of `number` if its length is possible in one of `regions`."""
    pn = phonenumbers()
    for region in regions:
        try:
            num = pn.parse(number, region)
        except pn.NumberParseException:
            continue
        if pn.is_possible_number(num):
            e164: str = pn.format_number(num, pn.PhoneNumberFormat.E164)
            return e164
    return None
