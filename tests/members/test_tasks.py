"""Daily tasks: progress, client-reported tasks under retries and concurrency, timed browse
tasks, and server-observed tasks completing from domain events only."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from siyu.events import DomainEvent
from siyu.members import rules, tasks
from siyu.members.schemas import TaskRule
from tests.members.support import assert_ledger_consistent, balance, call, ledger, make_member
from tests.support import admin_token, events

SHARE = TaskRule(task_id="share", kind="share", title="分享小程序", points=3, limit=3)
BROWSE = TaskRule(task_id="browse-menu", kind="browse", title="浏览菜单", points=2, browse_seconds=15)
CHECKIN = TaskRule(task_id="daily-checkin", kind="checkin", title="每日签到", points=1)
FIRST_ORDER = TaskRule(task_id="first-order", kind="first_order", title="首次下单", points=100, period="once")
ASSIST = TaskRule(task_id="assist", kind="assist", title="好友助力成功", points=20, limit=2)
INVITE = TaskRule(task_id="invite", kind="invite", title="邀请好友", points=30, limit=5)


@pytest.fixture
def configured(aws):
    for task in (SHARE, BROWSE, CHECKIN, FIRST_ORDER, ASSIST, INVITE):
        rules.save_task(task)


def test_tasks_list_progress_and_a_check_in_completes_the_check_in_task(configured):
    member = make_member()
    status, body = call("GET", "/v1/tasks", member=member)
    assert status == 200
    by_id = {t["task_id"]: t for t in body["tasks"]}
    assert set(by_id) == {"share", "browse-menu", "daily-checkin", "first-order", "assist", "invite"}
    assert by_id["share"] == {
        "task_id": "share",
        "kind": "share",
        "title": "分享小程序",
        "description": "",
        "points": 3,
        "period": "day",
        "limit": 3,
        "done": 0,
        "completed": False,
        "claimable": True,
        "browse_seconds": None,
    }
    assert by_id["first-order"]["claimable"] is False
    call("POST", "/v1/checkins", member=member)
    call("POST", "/v1/checkins", member=member)
    by_id = {t["task_id"]: t for t in call("GET", "/v1/tasks", member=member)[1]["tasks"]}
    assert (by_id["daily-checkin"]["done"], by_id["daily-checkin"]["completed"]) == (1, True)
    assert balance(member) == 5 + 1
    assert [e.source for e in ledger(member)] == ["checkin", "task"]
    assert len(events("TaskCompleted")) == 1


def test_a_client_task_retry_counts_once_and_the_limit_holds(configured):
    member = make_member()
    path = "/v1/tasks/share/complete"
    status, first = call("POST", path, {"target": "video-1"}, member=member, key="share-key-0001")
    assert status == 200, first
    assert first == {"task_id": "share", "done": 1, "limit": 3, "completed": False, "points": 3}
    assert call("POST", path, {"target": "video-1"}, member=member, key="share-key-0001")[1] == first
    assert balance(member) == 3
    for n in (2, 3):
        assert call("POST", path, {}, member=member, key=f"share-key-000{n}")[1]["done"] == n
    status, body = call("POST", path, {}, member=member, key="share-key-0004")
    assert (status, body["error"]["code"]) == (409, "TASK_LIMIT_REACHED")
    assert balance(member) == 9
    status, body = call("POST", path, {}, member=member)
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")  # Idempotency-Key is required
    shared = [json.loads(e.data) for e in events("TaskCompleted")]
    assert sorted(str(d["target"]) for d in shared) == ["None", "None", "video-1"]
    status, body = call("POST", "/v1/tasks/browse-menu/complete", member=member, key="no-body-0001")
    assert (status, body["error"]["code"]) == (409, "TASK_NOT_STARTED")  # the body is optional


@pytest.mark.concurrency
def test_concurrent_claims_stop_at_the_limit(atomic_dynamodb):
    rules.save_task(SHARE)
    member = make_member()
    with ThreadPoolExecutor(10) as pool:
        results = list(
            pool.map(
                lambda n: call(
                    "POST", "/v1/tasks/share/complete", {}, member=member, key=f"claim-key-{n:04d}"
                ),
                range(10),
            )
        )
    statuses = sorted(status for status, _ in results)
    assert statuses == [200] * 3 + [409] * 7, results
    assert balance(member) == 9
    assert len([e for e in ledger(member) if e.source == "task"]) == 3
    assert_ledger_consistent(member)


def test_browse_task_is_timed_by_the_server(configured, at):
    member = make_member()
    at("2027-05-05T02:00:00Z")
    path = "/v1/tasks/browse-menu/complete"
    status, body = call("POST", path, {}, member=member, key="browse-key-0001")
    assert (status, body["error"]["code"]) == (409, "TASK_NOT_STARTED")
    status, started = call("POST", "/v1/tasks/browse-menu/start", member=member)
    assert status == 200
    assert started["complete_after"] == "2027-05-05T02:00:15.000Z"
    assert started["expires_at"] == "2027-05-05T02:10:15.000Z"
    at("2027-05-05T02:00:10Z")
    assert call("POST", "/v1/tasks/browse-menu/start", member=member)[1] == started  # a retry keeps the start
    status, body = call("POST", path, {}, member=member, key="browse-key-0002")
    assert (status, body["error"]["code"], body["error"]["details"]) == (
        409,
        "TASK_TOO_EARLY",
        {"seconds_left": 5},
    )
    at("2027-05-05T02:00:16Z")
    assert call("POST", path, {}, member=member, key="browse-key-0003")[0] == 200
    # A start pays for one completion; the limit (1 a day) holds anyway.
    status, body = call("POST", path, {}, member=member, key="browse-key-0004")
    assert (status, body["error"]["code"]) == (409, "TASK_LIMIT_REACHED")
    assert balance(member) == 2
    # Tomorrow (Shanghai) the task is open again, but needs a new start, claimed in time.
    at("2027-05-05T16:00:01Z")
    status, body = call("POST", path, {}, member=member, key="browse-key-0005")
    assert (status, body["error"]["code"]) == (409, "TASK_NOT_STARTED")
    call("POST", "/v1/tasks/browse-menu/start", member=member)
    at("2027-05-05T16:10:16Z")
    status, body = call("POST", path, {}, member=member, key="browse-key-0006")
    assert (status, body["error"]["code"]) == (409, "TASK_NOT_STARTED")  # the start expired
    assert balance(member) == 2


def test_server_observed_tasks_cannot_be_claimed(configured):
    member = make_member()
    for task_id in ("first-order", "daily-checkin", "invite"):
        status, body = call(
            "POST", f"/v1/tasks/{task_id}/complete", {}, member=member, key=f"claim-{task_id}"
        )
        assert (status, body["error"]["code"]) == (403, "TASK_NOT_CLAIMABLE")
    status, body = call("POST", "/v1/tasks/share/start", member=member)
    assert (status, body["error"]["code"]) == (403, "TASK_NOT_CLAIMABLE")
    status, body = call("POST", "/v1/tasks/nope/complete", {}, member=member, key="claim-nope-1")
    assert (status, body["error"]["code"]) == (404, "TASK_NOT_FOUND")
    assert balance(member) == 0


def test_tasks_complete_from_events_once_per_fact(configured):
    member, friend = make_member(), make_member()
    paid = DomainEvent(
        type="OrderPaid", member_id=member, data={"order_id": "o-1", "first_order": True, "amount_fen": 2500}
    )
    tasks.on_event(paid)
    tasks.on_event(paid)  # redelivered
    tasks.on_event(
        DomainEvent(
            type="OrderPaid",
            member_id=member,
            data={"order_id": "o-2", "first_order": False, "amount_fen": 800},
        )
    )
    for assist_id in ("a-1", "a-1", "a-2", "a-3"):
        tasks.on_event(
            DomainEvent(
                type="AssistCompleted",
                member_id=member,
                data={"assist_id": assist_id, "initiator_id": member},
            )
        )
    tasks.on_event(DomainEvent(type="MemberInvited", data={"inviter_id": member, "invitee_id": friend}))
    tasks.on_event(DomainEvent(type="MemberRegistered", member_id=friend, data={"inviter_id": member}))
    tasks.on_event(DomainEvent(type="MemberRegistered", member_id=member, data={"source": "kuaishou"}))
    tasks.on_event(DomainEvent(type="SomethingElse", member_id=member))
    tasks.on_event(DomainEvent(type="OrderPaid", member_id=member, data={"first_order": True}))  # malformed
    # first order once, assist twice (limit 2), one invite for one invitee
    assert balance(member) == 100 + 2 * 20 + 30
    assert sorted(e.ref for e in ledger(member)) == [
        "assist:assist:a-1",
        "assist:assist:a-2",
        "first-order:order:o-1",
        "invite:invite:" + friend,
    ]
    assert balance(friend) == 0
    assert_ledger_consistent(member)


def test_admin_manages_tasks_with_roles_and_validation(aws):
    operator, analyst = {"admin": admin_token("operator")}, {"admin": admin_token("analyst")}
    body = {"kind": "comment", "title": "评价订单", "points": 5, "period": "day", "limit": 2}
    status, task = call("PUT", "/v1/admin/tasks/comment", body, **operator)
    assert status == 200, task
    assert task["task_id"] == "comment"
    assert task["enabled"] is True
    status, error = call("PUT", "/v1/admin/tasks/comment", body, **analyst)
    assert (status, error["error"]["code"]) == (403, "FORBIDDEN")
    assert call("GET", "/v1/admin/tasks", **analyst)[1]["tasks"][0]["task_id"] == "comment"
    for bad in (
        {**body, "kind": "browse"},  # browse needs browse_seconds
        {**body, "kind": "checkin"},  # check-in tasks are daily, limit 1
        {**body, "points": -1},
        {**body, "unknown": 1},
    ):
        status, error = call("PUT", "/v1/admin/tasks/comment", bad, **operator)
        assert (status, error["error"]["code"]) == (400, "VALIDATION_ERROR"), bad
    status, error = call("PUT", "/v1/admin/tasks/Bad%20Id", body, **operator)
    assert status in (400, 404)
    member = make_member()
    assert [t["task_id"] for t in call("GET", "/v1/tasks", member=member)[1]["tasks"]] == ["comment"]
    call("PUT", "/v1/admin/tasks/comment", {**body, "enabled": False}, **operator)
    assert call("GET", "/v1/tasks", member=member)[1]["tasks"] == []
    assert call("DELETE", "/v1/admin/tasks/comment", **operator)[1]["existed"] is True
    assert call("DELETE", "/v1/admin/tasks/comment", **operator) == (
        200,
        {"task_id": "comment", "deleted": True, "existed": False},
    )
