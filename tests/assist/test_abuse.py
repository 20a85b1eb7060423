"""Abuse resistance: hard rate limits per helper and per initiator, flags for fresh accounts
and initiator bursts (exact under concurrency), and flagged helps that do not count."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest

from siyu import clock
from siyu.assist import flags, helping, rules
from siyu.assist.schemas import AssistRules, Window
from tests.assist.support import (
    fresh_assist,
    help_outcome,
    helps_of,
    make_campaign,
    make_member,
    shard_totals,
    snapshot,
    start,
)
from tests.support import events

NO_FLAGS = {"fresh_account_minutes": 0, "burst": Window(max=1000, minutes=5)}


def set_rules(**changes: object) -> AssistRules:
    return rules.save(AssistRules.model_validate({**AssistRules().model_dump(), **changes}))


def test_the_helper_rate_limit_spans_campaigns_and_resets_with_the_window(aws):
    set_rules(helper_limit=Window(max=2, minutes=60), **NO_FLAGS)
    make_member("helper")
    targets = []
    for i in range(3):
        make_member(f"init{i}")
        targets.append(start(f"init{i}", make_campaign(hours_to_complete=48).campaign_id))
    for a in targets[:2]:
        assert help_outcome("helper", a.assist_id)[0] == "OK"
    before = snapshot(targets[2].assist_id, "helper")

    code, message = help_outcome("helper", targets[2].assist_id)

    assert (code, message) == ("ASSIST_HELPER_RATE_LIMITED", "助力太频繁了，请稍后再试")
    assert snapshot(targets[2].assist_id, "helper") == before
    clock.clock.freeze(clock.now() + timedelta(minutes=61))
    assert help_outcome("helper", targets[2].assist_id)[0] == "OK"


def test_the_initiator_rate_limit_refuses_further_helps(aws):
    set_rules(initiator_limit=Window(max=2, minutes=60), **NO_FLAGS)
    campaign = make_campaign(helps_needed=5)
    make_member("popular")
    a = start("popular", campaign.campaign_id)
    for h in ("h1", "h2", "h3"):
        make_member(h)
    assert help_outcome("h1", a.assist_id)[0] == "OK"
    assert help_outcome("h2", a.assist_id)[0] == "OK"
    before = snapshot(a.assist_id, "h3")
    assert help_outcome("h3", a.assist_id) == (
        "ASSIST_INITIATOR_RATE_LIMITED",
        "好友的助力太火爆了，请稍后再试",
    )
    assert snapshot(a.assist_id, "h3") == before


def test_a_fresh_account_is_flagged_for_operators_and_still_counts_by_default(aws):
    set_rules(fresh_account_minutes=5)
    campaign = make_campaign()
    make_member("initiator")
    make_member("fresh", joined_minutes_ago=1)
    make_member("settled", joined_minutes_ago=10)
    a = start("initiator", campaign.campaign_id)
    code, outcome = help_outcome("fresh", a.assist_id)
    assert code == "OK"
    assert outcome.help.counted
    assert outcome.help.flags == ["FRESH_ACCOUNT"]
    assert help_outcome("settled", a.assist_id)[1].help.flags == []

    listed = flags.flagged(campaign.campaign_id)
    assert [(f["helper_id"], f["reasons"], f["counted"]) for f in listed["flags"]] == [
        ("fresh", ["FRESH_ACCOUNT"], True)
    ]
    assert fresh_assist(a.assist_id).helps == 2
    totals = shard_totals(campaign.campaign_id)
    assert (totals["flagged"], totals["uncounted"], totals["helps"]) == (1, 0, 2)


def test_flagged_helps_can_be_set_not_to_count(aws):
    set_rules(fresh_account_minutes=5, count_flagged=False)
    campaign = make_campaign(helps_needed=1)
    make_member("initiator")
    make_member("bot", joined_minutes_ago=0.1)
    a = start("initiator", campaign.campaign_id)

    code, outcome = help_outcome("bot", a.assist_id)

    assert code == "OK"
    assert not outcome.help.counted
    assert not outcome.completed
    after = fresh_assist(a.assist_id)
    assert (after.helps, after.uncounted, after.status) == (0, 1, "OPEN")
    # Recorded once: helping again changes nothing.
    assert helping.help_assist("bot", a.assist_id).replayed
    assert len(helps_of(a.assist_id)) == 1
    [helped] = events("AssistHelped")
    assert '"counted":false' in helped.data
    assert flags.flagged(campaign.campaign_id)["flags"][0]["counted"] is False


@pytest.mark.concurrency
@pytest.mark.parametrize("count_flagged", [True, False])
def test_a_burst_from_one_initiator_is_flagged_exactly(atomic_dynamodb, count_flagged):
    set_rules(burst=Window(max=3, minutes=5), fresh_account_minutes=0, count_flagged=count_flagged)
    campaign = make_campaign(helps_needed=20)
    make_member("initiator")
    helpers = [f"h{i}" for i in range(8)]
    for h in helpers:
        make_member(h)
    a = start("initiator", campaign.campaign_id)

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda h: help_outcome(h, a.assist_id), helpers))

    assert {code for code, _ in results} == {"OK"}
    flagged = [r for _, r in results if r.help.flags]
    assert len(flagged) == 5
    assert {tuple(r.help.flags) for r in flagged} == {("INITIATOR_BURST",)}
    after = fresh_assist(a.assist_id)
    assert (after.helps, after.uncounted) == ((8, 0) if count_flagged else (3, 5))
    assert len(flags.flagged(campaign.campaign_id)["flags"]) == 5


def test_the_flag_list_pages_newest_first(aws):
    set_rules(fresh_account_minutes=5)
    campaign = make_campaign(helps_needed=10)
    make_member("initiator")
    a = start("initiator", campaign.campaign_id)
    for i in range(3):
        clock.clock.freeze(clock.now() + timedelta(seconds=1))
        make_member(f"new{i}", joined_minutes_ago=0.5)
        helping.help_assist(f"new{i}", a.assist_id)
    page = flags.flagged(campaign.campaign_id, limit=2)
    assert [f["helper_id"] for f in page["flags"]] == ["new2", "new1"]
    rest = flags.flagged(campaign.campaign_id, limit=2, before=page["next_cursor"])
    assert [f["helper_id"] for f in rest["flags"]] == ["new0"]
    assert rest["next_cursor"] is None
