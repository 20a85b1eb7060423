"""Live streams and reservations through the live handler, with real API Gateway v2 events."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from live_app import handler

from siyu import aws as siyu_aws
from siyu import clock
from siyu.config import get_settings
from siyu.events import OutboxItem
from siyu.live import schedules
from tests.conftest import Api
from tests.live.support import (
    TEMPLATE_ID,
    add_member,
    drain,
    fire,
    make_live,
    scheduled_input,
    seed_reservers,
)
from tests.support import admin_token, member_token

api = Api(handler)


def iso(dt) -> str:
    return clock.iso(dt)


def live_body(**overrides):
    starts = clock.now() + timedelta(hours=3)
    body = {
        "title": "周五晚八点 新品试饮",
        "cover_url": "https://cdn.example.com/cover.jpg",
        "host_name": "店长阿珍",
        "starts_at": iso(starts),
        "ends_at": iso(starts + timedelta(hours=1, minutes=30)),
        "live_room": "kwai://liveroom/3xk8d2",
    }
    body.update(overrides)
    return body


def create(body=None, key="create-live-0001", role="operator"):
    return api(
        "POST",
        "/v1/admin/lives",
        body or live_body(),
        token=admin_token(role),
        headers={"Idempotency-Key": key},
    )


def outbox(event_type: str) -> list[OutboxItem]:
    return [item for item in OutboxItem.scan() if item.type == event_type]


def test_creating_a_live_schedules_its_reminder_once_per_idempotency_key(aws):
    body = live_body()
    status, live = create(body)
    assert status == 201, live
    assert (live["reminder_offsets"], live["schedule_status"], live["state"]) == ([10], "OK", "UPCOMING")
    assert live["reminders"][0]["reminder_key"] == "v1-10m"

    stored = schedules.get(live["live_id"], 10)
    settings = get_settings()
    fire_at = clock.parse_iso(live["starts_at"]) - timedelta(minutes=10)
    assert stored["ScheduleExpression"] == f"at({clock.iso(fire_at)[:19]})"
    assert stored["ScheduleExpressionTimezone"] == "UTC"
    assert stored["FlexibleTimeWindow"] == {"Mode": "OFF"}
    assert stored["ActionAfterCompletion"] == "DELETE"
    assert stored["GroupName"] == settings.live_schedule_group
    target = stored["Target"]
    assert (target["Arn"], target["RoleArn"]) == (
        settings.live_reminder_trigger_arn,
        settings.live_scheduler_role_arn,
    )
    assert target["DeadLetterConfig"] == {"Arn": settings.live_schedule_dlq_arn}
    assert target["RetryPolicy"]["MaximumRetryAttempts"] > 0
    assert json.loads(target["Input"]) == {
        "live_id": live["live_id"],
        "offset_minutes": 10,
        "schedule_version": 1,
    }

    # The client retries with the same key: the same live, nothing new.
    again_status, again = create(body)
    assert again_status == 201, again
    assert again["live_id"] == live["live_id"]
    status, listed = api("GET", "/v1/admin/lives", token=admin_token("analyst"))
    assert status == 200
    assert [item["live_id"] for item in listed["lives"]] == [live["live_id"]]
    # The same key with another body is refused.
    status, reused = create(live_body(title="另一场"))
    assert (status, reused["error"]["code"]) == (422, "IDEMPOTENCY_KEY_REUSED")


def test_creating_needs_an_idempotency_key(aws):
    status, body = api("POST", "/v1/admin/lives", live_body(), token=admin_token())
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")
    assert body["error"]["details"][0]["field"] == "Idempotency-Key"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "长" * 41}, "title"),
        ({"cover_url": "http://cdn.example.com/cover.jpg"}, "cover_url"),
        ({"starts_at": "2030-01-01T12:00:00"}, "starts_at"),  # no time zone
        ({"starts_at": "2020-01-01T12:00:00Z", "ends_at": "2020-01-01T13:00:00Z"}, "starts_at"),  # past
        ({"ends_at": "2000-01-01T00:00:00Z"}, "ends_at"),  # before the start
        ({"reminder_offsets": []}, "reminder_offsets"),
        ({"reminder_offsets": [10, 10]}, "reminder_offsets"),
        ({"reminder_offsets": [1441]}, "reminder_offsets"),
        ({"live_room": ""}, "live_room"),
        ({"coupon_code": "LIVE888"}, "coupon_code"),  # the field is `exclusive_coupon`
    ],
)
def test_an_invalid_live_names_the_field_and_creates_nothing(aws, change, field):
    status, body = create(live_body(**change), key=f"invalid-{field}-0001")
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR"), body
    assert any(d["field"].startswith(field) for d in body["error"]["details"])
    assert api("GET", "/v1/admin/lives", token=admin_token("analyst"))[1]["lives"] == []


def test_roles(aws):
    assert create(role="analyst")[0] == 403
    member = add_member()
    status, body = api("GET", "/v1/admin/lives", token=member_token(member.member_id))
    assert (status, body["error"]["code"]) == (401, "TOKEN_INVALID")
    status, body = api("GET", "/v1/lives", token=admin_token())
    assert (status, body["error"]["code"]) == (401, "TOKEN_INVALID")
    assert api("GET", "/v1/lives")[0] == 401


def test_moving_the_live_moves_its_reminder(aws, fake_kuaishou):
    _, live = create()
    old_input = scheduled_input(live["live_id"])
    new_start = clock.parse_iso(live["starts_at"]) + timedelta(hours=1)
    status, moved = api(
        "PATCH",
        f"/v1/admin/lives/{live['live_id']}",
        {"starts_at": iso(new_start), "ends_at": iso(new_start + timedelta(hours=1))},
        token=admin_token(),
    )
    assert status == 200, moved
    assert (moved["schedule_version"], moved["revision"], moved["schedule_status"]) == (2, 2, "OK")
    stored = schedules.get(live["live_id"], 10)
    assert stored["ScheduleExpression"] == f"at({clock.iso(new_start - timedelta(minutes=10))[:19]})"
    assert json.loads(stored["Target"]["Input"])["schedule_version"] == 2

    # The old firing (had it been delivered already) is ignored; the new one reminds.
    seed_reservers(live["live_id"], 3, prefix="move")
    from live_reminder_trigger import handler as trigger

    from tests.conftest import LambdaContextStub

    assert trigger(old_input, LambdaContextStub())["status"] == "skipped"
    assert fire(live["live_id"])["queued"] == 3

    # A title change keeps the reminder where it is.
    status, renamed = api(
        "PATCH", f"/v1/admin/lives/{live['live_id']}", {"title": "改个标题"}, token=admin_token()
    )
    assert (status, renamed["schedule_version"], renamed["title"]) == (200, 2, "改个标题")


def test_changing_offsets_replaces_the_schedules(aws):
    _, live = create(live_body(reminder_offsets=[60, 10]))
    assert schedules.get(live["live_id"], 60) is not None
    assert schedules.get(live["live_id"], 10) is not None
    status, patched = api(
        "PATCH", f"/v1/admin/lives/{live['live_id']}", {"reminder_offsets": [30]}, token=admin_token()
    )
    assert (status, patched["reminder_offsets"]) == (200, [30])
    assert schedules.get(live["live_id"], 60) is None
    assert schedules.get(live["live_id"], 10) is None
    assert json.loads(schedules.get(live["live_id"], 30)["Target"]["Input"])["schedule_version"] == 2


def test_a_reminder_time_already_past_is_not_scheduled(aws):
    starts = clock.now() + timedelta(minutes=5)
    _, live = create(
        live_body(starts_at=iso(starts), ends_at=iso(starts + timedelta(hours=1)), reminder_offsets=[10, 0])
    )
    assert schedules.get(live["live_id"], 10) is None
    assert schedules.get(live["live_id"], 0) is not None


def test_a_started_live_cannot_move_and_an_ended_one_cannot_change(aws):
    _, live = create()
    path = f"/v1/admin/lives/{live['live_id']}"
    clock.clock.shift(timedelta(hours=3, minutes=5))  # on air
    try:
        later = iso(clock.now() + timedelta(hours=1))
        status, body = api("PATCH", path, {"starts_at": later}, token=admin_token())
        assert (status, body["error"]["code"]) == (409, "LIVE_ALREADY_STARTED")
        status, body = api(
            "PATCH", path, {"ends_at": iso(clock.now() + timedelta(hours=2))}, token=admin_token()
        )
        assert (status, body["state"]) == (200, "ON_AIR")  # running late is fine
        clock.clock.shift(timedelta(hours=3))
        status, body = api("PATCH", path, {"title": "回放"}, token=admin_token())
        assert (status, body["error"]["code"]) == (409, "LIVE_ENDED")
    finally:
        clock.clock.reset()


def test_cancelling_deletes_the_reminders_and_hides_the_live(aws):
    member = add_member()
    _, live = create(live_body(reminder_offsets=[30, 10]))
    path = f"/v1/admin/lives/{live['live_id']}"
    status, cancelled = api("DELETE", path, token=admin_token())
    assert (status, cancelled["status"], cancelled["state"]) == (200, "CANCELLED", "CANCELLED")
    assert schedules.get(live["live_id"], 30) is None
    assert schedules.get(live["live_id"], 10) is None
    assert api("DELETE", path, token=admin_token())[0] == 200  # idempotent
    token = member_token(member.member_id)
    assert api("GET", "/v1/lives", token=token)[1]["lives"] == []
    status, body = api(
        "POST", f"/v1/lives/{live['live_id']}/reservations", {"template_id": TEMPLATE_ID}, token=token
    )
    assert (status, body["error"]["code"]) == (409, "LIVE_CANCELLED")
    status, body = api("PATCH", path, {"title": "复活"}, token=admin_token())
    assert (status, body["error"]["code"]) == (409, "LIVE_CANCELLED")


def test_members_see_upcoming_and_on_air_lives_with_their_reservation(aws):
    member = add_member()
    token = member_token(member.member_id)
    now = clock.now()
    on_air = make_live(starts_at=now + timedelta(minutes=30), ends_at=now + timedelta(hours=3))
    upcoming = make_live(starts_at=now + timedelta(hours=2), ends_at=now + timedelta(hours=4))
    ends_soon = make_live(starts_at=now + timedelta(minutes=20), ends_at=now + timedelta(minutes=50))
    cancelled = make_live(starts_at=now + timedelta(hours=5), ends_at=now + timedelta(hours=6))
    api("DELETE", f"/v1/admin/lives/{cancelled.live_id}", token=admin_token())
    api("POST", f"/v1/lives/{upcoming.live_id}/reservations", {"template_id": TEMPLATE_ID}, token=token)

    clock.clock.shift(timedelta(hours=1))  # on_air started, ends_soon ended
    try:
        status, body = api("GET", "/v1/lives", token=token)
    finally:
        clock.clock.reset()
    assert status == 200
    assert abs(clock.parse_iso(body["server_time"]) - (clock.now() + timedelta(hours=1))) < timedelta(
        minutes=1
    )
    assert [(item["live_id"], item["state"], item["reserved"]) for item in body["lives"]] == [
        (on_air.live_id, "ON_AIR", False),
        (upcoming.live_id, "UPCOMING", True),
    ]
    assert ends_soon.live_id not in json.dumps(body)
    status, one = api("GET", f"/v1/lives/{upcoming.live_id}", token=token)
    assert (status, one["live"]["reserved"], one["live"]["title"]) == (200, True, upcoming.title)


def test_reserving_is_idempotent_and_withdrawing_too(aws):
    member = add_member("openid-reserver")
    token = member_token(member.member_id)
    live = make_live()
    path = f"/v1/lives/{live.live_id}/reservations"

    status, first = api("POST", path, {"template_id": TEMPLATE_ID}, token=token)
    assert (status, first["reserved"], first["created"], first["template_id"]) == (
        200,
        True,
        True,
        TEMPLATE_ID,
    )
    status, again = api("POST", path, {"template_id": TEMPLATE_ID}, token=token)
    assert (status, again["created"], again["reserved_at"]) == (200, False, first["reserved_at"])
    (event,) = outbox("LiveReserved")
    assert (event.member_id, json.loads(event.data)["live_id"]) == (member.member_id, live.live_id)

    assert api("DELETE", path, token=token)[1] == {
        "live_id": live.live_id,
        "reserved": False,
        "template_id": None,
        "reserved_at": None,
        "withdrawn": True,
    }
    assert api("DELETE", path, token=token)[1]["withdrawn"] is False
    assert api("POST", path, {"template_id": TEMPLATE_ID}, token=token)[1]["created"] is True
    assert len(outbox("LiveReserved")) == 2
    assert len(outbox("LiveReservationCancelled")) == 1


@pytest.mark.parametrize(
    ("path_id", "body", "status", "code"),
    [
        ("live", {}, 400, "VALIDATION_ERROR"),
        ("live", {"template_id": "bad template id!"}, 400, "VALIDATION_ERROR"),
        ("live", {"template_id": TEMPLATE_ID, "extra": 1}, 400, "VALIDATION_ERROR"),
        ("not-an-id", {"template_id": TEMPLATE_ID}, 400, "VALIDATION_ERROR"),
        ("01HZZZZZZZZZZZZZZZZZZZZZZZ", {"template_id": TEMPLATE_ID}, 404, "LIVE_NOT_FOUND"),
    ],
)
def test_bad_reservations_change_nothing(aws, path_id, body, status, code):
    member = add_member()
    live = make_live()
    live_id = live.live_id if path_id == "live" else path_id
    got_status, got = api(
        "POST", f"/v1/lives/{live_id}/reservations", body, token=member_token(member.member_id)
    )
    assert (got_status, got["error"]["code"]) == (status, code)
    assert outbox("LiveReserved") == []


def test_reserving_an_ended_live_is_refused(aws):
    member = add_member()
    live = make_live()
    clock.clock.shift(timedelta(hours=5))
    try:
        status, body = api(
            "POST",
            f"/v1/lives/{live.live_id}/reservations",
            {"template_id": TEMPLATE_ID},
            token=member_token(member.member_id),
        )
    finally:
        clock.clock.reset()
    assert (status, body["error"]["code"]) == (409, "LIVE_ENDED")


@pytest.mark.concurrency
def test_concurrent_reservations_of_one_member_make_one(atomic_dynamodb):
    member = add_member()
    token = member_token(member.member_id)
    live = make_live()
    path = f"/v1/lives/{live.live_id}/reservations"
    with ThreadPoolExecutor(8) as pool:
        results = list(
            pool.map(lambda _: api("POST", path, {"template_id": TEMPLATE_ID}, token=token), range(8))
        )
    assert {status for status, _ in results} == {200}
    assert sum(body["created"] for _, body in results) == 1
    assert len(outbox("LiveReserved")) == 1


def test_a_failed_schedule_sync_is_reported_and_the_next_edit_repairs_it(aws):
    from botocore.exceptions import ClientError

    def unavailable(**_):
        raise ClientError({"Error": {"Code": "ServiceUnavailable", "Message": "try later"}}, "CreateSchedule")

    events = siyu_aws.client("scheduler").meta.events
    events.register("before-call.scheduler.CreateSchedule", unavailable)
    try:
        _, live = create()
    finally:
        events.unregister("before-call.scheduler.CreateSchedule", unavailable)
    assert live["schedule_status"] == "FAILED"
    assert schedules.get(live["live_id"], 10) is None
    status, repaired = api("PATCH", f"/v1/admin/lives/{live['live_id']}", {}, token=admin_token())
    assert (status, repaired["schedule_status"]) == (200, "OK")
    assert schedules.get(live["live_id"], 10) is not None


@pytest.mark.concurrency
def test_operators_see_progress_figures_and_failures(atomic_dynamodb, fake_kuaishou):
    _, live = create()
    reservations = seed_reservers(live["live_id"], 12, prefix="ops")
    refused = {reservations[0].open_id, reservations[1].open_id}
    fake_kuaishou.fail_messages(open_ids=refused)
    fire(live["live_id"])
    drain()
    from siyu.live import record_open

    record_open(live["live_id"], reservations[5].member_id, "v1-10m")

    status, figures = api("GET", f"/v1/admin/lives/{live['live_id']}/figures", token=admin_token("analyst"))
    assert status == 200
    assert (figures["reservations"], figures["reminders_sent"], figures["reminder_opens"]) == (12, 10, 1)
    (reminder,) = figures["reminders"]
    assert (reminder["targets"], reminder["sent"], reminder["failed"], reminder["pending"]) == (12, 10, 2, 0)

    status, body = api(
        "GET", f"/v1/admin/lives/{live['live_id']}/reminders/v1-10m/failures", token=admin_token("analyst")
    )
    assert status == 200
    assert sorted(f["member_id"] for f in body["failures"]) == sorted(r.member_id for r in reservations[:2])
    assert {f["error_code"] for f in body["failures"]} == {"100300002"}

    missing = api("GET", f"/v1/admin/lives/{live['live_id']}/reminders/v9-10m/failures", token=admin_token())
    assert (missing[0], missing[1]["error"]["code"]) == (404, "REMINDER_NOT_FOUND")
    malformed = api("GET", f"/v1/admin/lives/{live['live_id']}/reminders/nope/failures", token=admin_token())
    assert (malformed[0], malformed[1]["error"]["code"]) == (400, "VALIDATION_ERROR")
