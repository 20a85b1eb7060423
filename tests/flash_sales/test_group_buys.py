"""Group-buys (拼团): exact seats under concurrency, formation on the N-th payment, failure at
the deadline with the refund list, retries — against moto, races on the atomic DynamoDB."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from group_buys_sweeper import handler as sweeper

from siyu import clock
from siyu.errors import SiyuError
from siyu.group_buys import groups, mark_member_paid, release_seat
from siyu.group_buys.models import Group, Seat
from tests.conftest import LambdaContextStub
from tests.flash_sales.support import api, make_deal, make_member
from tests.support import admin_token, event_data, member_token


def join_outcome(member_id: str, group_id: str) -> str:
    try:
        groups.join(member_id, group_id)
    except SiyuError as exc:
        return exc.code
    return "OK"


def seats(group_id: str) -> list[Seat]:
    return list(Seat.query(f"GROUP#{group_id}", Seat.sk.startswith("MEMBER#")))


def started(deal_id: str, leader: str = "leader") -> Group:
    return groups.start_group(leader, deal_id, request_key="start-key-1").group


# ---------------------------------------------------------------- seats are exact
@pytest.mark.concurrency
def test_20_concurrent_joins_for_the_last_seat_of_a_group_of_5_seat_exactly_one(atomic_dynamodb):
    deal = make_deal(group_size=5)
    group = started(deal.deal_id)
    for name in ("a", "b", "c"):
        groups.join(name, group.group_id)  # 4 of 5 seats taken
    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(lambda i: join_outcome(f"racer-{i:02d}", group.group_id), range(20)))
    assert results.count("OK") == 1
    assert set(results) == {"OK", "GROUP_FULL"}
    assert groups.get(group.group_id).joined == 5
    assert len(seats(group.group_id)) == 5


@pytest.mark.concurrency
def test_a_group_never_takes_more_than_n_whatever_the_concurrency(atomic_dynamodb):
    deal = make_deal(group_size=4)
    group = started(deal.deal_id)
    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(lambda i: join_outcome(f"crowd-{i:02d}", group.group_id), range(40)))
    assert results.count("OK") == 3
    assert groups.get(group.group_id).joined == 4


# ---------------------------------------------------------------- forming
@pytest.mark.concurrency
def test_the_group_forms_once_when_the_nth_member_pays_even_when_all_pay_at_once(atomic_dynamodb):
    deal = make_deal(group_size=5)
    group = started(deal.deal_id)
    members = ["leader", "m1", "m2", "m3", "m4"]
    for name in members[1:]:
        groups.join(name, group.group_id)
    with ThreadPoolExecutor(5) as pool:
        outcomes = list(pool.map(lambda m: mark_member_paid(group.group_id, m, f"order-{m}"), members))
    assert sum(1 for o in outcomes if o.formed) == 1
    after = groups.get(group.group_id)
    assert (after.status, int(after.paid), after.gsi1pk) == ("FORMED", 5, None)
    [formed] = event_data("GroupFormed")
    assert formed["members"] == [{"member_id": m, "order_ref": f"order-{m}"} for m in sorted(members)]
    assert (formed["group_id"], formed["sku"], formed["group_price_fen"]) == (
        group.group_id,
        "SKU-ZSPT",
        1500,
    )
    assert {s.status for s in seats(group.group_id)} == {"PAID"}
    with pytest.raises(SiyuError) as late:
        groups.join("latecomer", group.group_id)
    assert late.value.code == "GROUP_CLOSED"


def test_payments_are_idempotent_and_odd_ones_are_refused_for_a_refund(aws):
    deal = make_deal(group_size=3)
    group = started(deal.deal_id)
    groups.join("friend", group.group_id)
    first = mark_member_paid(group.group_id, "leader", "order-1")
    assert (first.formed, first.replayed, int(first.group.paid)) == (False, False, 1)
    again = mark_member_paid(group.group_id, "leader", "order-1")
    assert (again.replayed, int(again.group.paid)) == (True, 1)
    for member, ref, code in (
        ("leader", "order-2", "GROUP_ALREADY_PAID"),
        ("stranger", "order-3", "GROUP_NOT_JOINED"),
    ):
        with pytest.raises(SiyuError) as caught:
            mark_member_paid(group.group_id, member, ref)
        assert caught.value.code == code
    assert int(groups.get(group.group_id).paid) == 1


def test_an_unpaid_seat_given_back_frees_it_once(aws):
    deal = make_deal(group_size=2)
    group = started(deal.deal_id)
    groups.join("slow", group.group_id)
    assert join_outcome("next", group.group_id) == "GROUP_FULL"
    assert release_seat(group.group_id, "slow") is True
    assert release_seat(group.group_id, "slow") is False
    assert join_outcome("next", group.group_id) == "OK"
    with pytest.raises(SiyuError) as caught:
        mark_member_paid(group.group_id, "slow", "order-slow")
    assert caught.value.code == "GROUP_NOT_JOINED"


# ---------------------------------------------------------------- failing at the deadline
def test_a_group_not_filled_in_time_fails_once_and_lists_who_to_refund(aws, at):
    at("2026-07-01T02:00:00Z")
    deal = make_deal(group_size=3, hours_to_fill=2)
    group = started(deal.deal_id)
    groups.join("paid-friend", group.group_id)
    groups.join("unpaid-friend", group.group_id)
    mark_member_paid(group.group_id, "leader", "order-L")
    mark_member_paid(group.group_id, "paid-friend", "order-F")

    at("2026-07-01T03:59:59Z")
    assert sweeper({}, LambdaContextStub()) == {"failed": 0}
    at("2026-07-01T04:00:00Z")
    with pytest.raises(SiyuError) as too_late:
        mark_member_paid(group.group_id, "unpaid-friend", "order-U")  # paid after the deadline: refund it
    assert too_late.value.code == "GROUP_CLOSED"
    assert sweeper({}, LambdaContextStub()) == {"failed": 1}
    assert sweeper({}, LambdaContextStub()) == {"failed": 0}

    assert groups.get(group.group_id).status == "FAILED"
    [failed] = event_data("GroupFailed")
    assert failed["members"] == [
        {"member_id": "leader", "order_ref": "order-L"},
        {"member_id": "paid-friend", "order_ref": "order-F"},
    ]
    assert failed["unpaid_members"] == ["unpaid-friend"]
    assert event_data("GroupFormed") == []
    assert join_outcome("newcomer", group.group_id) == "GROUP_CLOSED"


# ---------------------------------------------------------------- over HTTP
def test_members_start_share_and_join_groups_over_http(shop):
    for member_id in ("host", "guest", "late"):
        make_member(member_id)
    status, deal = api(
        "POST",
        "/v1/admin/group-buys",
        {
            "sku": "SKU-ZSPT",
            "name": "芝士葡萄 3人团",
            "group_price_fen": 1500,
            "original_price_fen": 2200,
            "group_size": 3,
            "hours_to_fill": 24,
            "ends_at": clock.iso(clock.now() + timedelta(days=3)),
        },
        token=admin_token(),
        headers={"Idempotency-Key": "deal-key-1"},
    )
    assert status == 201, deal
    listed = api("GET", "/v1/group-buys")[1]
    assert [d["deal_id"] for d in listed["deals"]] == [deal["deal_id"]]
    assert listed["deals"][0]["active"] is True

    start = api(
        "POST",
        f"/v1/group-buys/{deal['deal_id']}/groups",
        token=member_token("host"),
        headers={"Idempotency-Key": "host-key-1"},
    )
    assert start[0] == 201, start
    group_id = start[1]["group"]["group_id"]
    order = start[1]["order"]
    assert (order["status"], order["amounts"]["total_fen"], order["source"], order["hold"]) == (
        "PENDING_PAYMENT",
        1500,
        "group_buy",
        "GROUP_FORMING",
    )
    assert order["payment"]["order_info_token"]
    assert start[1]["seat"]["order_ref"] == order["order_id"]
    assert (start[1]["group"]["seats_left"], start[1]["seat"]["role"], start[1]["replayed"]) == (
        2,
        "leader",
        False,
    )
    retried = api(
        "POST",
        f"/v1/group-buys/{deal['deal_id']}/groups",
        token=member_token("host"),
        headers={"Idempotency-Key": "host-key-1"},
    )
    assert (retried[1]["group"]["group_id"], retried[1]["replayed"]) == (group_id, True)
    assert retried[1]["order"]["order_id"] == order["order_id"]

    shared = api("GET", f"/v1/group-buys/groups/{group_id}", token=member_token("guest"))[1]
    assert (shared["group"]["joined"], shared["my_seat"], shared["deal"]["group_price_fen"]) == (
        1,
        None,
        1500,
    )
    joined = api("POST", f"/v1/group-buys/groups/{group_id}/join", token=member_token("guest"))
    assert (joined[0], joined[1]["seat"]["status"], joined[1]["group"]["seats_left"]) == (201, "JOINED", 1)
    assert (
        api("POST", f"/v1/group-buys/groups/{group_id}/join", token=member_token("guest"))[1]["replayed"]
        is True
    )

    open_groups = api("GET", f"/v1/group-buys/{deal['deal_id']}", token=member_token("guest"))[1]["groups"]
    assert [g["group_id"] for g in open_groups] == [group_id]
    mine = api("GET", "/v1/me/group-buys", token=member_token("guest"))[1]["groups"]
    assert [(g["seat"]["group_id"], g["group"]["status"]) for g in mine] == [(group_id, "FORMING")]

    ended = api("POST", f"/v1/admin/group-buys/{deal['deal_id']}/end", token=admin_token())
    assert (ended[0], ended[1]["active"]) == (200, False)
    refused = api(
        "POST",
        f"/v1/group-buys/{deal['deal_id']}/groups",
        token=member_token("late"),
        headers={"Idempotency-Key": "late-key-1"},
    )
    assert (refused[0], refused[1]["error"]["code"]) == (409, "GROUP_DEAL_NOT_ACTIVE")
    missing = api("POST", "/v1/group-buys/groups/NOSUCHGROUP/join", token=member_token("guest"))
    assert (missing[0], missing[1]["error"]["code"]) == (404, "GROUP_NOT_FOUND")


# ---------------------------------------------------------------- staff's view of a deal's groups
def test_staff_see_every_group_of_a_deal_forming_formed_and_failed(aws, at, ddb_calls):
    at("2026-07-01T02:00:00Z")
    deal = make_deal(group_size=2, hours_to_fill=1)
    for member in ("formed-leader", "failed-leader", "forming-leader"):
        make_member(member)
    formed = groups.start_group("formed-leader", deal.deal_id, request_key="k-formed").group
    groups.join("formed-friend", formed.group_id)
    mark_member_paid(formed.group_id, "formed-leader", "order-a")
    mark_member_paid(formed.group_id, "formed-friend", "order-b")
    at("2026-07-01T02:10:00Z")  # groups are listed by when they started
    failing = groups.start_group("failed-leader", deal.deal_id, request_key="k-failed").group
    at("2026-07-01T03:10:00Z")
    assert sweeper({}, LambdaContextStub()) == {"failed": 1}
    forming = groups.start_group("forming-leader", deal.deal_id, request_key="k-forming").group
    staff = admin_token("analyst")
    ddb_calls.clear()

    status, body = api("GET", f"/v1/admin/group-buys/{deal.deal_id}/groups", token=staff)
    assert status == 200
    assert [(g["group_id"], g["status"]) for g in body["groups"]] == [
        (forming.group_id, "FORMING"),
        (failing.group_id, "FAILED"),
        (formed.group_id, "FORMED"),
    ]  # newest first
    assert "leader_id" not in json.dumps(body)  # leaders by masked nickname, as members see them
    status, body = api(
        "GET", f"/v1/admin/group-buys/{deal.deal_id}/groups", token=staff, query="status=FAILED"
    )
    assert [g["group_id"] for g in body["groups"]] == [failing.group_id]
    assert "Scan" not in ddb_calls
    status, body = api("GET", f"/v1/admin/group-buys/{deal.deal_id}/groups", token=staff, query="status=LOST")
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")
    member_tried = api(
        "GET", f"/v1/admin/group-buys/{deal.deal_id}/groups", token=member_token("formed-leader")
    )
    assert member_tried[0] == 401  # a member token is no admin token
