"""Flash sales as staff create, move and cancel them: the one-time schedules, the opener and
closer (running twice = once), reminders, and the list the mini-program counts down from."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from flash_sales_closer import handler as closer
from flash_sales_opener import RemindersLeft
from flash_sales_opener import handler as opener

from siyu import clock
from siyu.aws import client
from siyu.config import get_settings
from siyu.flash_sales import opening, schedules
from siyu.flash_sales.models import Reminder
from siyu.flash_sales.stock import purchase
from siyu_local.fake_kuaishou import codes
from tests.conftest import STACK, LambdaContextStub
from tests.flash_sales.support import api, fresh, make_member, make_sale, open_now, shards
from tests.support import admin_token, event_data, member_token


def scheduled(sale_id: str, action: str) -> dict:
    return client("scheduler").get_schedule(
        Name=schedules.name_of(sale_id, action), GroupName=get_settings().flash_sale_schedule_group
    )


def fire(schedule: dict, handler=None) -> dict:
    """Deliver a schedule's Input to its target, as EventBridge Scheduler does."""
    target = schedule["Target"]
    handler = handler or (opener if target["Arn"] == get_settings().flash_sale_opener_arn else closer)
    return handler(json.loads(target["Input"]), LambdaContextStub())


def admin_create(body: dict, key: str = "create-key-1") -> tuple[int, dict]:
    return api("POST", "/v1/admin/flash-sales", body, token=admin_token(), headers={"Idempotency-Key": key})


def sale_body(**overrides) -> dict:
    now = clock.now()
    body = {
        "sku": "SKU-YZGL",
        "name": "杨枝甘露 限时秒杀",
        "sale_price_fen": 990,
        "original_price_fen": 1800,
        "stock": 50,
        "starts_at": clock.iso(now + timedelta(minutes=5)),
        "ends_at": clock.iso(now + timedelta(minutes=35)),
    }
    body.update(overrides)
    return body


# ---------------------------------------------------------------- schedules
def test_creating_a_sale_schedules_its_opening_and_closing(aws, at):
    at("2026-06-18T01:59:30.250Z")
    status, body = admin_create(
        sale_body(starts_at="2026-06-18T10:00:00.400+08:00", ends_at="2026-06-18T02:30:00Z")
    )
    assert status == 201, body
    assert (body["starts_at"], body["ends_at"], body["status"]) == (
        "2026-06-18T02:00:01.000Z",  # rounded up to a whole second: what at() can say
        "2026-06-18T02:30:00.000Z",
        "SCHEDULED",
    )
    functions = STACK.functions()
    opening_schedule = scheduled(body["sale_id"], "open")
    assert opening_schedule["ScheduleExpression"] == "at(2026-06-18T02:00:01)"
    assert opening_schedule["ScheduleExpressionTimezone"] == "UTC"
    assert opening_schedule["ActionAfterCompletion"] == "DELETE"
    assert opening_schedule["FlexibleTimeWindow"] == {"Mode": "OFF"}
    target = opening_schedule["Target"]
    assert target["Arn"] == functions["FlashSaleOpenerFunction"].arn
    assert target["RoleArn"] == STACK.arn("FlashSaleSchedulerRole")
    assert target["DeadLetterConfig"]["Arn"] == STACK.arn("FlashSaleScheduleDeadLetterQueue")
    assert target["RetryPolicy"]["MaximumRetryAttempts"] > 0
    assert json.loads(target["Input"]) == {
        "sale_id": body["sale_id"],
        "action": "open",
        "at": body["starts_at"],
    }
    closing_schedule = scheduled(body["sale_id"], "close")
    assert closing_schedule["ScheduleExpression"] == "at(2026-06-18T02:30:00)"
    assert closing_schedule["Target"]["Arn"] == functions["FlashSaleCloserFunction"].arn
    assert opening_schedule["GroupName"] == STACK.physical_name("FlashSaleScheduleGroup")

    again = admin_create(sale_body(starts_at="2026-06-18T10:00:00.400+08:00", ends_at="2026-06-18T02:30:00Z"))
    assert again == (201, body)  # a retried creation: the same sale
    reused = admin_create(sale_body(stock=7))
    assert (reused[0], reused[1]["error"]["code"]) == (422, "IDEMPOTENCY_KEY_REUSED")


def test_invalid_sales_are_refused_and_nothing_is_scheduled(aws):
    now = clock.now()
    cases = [
        sale_body(starts_at=clock.iso(now - timedelta(minutes=1))),
        sale_body(ends_at=clock.iso(now + timedelta(minutes=1))),
        sale_body(stock=0),
        sale_body(sale_price_fen=2000, original_price_fen=1800),
        sale_body(per_member_limit=11),
        {"sku": "SKU-YZGL"},
    ]
    for n, body in enumerate(cases):
        status, answer = admin_create(body, key=f"bad-key-{n:03d}")
        assert (status, answer["error"]["code"]) == (400, "VALIDATION_ERROR"), body
    assert (
        client("scheduler").list_schedules(GroupName=get_settings().flash_sale_schedule_group)["Schedules"]
        == []
    )
    member = api(
        "POST",
        "/v1/admin/flash-sales",
        sale_body(),
        token=member_token("m"),
        headers={"Idempotency-Key": "k-00000001"},
    )
    assert member[0] == 401
    analyst = api(
        "POST",
        "/v1/admin/flash-sales",
        sale_body(),
        token=admin_token("analyst"),
        headers={"Idempotency-Key": "k-00000001"},
    )
    assert analyst[0] == 403


def test_moving_a_sale_moves_its_schedules_and_the_old_time_does_nothing(aws):
    sale = make_sale()
    old_open = scheduled(sale.sale_id, "open")
    later = clock.now() + timedelta(hours=2)
    status, body = api(
        "PATCH",
        f"/v1/admin/flash-sales/{sale.sale_id}",
        {"starts_at": clock.iso(later), "ends_at": clock.iso(later + timedelta(hours=1))},
        token=admin_token(),
    )
    assert status == 200, body
    new_open = scheduled(sale.sale_id, "open")
    assert new_open["ScheduleExpression"] == schedules.at_expression(body["starts_at"])
    assert scheduled(sale.sale_id, "close")["ScheduleExpression"] == schedules.at_expression(body["ends_at"])

    clock.clock.freeze(clock.parse_iso(sale.starts_at))
    assert fire(old_open)["status"] == "SCHEDULED"  # a delivery for the old start: nothing happens
    assert event_data("FlashSaleOpened") == []
    clock.clock.freeze(later)
    assert fire(new_open)["status"] == "OPEN"


def test_once_open_only_the_end_and_the_texts_may_change(aws):
    sale = open_now(make_sale())
    refused = api(
        "PATCH", f"/v1/admin/flash-sales/{sale.sale_id}", {"sale_price_fen": 1}, token=admin_token()
    )
    assert (refused[0], refused[1]["error"]["code"]) == (409, "FLASH_SALE_NOT_EDITABLE")
    sooner = clock.now() + timedelta(minutes=5)
    moved = api(
        "PATCH",
        f"/v1/admin/flash-sales/{sale.sale_id}",
        {"ends_at": clock.iso(sooner), "name": "提前结束"},
        token=admin_token(),
    )
    assert moved[0] == 200
    assert (moved[1]["ends_at"], moved[1]["name"], moved[1]["sale_price_fen"]) == (
        clock.iso(sooner),
        "提前结束",
        990,
    )
    assert scheduled(sale.sale_id, "close")["ScheduleExpression"] == schedules.at_expression(
        clock.iso(sooner)
    )


def test_cancelling_deletes_the_schedules(aws):
    sale = make_sale()
    opening_schedule = scheduled(sale.sale_id, "open")
    status, body = api("POST", f"/v1/admin/flash-sales/{sale.sale_id}/cancel", token=admin_token())
    assert (status, body["status"], body["state"]) == (200, "CANCELLED", "cancelled")
    assert schedules.describe(sale.sale_id) == {}
    assert api("POST", f"/v1/admin/flash-sales/{sale.sale_id}/cancel", token=admin_token())[0] == 200
    clock.clock.freeze(clock.parse_iso(sale.starts_at))
    assert fire(opening_schedule)["status"] == "CANCELLED"  # a delivery already on its way
    code = api(
        "POST",
        f"/v1/flash-sales/{sale.sale_id}/purchase",
        token=member_token("m"),
        headers={"Idempotency-Key": "k-00000001"},
    )[1]
    assert code["error"]["code"] == "FLASH_SALE_CANCELLED"


# ---------------------------------------------------------------- opener and closer
def test_the_opener_prepares_the_stock_and_running_it_twice_is_running_it_once(aws):
    sale = make_sale(stock=50, shards=8)
    clock.clock.freeze(clock.parse_iso(sale.starts_at))
    first = fire(scheduled(sale.sale_id, "open"))
    second = fire(scheduled(sale.sale_id, "open"))
    assert first["status"] == second["status"] == "OPEN"
    rows = shards(sale.sale_id)
    assert [s.initial for s in rows] == [7, 7, 6, 6, 6, 6, 6, 6]
    assert sum(s.remaining for s in rows) == 50
    [opened] = event_data("FlashSaleOpened")
    assert (opened["sale_id"], opened["stock"], opened["shards"]) == (sale.sale_id, 50, 8)
    assert fresh(sale.sale_id).opened_at == clock.now_iso()


def test_the_closer_ends_the_sale_once(aws):
    sale = open_now(make_sale(stock=5))
    purchase("m1", sale.sale_id, request_key="k-000001")
    clock.clock.freeze(clock.parse_iso(sale.ends_at))
    assert fire(scheduled(sale.sale_id, "close"))["status"] == "CLOSED"
    assert fire(scheduled(sale.sale_id, "close"))["status"] == "CLOSED"
    assert len(event_data("FlashSaleClosed")) == 1
    assert all(s.closed for s in shards(sale.sale_id))
    view = api("GET", f"/v1/admin/flash-sales/{sale.sale_id}", token=admin_token("analyst"))[1]
    assert view["stock"] == {**view["stock"], "stock": 5, "remaining": 4, "taken": 1, "held": 1}
    assert view["sale"]["status"] == "CLOSED"


# ---------------------------------------------------------------- reminders
def test_reminders_are_sent_once_when_the_sale_opens(aws, fake_kuaishou):
    before = len(fake_kuaishou.sent_messages)
    sale = make_sale(name="杨枝甘露 限时秒杀")
    for name in ("r1", "r2", "r3"):
        make_member(name)
        status, body = api("POST", f"/v1/flash-sales/{sale.sale_id}/remind", token=member_token(name))
        assert (status, body["replayed"]) == (201, False)
    assert (
        api("POST", f"/v1/flash-sales/{sale.sale_id}/remind", token=member_token("r1"))[1]["replayed"] is True
    )

    clock.clock.freeze(clock.parse_iso(sale.starts_at))
    result = fire(scheduled(sale.sale_id, "open"))
    assert result["reminders_sent"] == 3
    assert fire(scheduled(sale.sale_id, "open"))["reminders_sent"] == 0  # a second run sends nothing
    sent = fake_kuaishou.sent_messages[before:]
    assert sorted(m["to_user"] for m in sent) == ["openid-r1", "openid-r2", "openid-r3"]
    assert sent[0]["template_id"] == get_settings().flash_sale_reminder_template_id
    assert sent[0]["data"]["thing01"] == {"value": "杨枝甘露 限时秒杀"}
    assert sent[0]["data"]["amount01"] == {"value": "9.90"}
    assert sent[0]["page"].endswith(f"?id={sale.sale_id}")

    late = api("POST", f"/v1/flash-sales/{sale.sale_id}/remind", token=member_token("r1"))
    assert late[1]["error"]["code"] == "FLASH_SALE_REMINDER_CLOSED"


@pytest.mark.concurrency
def test_two_openers_at_once_open_once_and_send_each_reminder_once(atomic_dynamodb, fake_kuaishou):
    before = len(fake_kuaishou.sent_messages)
    sale = make_sale()
    for i in range(12):
        make_member(f"twin-{i}")
        opening.remind(f"twin-{i}", sale.sale_id)
    clock.clock.freeze(clock.parse_iso(sale.starts_at))
    schedule = scheduled(sale.sale_id, "open")
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: fire(schedule), range(4)))
    assert sum(r["reminders_sent"] for r in results) == 12
    assert len(fake_kuaishou.sent_messages) - before == 12
    assert len(event_data("FlashSaleOpened")) == 1


def test_a_refused_reminder_is_recorded_and_an_unreachable_platform_is_retried(aws, fake_kuaishou):
    sale = make_sale()
    for name in ("ok", "refused", "later"):
        make_member(name)
        opening.remind(name, sale.sale_id)
    fake_kuaishou.fail_messages(open_ids={"openid-refused"}, transient=False)
    clock.clock.freeze(clock.parse_iso(sale.starts_at))
    try:
        report = opening.open_sale(sale.sale_id) and opening.send_reminders(sale.sale_id)
    finally:
        fake_kuaishou.fail_messages()
    statuses = {r.member_id: r.status for r in Reminder.query(Reminder.partition(sale.sale_id))}
    assert statuses == {"ok": "SENT", "refused": "FAILED", "later": "SENT"}
    assert (report.sent, report.failed) == (2, 1)
    assert Reminder.get(*Reminder.key(sale.sale_id, "refused")).error == str(codes.MSG_NOT_SUBSCRIBED)

    # Kuaishou unreachable: the reminder waits and the opener fails, so Scheduler retries it.
    other = make_sale()
    make_member("patient")
    opening.remind("patient", other.sale_id)
    clock.clock.freeze(clock.parse_iso(other.starts_at))
    base_url = get_settings().kuaishou_base_url
    from siyu import kuaishou

    kuaishou.client().base_url = "http://127.0.0.1:9"  # nothing listens there
    try:
        with pytest.raises(RemindersLeft):
            fire(scheduled(other.sale_id, "open"))
    finally:
        kuaishou.client().base_url = base_url
    assert Reminder.get(*Reminder.key(other.sale_id, "patient")).status == "PENDING"
    assert fire(scheduled(other.sale_id, "open"))["reminders_sent"] == 1


# ---------------------------------------------------------------- the list
def test_the_list_shows_upcoming_and_open_sales_with_the_server_time(aws, at):
    at("2026-06-18T01:00:00Z")
    upcoming = make_sale(starts_at="2026-06-18T02:00:00Z", ends_at="2026-06-18T03:00:00Z", name="即将开始")
    running = make_sale(starts_at="2026-06-18T01:30:00Z", ends_at="2026-06-18T04:00:00Z", name="进行中")
    ended = make_sale(starts_at="2026-06-18T01:10:00Z", ends_at="2026-06-18T01:40:00Z", name="已结束")
    cancelled = make_sale(starts_at="2026-06-18T02:10:00Z", ends_at="2026-06-18T03:00:00Z", name="取消")
    api("POST", f"/v1/admin/flash-sales/{cancelled.sale_id}/cancel", token=admin_token())
    open_now(ended)
    open_now(running)
    at("2026-06-18T01:45:00.500Z")

    status, body = api("GET", "/v1/flash-sales")  # no login needed
    assert status == 200
    assert body["server_time"] == "2026-06-18T01:45:00.500Z"
    listed = {s["name"]: s for s in body["sales"]}
    assert list(listed) == ["进行中", "即将开始"]  # soonest start first; ended and cancelled left out
    assert (listed["即将开始"]["state"], listed["即将开始"]["seconds_to_start"]) == ("upcoming", 900)
    assert (listed["进行中"]["state"], listed["进行中"]["seconds_to_start"]) == ("open", 0)
    assert listed["进行中"]["seconds_to_end"] == 8100
    assert [s["sale_id"] for s in body["sales"]] == [running.sale_id, upcoming.sale_id]
    admin = api("GET", "/v1/admin/flash-sales", token=admin_token("analyst"))[1]["sales"]
    assert len(admin) == 4
