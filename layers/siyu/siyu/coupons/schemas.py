"""The coupon API's shapes: request bodies, views and the literals routes declare. Free of
DynamoDB, so a route module declares them at import and loads the domain (PynamoDB, botocore)
only in the routes that use it (docs/DEVELOPING.md, Import rules). The domain modules
re-export what they used to define here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AwareDatetime, ConfigDict, Field, model_validator

from siyu import clock
from siyu.base_model import SiyuModel
from siyu.coupons.terms import Terms

if TYPE_CHECKING:
    from siyu.coupons.models import CouponCode, CouponTemplate, WalletCoupon

MAX_USES_LIMIT = 10_000_000  # uses of one coupon code
Obtain = Literal["public", "code", "grant"]
Audience = Literal["everyone", "new_members", "levels"]
OBTAIN_CHANNELS: tuple[Obtain, ...] = ("public", "code", "grant")
LevelKey = Annotated[str, Field(min_length=1, max_length=32)]


class FixedValidity(SiyuModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["fixed"]
    starts_at: AwareDatetime
    ends_at: AwareDatetime


class RelativeValidity(SiyuModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["relative"]
    days: int = Field(ge=1, le=365, description="usable for N days from issue")


Validity = Annotated[FixedValidity | RelativeValidity, Field(discriminator="kind")]


class TemplateIn(SiyuModel):
    """A new template."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=40)
    description: str = Field(default="", max_length=200)
    terms: Terms
    validity: Validity
    total_stock: int | None = Field(default=None, ge=1, le=10_000_000, description="null: unlimited")
    per_member_limit: int = Field(default=1, ge=1, le=100, description="claims (and codes) per member")
    claim_starts_at: AwareDatetime | None = Field(default=None, description="default: now")
    claim_ends_at: AwareDatetime
    audience: Audience = "everyone"
    levels: list[LevelKey] = Field(default_factory=list, max_length=20, description="audience levels")
    new_member_days: int = Field(default=7, ge=1, le=365, description="audience new_members: joined within")
    obtain: Obtain = Field(default="public", description="public claim, a code, or grants only")

    @model_validator(mode="after")
    def _consistent(self) -> TemplateIn:
        starts = self.claim_starts_at or clock.now()
        if self.claim_ends_at <= starts:
            raise ValueError("claim_ends_at must be after claim_starts_at")
        if isinstance(self.validity, FixedValidity):
            if self.validity.ends_at <= self.validity.starts_at:
                raise ValueError("validity.ends_at must be after validity.starts_at")
            if self.claim_ends_at > self.validity.ends_at:
                raise ValueError("claim_ends_at must not be after validity.ends_at")
        if (self.audience == "levels") != bool(self.levels):
            raise ValueError("levels go with audience=levels, and it needs at least one")
        return self


class TemplatePatch(SiyuModel):
    """What may change after creation. Terms and validity are fixed: create a new template."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, min_length=1, max_length=40)
    description: str | None = Field(default=None, max_length=200)
    total_stock: int | None = Field(default=None, ge=1, le=10_000_000, description="null: unlimited")
    per_member_limit: int | None = Field(default=None, ge=1, le=100)
    claim_starts_at: AwareDatetime | None = None
    claim_ends_at: AwareDatetime | None = None
    audience: Audience | None = None
    levels: list[LevelKey] | None = Field(default=None, max_length=20)
    new_member_days: int | None = Field(default=None, ge=1, le=365)


class TemplateStats(SiyuModel):
    total_stock: int | None
    stock_left: int | None
    claimed: int = Field(description="taken by public claim")
    by_code: int = Field(description="taken with a code")
    granted: int = Field(description="granted by other capabilities or staff")
    available: int = Field(description="held and usable now")
    locked: int = Field(description="locked to an unpaid order")
    used: int
    expired: int = Field(description="held but past their validity, never used")


class TemplateView(SiyuModel):
    template_id: str
    name: str
    description: str
    headline: str
    terms: Terms
    validity: dict[str, Any]
    total_stock: int | None
    stock_left: int | None
    per_member_limit: int
    claim_starts_at: str
    claim_ends_at: str
    audience: str
    levels: list[str]
    new_member_days: int
    obtain: str
    status: str
    version: int
    created_at: str
    updated_at: str

    @classmethod
    def of(cls, t: CouponTemplate) -> TemplateView:
        terms = terms_of(t)
        return cls(
            template_id=t.template_id,
            name=t.name,
            description=t.description,
            headline=terms.headline(),
            terms=terms,
            validity=validity_of(t),
            total_stock=int_or_none(t.total_stock),
            stock_left=int_or_none(t.stock_left),
            per_member_limit=int(t.per_member_limit),
            claim_starts_at=t.claim_starts_at,
            claim_ends_at=t.claim_ends_at,
            audience=t.audience,
            levels=list(t.levels or []),
            new_member_days=int(t.new_member_days),
            obtain=t.obtain,
            status=t.status,
            version=int(t.version),
            created_at=t.created_at,
            updated_at=t.updated_at,
        )


def int_or_none(value: float | None) -> int | None:
    return None if value is None else int(value)


def terms_of(t: CouponTemplate) -> Terms:
    return Terms.model_validate_json(t.terms)


def validity_of(t: CouponTemplate) -> dict[str, Any]:
    if t.validity_kind == "fixed":
        return {"kind": "fixed", "starts_at": t.valid_starts_at, "ends_at": t.valid_ends_at}
    return {"kind": "relative", "days": int(t.valid_days or 0)}


# ---------------------------------------------------------------- the wallet
State = Literal["usable", "locked", "used", "expired"]
STATES: tuple[State, ...] = ("usable", "locked", "used", "expired")


def state_of(c: WalletCoupon, now: str | None = None) -> State:
    from siyu.coupons.models import LOCKED, USED

    now = now or clock.now_iso()
    if c.status == USED:
        return "used"
    if c.status == LOCKED:
        return "locked"
    return "usable" if now < c.valid_until else "expired"


class CouponView(SiyuModel):
    coupon_id: str
    template_id: str
    name: str
    headline: str
    terms: Terms
    state: State
    valid_from: str
    valid_until: str
    issued_at: str
    channel: str
    order_id: str | None
    used_at: str | None

    @classmethod
    def of(cls, c: WalletCoupon, now: str | None = None) -> CouponView:
        from siyu.coupons.models import AVAILABLE

        terms = Terms.model_validate_json(c.terms)
        return cls(
            coupon_id=c.coupon_id,
            template_id=c.template_id,
            name=c.name,
            headline=terms.headline(),
            terms=terms,
            state=state_of(c, now),
            valid_from=c.valid_from,
            valid_until=c.valid_until,
            issued_at=c.issued_at,
            channel=c.channel,
            order_id=c.order_id if c.status != AVAILABLE else None,
            used_at=c.used_at,
        )


ClaimState = Literal["claimable", "limit_reached", "sold_out", "not_eligible"]


class ClaimableCoupon(SiyuModel):
    template_id: str
    name: str
    description: str
    headline: str
    terms: Terms
    validity: dict[str, Any]
    claim_ends_at: str
    stock_left: int | None
    per_member_limit: int
    claimed_by_me: int
    state: ClaimState


class Offer(SiyuModel):
    coupon_id: str
    template_id: str
    name: str
    headline: str
    saving_fen: int
    valid_until: str


class CodeView(SiyuModel):
    code: str
    template_id: str
    starts_at: str
    ends_at: str
    max_uses: int
    uses: int
    per_member_limit: int
    source: str
    status: str
    state: Literal["scheduled", "live", "ended", "used_up", "disabled"]

    @classmethod
    def of(cls, c: CouponCode) -> CodeView:
        from siyu.coupons.models import ACTIVE

        now = clock.now_iso()
        state: Any
        if c.status != ACTIVE:
            state = "disabled"
        elif now < c.starts_at:
            state = "scheduled"
        elif now >= c.ends_at:
            state = "ended"
        elif c.uses >= c.max_uses:
            state = "used_up"
        else:
            state = "live"
        return cls(
            code=c.code,
            template_id=c.template_id,
            starts_at=c.starts_at,
            ends_at=c.ends_at,
            max_uses=int(c.max_uses),
            uses=int(c.uses),
            per_member_limit=int(c.per_member_limit),
            source=c.source,
            status=c.status,
            state=state,
        )
