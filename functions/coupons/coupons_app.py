"""Coupons capability: the coupon centre, claiming, codes, the wallet, and the admin routes
for templates and codes. Routes parse, call siyu.coupons, and shape the answer.

The domain (PynamoDB, botocore) is imported in the routes that use it, so importing this
module — every cold start — stays light (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from pydantic import AwareDatetime, ConfigDict, Field

from siyu.auth import AnalystAdmin, CurrentMember, OperatorAdmin
from siyu.base_model import SiyuModel
from siyu.coupons import responses as R
from siyu.coupons import schemas
from siyu.coupons.schemas import MAX_USES_LIMIT, Obtain, State, TemplateIn, TemplatePatch, TemplateView
from siyu.coupons.terms import Cart
from siyu.http import entry_point, make_app, returns
from siyu.idempotency import IdempotencyKey, check_key, run_once
from siyu.observability import metrics

if TYPE_CHECKING:
    from siyu.coupons.issuing import Issued

app = make_app()


class RedeemCodeRequest(SiyuModel):
    code: str = Field(min_length=1, max_length=64, description="the code announced in a live or on a poster")


class ApplicableRequest(SiyuModel):
    cart: Cart


class AdminGrantRequest(SiyuModel):
    model_config = ConfigDict(extra="forbid")
    member_id: str = Field(min_length=1, max_length=64)


class CodeCreateRequest(SiyuModel):
    model_config = ConfigDict(extra="forbid")
    code: str = Field(min_length=4, max_length=32, pattern=r"^[A-Za-z0-9]+$")
    template_id: str = Field(min_length=1, max_length=64)
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    max_uses: int = Field(ge=1, le=MAX_USES_LIMIT)
    per_member_limit: int = Field(default=1, ge=1, le=100)
    source: str = Field(default="admin", min_length=1, max_length=64)


class CodePatchRequest(SiyuModel):
    model_config = ConfigDict(extra="forbid")
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime | None = None
    max_uses: int | None = Field(default=None, ge=1, le=MAX_USES_LIMIT)
    per_member_limit: int | None = Field(default=None, ge=1, le=100)
    status: Literal["ACTIVE", "DISABLED"] | None = None


def _issued(result: Issued) -> dict[str, Any]:
    if not result.replayed:
        metrics.add_metric(name="CouponsClaimed", unit="Count", value=1)
    return {"coupon": schemas.CouponView.of(result.coupon).model_dump(), "replayed": result.replayed}


# ---------------------------------------------------------------- members
@app.get(
    "/v1/coupons",
    summary="coupons this member can claim now, with their claim state",
    responses=returns(R.CouponCentre),
)
def coupon_centre(member: CurrentMember) -> dict[str, Any]:
    from siyu.coupons import catalogue

    return {"coupons": [c.model_dump() for c in catalogue.claimable_for(member.member_id)]}


@app.post(
    "/v1/coupons/<template_id>/claim",
    responses=returns(R.IssuedCoupon, 201),
    summary="claim a coupon (领取)",
    description="Needs an Idempotency-Key: a retry with the same key returns the same coupon "
    "(replayed=true) instead of taking another. COUPON_SOLD_OUT when the stock is gone.",
    status_code=201,
)
def claim(template_id: str, member: CurrentMember, idempotency_key: IdempotencyKey = None) -> dict[str, Any]:
    from siyu.coupons import issuing

    key = check_key(idempotency_key)
    return _issued(issuing.claim(member.member_id, template_id, request_key=key))


@app.post(
    "/v1/coupons/redeem-code",
    responses=returns(R.IssuedCoupon, 201),
    summary="redeem a code (直播间专属优惠码)",
    description="Needs an Idempotency-Key. Codes are case-insensitive and valid only in their window.",
    status_code=201,
)
def redeem_code(
    body: RedeemCodeRequest, member: CurrentMember, idempotency_key: IdempotencyKey = None
) -> dict[str, Any]:
    from siyu.coupons import codes

    key = check_key(idempotency_key)
    return _issued(codes.redeem_code(member.member_id, body.code, request_key=key))


@app.get(
    "/v1/me/coupons", summary="my coupons (卡包): usable, locked, used, expired", responses=returns(R.Wallet)
)
def my_coupons(
    member: CurrentMember, state: Annotated[State | None, Query(description="only this state")] = None
) -> dict[str, Any]:
    from siyu.coupons.wallet import wallet

    views, counts = wallet(member.member_id, state)
    return {"coupons": [v.model_dump() for v in views], "counts": counts}


@app.post(
    "/v1/me/coupons/applicable",
    responses=returns(R.Offers),
    summary="which of my coupons fit a cart, best saving first (a preview; orders re-check)",
)
def my_applicable(body: ApplicableRequest, member: CurrentMember) -> dict[str, Any]:
    from siyu.coupons.redemption import applicable

    return {"offers": [o.model_dump() for o in applicable(member.member_id, body.cart)]}


# ---------------------------------------------------------------- admin: templates
@app.post(
    "/v1/admin/coupon-templates",
    responses=returns(TemplateView, 201),
    summary="create a coupon template",
    description="Needs an Idempotency-Key: a retry returns the template created first.",
    status_code=201,
)
def create_template(
    body: TemplateIn, admin: OperatorAdmin, idempotency_key: IdempotencyKey = None
) -> dict[str, Any]:
    from siyu.coupons import templates

    def create() -> dict[str, Any]:
        return TemplateView.of(templates.create(body, created_by=admin.admin_id)).model_dump()

    payload = body.model_dump(mode="json")
    return run_once("coupon-template-create", admin.admin_id, idempotency_key, payload, create)


@app.get("/v1/admin/coupon-templates", summary="list coupon templates", responses=returns(R.Templates))
def list_templates(
    admin: AnalystAdmin,
    obtain: Annotated[Obtain | None, Query(description="only this channel")] = None,
) -> dict[str, Any]:
    from siyu.coupons import templates

    return {"templates": [TemplateView.of(t).model_dump() for t in templates.list_templates(obtain)]}


@app.get(
    "/v1/admin/coupon-templates/<template_id>",
    summary="a template with its claim and use statistics",
    responses=returns(R.TemplateWithStats),
)
def read_template(template_id: str, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.coupons import templates

    stats = templates.stats(template_id)
    return {
        "template": TemplateView.of(templates.get(template_id)).model_dump(),
        "stats": stats.model_dump(),
    }


@app.patch(
    "/v1/admin/coupon-templates/<template_id>",
    responses=returns(TemplateView),
    summary="edit a template (name, stock, limits, claim window, audience)",
    description="Terms and validity are fixed once created; issued coupons keep their terms.",
)
def edit_template(template_id: str, body: TemplatePatch, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.coupons import templates

    templates.edit(template_id, body)
    return TemplateView.of(templates.get(template_id, fresh=True)).model_dump()


@app.post(
    "/v1/admin/coupon-templates/<template_id>/pause",
    summary="pause claims, codes and grants",
    responses=returns(TemplateView),
)
def pause_template(template_id: str, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.coupons import templates

    templates.pause(template_id)
    return TemplateView.of(templates.get(template_id, fresh=True)).model_dump()


@app.post(
    "/v1/admin/coupon-templates/<template_id>/resume",
    summary="resume a paused template",
    responses=returns(TemplateView),
)
def resume_template(template_id: str, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.coupons import templates

    templates.resume(template_id)
    return TemplateView.of(templates.get(template_id, fresh=True)).model_dump()


@app.post(
    "/v1/admin/coupon-templates/<template_id>/grants",
    responses=returns(R.Granted, 201),
    summary="grant a coupon to a member (admin gift)",
    description="Needs an Idempotency-Key: the grant is keyed by it, so a retry grants nothing more.",
    status_code=201,
)
def admin_grant(
    template_id: str, body: AdminGrantRequest, admin: OperatorAdmin, idempotency_key: IdempotencyKey = None
) -> dict[str, Any]:
    from siyu.coupons import issuing

    key = check_key(idempotency_key)
    coupon_id = issuing.grant_by_admin(body.member_id, template_id, admin_id=admin.admin_id, request_key=key)
    metrics.add_metric(name="CouponsGranted", unit="Count", value=1)
    return {"coupon_id": coupon_id, "member_id": body.member_id}


@app.get(
    "/v1/admin/coupon-templates/<template_id>/codes",
    summary="the codes of a template",
    responses=returns(R.Codes),
)
def template_codes(template_id: str, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.coupons import codes

    return {"codes": [schemas.CodeView.of(c).model_dump() for c in codes.codes_of_template(template_id)]}


@app.get(
    "/v1/admin/members/<member_id>/coupons",
    summary="a member's coupons (their 卡包), as the member sees them",
    responses=returns(R.Wallet),
)
def member_coupons(
    member_id: Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z]+$")],
    admin: AnalystAdmin,
    state: Annotated[State | None, Query(description="only this state")] = None,
) -> dict[str, Any]:
    from siyu.coupons.wallet import wallet

    views, counts = wallet(member_id, state)
    return {"coupons": [v.model_dump() for v in views], "counts": counts}


# ---------------------------------------------------------------- admin: codes
@app.post(
    "/v1/admin/coupon-codes",
    responses=returns(schemas.CodeView, 201),
    summary="create a code for a template obtained by code",
    description="Idempotent by the code itself: repeating the same creation returns the code.",
    status_code=201,
)
def create_code(body: CodeCreateRequest, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.coupons import codes

    code = codes.create_code(
        body.code,
        body.template_id,
        starts_at=body.starts_at,
        ends_at=body.ends_at,
        max_uses=body.max_uses,
        per_member_limit=body.per_member_limit,
        source=body.source,
    )
    return schemas.CodeView.of(code).model_dump()


@app.patch(
    "/v1/admin/coupon-codes/<code>",
    summary="move a code's window, change its limits, disable it",
    responses=returns(schemas.CodeView),
)
def patch_code(code: str, body: CodePatchRequest, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.coupons import codes

    updated = codes.update_code(
        code,
        starts_at=body.starts_at,
        ends_at=body.ends_at,
        max_uses=body.max_uses,
        per_member_limit=body.per_member_limit,
        status=body.status,
    )
    return schemas.CodeView.of(updated).model_dump()


handler = entry_point(app)
