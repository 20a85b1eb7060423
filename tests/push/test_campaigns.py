"""Campaigns: exactly one message per member under redelivered and concurrent batches,
frequency caps and quiet hours on the clock (Shanghai days, weeks and hours), the
transactional override, figures and opens, and bad input."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest

from siyu import clock
from siyu.push import PushBatch, campaigns, credits, sender
from siyu.push.models import Campaign, Delivery
from tests.push.support import (
    TEMPLATE,
    api,
    at_shanghai,
    campaign,
    drain,
    members,
    per_member,
    send_calls,
    sent_for,
    static_segment,
)
from tests.support import admin_token


def figures(push: Campaign) -> dict[str, int]:
    return campaigns.figures(campaigns.get(push.campaign_id))


def send(push: Campaign, **pump) -> None:
    campaigns.send(push.campaign_id)
    drain(**pump)


# ---------------------------------------------------------------- exactly once
@pytest.mark.concurrency
def test_a_redelivered_batch_sends_each_member_exactly_once(atomic_dynamodb, fake_kuaishou) -> None:
    clock.clock.freeze(at_shanghai("2026-12-07 10:00"))
    ids = members(120, credits_each=2)
    push = campaign(ids)
    before = send_calls(fake_kuaishou)
    campaigns.send(push.campaign_id)
    campaigns.send(push.campaign_id)  # the operator presses "send" twice: one fan-out
    pump = drain(twice=True)  # every batch (and the fan-out) reaches the sender twice
    assert pump.invocations >= 2
    sent = sent_for(fake_kuaishou, push.campaign_id)
    assert send_calls(fake_kuaishou) - before == 120
    assert set(per_member(sent).values()) == {1}
    assert sent[0]["page"] == f"pages/coupons/index?id=7&from=push&c={push.campaign_id}"
    assert sent[0]["data"]["thing01"] == {"value": "周末满减"}
    assert figures(push)["sent"] == 120
    # One credit taken per member, not two.
    assert set(credits.balances(ids[0], [TEMPLATE]).values()) == {1}


@pytest.mark.concurrency
def test_the_same_batch_from_many_threads_at_once_sends_once(atomic_dynamodb, fake_kuaishou) -> None:
    clock.clock.freeze(at_shanghai("2026-12-07 10:00"))
    ids = members(40)
    push = campaign(ids)
    campaigns.send(push.campaign_id)
    batch = PushBatch(kind="campaign", ref=push.campaign_id, members=ids)
    before = send_calls(fake_kuaishou)
    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(lambda _: sender.send_batch(batch), range(6)))
    assert send_calls(fake_kuaishou) - before == 40
    assert sum(r[sender.Outcome.SENT] for r in results) == 40
    assert set(per_member(sent_for(fake_kuaishou, push.campaign_id)).values()) == {1}
    assert figures(push)["sent"] == 40


def test_an_unknown_outcome_is_recorded_and_never_resent(aws, fake_kuaishou, monkeypatch) -> None:
    clock.clock.freeze(at_shanghai("2026-12-07 10:00"))
    ids = members(2, credits_each=2)
    push = campaign(ids)
    campaigns.send(push.campaign_id)
    monkeypatch.setenv("KUAISHOU_TIMEOUT_SECONDS", "0.2")
    from siyu_local.sandbox import reset_caches

    reset_caches()
    fake_kuaishou.delay(1.0)  # the request reaches Kuaishou; the answer comes too late
    drain()
    fake_kuaishou.delay(0)
    copies = {d.member_id: d for d in Delivery.query(push.pk, Delivery.sk.startswith("TO#"))}
    assert {d.status for d in copies.values()} == {"FAILED"}
    assert {d.error_code for d in copies.values()} == {"OUTCOME_UNKNOWN"}
    before = send_calls(fake_kuaishou)
    sender.send_batch(PushBatch(kind="campaign", ref=push.campaign_id, members=ids))  # redelivered
    assert send_calls(fake_kuaishou) == before
    assert figures(push)["failed"] == 2


# ---------------------------------------------------------------- caps (Shanghai day and week)
def test_frequency_caps_one_a_day_three_a_week_on_shanghai_days(aws, fake_kuaishou) -> None:
    (member,) = members(1, credits_each=10)

    def one_campaign(at: str) -> dict[str, int]:
        clock.clock.freeze(at_shanghai(at))
        push = campaign([member])
        send(push)
        return figures(push)

    assert one_campaign("2026-12-07 09:00")["sent"] == 1  # Monday
    assert one_campaign("2026-12-07 20:59")["capped"] == 1  # the same Shanghai day
    # 16:30 UTC on Monday is already Tuesday in Shanghai (quiet hours); 08:00 is a new day.
    assert one_campaign("2026-12-08 08:00")["sent"] == 1
    assert one_campaign("2026-12-09 12:00")["sent"] == 1  # Wednesday: the third this week
    assert one_campaign("2026-12-10 12:00")["capped"] == 1  # Thursday: the week's three are used
    assert one_campaign("2026-12-14 08:30")["sent"] == 1  # next Monday: a new week
    # Capped sends took nothing nothing they did not take: 10 credits - 4 sent.
    assert credits.balances(member, [TEMPLATE]) == {TEMPLATE: 6}


def test_transactional_messages_skip_caps_and_quiet_hours_but_need_credit(aws, fake_kuaishou) -> None:
    clock.clock.freeze(at_shanghai("2026-12-07 09:00"))
    ids = members(2, credits_each=3)
    send(campaign(ids))  # the day's one marketing message
    clock.clock.freeze(at_shanghai("2026-12-07 23:30"))  # quiet hours, and capped for the day
    service = campaign(ids, kind="transactional", name="订单已备好")
    no_credit = members(1, credits_each=0, prefix="nc")
    service_all = campaign(ids + no_credit, kind="transactional", name="预约提醒")
    send(service)
    send(service_all)
    assert figures(service) | {"pending": 0} == {
        "targeted": 2,
        "sent": 2,
        "no_credit": 0,
        "capped": 0,
        "held": 0,
        "failed": 0,
        "pending": 0,
        "opened": 0,
    }
    assert (figures(service_all)["sent"], figures(service_all)["no_credit"]) == (2, 1)


# ---------------------------------------------------------------- quiet hours
def test_quiet_hours_hold_marketing_and_release_at_eight_shanghai(aws, fake_kuaishou) -> None:
    clock.clock.freeze(at_shanghai("2026-12-07 21:00"))  # quiet hours begin
    ids = members(3)
    push = campaign(ids)
    before = send_calls(fake_kuaishou)
    send(push)
    assert send_calls(fake_kuaishou) == before
    assert figures(push)["held"] == 3
    assert credits.balances(ids[0], [TEMPLATE]) == {TEMPLATE: 1}  # nothing taken while held

    clock.clock.freeze(at_shanghai("2026-12-08 07:59"))
    assert sender.release_held() == 0  # still quiet: the release does nothing
    clock.clock.freeze(at_shanghai("2026-12-08 08:00"))
    assert sender.release_held() == 3
    sender.release_held()  # a schedule that fires twice queues them twice: still one each
    drain()
    assert send_calls(fake_kuaishou) - before == 3
    assert figures(push) | {"pending": 0} == {
        "targeted": 3,
        "sent": 3,
        "no_credit": 0,
        "capped": 0,
        "held": 0,
        "failed": 0,
        "pending": 0,
        "opened": 0,
    }
    assert sender.release_held() == 0  # released copies left the held index


def test_quiet_hours_boundaries() -> None:
    from siyu.push import rules

    assert not rules.in_quiet_hours(at_shanghai("2026-12-07 20:59"))
    assert rules.in_quiet_hours(at_shanghai("2026-12-07 21:00"))
    assert rules.in_quiet_hours(at_shanghai("2026-12-08 07:59"))
    assert not rules.in_quiet_hours(at_shanghai("2026-12-08 08:00"))
    assert rules.in_quiet_hours(datetime(2026, 12, 7, 13, 0, tzinfo=UTC))  # 21:00 in Shanghai
    assert rules.quiet_hours_end(at_shanghai("2026-12-07 22:00")) == at_shanghai("2026-12-08 08:00")


# ---------------------------------------------------------------- figures and opens (admin API)
def test_admin_api_creates_sends_and_shows_figures_with_opens(aws, fake_kuaishou) -> None:
    clock.clock.freeze(at_shanghai("2026-12-07 11:00"))
    ids = members(3)
    body = {
        "name": "周末满减",
        "segment_id": static_segment(ids),
        "template_id": TEMPLATE,
        "page": "pages/coupons/index?id=7",
        "data": {"thing01": "周末满减", "thing02": "满100减20"},
    }
    headers = {"Idempotency-Key": "campaign-0001"}
    status, created = api("POST", "/v1/admin/push/campaigns", body, token=admin_token(), headers=headers)
    assert status == 201, created
    campaign_id = created["campaign_id"]
    assert (created["status"], created["kind"]) == ("DRAFT", "marketing")
    again = api("POST", "/v1/admin/push/campaigns", body, token=admin_token(), headers=headers)
    assert again == (201, created)
    status, queued = api("POST", f"/v1/admin/push/campaigns/{campaign_id}/send", token=admin_token())
    assert (status, queued["status"]) == (202, "FANNING_OUT")
    drain()

    campaigns.record_open(campaign_id, ids[0])
    status, one = api("GET", f"/v1/admin/push/campaigns/{campaign_id}", token=admin_token("analyst"))
    assert status == 200
    assert one["status"] == "QUEUED"
    assert one["figures"] == {
        "targeted": 3,
        "sent": 3,
        "no_credit": 0,
        "capped": 0,
        "held": 0,
        "failed": 0,
        "pending": 0,
        "opened": 1,
    }
    status, listed = api("GET", "/v1/admin/push/campaigns", token=admin_token("analyst"))
    assert [c["campaign_id"] for c in listed["campaigns"]] == [campaign_id]


def test_bad_campaign_input_is_a_400_and_stores_nothing(aws) -> None:
    good = {
        "name": "周末满减",
        "segment_id": "seg-weekend",
        "template_id": TEMPLATE,
        "page": "pages/coupons/index",
        "data": {"thing01": "周末满减"},
    }
    bad = [
        good | {"page": "https://evil.example/x"},
        good | {"page": "pages/x?from=push"},
        good | {"data": {"thing01": "x" * 21}},
        good | {"data": {}},
        good | {"kind": "broadcast"},
        good | {"template_id": ""},
        {k: v for k, v in good.items() if k != "segment_id"},
    ]
    for n, body in enumerate(bad):
        headers = {"Idempotency-Key": f"bad-campaign-{n:04d}"}
        status, answer = api("POST", "/v1/admin/push/campaigns", body, token=admin_token(), headers=headers)
        assert status == 400, (body, answer)
        assert answer["error"]["code"] == "VALIDATION_ERROR"
    status, _ = api("POST", "/v1/admin/push/campaigns", good, token=admin_token())  # no Idempotency-Key
    assert status == 400
    headers = {"Idempotency-Key": "bad-campaign-unknown-segment"}
    status, answer = api("POST", "/v1/admin/push/campaigns", good, token=admin_token(), headers=headers)
    assert (status, answer["error"]["code"]) == (404, "SEGMENT_NOT_FOUND")  # no such segment yet
    assert campaigns.recent() == []
    status, answer = api(
        "POST", "/v1/admin/push/campaigns/01JAAAAAAAAAAAAAAAAAAAAAAA/send", token=admin_token()
    )
    assert (status, answer["error"]["code"]) == (404, "PUSH_CAMPAIGN_NOT_FOUND")
    status, _ = api("POST", "/v1/admin/push/campaigns", good, token=admin_token("analyst"))
    assert status == 403
