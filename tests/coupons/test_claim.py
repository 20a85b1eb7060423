"""Claiming (领取): stock, per-member limits, windows, audiences, retries — against moto,
the concurrency cases on the serialised (atomic) DynamoDB."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest

from siyu import clock
from siyu.coupons import audience, issuing, templates
from siyu.coupons.errors import CouponLimitReached
from siyu.coupons.models import ClaimCounter
from siyu.errors import SiyuError
from tests.coupons.support import claim, coupons_of_template, fresh, make_member, make_template, snapshot
from tests.support import events


def claim_outcome(member_id: str, template_id: str, key: str = "key-00000001") -> tuple[str, str]:
    """("OK", coupon_id) or (error code, zh-CN message), straight from the domain.

    Concurrency tests call the domain, not the handler: a Powertools resolver keeps the
    current request on the shared app object, and Lambda never runs two requests in one
    process at once. The HTTP shape of each outcome is tested sequentially below."""
    try:
        return "OK", issuing.claim(member_id, template_id, request_key=key).coupon.coupon_id
    except SiyuError as exc:
        return exc.code, exc.message


@pytest.mark.concurrency
def test_500_members_race_for_100_coupons(atomic_dynamodb):
    template = make_template(total_stock=100)
    members = [f"m{i:03d}" for i in range(500)]
    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(lambda m: claim_outcome(m, template.template_id), members))

    assert sum(1 for code, _ in results if code == "OK") == 100
    refused = [r for r in results if r[0] != "OK"]
    assert len(refused) == 400
    assert set(refused) == {("COUPON_SOLD_OUT", "优惠券已领完")}
    after = fresh(template.template_id)
    assert after.stock_left == 0
    assert after.claimed_count == 100
    issued = coupons_of_template(template.template_id)
    assert len(issued) == 100
    assert len({c.member_id for c in issued}) == 100
    assert len(events("CouponClaimed")) == 100


@pytest.mark.concurrency
def test_one_member_claiming_20_times_at_once_gets_exactly_the_limit(atomic_dynamodb):
    template = make_template(total_stock=50, per_member_limit=2)
    keys = [f"attempt-{i:04d}" for i in range(20)]
    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(lambda k: claim_outcome("greedy", template.template_id, key=k), keys))

    assert sum(1 for code, _ in results if code == "OK") == 2
    assert {code for code, _ in results if code != "OK"} == {"COUPON_LIMIT_REACHED"}
    assert fresh(template.template_id).stock_left == 48
    assert ClaimCounter.get(*ClaimCounter.key("greedy", template.template_id)).claimed == 2
    assert len(coupons_of_template(template.template_id)) == 2
    assert len(events("CouponClaimed")) == 2


@pytest.mark.concurrency
def test_a_retried_claim_returns_the_same_coupon_and_takes_no_other(atomic_dynamodb):
    template = make_template(total_stock=10, per_member_limit=5)
    with ThreadPoolExecutor(10) as pool:
        results = list(
            pool.map(lambda _: claim_outcome("retrier", template.template_id, key="same-key-1"), range(10))
        )
    assert {code for code, _ in results} == {"OK"}
    assert len({coupon_id for _, coupon_id in results}) == 1
    assert fresh(template.template_id).stock_left == 9
    assert len(events("CouponClaimed")) == 1


def test_a_retried_claim_over_http_is_marked_replayed(aws):
    template = make_template(per_member_limit=5)
    first = claim("replayer", template.template_id, key="http-key-1")
    again = claim("replayer", template.template_id, key="http-key-1")
    assert (first[0], again[0]) == (201, 201)
    assert first[1]["coupon"] == again[1]["coupon"]
    assert (first[1]["replayed"], again[1]["replayed"]) == (False, True)


def test_a_claim_is_one_transaction_after_the_members_write_limit(aws, ddb_calls):
    template = make_template()
    claim("warm-up", template.template_id)  # the container has read the template now
    ddb_calls.clear()
    status, _ = claim("counted", template.template_id)
    assert status == 201
    # The member's write-limit counter (every mutating member route), then the claim itself.
    assert ddb_calls == ["UpdateItem", "TransactWriteItems"]


def test_the_claimed_coupon_carries_the_templates_terms_and_validity(aws):
    template = make_template(validity={"kind": "relative", "days": 3})
    status, body = claim("alice", template.template_id)
    assert status == 201
    coupon = body["coupon"]
    assert coupon["headline"] == "满30减5"
    assert coupon["state"] == "usable"
    assert clock.parse_iso(coupon["valid_until"]) - clock.parse_iso(coupon["valid_from"]) == timedelta(days=3)
    [event] = events("CouponClaimed")
    assert event.member_id == "alice"
    assert '"channel":"claim"' in event.data


def test_sold_out_template_refuses_and_changes_nothing(aws):
    template = make_template(total_stock=1)
    assert claim("first", template.template_id)[0] == 201
    before = snapshot(template.template_id, "second")
    status, body = claim("second", template.template_id)
    assert (status, body["error"]["code"], body["error"]["message"]) == (
        409,
        "COUPON_SOLD_OUT",
        "优惠券已领完",
    )
    assert snapshot(template.template_id, "second") == before


def test_paused_template_refuses_and_changes_nothing_then_resumes(aws):
    template = make_template()
    claim("warm", template.template_id, key="warm-key-1")
    templates.pause(template.template_id)
    before = snapshot(template.template_id, "bob")
    status, body = claim("bob", template.template_id)
    assert (status, body["error"]["code"]) == (409, "COUPON_PAUSED")
    assert snapshot(template.template_id, "bob") == before
    templates.resume(template.template_id)
    assert claim("bob", template.template_id)[0] == 201


def test_a_stale_cached_copy_never_hides_a_pause(aws):
    template = make_template()
    claim("warm", template.template_id)  # cached as ACTIVE
    templates.CouponTemplate(*templates.CouponTemplate.key(template.template_id)).update(
        actions=[templates.CouponTemplate.status.set("PAUSED"), templates.CouponTemplate.version.add(1)]
    )  # as another container would: this container's cache still says ACTIVE
    status, body = claim("carol", template.template_id)
    assert (status, body["error"]["code"]) == (409, "COUPON_PAUSED")


def test_a_stale_cached_limit_is_not_used(aws):
    template = make_template(per_member_limit=3)
    claim("dave", template.template_id, key="dave-key-1")  # cached with limit 3
    templates.CouponTemplate(*templates.CouponTemplate.key(template.template_id)).update(
        actions=[templates.CouponTemplate.per_member_limit.set(1), templates.CouponTemplate.version.add(1)]
    )
    status, body = claim("dave", template.template_id, key="dave-key-2")
    assert (status, body["error"]["code"]) == (409, "COUPON_LIMIT_REACHED")


@pytest.mark.parametrize(
    ("window", "code"),
    [
        ({"claim_starts_at": +1, "claim_ends_at": +2}, "COUPON_NOT_STARTED"),
        ({"claim_starts_at": -3, "claim_ends_at": -1}, "COUPON_ENDED"),
    ],
)
def test_outside_the_claim_window_refuses_and_changes_nothing(aws, window, code):
    now = clock.now()
    template = make_template(**{k: (now + timedelta(days=v)).isoformat() for k, v in window.items()})
    before = snapshot(template.template_id, "erin")
    status, body = claim("erin", template.template_id)
    assert (status, body["error"]["code"]) == (409, code)
    assert body["error"]["message"]
    assert snapshot(template.template_id, "erin") == before


def test_a_template_whose_coupons_have_expired_cannot_be_claimed(aws):
    now = clock.now()
    template = make_template(
        validity={
            "kind": "fixed",
            "starts_at": (now - timedelta(days=2)).isoformat(),
            "ends_at": (now + timedelta(hours=1)).isoformat(),
        },
        claim_ends_at=(now + timedelta(hours=1)).isoformat(),
    )
    clock.clock.shift(timedelta(hours=2))
    try:
        before = snapshot(template.template_id, "frank")
        status, body = claim("frank", template.template_id)
    finally:
        clock.clock.reset()
    assert (status, body["error"]["code"]) == (409, "COUPON_ENDED")
    assert snapshot(template.template_id, "frank") == before


def test_a_retry_after_the_template_was_paused_still_returns_the_coupon(aws):
    template = make_template()
    first = claim("gina", template.template_id, key="gina-key-1")[1]["coupon"]["coupon_id"]
    templates.pause(template.template_id)
    status, body = claim("gina", template.template_id, key="gina-key-1")
    assert (status, body["coupon"]["coupon_id"], body["replayed"]) == (201, first, True)


def test_new_member_audience_is_checked_inside_the_transaction(aws, ddb_calls):
    template = make_template(audience="new_members", new_member_days=7)
    make_member("newbie", joined_days_ago=1)
    make_member("veteran", joined_days_ago=30)
    claim("warm", template.template_id, key="warm-key-2")  # warms the cache (and is refused)
    ddb_calls.clear()
    assert claim("newbie", template.template_id)[0] == 201
    assert ddb_calls == ["UpdateItem", "TransactWriteItems"]  # write limit, then the claim
    before = snapshot(template.template_id, "veteran")
    status, body = claim("veteran", template.template_id)
    assert (status, body["error"]["code"]) == (403, "COUPON_NOT_ELIGIBLE")
    assert snapshot(template.template_id, "veteran") == before


def test_level_audience_asks_the_members_level(aws):
    levels = {"goldie": "gold", "silvia": "silver"}
    audience.set_level_resolver(levels.get)
    try:
        template = make_template(audience="levels", levels=["gold"])
        assert claim("goldie", template.template_id)[0] == 201
        status, body = claim("silvia", template.template_id)
    finally:
        audience.set_level_resolver(None)
    assert (status, body["error"]["code"]) == (403, "COUPON_NOT_ELIGIBLE")


@pytest.mark.parametrize("obtain", ["code", "grant"])
def test_templates_not_obtained_by_public_claim_cannot_be_claimed(aws, obtain):
    template = make_template(obtain=obtain)
    status, body = claim("hank", template.template_id)
    assert (status, body["error"]["code"]) == (409, "COUPON_NOT_CLAIMABLE")


def test_unknown_template_is_404(aws):
    status, body = claim("ivy", "01NOSUCHTEMPLATE000000000")
    assert (status, body["error"]["code"]) == (404, "COUPON_TEMPLATE_NOT_FOUND")


def test_claim_needs_an_idempotency_key(aws):
    from tests.coupons.support import api, member_token

    template = make_template()
    status, body = api("POST", f"/v1/coupons/{template.template_id}/claim", token=member_token("jon"))
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")
    assert body["error"]["details"][0]["field"] == "Idempotency-Key"
    assert fresh(template.template_id).stock_left == 100


def test_unlimited_stock_template(aws):
    template = make_template(total_stock=None, per_member_limit=3)
    for key in ("k-unlimited-1", "k-unlimited-2", "k-unlimited-3"):
        assert claim("kim", template.template_id, key=key)[0] == 201
    after = fresh(template.template_id)
    assert (after.stock_left, after.claimed_count) == (None, 3)
    with pytest.raises(CouponLimitReached):
        issuing.claim("kim", template.template_id, request_key="k-unlimited-4")


def test_stock_added_after_a_sell_out_is_claimable_at_once(aws):
    template = make_template(total_stock=1)
    assert claim_outcome("one", template.template_id)[0] == "OK"
    assert claim_outcome("two", template.template_id)[0] == "COUPON_SOLD_OUT"
    templates.edit(template.template_id, templates.TemplatePatch(total_stock=2))
    assert claim_outcome("two", template.template_id)[0] == "OK"
    assert fresh(template.template_id).stock_left == 0
