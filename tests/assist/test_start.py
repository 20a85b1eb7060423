"""Starting assists: the share path, one open assist per member and campaign (a retried
start returns it), the start limit, the campaign window, lazy expiry, my list."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest

from siyu import clock
from siyu.assist import assists, campaigns, helping
from siyu.assist.errors import (
    CampaignEnded,
    CampaignNotStarted,
    CampaignPaused,
    StartLimitReached,
)
from siyu.assist.models import StartRecord
from siyu.assist.schemas import CampaignPatch
from tests.assist.support import make_campaign, make_member, shard_totals, start
from tests.support import events


def test_a_start_returns_the_share_path_carrying_the_assist_id(aws):
    clock.clock.freeze(clock.now())
    campaign = make_campaign(share_title="帮我点一下", share_page="pages/assist/help")
    make_member("alice", nickname="小爱")
    started = assists.start("alice", campaign.campaign_id)
    a = started.assist
    assert not started.replayed
    view = assists.view(a)
    assert view["share"] == {
        "title": "帮我点一下",
        "path": f"/pages/assist/help?assist_id={a.assist_id}",
        "image_url": None,
    }
    assert view["state"] == "OPEN"
    assert (view["helps"], view["helps_needed"], view["helps_left"]) == (0, 3, 3)
    assert view["seconds_left"] == 24 * 3600
    assert view["initiator"]["nickname"] == "小爱"
    [event] = events("AssistStarted")
    assert event.member_id == "alice"
    assert shard_totals(campaign.campaign_id)["starts"] == 1


def test_starting_again_while_open_returns_the_open_assist(aws):
    campaign = make_campaign(max_starts_per_member=3)
    make_member("alice")
    first = assists.start("alice", campaign.campaign_id)
    again = assists.start("alice", campaign.campaign_id)
    assert again.replayed
    assert again.assist.assist_id == first.assist.assist_id
    assert int(StartRecord.get(*StartRecord.key("alice", campaign.campaign_id)).starts) == 1


@pytest.mark.concurrency
def test_ten_concurrent_starts_make_one_assist(atomic_dynamodb):
    campaign = make_campaign(max_starts_per_member=5)
    make_member("alice")
    with ThreadPoolExecutor(10) as pool:
        results = list(pool.map(lambda _: assists.start("alice", campaign.campaign_id), range(10)))
    assert len({r.assist.assist_id for r in results}) == 1
    assert sum(1 for r in results if not r.replayed) == 1
    assert len(events("AssistStarted")) == 1
    assert shard_totals(campaign.campaign_id)["starts"] == 1


def test_the_start_limit_counts_completed_and_expired_assists(aws):
    campaign = make_campaign(helps_needed=1, max_starts_per_member=2, hours_to_complete=1)
    make_member("alice")
    make_member("friend")
    first = start("alice", campaign.campaign_id)
    assert helping.help_assist("friend", first.assist_id).completed
    second = start("alice", campaign.campaign_id)  # a completed assist frees the slot
    assert second.assist_id != first.assist_id
    clock.clock.freeze(clock.parse_iso(second.expires_at))  # expired, but it was a start
    with pytest.raises(StartLimitReached) as refused:
        assists.start("alice", campaign.campaign_id)
    assert refused.value.details == {"campaign_id": campaign.campaign_id, "limit": 2}


def test_an_expired_assist_frees_the_slot(aws):
    campaign = make_campaign(max_starts_per_member=2, hours_to_complete=1)
    make_member("alice")
    first = start("alice", campaign.campaign_id)
    clock.clock.freeze(clock.parse_iso(first.expires_at) + timedelta(seconds=1))
    assert assists.view(first)["state"] == "EXPIRED"
    assert assists.view(first)["seconds_left"] == 0
    second = assists.start("alice", campaign.campaign_id)
    assert not second.replayed
    assert second.assist.assist_id != first.assist_id


def test_the_campaign_window_and_pause(aws):
    now = clock.now()
    make_member("alice")
    later = make_campaign(starts_at=(now + timedelta(hours=1)).isoformat())
    with pytest.raises(CampaignNotStarted):
        assists.start("alice", later.campaign_id)
    ending = make_campaign(ends_at=(now + timedelta(hours=2)).isoformat(), hours_to_complete=24)
    a = start("alice", ending.campaign_id)
    assert a.expires_at == ending.ends_at  # an assist never outlives its campaign
    clock.clock.freeze(now + timedelta(hours=3))
    with pytest.raises(CampaignEnded):
        assists.start("alice", ending.campaign_id)
    clock.clock.reset()
    paused = make_campaign()
    campaigns.edit(paused.campaign_id, CampaignPatch(status="PAUSED"))
    with pytest.raises(CampaignPaused):
        assists.start("alice", paused.campaign_id)


def test_a_completion_message_needs_consent_and_a_template(aws):
    make_member("alice")
    with_template = make_campaign(message_template_id="tpl-assist-done")
    without = make_campaign()
    assert start("alice", with_template.campaign_id, notify=True).notify is True
    assert start("alice", without.campaign_id, notify=True).notify is False


def test_my_assists_newest_first_with_their_state(aws):
    make_member("alice")
    make_member("friend")
    one = make_campaign(helps_needed=1)
    two = make_campaign(hours_to_complete=1)
    done = start("alice", one.campaign_id)
    helping.help_assist("friend", done.assist_id)
    clock.clock.freeze(clock.now() + timedelta(minutes=1))
    lapsing = start("alice", two.campaign_id)
    assert [(a["assist_id"], a["state"]) for a in assists.mine("alice")] == [
        (lapsing.assist_id, "OPEN"),
        (done.assist_id, "COMPLETED"),
    ]
    clock.clock.freeze(clock.parse_iso(lapsing.expires_at))
    assert [a["state"] for a in assists.mine("alice")] == ["EXPIRED", "COMPLETED"]
    assert assists.mine("friend") == []


def test_open_campaigns_for_a_member(aws):
    make_member("alice")
    open_one = make_campaign(max_starts_per_member=2)
    make_campaign(starts_at=(clock.now() + timedelta(days=1)).isoformat())  # not yet open
    a = start("alice", open_one.campaign_id)
    [listed] = campaigns.open_for_member("alice")
    assert listed["campaign_id"] == open_one.campaign_id
    assert (listed["started_by_me"], listed["starts_left"], listed["open_assist_id"]) == (1, 1, a.assist_id)
