"""Targeted push (HTTP): the member's subscribe-message accepts (credits), and for operators
campaigns to a segment and coupon/points grants to a segment, with their figures. Sending
runs on the push queue (push_sender) and the end of quiet hours (push_release).

The domain (PynamoDB, botocore) is imported in the routes that use it, so importing this
module — every cold start — stays light (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from typing import Annotated, Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.event_handler import Response, content_types
from aws_lambda_powertools.event_handler.openapi.params import Header, Path, Query
from pydantic import Field

from siyu.auth import AnalystAdmin, CurrentMember, OperatorAdmin
from siyu.base_model import SiyuModel
from siyu.http import JSON_HEADERS, entry_point, make_app, returns
from siyu.idempotency import check_key, run_once
from siyu.observability import metrics
from siyu.push import responses as R
from siyu.push.schemas import CampaignSpec, GrantSpec

app = make_app()

Id = Annotated[str, Path(min_length=26, max_length=26, pattern=r"^[0-9A-HJKMNP-TV-Z]{26}$")]
IdempotencyKey = Annotated[
    str | None, Header(alias="Idempotency-Key", description="8–128 printable characters")
]
Limit = Annotated[int, Query(ge=1, le=50, description="newest first")]
TemplateId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_\-]+$")]
Answer = Annotated[str, Field(pattern=r"^(accept|reject|ban|filter)$")]


class SubscribeResults(SiyuModel):
    """ks.requestSubscribeMessage's answer, per template id: accept, reject, ban or filter."""

    results: dict[TemplateId, Answer] = Field(min_length=1, max_length=10)


def _created(body: dict[str, Any], status: int = 201) -> Response[dict[str, Any]]:
    return Response(
        status_code=status, content_type=content_types.APPLICATION_JSON, body=body, headers=JSON_HEADERS
    )


# ---------------------------------------------------------------- members
@app.post(
    "/v1/push/subscriptions",
    responses=returns(R.Credits),
    summary="Record the answer of ks.requestSubscribeMessage: each accept is one message Siyu may send",
    description="Idempotency-Key required: a retry of the same request adds no credit. Answers the "
    "credits left per template named.",
)
def record_subscriptions(
    body: SubscribeResults, member: CurrentMember, idempotency_key: IdempotencyKey = None
) -> dict[str, Any]:
    from siyu.push import credits

    key = check_key(idempotency_key)
    balances = credits.record(member.member_id, body.results, request_key=key)
    metrics.add_metric(
        name="PushCreditsAccepted", unit="Count", value=sum(a == "accept" for a in body.results.values())
    )
    return {"credits": balances}


# ---------------------------------------------------------------- campaigns
@app.post(
    "/v1/admin/push/campaigns",
    responses=returns(R.PushCampaignView, 201, "the campaign (DRAFT)"),
    summary="Create a push campaign to a segment (Idempotency-Key required)",
    description="`kind`: marketing (frequency caps, quiet hours) or transactional (service messages: "
    "neither, still one credit per send).",
)
def create_campaign(
    body: CampaignSpec, admin: OperatorAdmin, idempotency_key: IdempotencyKey = None
) -> Response[dict[str, Any]]:
    from siyu.push import campaigns

    def create() -> dict[str, Any]:
        return campaigns.view(campaigns.create(body, admin_id=admin.admin_id))

    return _created(
        run_once("push.campaign", admin.admin_id, idempotency_key, body.model_dump(mode="json"), create)
    )


@app.get(
    "/v1/admin/push/campaigns",
    responses=returns(R.PushCampaigns),
    summary="Recent campaigns with their figures",
)
def list_campaigns(admin: AnalystAdmin, limit: Limit = 20) -> dict[str, Any]:
    from siyu.push import campaigns

    return {"campaigns": [campaigns.view(c) for c in campaigns.recent(limit)]}


@app.get(
    "/v1/admin/push/campaigns/<campaign_id>",
    responses=returns(R.PushCampaignView),
    summary="One campaign: targeted, sent, no credit, capped, held, failed, pending, opened",
)
def get_campaign(campaign_id: Id, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.push import campaigns

    return campaigns.view(campaigns.get(campaign_id))


@app.post(
    "/v1/admin/push/campaigns/<campaign_id>/send",
    responses=returns(R.PushCampaignView, 202, "queued"),
    summary="Send a campaign: freezes its segment's members and queues them (a repeat changes nothing)",
)
def send_campaign(campaign_id: Id, admin: OperatorAdmin) -> Response[dict[str, Any]]:
    from siyu.push import campaigns

    return _created(campaigns.view(campaigns.send(campaign_id)), 202)


# ---------------------------------------------------------------- grants
@app.post(
    "/v1/admin/push/grants",
    responses=returns(R.GrantView, 201, "the grant (DRAFT)"),
    summary="Create a coupon or points grant to a segment (Idempotency-Key required)",
    description="Exactly one of `coupon_template_id` (a template obtained by grant; stock respected) "
    "and `points` (with a `reason` for the points ledger).",
)
def create_grant(
    body: GrantSpec, admin: OperatorAdmin, idempotency_key: IdempotencyKey = None
) -> Response[dict[str, Any]]:
    from siyu.push import grants

    def create() -> dict[str, Any]:
        return grants.view(grants.create(body, admin_id=admin.admin_id))

    return _created(
        run_once("push.grant", admin.admin_id, idempotency_key, body.model_dump(mode="json"), create)
    )


@app.get("/v1/admin/push/grants", responses=returns(R.Grants), summary="Recent grants with their figures")
def list_grants(admin: AnalystAdmin, limit: Limit = 20) -> dict[str, Any]:
    from siyu.push import grants

    return {"grants": [grants.view(g) for g in grants.recent(limit)]}


@app.get(
    "/v1/admin/push/grants/<grant_id>",
    responses=returns(R.GrantView),
    summary="One grant: targeted, granted, sold out, failed",
)
def get_grant(grant_id: Id, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.push import grants

    return grants.view(grants.get(grant_id))


@app.post(
    "/v1/admin/push/grants/<grant_id>/send",
    responses=returns(R.GrantView, 202, "queued"),
    summary="Send a grant: freezes its segment's members and queues them (a repeat changes nothing)",
)
def send_grant(grant_id: Id, admin: OperatorAdmin) -> Response[dict[str, Any]]:
    from siyu.push import grants

    return _created(grants.view(grants.send(grant_id)), 202)


handler = entry_point(app)
