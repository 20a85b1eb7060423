"""Live capability (HTTP): live streams for operators, reservations for members, reminder
progress and per-live figures. The reminder pipeline is live_reminder_trigger / _sender.

The domain (PynamoDB, botocore) is imported in the routes that use it (siyu.live loads its
modules on first use), so importing this module — every cold start — stays light
(docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from typing import Annotated, Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.event_handler import Response, content_types
from aws_lambda_powertools.event_handler.openapi.params import Header, Path, Query
from pydantic import AwareDatetime

from siyu import clock, live
from siyu.auth import AnalystAdmin, CurrentMember, OperatorAdmin
from siyu.http import JSON_HEADERS, entry_point, make_app, returns
from siyu.idempotency import run_once
from siyu.live import responses as R
from siyu.live.schemas import LivePatch, LiveSpec, ReservationRequest
from siyu.observability import metrics

app = make_app()

LiveId = Annotated[str, Path(min_length=26, max_length=26, pattern=r"^[0-9A-HJKMNP-TV-Z]{26}$")]
ReminderKey = Annotated[str, Path(max_length=24, pattern=r"^v\d{1,9}-\d{1,4}m$")]


# ---------------------------------------------------------------- members
@app.get(
    "/v1/lives",
    responses=returns(R.MemberLives),
    summary="Upcoming and on-air lives, with my reservation state and the server time",
)
def list_lives(member: CurrentMember) -> dict[str, Any]:
    now, items = live.member_lives(member.member_id)
    return {"server_time": clock.iso(now), "lives": items}


@app.get(
    "/v1/lives/<live_id>",
    responses=returns(R.OneLive),
    summary="One live (any state), with my reservation state",
    description="`exclusive_coupon.code` is shown only while the code can be redeemed (state OPEN).",
)
def get_live(live_id: LiveId, member: CurrentMember) -> dict[str, Any]:
    now, item = live.member_live(live_id, member.member_id)
    return {"server_time": clock.iso(now), "live": item}


@app.post(
    "/v1/lives/<live_id>/reservations",
    responses=returns(R.Reserved),
    summary="Reserve a live (records the subscribe-message consent); repeating it changes nothing",
)
def reserve(live_id: LiveId, body: ReservationRequest, member: CurrentMember) -> dict[str, Any]:
    from siyu.live import reservations

    result = live.reserve(live_id, member.member_id, body.template_id)
    if result.created:
        metrics.add_metric(name="LivesReserved", unit="Count", value=1)
    return {**reservations.view(result.reservation, live_id), "created": result.created}


@app.delete(
    "/v1/lives/<live_id>/reservations",
    responses=returns(R.Withdrawn),
    summary="Withdraw my reservation (idempotent)",
)
def withdraw(live_id: LiveId, member: CurrentMember) -> dict[str, Any]:
    from siyu.live import reservations

    was_active = live.withdraw(live_id, member.member_id)
    return {**reservations.view(None, live_id), "withdrawn": was_active}


# ---------------------------------------------------------------- operators
@app.post(
    "/v1/admin/lives",
    summary="Create a live and schedule its reminders (Idempotency-Key required)",
    description="With `exclusive_coupon`, the live and its code are created together or not at "
    "all: an unknown template (COUPON_TEMPLATE_NOT_FOUND), a template not obtained by code "
    "(COUPON_NOT_CLAIMABLE) or a taken code (COUPON_CODE_EXISTS) creates nothing.",
    responses=returns(R.AdminLive, 201, "the live"),
)
def admin_create(
    body: LiveSpec,
    admin: OperatorAdmin,
    idempotency_key: Annotated[
        str | None, Header(alias="Idempotency-Key", description="8–128 printable characters")
    ] = None,
) -> Response[dict[str, Any]]:
    from siyu.live import lives

    def create() -> dict[str, Any]:
        return lives.admin_view(live.create_live(body, admin.admin_id, request_key=idempotency_key))

    payload = body.model_dump(mode="json")
    result = run_once("live.create", admin.admin_id, idempotency_key, payload, create)
    return Response(
        status_code=201, content_type=content_types.APPLICATION_JSON, body=result, headers=JSON_HEADERS
    )


@app.get(
    "/v1/admin/lives",
    responses=returns(R.AdminLives),
    summary="Lives ending after `ended_after` (default: 7 days ago), by end time",
)
def admin_list(
    admin: AnalystAdmin,
    ended_after: Annotated[AwareDatetime | None, Query(description="UTC ISO-8601")] = None,
) -> dict[str, Any]:
    from siyu.live import lives

    return {"lives": [lives.admin_view(item) for item in live.list_lives(ended_after)]}


@app.get(
    "/v1/admin/lives/<live_id>",
    responses=returns(R.AdminLive),
    summary="One live with its reminder times and schedule status",
)
def admin_get(live_id: LiveId, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.live import lives

    return lives.admin_view(live.get_live(live_id))


@app.patch(
    "/v1/admin/lives/<live_id>",
    responses=returns(R.AdminLive),
    summary="Change a live; a new start or new offsets move its reminder schedules",
    description="Any PATCH (even `{}`) also re-syncs the schedules, e.g. after schedule_status FAILED, "
    "and the exclusive code's window (start to end + grace). `exclusive_coupon` set: creates or "
    "updates the code; null: disables it.",
)
def admin_patch(live_id: LiveId, body: LivePatch, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.live import lives

    return lives.admin_view(live.update_live(live_id, body))


@app.delete(
    "/v1/admin/lives/<live_id>",
    responses=returns(R.AdminLive),
    summary="Cancel a live, delete its pending reminders, disable its exclusive code (idempotent)",
)
def admin_cancel(live_id: LiveId, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.live import lives

    return lives.admin_view(live.cancel_live(live_id))


@app.get(
    "/v1/admin/lives/<live_id>/figures",
    responses=returns(R.LiveFigures),
    summary="Reservations, reminders sent, reminder opens, and each reminder's progress",
)
def admin_figures(live_id: LiveId, admin: AnalystAdmin) -> dict[str, Any]:
    return live.figures(live_id)


@app.get(
    "/v1/admin/lives/<live_id>/reminders/<reminder_key>/failures",
    responses=returns(R.ReminderFailures),
    summary="Members a reminder could not be delivered to, with Kuaishou's answer",
)
def admin_failures(live_id: LiveId, reminder_key: ReminderKey, admin: AnalystAdmin) -> dict[str, Any]:
    return {"reminder_key": reminder_key, "failures": live.failures(live_id, reminder_key)}


handler = entry_point(app)
