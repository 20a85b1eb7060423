"""The success bodies of the CRM routes (webhook endpoints and deliveries, integrations, the
inbound CRM API), for the API contract."""

from __future__ import annotations

from typing import Any

from siyu.base_model import SiyuModel


class WebhookEndpoint(SiyuModel):
    endpoint_id: str
    url: str
    description: str | None
    event_types: list[str]
    enabled: bool
    disabled_reason: str | None
    failing_since: str | None
    rotation_overlap_until: str | None
    created_at: str
    updated_at: str


class WebhookEndpointWithSecret(WebhookEndpoint):
    secret: str  # whsec_…: shown only in this answer


class WebhookEndpoints(SiyuModel):
    endpoints: list[WebhookEndpoint]
    max_endpoints: int
    event_types: list[str]


class Removed(SiyuModel):
    removed: bool


class WebhookDelivery(SiyuModel):
    event_id: str
    endpoint_id: str
    type: str
    status: str
    round: int
    attempts: int
    last_status: int | None
    last_error: str | None
    next_attempt_at: str | None
    updated_at: str


class WebhookDeliveries(SiyuModel):
    deliveries: list[WebhookDelivery]
    next_cursor: str | None


class WebhookAttempt(SiyuModel):
    endpoint_id: str
    round: int
    attempt: int
    at: str
    status_code: int | None
    latency_ms: int
    response: str | None
    error: str | None
    outcome: str


class WebhookEventHistory(SiyuModel):
    event_id: str
    type: str
    occurred_at: str
    aggregate: str
    sequence: int
    payload: dict[str, Any]
    deliveries: list[WebhookDelivery]
    attempts: list[WebhookAttempt]


class Replayed(SiyuModel):
    events: int
    deliveries: int
    next_from: str | None


class Integration(SiyuModel):
    integration_id: str
    name: str
    scopes: list[str]
    enabled: bool
    created_at: str


class IntegrationWithKey(Integration):
    api_key: str  # shown only in this answer


class Integrations(SiyuModel):
    integrations: list[Integration]


class Upserted(SiyuModel):
    external_id: str
    result: str
    member_id: str | None


class BatchResults(SiyuModel):
    results: list[dict[str, Any]]


class PointsAdjusted(SiyuModel):
    external_id: str
    member_id: str
    delta: int
    balance_after: int
    seq: int
    created_at: str


class MemberFigures(SiyuModel):
    nickname: str | None
    phone_masked: str | None
    registered_at: str
    points_balance: int
    points_earned_total: int
    level: str | None


class ContactSummary(SiyuModel):
    external_id: str
    member_id: str | None
    linked: bool
    name: str | None
    attributes: dict[str, Any]
    updated_at: str
    member: MemberFigures | None
