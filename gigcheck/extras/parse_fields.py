"""Parse the `Price:` and `Delivery:` lines of a gig extra."""
from __future__ import annotations

import re
from typing import Optional

_PRICE = re.compile(r"^\s*(?:us)?[$€£]?\s*(\d{1,7}(?:[.,]\d{3})*(?:[.,]\d{1,2})?)\s*(?:usd|eur|gbp|\$|€|£)?\s*$", re.I)
_DELIVERY = re.compile(r"^\s*([+-]?)\s*(\d{1,3})\s*(?:business\s+|working\s+)?days?\s*$", re.I)


def parse_price(raw: str) -> Optional[float]:
    m = _PRICE.match(raw or "")
    if not m:
        return None
    num = m.group(1)
    if re.search(r"[.,]\d{1,2}$", num):
        num = re.sub(r"[.,](?=\d{3})", "", num[:-3]) + "." + num[-2:] if num[-3] in ".," else num
    return float(num.replace(",", ""))


def parse_delivery(raw: str) -> Optional[int]:
    if raw and raw.strip().lower() in ("same day", "+0", "0"):
        return 0
    m = _DELIVERY.match(raw or "")
    if not m:
        return None
    days = int(m.group(2))
    return -days if m.group(1) == "-" else days
