"""Member levels: a ladder of thresholds on growth (points earned, or money spent in fen),
each with benefits that other capabilities read (orders: the discount; coupons: the
level-only templates). A member moves up automatically, with a `LevelUpgraded` event, in
the same transaction as the change that added the growth."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pynamodb.exceptions import TransactWriteError

from siyu.db import transaction
from siyu.members import account, rules
from siyu.members.account import ATTEMPTS, AccountChange, MemberBusy, Snapshot, explain
from siyu.members.schemas import LevelRule, LevelRules


@dataclass(frozen=True)
class LevelBenefits:
    """What a member's level gives them, now."""

    member_id: str
    level_key: str
    level_name: str
    rank: int  # 0 = the lowest level
    discount_bp: int  # basis points off: 500 = 5% off; 0 = none
    coupon_template_ids: tuple[str, ...]
    perks: tuple[str, ...]
    growth: int
    growth_basis: str
    next_level_key: str | None = None
    next_level_name: str | None = None
    next_threshold: int | None = None
    ladder: tuple[LevelRule, ...] = field(default=(), repr=False, compare=False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "level_key": self.level_key,
            "level_name": self.level_name,
            "rank": self.rank,
            "discount_bp": self.discount_bp,
            "coupon_template_ids": list(self.coupon_template_ids),
            "perks": list(self.perks),
            "growth": self.growth,
            "growth_basis": self.growth_basis,
            "next_level_key": self.next_level_key,
            "next_level_name": self.next_level_name,
            "next_threshold": self.next_threshold,
            "growth_to_next": (self.next_threshold - self.growth)
            if self.next_threshold is not None
            else None,
        }


def benefits_of(snapshot: Snapshot, ladder: LevelRules) -> LevelBenefits:
    growth = snapshot.growth(ladder)
    level = ladder.level_for(growth)
    upcoming = ladder.next_after(level.key)
    return LevelBenefits(
        member_id=snapshot.member_id,
        level_key=level.key,
        level_name=level.name,
        rank=ladder.rank(level.key),
        discount_bp=level.discount_bp,
        coupon_template_ids=tuple(level.coupon_template_ids),
        perks=tuple(level.perks),
        growth=growth,
        growth_basis=ladder.growth_basis,
        next_level_key=upcoming.key if upcoming else None,
        next_level_name=upcoming.name if upcoming else None,
        next_threshold=upcoming.threshold if upcoming else None,
        ladder=tuple(ladder.levels),
    )


def benefits(member_id: str) -> LevelBenefits:
    """The member's level and its benefits (one read; the ladder is cached)."""
    return benefits_of(account.read(member_id), rules.load().levels)


def add_growth(member_id: str, *, spent_fen: int, source: str, ref: str) -> LevelBenefits:
    """Count money spent towards the level (negative for a refund), once per (source, ref);
    moves the member up with a `LevelUpgraded` event when a threshold is crossed. A repeat
    changes nothing and returns the current benefits."""
    ladder = rules.load().levels
    snapshot = account.read(member_id)
    for _ in range(ATTEMPTS):
        pending = AccountChange(snapshot, ladder)
        pending.spend(spent_fen, source=source, ref=ref)
        try:
            with transaction() as tx:
                pending.stage(tx)
        except TransactWriteError as exc:
            failure = explain(exc)
            if failure.guard(member_id) is not None:
                return benefits(member_id)
            snapshot = failure.account(member_id) or account.read(member_id)
            continue
        return benefits_of(pending.committed(), ladder)
    raise MemberBusy()


def ladder() -> LevelRules:
    """The current ladder (cached rules), e.g. to compare level keys by rank."""
    return rules.load().levels
