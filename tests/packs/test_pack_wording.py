"""Messages and fixes word what differs by marketplace from the pack (issue 15): when
contact may start (GC205), the marketplace's rulebook (GC701), the currency of the
price line a fix inserts (GC502). One fixture gig, checked under each shipped pack."""
from __future__ import annotations

from pathlib import Path

import pytest

from gigcheck import lint_text
from gigcheck.engine.fixes import apply_fixes
from gigcheck.policy.config import load_config

GIG = (Path(__file__).parent / "wording" / "session-service-extra.md").read_text(encoding="utf-8")


def _findings(pack: str, code: str):
    found = [f for f in lint_text(GIG, config=load_config(discover=False, policy=pack)) if f.rule == code]
    assert found, f"{pack}: no {code}"
    return found


@pytest.mark.parametrize("pack,starts", [
    ("fiverr", "after an order starts"), ("peopleperhour", "after an order starts"),
    ("upwork", "after a contract starts"),
])
def test_session_message_names_when_contact_starts(pack: str, starts: str) -> None:
    assert starts in _findings(pack, "GC205")[0].message


@pytest.mark.parametrize("pack,rulebook", [
    ("fiverr", "Community Standards"), ("upwork", "Upwork's Terms of Service"),
    ("peopleperhour", "PeoplePerHour's Terms"),
])
def test_prohibited_service_names_the_pack_rulebook(pack: str, rulebook: str) -> None:
    assert _findings(pack, "GC701")[0].message.startswith(f"A prohibited service ({rulebook}: ")


def test_prohibited_service_names_a_neutral_rulebook_otherwise() -> None:
    config = load_config(discover=False, policy="generic", select=["GC701"])
    found = [f for f in lint_text(GIG, config=config) if f.rule == "GC701"]
    assert found and found[0].message.startswith("A prohibited service (the marketplace's rules: ")


@pytest.mark.parametrize("pack,line", [("fiverr", "Price: $"), ("upwork", "Price: $"), ("peopleperhour", "Price: £")])
def test_missing_price_fix_writes_the_pack_currency(pack: str, line: str) -> None:
    (finding,) = _findings(pack, "GC502")
    assert finding.fix is not None
    fixed = apply_fixes(GIG, [finding])
    assert "### Rush delivery\n" + line + "\n" in fixed
    assert f"`{line}20`" in (finding.suggestion or "")
