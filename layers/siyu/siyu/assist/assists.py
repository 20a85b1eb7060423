"""Starting an assist and showing it.

A start is one transaction: the member's start record for the campaign (starts + 1,
condition: under the campaign's limit and no open assist), the assist (with the campaign's
terms copied), a report counter and `AssistStarted`. Starting again while an assist of the
campaign is open returns that assist: a retried start never makes a second one.

An assist expires lazily: it is OPEN until `expires_at` and shown as EXPIRED after it;
every help is conditional on `expires_at > now`, so nothing counts late whatever the
reader shows.
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from pynamodb.exceptions import TransactWriteError

from siyu import clock
from siyu.assist import campaigns, stats
from siyu.assist.errors import AssistBusy, AssistNotFound, MemberNotFound, StartLimitReached
from siyu.assist.models import COMPLETED, EXPIRED, OPEN, Assist, Help, StartRecord
from siyu.assist.store import query_partition, read_many
from siyu.db import transaction
from siyu.errors import SiyuError
from siyu.events import DomainEvent, stage
from siyu.ids import new_id
from siyu.members.models import Member

START_ATTEMPTS = 4


@dataclass(frozen=True)
class Started:
    assist: Assist
    replayed: bool  # the member's open assist of this campaign, started before


def state_of(a: Assist) -> str:
    if a.status == COMPLETED:
        return COMPLETED
    return EXPIRED if a.expires_at <= clock.now_iso() else OPEN


def share_of(a: Assist) -> dict[str, Any]:
    """What the mini-program's onShareAppMessage returns; the path carries the assist id."""
    return {
        "title": a.share_title or f"帮我助力一下，{a.reward_name}就差你了！",
        "path": a.share_path,
        "image_url": a.share_image_url,
    }


def _backoff(attempt: int) -> None:
    time.sleep(random.uniform(0, 0.01 * 2**attempt))


def start(member_id: str, campaign_id: str, *, notify: bool = False) -> Started:
    """Start an assist in a campaign, or return the member's open one."""
    campaign = campaigns.get(campaign_id)
    try:
        campaigns.check_open(campaign)
    except SiyuError:
        campaign = campaigns.get(campaign_id, fresh=True)  # the cache may be stale
        campaigns.check_open(campaign)
    limit = int(campaign.max_starts_per_member)
    record_key = StartRecord.key(member_id, campaign_id)
    for attempt in range(START_ATTEMPTS):
        record, profile = read_many([(StartRecord, record_key), (Member, Member.key(member_id))])
        now = clock.now()
        now_iso = clock.iso(now)
        if record is not None and record.open_assist_id and (record.open_expires_at or "") > now_iso:
            return Started(get(record.open_assist_id), replayed=True)
        if record is not None and int(record.starts) >= limit:
            raise StartLimitReached(details={"campaign_id": campaign_id, "limit": limit})
        if profile is None:
            raise MemberNotFound(details={"member_id": member_id})
        assist = _new_assist(campaign, profile, now, notify=notify)
        try:
            with transaction() as tx:
                tx.update(
                    StartRecord(*record_key),
                    actions=[
                        StartRecord.campaign_id.set(campaign_id),
                        StartRecord.starts.add(1),
                        StartRecord.open_assist_id.set(assist.assist_id),
                        StartRecord.open_expires_at.set(assist.expires_at),
                    ],
                    condition=(StartRecord.starts.does_not_exist() | (StartRecord.starts < limit))
                    & (
                        StartRecord.open_assist_id.does_not_exist() | (StartRecord.open_expires_at <= now_iso)
                    ),
                )
                tx.save(assist, condition=Assist.pk.does_not_exist())
                stats.stage(tx, campaign_id, starts=1)
                stage(
                    tx,
                    DomainEvent(
                        type="AssistStarted",
                        member_id=member_id,
                        data={
                            "assist_id": assist.assist_id,
                            "campaign_id": campaign_id,
                            "helps_needed": int(assist.helps_needed),
                            "expires_at": assist.expires_at,
                        },
                    ),
                )
        except TransactWriteError as exc:
            if not exc.cancellation_reasons:
                raise
            _backoff(attempt)  # a concurrent start won: the next read shows its assist or the limit
            continue
        return Started(assist, replayed=False)
    raise AssistBusy()


def _new_assist(campaign: campaigns.Campaign, profile: Member, now: Any, *, notify: bool) -> Assist:
    assist_id = new_id()
    started_at = clock.iso(now)
    expires_at = min(clock.iso(now + timedelta(hours=int(campaign.hours_to_complete))), campaign.ends_at)
    new_since = {"since_campaign": campaign.starts_at, "since_assist": started_at}.get(campaign.new_helpers)
    return Assist(
        *Assist.key(assist_id),
        gsi1pk=Assist.initiator_key(profile.member_id),
        gsi1sk=f"{started_at}#{assist_id}",
        assist_id=assist_id,
        campaign_id=campaign.campaign_id,
        campaign_name=campaign.name,
        initiator_id=profile.member_id,
        initiator_nickname=profile.nickname,
        initiator_avatar_url=profile.avatar_url,
        helps_needed=int(campaign.helps_needed),
        helps=0,
        new_helpers=0,
        uncounted=0,
        status=OPEN,
        started_at=started_at,
        expires_at=expires_at,
        new_since=new_since,
        helps_per_helper_per_day=int(campaign.helps_per_helper_per_day),
        reward=campaign.reward,
        reward_name=campaign.reward_name,
        notify=bool(notify and campaign.message_template_id),
        message_template_id=campaign.message_template_id,
        share_path=f"/{campaign.share_page}?assist_id={assist_id}",
        share_title=campaign.share_title,
        share_image_url=campaign.share_image_url,
    )


# ---------------------------------------------------------------- reads
def get(assist_id: str) -> Assist:
    try:
        return Assist.get(*Assist.key(assist_id), consistent_read=True)
    except Assist.DoesNotExist:
        raise AssistNotFound(details={"assist_id": assist_id}) from None


def with_helps(assist_id: str) -> tuple[Assist, list[Help]]:
    """The assist and its helps, oldest help first (one Query of the assist's partition)."""
    assist: Assist | None = None
    helps: list[Help] = []
    for raw in query_partition(Assist, f"ASSIST#{assist_id}"):
        sk = raw["sk"]["S"]
        if sk == "ASSIST":
            assist = Assist.from_raw_data(raw)
        elif sk.startswith("HELP#"):
            helps.append(Help.from_raw_data(raw))
    if assist is None:
        raise AssistNotFound(details={"assist_id": assist_id})
    return assist, sorted(helps, key=lambda h: (h.created_at, h.helper_id))


def view(a: Assist, helps: list[Help] | None = None, *, viewer_id: str | None = None) -> dict[str, Any]:
    """An assist as anyone logged in sees it: progress, counted helpers, time left."""
    state = state_of(a)
    seconds_left = 0
    if state == OPEN:
        seconds_left = max(0, math.ceil((clock.parse_iso(a.expires_at) - clock.now()).total_seconds()))
    count, needed = int(a.helps), int(a.helps_needed)
    out: dict[str, Any] = {
        "assist_id": a.assist_id,
        "campaign_id": a.campaign_id,
        "campaign_name": a.campaign_name,
        "initiator": {"nickname": a.initiator_nickname, "avatar_url": a.initiator_avatar_url},
        "state": state,
        "helps_needed": needed,
        "helps": count,
        "helps_left": max(0, needed - count),
        "started_at": a.started_at,
        "expires_at": a.expires_at,
        "seconds_left": seconds_left,
        "completed_at": a.completed_at,
        "reward": {"name": a.reward_name, "status": a.reward_status},
        "share": share_of(a),
    }
    if helps is not None:
        out["helpers"] = [
            {"nickname": h.nickname, "avatar_url": h.avatar_url, "helped_at": h.created_at}
            for h in helps
            if h.counted
        ]
    if viewer_id is not None:
        mine = next((h for h in helps or [] if h.helper_id == viewer_id), None)
        out["viewer"] = {"is_initiator": viewer_id == a.initiator_id, "helped": mine is not None}
    return out


def detail(assist_id: str, viewer_id: str) -> dict[str, Any]:
    assist, helps = with_helps(assist_id)
    return view(assist, helps, viewer_id=viewer_id)


def mine(member_id: str, limit: int = 50) -> list[dict[str, Any]]:
    """The member's assists, newest first (one Query on gsi1)."""
    return [
        view(a)
        for a in Assist.gsi1.query(Assist.initiator_key(member_id), scan_index_forward=False, limit=limit)
    ]
