"""Gifts for points: stock and per-member limits in one transaction with the points, codes
verified once at the counter, the catalogue managed by operations.

Concurrency tests call the domain from threads: a Powertools resolver serves one request
at a time (as a Lambda container does), so threads must not share one handler."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from siyu import clock
from siyu.errors import SiyuError
from siyu.ids import new_id
from siyu.members import gifts, points
from siyu.members.models import Account, Gift, LedgerEntry, Redemption
from siyu.members.schemas import GiftDefinition
from tests.members.support import assert_ledger_consistent, balance, call, ledger, make_member
from tests.support import admin_token, events

CUP = GiftDefinition(name="定制杯", points_cost=30, per_member_limit=1, initial_stock=10)


def funded_member(points_: int) -> str:
    member = make_member()
    points.change(member, points_, reason="测试积分", source="test", ref="seed")
    return member


def funded_members(count: int, points_: int) -> list[str]:
    """Many members with a balance and its ledger entry, written in batches (setup only)."""
    members = [new_id() for _ in range(count)]
    now = clock.now_iso()
    with Account.batch_write() as accounts, LedgerEntry.batch_write() as entries:
        for member in members:
            accounts.save(
                Account(
                    *Account.key(member),
                    member_id=member,
                    version=1,
                    seq=1,
                    balance=points_,
                    earned_total=points_,
                )
            )
            entries.save(
                LedgerEntry(
                    *LedgerEntry.key(member, 1),
                    member_id=member,
                    seq=1,
                    delta=points_,
                    balance_after=points_,
                    reason="测试积分",
                    source="test",
                    ref="seed",
                    created_at=now,
                )
            )
    return members


def stock(gift_id: str) -> tuple[int, int]:
    gift = Gift.get(*Gift.key(gift_id), consistent_read=True)
    return int(gift.stock), int(gift.redeemed_count)


@pytest.mark.concurrency
def test_100_concurrent_redemptions_of_a_gift_with_stock_10(atomic_dynamodb):
    gifts.put_gift("cup", CUP)
    members = funded_members(100, 50)

    def redeem(member: str) -> dict | str:
        try:
            return gifts.redeem(member, "cup")
        except SiyuError as exc:
            return exc.code

    with ThreadPoolExecutor(32) as pool:
        results = list(pool.map(redeem, members))
    won = [n for n, result in enumerate(results) if isinstance(result, dict)]
    assert len(won) == 10, results
    assert {result for result in results if isinstance(result, str)} == {"GIFT_SOLD_OUT"}
    assert stock("cup") == (0, 10)
    # Points were taken from exactly the ten winners, once each.
    for n, member in enumerate(members):
        assert balance(member) == (20 if n in won else 50)
        assert_ledger_consistent(member)
    redemptions = list(Redemption.scan(Redemption.pk.startswith("REDEMPTION#")))
    assert sorted(r.member_id for r in redemptions) == sorted(members[n] for n in won)
    assert len({r.code for r in redemptions}) == 10
    assert len(events("GiftRedeemed")) == 10


@pytest.mark.concurrency
def test_per_member_limit_holds_under_concurrency(atomic_dynamodb):
    gifts.put_gift("straw", GiftDefinition(name="吸管", points_cost=5, per_member_limit=2, initial_stock=50))
    member = funded_member(100)
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: _try_redeem(member, "straw"), range(8)))
    assert results.count("ok") == 2
    assert set(results) == {"ok", "GIFT_LIMIT_REACHED"}
    assert balance(member) == 90
    assert stock("straw") == (48, 2)
    assert_ledger_consistent(member)


def _try_redeem(member: str, gift_id: str) -> str:
    try:
        gifts.redeem(member, gift_id)
    except gifts.GiftLimitReached:
        return "GIFT_LIMIT_REACHED"
    return "ok"


def test_redeem_is_idempotent_and_all_or_nothing(aws):
    gifts.put_gift("cup", CUP)
    member = funded_member(40)
    status, first = call("POST", "/v1/gifts/cup/redeem", member=member, key="redeem-once-001")
    assert status == 200, first
    assert (first["status"], first["points_cost"], len(first["code"])) == ("issued", 30, 8)
    assert call("POST", "/v1/gifts/cup/redeem", member=member, key="redeem-once-001")[1] == first
    assert balance(member) == 10
    assert stock("cup") == (9, 1)
    # Not enough points: nothing taken, stock untouched.
    poor = funded_member(29)
    status, body = call("POST", "/v1/gifts/cup/redeem", member=poor, key="redeem-poor-001")
    assert (status, body["error"]["code"]) == (409, "POINTS_INSUFFICIENT")
    assert balance(poor) == 29
    assert stock("cup") == (9, 1)
    # Limit 1 per member.
    points.change(member, 100, reason="测试积分", source="test", ref="more")
    status, body = call("POST", "/v1/gifts/cup/redeem", member=member, key="redeem-twice-01")
    assert (status, body["error"]["code"]) == (409, "GIFT_LIMIT_REACHED")
    assert balance(member) == 110
    status, body = call("POST", "/v1/gifts/nope/redeem", member=member, key="redeem-nope-001")
    assert (status, body["error"]["code"]) == (404, "GIFT_NOT_FOUND")
    status, body = call("POST", "/v1/gifts/cup/redeem", member=member)
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")
    gifts.put_gift("cup", CUP.model_copy(update={"active": False}))
    status, body = call("POST", "/v1/gifts/cup/redeem", member=poor, key="redeem-off-0001")
    assert (status, body["error"]["code"]) == (409, "GIFT_UNAVAILABLE")
    # The member sees their code.
    mine = call("GET", "/v1/gifts/redemptions", member=member)[1]["redemptions"]
    assert [r["code"] for r in mine] == [first["code"]]
    assert_ledger_consistent(member)


def test_staff_verify_a_code_exactly_once(aws, at):
    at("2027-09-01T02:00:00Z")
    gifts.put_gift("cup", CUP.model_copy(update={"valid_days": 7}))
    member = funded_member(100)
    code = gifts.redeem(member, "cup")["code"]
    operator, analyst = admin_token("operator", admin_id="clerk-1"), admin_token("analyst")
    status, found = call("GET", f"/v1/admin/redemptions/{code.lower()}", admin=analyst)
    assert status == 200
    assert (found["status"], found["member_id"], found["gift_name"]) == ("issued", member, "定制杯")
    use = f"/v1/admin/redemptions/{code}/use"
    status, body = call("POST", use, admin=analyst, key="scan-0000001")
    assert (status, body["error"]["code"]) == (403, "FORBIDDEN")
    status, used = call("POST", use, admin=operator, key="scan-0000001")
    assert status == 200
    assert (used["status"], used["used_by"]) == ("used", "clerk-1")
    assert call("POST", use, admin=operator, key="scan-0000001") == (200, used)  # a retry of that scan
    status, body = call("POST", use, admin=operator, key="scan-0000002")  # the code shown again
    assert (status, body["error"]["code"]) == (409, "REDEMPTION_ALREADY_USED")
    assert body["error"]["details"] == {"used_at": used["used_at"]}
    assert len(events("GiftRedemptionUsed")) == 1
    status, body = call("GET", "/v1/admin/redemptions/ZZZZ2345", admin=analyst)
    assert (status, body["error"]["code"]) == (404, "REDEMPTION_NOT_FOUND")
    # A code past its validity cannot be used.
    points.change(member, 100, reason="测试积分", source="test", ref="more")
    gifts.put_gift("mug", GiftDefinition(name="马克杯", points_cost=10, valid_days=7, initial_stock=1))
    late = gifts.redeem(member, "mug")["code"]
    at("2027-09-08T02:00:01Z")
    status, body = call("POST", f"/v1/admin/redemptions/{late}/use", admin=operator, key="scan-0000003")
    assert (status, body["error"]["code"]) == (409, "REDEMPTION_EXPIRED")
    assert call("GET", "/v1/gifts/redemptions", member=member)[1]["redemptions"][0]["status"] == "expired"


@pytest.mark.concurrency
def test_concurrent_verification_of_one_code_succeeds_once(atomic_dynamodb):
    gifts.put_gift("cup", CUP)
    member = funded_member(30)
    code = gifts.redeem(member, "cup")["code"]

    def use(clerk: int) -> str:
        try:
            return gifts.use(code, f"clerk-{clerk}")["status"]
        except gifts.RedemptionAlreadyUsed as exc:
            return exc.code

    with ThreadPoolExecutor(6) as pool:
        outcomes = list(pool.map(use, range(6)))
    assert sorted(outcomes) == ["REDEMPTION_ALREADY_USED"] * 5 + ["used"]
    assert len(events("GiftRedemptionUsed")) == 1


def test_operations_manage_the_catalogue(aws):
    operator, analyst = admin_token("operator"), admin_token("analyst")
    body = {"name": "定制杯", "points_cost": 30, "per_member_limit": 2, "initial_stock": 10, "sort": 2}
    status, created = call("PUT", "/v1/admin/gifts/cup", body, admin=operator)
    assert status == 200, created
    assert (created["stock"], created["active"]) == (10, True)
    # Updating the definition never resets the stock.
    gifts.redeem(funded_member(30), "cup")
    status, updated = call("PUT", "/v1/admin/gifts/cup", {**body, "points_cost": 35}, admin=operator)
    assert (updated["stock"], updated["points_cost"], updated["redeemed_count"]) == (9, 35, 1)
    status, restocked = call(
        "POST", "/v1/admin/gifts/cup/stock", {"delta": 5}, admin=operator, key="stock-0001"
    )
    assert (status, restocked["stock"]) == (200, 14)
    assert (
        call("POST", "/v1/admin/gifts/cup/stock", {"delta": 5}, admin=operator, key="stock-0001")[1]
        == restocked
    )
    status, error = call(
        "POST", "/v1/admin/gifts/cup/stock", {"delta": -15}, admin=operator, key="stock-0002"
    )
    assert (status, error["error"]["code"]) == (409, "GIFT_STOCK_TOO_LOW")
    status, error = call("PUT", "/v1/admin/gifts/cup", body, admin=analyst)
    assert (status, error["error"]["code"]) == (403, "FORBIDDEN")
    for bad in (
        {**body, "points_cost": 0},
        {**body, "image_url": "http://x.example.com/a.png"},
        {"name": "x"},
    ):
        status, error = call("PUT", "/v1/admin/gifts/cup", bad, admin=operator)
        assert (status, error["error"]["code"]) == (400, "VALIDATION_ERROR")
    call("PUT", "/v1/admin/gifts/bag", {"name": "帆布袋", "points_cost": 80, "active": False}, admin=operator)
    assert [g["gift_id"] for g in call("GET", "/v1/admin/gifts", admin=analyst)[1]["gifts"]] == ["bag", "cup"]
    member = funded_member(100)
    gifts.redeem(member, "cup")
    listed = call("GET", "/v1/gifts", member=member)[1]["gifts"]
    assert [(g["gift_id"], g["redeemed_by_me"], g["stock"]) for g in listed] == [("cup", 1, 13)]
    assert [e.reason for e in ledger(member)] == ["测试积分", "兑换礼品：定制杯"]
