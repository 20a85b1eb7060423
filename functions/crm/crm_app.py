"""CRM capability (HTTP): webhook endpoints, deliveries and replay for staff; API keys of the
merchant's CRM integrations; and the CRM's own API (contacts by external id, points). The
delivery pipeline is crm_webhook_fanout → queue → crm_webhook_sender (+ crm_webhook_sweeper).

The domain (PynamoDB, botocore) is imported in the routes that use it, so importing this
module — every cold start — stays light (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.event_handler import Response, content_types
from aws_lambda_powertools.event_handler.openapi.params import Header, Path, Query
from pydantic import AwareDatetime, Field, model_validator

from siyu.auth import OperatorAdmin, OwnerAdmin
from siyu.base_model import SiyuModel
from siyu.config import get_settings
from siyu.crm import responses as R
from siyu.crm.integrations import CrmMembersRead, CrmMembersWrite, CrmPointsWrite
from siyu.crm.schemas import (
    EXTERNAL_ID,
    AttachIn,
    ContactBatch,
    ContactIn,
    EndpointPatch,
    EndpointSpec,
    IntegrationSpec,
    PointsBatch,
)
from siyu.http import JSON_HEADERS, entry_point, make_app, returns
from siyu.idempotency import run_once
from siyu.observability import metrics

app = make_app()

Ulid = Annotated[str, Path(min_length=26, max_length=26, pattern=r"^[0-9A-HJKMNP-TV-Z]{26}$")]
ExternalId = Annotated[str, Path(pattern=EXTERNAL_ID)]


def answer(status: int, body: dict[str, Any]) -> Response[dict[str, Any]]:
    return Response(
        status_code=status, content_type=content_types.APPLICATION_JSON, body=body, headers=JSON_HEADERS
    )


IdempotencyKey = Annotated[
    str | None, Header(alias="Idempotency-Key", description="8–128 printable characters")
]


# ---------------------------------------------------------------- webhook endpoints (staff)
@app.get("/v1/admin/webhooks/endpoints", responses=returns(R.WebhookEndpoints), summary="Webhook endpoints")
def list_endpoints(admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.crm import catalogue, endpoints

    return {
        "endpoints": [endpoints.view(e) for e in endpoints.all_endpoints()],
        "max_endpoints": get_settings().webhook_max_endpoints,
        "event_types": list(catalogue.NAMES),
    }


@app.post(
    "/v1/admin/webhooks/endpoints",
    responses=returns(R.WebhookEndpointWithSecret, 201, "the endpoint and its signing secret (shown once)"),
    summary="Add a webhook endpoint (Idempotency-Key required); the answer holds its secret, once",
    description="At most `webhook_max_endpoints` (default 5) per stack. https only in prod; plain "
    "http only to a loopback address outside prod. Events are signed per Standard Webhooks.",
)
def create_endpoint(
    body: EndpointSpec, admin: OwnerAdmin, idempotency_key: IdempotencyKey = None
) -> Response[dict[str, Any]]:
    from siyu.crm import endpoints

    payload = body.model_dump(mode="json")
    return answer(
        201,
        run_once("webhooks.create", admin.admin_id, idempotency_key, payload, lambda: endpoints.create(body)),
    )


@app.get(
    "/v1/admin/webhooks/endpoints/<endpoint_id>", responses=returns(R.WebhookEndpoint), summary="One endpoint"
)
def get_endpoint(endpoint_id: Ulid, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.crm import endpoints

    return endpoints.view(endpoints.get(endpoint_id))


@app.patch(
    "/v1/admin/webhooks/endpoints/<endpoint_id>",
    responses=returns(R.WebhookEndpoint),
    summary="Change an endpoint's URL, types or enabled flag (re-enabling clears its failing clock)",
)
def patch_endpoint(endpoint_id: Ulid, body: EndpointPatch, admin: OwnerAdmin) -> dict[str, Any]:
    from siyu.crm import endpoints

    return endpoints.update(endpoint_id, body)


@app.delete(
    "/v1/admin/webhooks/endpoints/<endpoint_id>",
    responses=returns(R.Removed),
    summary="Remove an endpoint (idempotent); its pending deliveries end failed",
)
def delete_endpoint(endpoint_id: Ulid, admin: OwnerAdmin) -> dict[str, Any]:
    from siyu.crm import endpoints

    return {"removed": endpoints.delete(endpoint_id)}


@app.post(
    "/v1/admin/webhooks/endpoints/<endpoint_id>/rotate-secret",
    responses=returns(R.WebhookEndpointWithSecret),
    summary="New signing secret (shown once; Idempotency-Key required); the old one signs too for 24 h",
)
def rotate_secret(
    endpoint_id: Ulid, admin: OwnerAdmin, idempotency_key: IdempotencyKey = None
) -> dict[str, Any]:
    from siyu.crm import endpoints

    return run_once("webhooks.rotate", admin.admin_id, idempotency_key, {"endpoint_id": endpoint_id},
                    lambda: endpoints.rotate(endpoint_id))  # fmt: skip


@app.get(
    "/v1/admin/webhooks/endpoints/<endpoint_id>/deliveries",
    responses=returns(R.WebhookDeliveries),
    summary="An endpoint's deliveries, newest event first (failed ones: `status=failed`)",
)
def list_deliveries(
    endpoint_id: Ulid,
    admin: OperatorAdmin,
    status: Annotated[Literal["pending", "delivered", "failed", "filtered"] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
    cursor: Annotated[str | None, Query(max_length=80)] = None,
) -> dict[str, Any]:
    from siyu.crm import delivery

    return delivery.deliveries(endpoint_id, status, limit, cursor)


@app.get(
    "/v1/admin/webhooks/events/<event_id>",
    responses=returns(R.WebhookEventHistory),
    summary="One event as sent, its delivery per endpoint and every attempt (status, latency, first 1 KB)",
)
def event_history(event_id: Ulid, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.crm import delivery

    return delivery.event_history(event_id)


class ReplayRequest(SiyuModel):
    event_id: str | None = Field(default=None, min_length=26, max_length=26)
    start: AwareDatetime | None = Field(default=None, alias="from")
    end: AwareDatetime | None = Field(default=None, alias="to")
    endpoint_id: str | None = Field(
        default=None, min_length=26, max_length=26, description="default: every endpoint"
    )

    @model_validator(mode="after")
    def _one_way(self) -> ReplayRequest:
        if (self.event_id is None) == (self.start is None or self.end is None):
            raise ValueError("either event_id, or from and to")
        if self.start and self.end and self.start > self.end:
            raise ValueError("from after to")
        return self


@app.post(
    "/v1/admin/webhooks/replay",
    responses=returns(R.Replayed),
    summary="Send events of the last 30 days again, by id or time range (Idempotency-Key required)",
    description="Same `webhook-id` and body as the first time, freshly signed; a new round of up to 10 "
    "attempts per delivery. At most 500 events per call: continue from `next_from`.",
)
def replay(
    body: ReplayRequest, admin: OperatorAdmin, idempotency_key: IdempotencyKey = None
) -> dict[str, Any]:
    from siyu.crm import delivery

    def run() -> dict[str, Any]:
        return delivery.replay(
            event_id=body.event_id, start=body.start, end=body.end, endpoint_id=body.endpoint_id
        )

    return run_once("webhooks.replay", admin.admin_id, idempotency_key, body.model_dump(mode="json"), run)


# ---------------------------------------------------------------- integrations (staff)
@app.get(
    "/v1/admin/crm/integrations", responses=returns(R.Integrations), summary="CRM integrations (no keys)"
)
def list_integrations(admin: OwnerAdmin) -> dict[str, Any]:
    from siyu.crm import integrations

    return {"integrations": integrations.list_all()}


@app.post(
    "/v1/admin/crm/integrations",
    responses=returns(R.IntegrationWithKey, 201, "the integration and its API key (shown once)"),
    summary="Add a CRM integration with scopes (Idempotency-Key required); its API key is shown once",
)
def create_integration(
    body: IntegrationSpec, admin: OwnerAdmin, idempotency_key: IdempotencyKey = None
) -> Response[dict[str, Any]]:
    from siyu.crm import integrations

    payload = body.model_dump(mode="json")
    return answer(201, run_once("crm.integration", admin.admin_id, idempotency_key, payload,
                            lambda: integrations.create(body, admin.admin_id)))  # fmt: skip


@app.delete(
    "/v1/admin/crm/integrations/<integration_id>",
    responses=returns(R.Integration),
    summary="Revoke an integration's API key (idempotent; effective within 30 s)",
)
def revoke_integration(integration_id: Ulid, admin: OwnerAdmin) -> dict[str, Any]:
    from siyu.crm import integrations

    return integrations.revoke(integration_id)


# ---------------------------------------------------------------- the CRM's API
@app.put(
    "/v1/crm/members/<external_id>",
    responses={**returns(R.Upserted, 200, "updated"), **returns(R.Upserted, 201, "created")},
    summary="Upsert one contact by the CRM's external id: 201 created, 200 updated, 409 ambiguous phone",
)
def upsert_member(
    external_id: ExternalId, body: ContactIn, integration: CrmMembersWrite
) -> Response[dict[str, Any]]:
    from siyu.crm import inbound

    result = inbound.upsert(body.model_copy(update={"external_id": external_id}))
    metrics.add_metric(name="CrmContactsUpserted", unit="Count", value=1)
    status = 201 if result["result"] == "created" else 200
    return Response(
        status_code=status, content_type=content_types.APPLICATION_JSON, body=result, headers=JSON_HEADERS
    )


@app.post(
    "/v1/crm/members/batch",
    responses=returns(R.BatchResults),
    summary="Upsert up to 100 contacts; each result is ok or carries its own error",
)
def upsert_members(body: ContactBatch, integration: CrmMembersWrite) -> dict[str, Any]:
    from siyu.crm import inbound

    return {"results": inbound.each(body.members, inbound.upsert)}


@app.post(
    "/v1/crm/members/attach",
    responses=returns(R.Upserted),
    summary="Attach an external id to the one member who bound this phone (404 none, 409 several)",
)
def attach_member(body: AttachIn, integration: CrmMembersWrite) -> dict[str, Any]:
    from siyu.crm import inbound

    return inbound.attach(body)


@app.get(
    "/v1/crm/members/<external_id>",
    responses=returns(R.ContactSummary),
    summary="A contact and, when linked, the member's points, level and registration",
)
def member_summary(external_id: ExternalId, integration: CrmMembersRead) -> dict[str, Any]:
    from siyu.crm import inbound

    return inbound.summary(external_id)


@app.post(
    "/v1/crm/points/adjustments",
    responses=returns(R.BatchResults),
    summary="Adjust points of up to 100 linked contacts; each `idempotency_key` applies once",
    description="A repeated key returns the first result; the same key with another delta or reason "
    "is IDEMPOTENCY_KEY_REUSED. Balances never go below zero (POINTS_INSUFFICIENT).",
)
def adjust_points(body: PointsBatch, integration: CrmPointsWrite) -> dict[str, Any]:
    from siyu.crm import inbound

    return {
        "results": inbound.each(
            body.adjustments, lambda a: inbound.adjust_points(integration.integration_id, a)
        )
    }


handler = entry_point(app)
