"""Grants to a segment: a coupon to each member exactly once with the stock respected (also
when batches are redelivered and run concurrently), points with a reason once per member,
and bad input refused with nothing stored."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from siyu.members import points
from siyu.push import PushBatch, grants
from siyu.push.schemas import GrantSpec
from tests.coupons.support import coupons_of_template, fresh, make_template
from tests.push.support import api, drain, members, static_segment
from tests.support import admin_token


def grant_to(member_ids: list[str], **spec: object) -> grants.Grant:
    segment_id = static_segment(member_ids)
    return grants.create(GrantSpec(name="老客回馈", segment_id=segment_id, **spec), admin_id="admin-1")  # type: ignore[arg-type]


@pytest.mark.concurrency
def test_a_coupon_grant_gives_each_member_one_coupon_until_the_stock_runs_out(atomic_dynamodb) -> None:
    template = make_template(name="老客券", obtain="grant", total_stock=25)
    ids = members(40, credits_each=0, prefix="g")
    grant = grant_to(ids, coupon_template_id=template.template_id)
    grants.send(grant.grant_id)
    grants.fan_out(grant.grant_id)
    # Every batch of the grant reaches two workers at once, and once more afterwards.
    batches = [PushBatch(kind="grant", ref=grant.grant_id, members=ids[i : i + 10]) for i in range(0, 40, 10)]
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(grants.send_batch, batches + batches))
    for batch in batches:
        grants.send_batch(batch)

    issued = coupons_of_template(template.template_id)
    owners = [c.member_id for c in issued]
    assert len(issued) == 25
    assert len(set(owners)) == 25  # one coupon per member, never two
    assert fresh(template.template_id).stock_left == 0
    figures = grants.figures(grants.get(grant.grant_id))
    assert figures == {"targeted": 40, "granted": 25, "sold_out": 15, "failed": 0, "pending": 0}


def test_a_points_grant_is_applied_once_with_its_reason(aws) -> None:
    ids = members(3, credits_each=0, prefix="p")
    grant = grant_to(ids, points=50, reason="周年庆回馈")
    grants.send(grant.grant_id)
    drain(twice=True)  # fan-out and batch each delivered twice
    for member_id in ids:
        page = points.ledger(member_id)
        entries = [e for e in page.entries if e.source == "segment_grant"]
        assert [(e.delta, e.reason, e.ref) for e in entries] == [(50, "周年庆回馈", grant.grant_id)]
    assert grants.figures(grants.get(grant.grant_id))["granted"] == 3


def test_bad_grant_input_is_a_400_and_stores_nothing(aws) -> None:
    template = make_template(name="老客券", obtain="grant", total_stock=5)
    bad = [
        {"name": "x", "segment_id": "s"},  # neither coupon nor points
        {
            "name": "x",
            "segment_id": "s",
            "points": 10,
            "reason": "r",
            "coupon_template_id": template.template_id,
        },
        {"name": "x", "segment_id": "s", "points": 10},  # points without a reason
        {"name": "x", "segment_id": "s", "points": 0, "reason": "r"},
        {"name": "", "segment_id": "s", "points": 10, "reason": "r"},
    ]
    for n, body in enumerate(bad):
        headers = {"Idempotency-Key": f"bad-grant-{n:04d}"}
        status, answer = api("POST", "/v1/admin/push/grants", body, token=admin_token(), headers=headers)
        assert status == 400, (body, answer)
        assert answer["error"]["code"] == "VALIDATION_ERROR"
    unknown = {"name": "x", "segment_id": "s", "coupon_template_id": "NOPE"}
    status, answer = api(
        "POST",
        "/v1/admin/push/grants",
        unknown,
        token=admin_token(),
        headers={"Idempotency-Key": "bad-grant-9999"},
    )
    assert status == 404, answer
    assert grants.recent() == []
    assert fresh(template.template_id).stock_left == 5
