"""What a member can claim now (领券中心), with their own claim state per template."""

from __future__ import annotations

from siyu.coupons import templates
from siyu.coupons.audience import member_level, new_member_cutoff
from siyu.coupons.models import ACTIVE, ClaimCounter, CouponTemplate
from siyu.coupons.schemas import ClaimableCoupon, ClaimState, terms_of, validity_of
from siyu.members.models import Member


def _claims_of(member_id: str) -> dict[str, int]:
    return {
        c.sk.removeprefix("CLAIMS#"): int(c.claimed)
        for c in ClaimCounter.query(f"MEMBER#{member_id}", ClaimCounter.sk.startswith("CLAIMS#"))
    }


def _joined_at(member_id: str) -> str | None:
    try:
        return Member.get(*Member.key(member_id)).created_at
    except Member.DoesNotExist:
        return None


def claimable_for(member_id: str) -> list[ClaimableCoupon]:
    """Open public templates (one Query on gsi1) and the member's claims (one Query);
    the profile or level is read only when a listed template needs it. Ending soonest first."""
    open_templates = [t for t in templates.open_public_templates() if t.status == ACTIVE]
    claims = _claims_of(member_id) if open_templates else {}
    audiences = {t.audience for t in open_templates}
    level = member_level(member_id) if "levels" in audiences else None
    joined_at = _joined_at(member_id) if "new_members" in audiences else None
    return [
        _view(t, claims.get(t.template_id, 0), level, joined_at)
        for t in sorted(open_templates, key=lambda t: (t.claim_ends_at, t.template_id))
    ]


def _in_audience(t: CouponTemplate, level: str | None, joined_at: str | None) -> bool:
    if t.audience == "levels":
        return level in (t.levels or [])
    if t.audience == "new_members":
        return joined_at is not None and joined_at >= new_member_cutoff(int(t.new_member_days))
    return True


def _view(t: CouponTemplate, claimed: int, level: str | None, joined_at: str | None) -> ClaimableCoupon:
    state: ClaimState = "claimable"
    if not _in_audience(t, level, joined_at):
        state = "not_eligible"
    elif claimed >= int(t.per_member_limit):
        state = "limit_reached"
    elif t.stock_left is not None and t.stock_left <= 0:
        state = "sold_out"
    terms = terms_of(t)
    return ClaimableCoupon(
        template_id=t.template_id,
        name=t.name,
        description=t.description,
        headline=terms.headline(),
        terms=terms,
        validity=validity_of(t),
        claim_ends_at=t.claim_ends_at,
        stock_left=None if t.stock_left is None else int(t.stock_left),
        per_member_limit=int(t.per_member_limit),
        claimed_by_me=claimed,
        state=state,
    )
