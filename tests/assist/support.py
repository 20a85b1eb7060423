"""Helpers for the assist tests: campaigns with sensible defaults, members, tokens, outcomes."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from assist_app import handler

from siyu import clock
from siyu.assist import assists, campaigns, helping
from siyu.assist.models import Assist, Help, StatsShard
from siyu.assist.schemas import CampaignIn
from siyu.coupons import templates
from siyu.errors import SiyuError
from siyu.members.models import Member
from tests.conftest import Api
from tests.support import events

api = Api(handler)


def make_member(
    member_id: str, joined_minutes_ago: float = 60 * 24 * 30, nickname: str | None = None
) -> Member:
    member = Member(
        *Member.key(member_id),
        member_id=member_id,
        open_id=f"openid-{member_id}",
        nickname=nickname or f"友{member_id}",
        avatar_url=f"https://img.example.com/{member_id}.png",
        created_at=clock.iso(clock.now() - timedelta(minutes=joined_minutes_ago)),
    )
    member.save()
    return member


def make_coupon_template(**overrides: Any) -> templates.CouponTemplate:
    now = clock.now()
    spec: dict[str, Any] = {
        "name": "满30减5",
        "terms": {"kind": "threshold", "amount_off_fen": 500, "min_spend_fen": 3000},
        "validity": {"kind": "relative", "days": 7},
        "total_stock": 100,
        "claim_starts_at": (now - timedelta(hours=1)).isoformat(),
        "claim_ends_at": (now + timedelta(days=30)).isoformat(),
        "obtain": "grant",
    }
    spec.update(overrides)
    return templates.create(templates.TemplateIn.model_validate(spec), created_by="test")


def campaign_spec(**overrides: Any) -> CampaignIn:
    now = clock.now()
    spec: dict[str, Any] = {
        "name": "三人助力得满30减5",
        "reward": {"kind": "points", "points": 100},
        "helps_needed": 3,
        "hours_to_complete": 24,
        "starts_at": (now - timedelta(hours=1)).isoformat(),
        "ends_at": (now + timedelta(days=7)).isoformat(),
        "helps_per_helper_per_day": 3,
    }
    spec.update(overrides)
    return CampaignIn.model_validate(spec)


def make_campaign(**overrides: Any) -> campaigns.Campaign:
    return campaigns.create(campaign_spec(**overrides), created_by="test")


def start(member_id: str, campaign_id: str, **kwargs: Any) -> Assist:
    return assists.start(member_id, campaign_id, **kwargs).assist


def help_outcome(helper_id: str, assist_id: str) -> tuple[str, Any]:
    """("OK", HelpOutcome) or (error code, zh-CN message), straight from the domain.

    Concurrency tests call the domain, not the handler: the Powertools resolver keeps the
    current request on the shared app object, and Lambda never runs two requests in one
    process at once."""
    try:
        return "OK", helping.help_assist(helper_id, assist_id)
    except SiyuError as exc:
        return exc.code, exc.message


def fresh_assist(assist_id: str) -> Assist:
    return Assist.get(*Assist.key(assist_id), consistent_read=True)


def helps_of(assist_id: str) -> list[Help]:
    return list(Help.query(f"ASSIST#{assist_id}", Help.sk.startswith("HELP#"), consistent_read=True))


def shard_totals(campaign_id: str) -> dict[str, int]:
    shards = list(StatsShard.query(f"ACAMP#{campaign_id}", StatsShard.sk.startswith("STATS#")))
    return {
        name: sum(int(getattr(s, name) or 0) for s in shards)
        for name in (
            "starts",
            "completions",
            "helps",
            "new_members",
            "new_members_completed",
            "flagged",
            "uncounted",
        )
    }


def snapshot(assist_id: str, helper_id: str) -> dict[str, Any]:
    """Everything a help could change, to assert that a refused one changed nothing."""
    from siyu.assist.models import Counter

    a = fresh_assist(assist_id)
    counters = sorted((c.sk, int(c.n)) for c in Counter.query(f"MEMBER#{helper_id}"))
    return {
        "helps": int(a.helps),
        "uncounted": int(a.uncounted),
        "status": a.status,
        "help_items": len(helps_of(assist_id)),
        "helper_counters": counters,
        "events": len(events()),
    }
