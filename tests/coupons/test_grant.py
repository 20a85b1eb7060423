"""The grant API other capabilities call (assist rewards, birthdays, admin gifts)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from pynamodb.exceptions import TransactWriteError

from siyu.coupons import grant, issue_failure, issuing, templates
from siyu.coupons.errors import CouponSoldOut
from siyu.coupons.models import ClaimCounter
from siyu.db import transaction
from siyu.errors import SiyuError
from siyu.members.models import Member
from tests.coupons.support import api, coupons_of_template, fresh, make_member, make_template
from tests.support import admin_token, events


def birthday_template(**overrides):
    return make_template(
        name="生日礼遇", obtain="grant", total_stock=overrides.pop("total_stock", 100), **overrides
    )


def test_a_grant_is_idempotent_by_its_source_reference(aws):
    template = birthday_template()
    first = grant("alice", template.template_id, source="birthday", source_ref="2026:alice")
    again = grant("alice", template.template_id, source="birthday", source_ref="2026:alice")
    assert first == again
    assert fresh(template.template_id).stock_left == 99
    assert fresh(template.template_id).granted_count == 1
    assert len(events("CouponClaimed")) == 1
    next_year = grant("alice", template.template_id, source="birthday", source_ref="2027:alice")
    assert next_year != first
    assert len(coupons_of_template(template.template_id)) == 2


@pytest.mark.concurrency
def test_concurrent_repeats_of_one_grant_issue_one_coupon(atomic_dynamodb):
    template = birthday_template()
    with ThreadPoolExecutor(8) as pool:
        ids = set(
            pool.map(lambda _: grant("bob", template.template_id, source="assist", source_ref="c1"), range(8))
        )
    assert len(ids) == 1
    assert fresh(template.template_id).stock_left == 99


def test_grants_ignore_the_claim_limit_and_audience_but_respect_stock(aws):
    template = birthday_template(total_stock=2, per_member_limit=1, audience="new_members")
    grant("carol", template.template_id, source="assist", source_ref="a")
    grant("carol", template.template_id, source="assist", source_ref="b")
    with pytest.raises(CouponSoldOut):
        grant("carol", template.template_id, source="assist", source_ref="c")
    with pytest.raises(ClaimCounter.DoesNotExist):
        ClaimCounter.get(*ClaimCounter.key("carol", template.template_id))


def test_a_paused_template_grants_nothing(aws):
    template = birthday_template()
    templates.pause(template.template_id)
    with pytest.raises(SiyuError) as exc:
        grant("dan", template.template_id, source="birthday", source_ref="2026:dan")
    assert exc.value.code == "COUPON_PAUSED"
    assert fresh(template.template_id).stock_left == 100


def test_a_grant_joins_the_callers_transaction(aws):
    template = birthday_template()
    make_member("erin")
    with transaction() as tx:
        coupon_id = grant("erin", template.template_id, source="birthday", source_ref="2026:erin", tx=tx)
        tx.update(Member(*Member.key("erin")), actions=[Member.nickname.set("rewarded")])
    assert fresh(template.template_id).stock_left == 99
    assert [c.coupon_id for c in coupons_of_template(template.template_id)] == [coupon_id]
    # Granted already: nothing is staged, the caller's own change commits alone.
    with transaction() as tx:
        assert (
            grant("erin", template.template_id, source="birthday", source_ref="2026:erin", tx=tx) == coupon_id
        )
        tx.update(Member(*Member.key("erin")), actions=[Member.nickname.set("twice")])
    assert fresh(template.template_id).stock_left == 99


def test_when_the_callers_transaction_fails_nothing_is_granted(aws):
    template = birthday_template()

    def reward_a_missing_member() -> None:
        with transaction() as tx:
            grant("ghost", template.template_id, source="birthday", source_ref="2026:ghost", tx=tx)
            tx.condition_check(Member, *Member.key("ghost"), condition=Member.pk.exists())

    with pytest.raises(TransactWriteError) as exc:
        reward_a_missing_member()
    assert issue_failure(exc.value) is None  # the coupon was not the reason
    assert fresh(template.template_id).stock_left == 100
    assert coupons_of_template(template.template_id) == []
    assert events() == []


def test_issue_failure_names_the_coupons_reason_in_the_callers_transaction(aws, monkeypatch):
    template = birthday_template(total_stock=1)

    def reward(member_id: str, ref: str) -> None:
        with transaction() as tx:
            grant(member_id, template.template_id, source="assist", source_ref=ref, tx=tx)

    reward("first", "r1")
    with pytest.raises(TransactWriteError) as exc:
        reward("second", "r2")
    assert isinstance(issue_failure(exc.value), CouponSoldOut)
    # A repeat racing its twin past the existence check: the wallet condition refuses it.
    monkeypatch.setattr(issuing, "find", lambda *_: None)
    with pytest.raises(TransactWriteError) as exc:
        reward("first", "r1")
    failure = issue_failure(exc.value)
    assert failure is not None
    assert failure.code == "COUPON_ALREADY_GRANTED"


def test_admin_grant_route(aws):
    template = birthday_template()
    make_member("frank")
    headers = {"Idempotency-Key": "grant-key-001"}
    path = f"/v1/admin/coupon-templates/{template.template_id}/grants"
    status, body = api("POST", path, {"member_id": "frank"}, token=admin_token(), headers=headers)
    assert status == 201, body
    again = api("POST", path, {"member_id": "frank"}, token=admin_token(), headers=headers)
    assert again == (201, body)
    assert fresh(template.template_id).granted_count == 1
    status, body = api("POST", path, {"member_id": "nobody"}, token=admin_token(), headers=headers)
    assert (status, body["error"]["code"]) == (404, "MEMBER_NOT_FOUND")
    status, body = api("POST", path, {"member_id": "frank"}, token=admin_token("analyst"), headers=headers)
    assert (status, body["error"]["code"]) == (403, "FORBIDDEN")
