"""The report (starts, completions, new members per completed assist) from counters kept in
the help transactions, and the initiator's completion message from AssistCompleted."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from assist_events import handler as events_handler

from siyu import clock
from siyu.assist import helping, notify, stats
from siyu.assist.models import Assist
from siyu.errors import KuaishouUnavailable
from siyu.events import DomainEvent
from tests.assist.support import make_campaign, make_member, start
from tests.conftest import LambdaContextStub
from tests.support import events


def test_the_report_counts_starts_completions_and_the_viral_coefficient(aws):
    campaign = make_campaign(helps_needed=2)
    other = make_campaign(name="另一个活动")
    for m in ("i1", "i2", "i3"):
        make_member(m)
    make_member("veteran")
    a1, a2, a3 = (start(m, campaign.campaign_id) for m in ("i1", "i2", "i3"))
    clock.clock.freeze(clock.now() + timedelta(minutes=5))
    for n in ("n1", "n2", "n3", "n4"):
        make_member(n, joined_minutes_ago=1)  # first login after the assists began: brought by them
    helping.help_assist("n1", a1.assist_id)
    helping.help_assist("n2", a1.assist_id)  # completes a1 with 2 new members
    helping.help_assist("n3", a2.assist_id)
    helping.help_assist("veteran", a2.assist_id)  # completes a2 with 1 new member
    helping.help_assist("n4", a3.assist_id)  # a3 stays open

    by_id = {r.campaign_id: r for r in stats.report()}
    r = by_id[campaign.campaign_id]
    assert (r.starts, r.completions, r.helps, r.new_members, r.new_members_completed) == (3, 2, 5, 4, 3)
    assert r.viral_coefficient == 1.5
    assert r.completion_rate == pytest.approx(2 / 3, abs=1e-4)
    assert (by_id[other.campaign_id].starts, by_id[other.campaign_id].viral_coefficient) == (0, 0.0)
    [only] = stats.report(campaign.campaign_id)
    assert only == r


def bridge(event: DomainEvent) -> dict:
    return {
        "version": "0",
        "id": "0d9c2a1e-7d1b-4f0e-9a55-1f0e3f7a8b21",
        "detail-type": event.type,
        "source": "siyu",
        "account": "123456789012",
        "time": event.occurred_at,
        "region": "cn-north-1",
        "resources": [],
        "detail": event.model_dump(mode="json"),
    }


def completed_event() -> DomainEvent:
    [item] = events("AssistCompleted")
    return DomainEvent(
        id=item.pk.removeprefix("EVENT#"),
        type=item.type,
        occurred_at=item.occurred_at,
        member_id=item.member_id,
        data=json.loads(item.data),
    )


def complete_one(initiator: str, *, notify_me: bool, template: str | None = "tpl-assist-done") -> Assist:
    campaign = make_campaign(helps_needed=1, message_template_id=template)
    make_member(initiator)
    make_member(f"{initiator}-friend")
    a = start(initiator, campaign.campaign_id, notify=notify_me)
    assert helping.help_assist(f"{initiator}-friend", a.assist_id).completed
    return a


def messages_to(fake, open_id: str) -> list[dict]:
    return [m for m in fake.sent_messages if m["to_user"] == open_id]


def test_the_initiator_gets_one_completion_message_when_they_consented(aws, fake_kuaishou):
    complete_one("keen", notify_me=True)
    event = bridge(completed_event())

    assert events_handler(event, LambdaContextStub())["outcome"] == "sent"
    assert events_handler(event, LambdaContextStub())["outcome"] == "already-handled"  # at least once

    [message] = messages_to(fake_kuaishou, "openid-keen")
    assert message["template_id"] == "tpl-assist-done"
    assert message["page"].startswith("pages/assist/detail?assist_id=")
    assert message["data"] == {"thing01": {"value": "三人助力得满30减5"}, "thing02": {"value": "100积分"}}


def test_no_message_without_consent(aws, fake_kuaishou):
    complete_one("quiet", notify_me=False)
    assert notify.on_completed(completed_event()) == "not-subscribed"
    assert messages_to(fake_kuaishou, "openid-quiet") == []


def test_a_busy_platform_is_retried_and_a_refusal_is_final(aws, fake_kuaishou):
    a = complete_one("unlucky", notify_me=True)
    event = completed_event()
    fake_kuaishou.fail_messages(share=1.0, transient=True)
    try:
        with pytest.raises(KuaishouUnavailable):
            notify.on_completed(event)
    finally:
        fake_kuaishou.fail_messages()
    assert Assist.get(*Assist.key(a.assist_id)).notify_status is None  # released for the retry
    assert notify.on_completed(event) == "sent"

    b = complete_one("unsubscribed", notify_me=True, template="tpl-withdrawn")
    fake_kuaishou.fail_messages(open_ids={"openid-unsubscribed"}, transient=False)
    try:
        [latest] = [e for e in events("AssistCompleted") if json.loads(e.data)["assist_id"] == b.assist_id]
        later = DomainEvent(type=latest.type, member_id=latest.member_id, data=json.loads(latest.data))
        assert notify.on_completed(later) == "refused"
        assert notify.on_completed(later) == "already-handled"
    finally:
        fake_kuaishou.fail_messages()
    assert Assist.get(*Assist.key(b.assist_id)).notify_status == "REFUSED"
    assert messages_to(fake_kuaishou, "openid-unsubscribed") == []
