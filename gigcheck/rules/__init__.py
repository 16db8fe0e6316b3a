"""The registry: one explicit tuple of every rule, in code order (checked by a test)."""
from __future__ import annotations

from types import MappingProxyType
from typing import Mapping, Optional

from gigcheck.rules.base import Context, Rule
from gigcheck.rules.crossgig import CopiedDescription, SharedContactDetail
from gigcheck.rules.channels import ContactChannelMention, ContactHandle, ContactInvitation
from gigcheck.rules.contact import ContactEmail, ContactPhone
from gigcheck.rules.listing import DescriptionMissing, DescriptionTooLong, DuplicateExtra, EmptySection, FrontMatterInvalid, TitleForbiddenCharacters, TitleMissing, TitleNotIWill, TitleTooLong, TooManyTags
from gigcheck.rules.payment import PaymentDetails, PaymentOffPlatform
from gigcheck.rules.links import ContactInLink, LinkDisallowedHost, LinkFileHost, LinkLookalikeHost, LinkShortener
from gigcheck.rules.extras import ExtraBadDelivery, ExtraBadPrice, ExtraDuplicate, ExtraLiveSessionUnclear, ExtraMissingDelivery, ExtraMissingDescription, ExtraMissingPrice, ExtraOffCategory, ExtraVague
from gigcheck.rules.meta import UnknownSuppressionRule, UnusedSuppression
from gigcheck.rules.wording import EmojiWall, PunctuationRun, Readability, Shouting

ALL_RULES: tuple[type[Rule], ...] = (
    UnknownSuppressionRule,
    UnusedSuppression,
    FrontMatterInvalid,
    TitleMissing,
    TitleTooLong,
    TitleNotIWill,
    TitleForbiddenCharacters,
    DescriptionMissing,
    DescriptionTooLong,
    TooManyTags,
    DuplicateExtra,
    EmptySection,
    ContactEmail,
    ContactPhone,
    ContactHandle,
    ContactInvitation,
    ContactChannelMention,
    PaymentOffPlatform,
    PaymentDetails,
    LinkDisallowedHost,
    LinkShortener,
    LinkFileHost,
    LinkLookalikeHost,
    ContactInLink,
    ExtraMissingDescription,
    ExtraMissingPrice,
    ExtraMissingDelivery,
    ExtraBadPrice,
    ExtraBadDelivery,
    ExtraVague,
    ExtraLiveSessionUnclear,
    Shouting,
    PunctuationRun,
    EmojiWall,
    ExtraDuplicate,
    ExtraOffCategory,
    Readability,
    SharedContactDetail,
    CopiedDescription,
)

_BY_KEY: Mapping[str, type[Rule]] = MappingProxyType(
    {**{r.code.lower(): r for r in ALL_RULES}, **{r.name: r for r in ALL_RULES}}
)


def rule_by_key(key: str) -> Optional[type[Rule]]:
    """A rule by code (any case) or name."""
    return _BY_KEY.get(key.strip().lower())


__all__ = ["ALL_RULES", "Context", "Rule", "rule_by_key"]
