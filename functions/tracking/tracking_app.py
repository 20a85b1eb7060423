"""Tracking capability: `POST /v1/events`, batches of events (埋点) from the mini-program.

The rate limit's storage (PynamoDB) is imported where it is used, so importing this module —
every cold start — stays light (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

import base64
from typing import Annotated

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.event_handler import Depends
from aws_lambda_powertools.event_handler.request import Request

from siyu.auth.security import OptionalMember
from siyu.http import entry_point, make_app
from siyu.observability import metrics
from siyu.tracking import DEVICE_HEADER, Actor, CollectResult, actor_of, collect
from siyu.tracking.schema import DEVICE_ID, MAX_BODY_BYTES, MAX_EVENTS

app = make_app()


def tracking_actor(request: Request, member: OptionalMember) -> Actor:
    """A member token when there is one (an invalid token is a 401, not anonymity), else the
    device id header; neither is TRACKING_IDENTITY_MISSING. Each sender has its own rate limit."""
    from siyu import ratelimit

    member_id = member.member_id if member is not None else None
    actor = actor_of(member_id, request.headers.get(DEVICE_HEADER.lower()))
    ratelimit.events_per_device().hit(actor.visitor_id)
    return actor


REQUEST_DOC = {
    # The body is read by `collect` (each event judged on its own), not declared as a parameter:
    # the OpenAPI generator documents it from this model (building its JSON schema here would
    # build the batch's validator at every cold start).
    "x-siyu-request-model": "siyu.tracking.schema:EventBatch",
    "parameters": [
        {
            "name": DEVICE_HEADER,
            "in": "header",
            "required": False,
            "description": "anonymous device id (8–64 of A-Z a-z 0-9 _ -), when there is no member token",
            "schema": {"type": "string", "pattern": DEVICE_ID},
        }
    ],
}


@app.post(
    "/v1/events",
    summary="Send a batch of tracking events",
    description=(
        f"Up to {MAX_EVENTS} events or {MAX_BODY_BYTES // 1024} KiB per request, from a member "
        f"(Bearer token) or an anonymous device (`{DEVICE_HEADER}`). Each event is checked on its "
        "own: malformed ones are refused with reasons, the rest are stored. The response counts "
        "only stored events; a 503 EVENTS_NOT_STORED means send the batch again (events with the "
        "same id are counted once)."
    ),
    openapi_extensions=REQUEST_DOC,
)
def post_events(actor: Annotated[Actor, Depends(tracking_actor)]) -> CollectResult:
    event = app.current_event
    raw = event.body or ""
    body = base64.b64decode(raw) if event.is_base64_encoded else raw.encode("utf-8")
    result = collect(body, actor)
    metrics.add_metric(name="EventsAccepted", unit="Count", value=result.accepted)
    if result.rejected:
        metrics.add_metric(name="EventsRejected", unit="Count", value=len(result.rejected))
    return result


handler = entry_point(app)
