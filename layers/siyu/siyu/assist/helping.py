"""A friend's help (助力): exact under any concurrency, and the help that reaches N
completes the assist and grants the reward in the same step.

Before writing, one BatchGetItem reads the assist, the helper's help (a retry finds it) and
the helper's profile (join time for the new-member rule and the fresh-account flag, and the
nickname and avatar shown to the initiator). Then one TransactWriteItems:

- the help, keyed by assist + helper, condition: not there yet (one help per helper);
- the assist: count + 1, condition OPEN, not expired, and count < N-1 — or, for the help
  that completes it, count == N-1, and status → COMPLETED with the reward's outcome; a help
  that the abuse rules do not count only adds to `uncounted` (condition OPEN, not expired);
- the helper's counter for the campaign and Shanghai day, condition < the campaign's limit;
- the helper's and the initiator's rate-window counters, condition < the rules' limits;
- the initiator's burst counter, condition < the burst threshold unless the help is
  already flagged INITIATOR_BURST (a refusal there means "flag it": retried flagged);
- a report counter shard and `AssistHelped`;
- on completion also: the reward (`siyu.coupons.grant(..., tx=tx)` or
  `siyu.members.points.stage_change(tx, ...)`, both idempotent by the assist id), the
  member's start record (no open assist any more) and `AssistCompleted`.

A cancelled transaction is mapped by the items that refused (never by position): an
existing help is a replay, the assist says completed or expired, a counter says which
limit; a count that moved, a burst or a conflict is retried with a fresh read. If the
reward refuses (coupon sold out, paused), the assist still completes, with the reward
recorded as FAILED for operators — a friend's help is never refused for the shop's stock.

Self-help and the new-member rule are checked against what was read: the initiator and a
member's first-login time never change, so there is nothing for a race to move.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from pynamodb.exceptions import TransactWriteError
from pynamodb.transactions import TransactWrite

from siyu import clock, coupons
from siyu.assist import campaigns, stats
from siyu.assist.errors import (
    AssistBusy,
    AssistCompleted,
    AssistExpired,
    AssistNotFound,
    CampaignPaused,
    DailyLimitReached,
    HelperRateLimited,
    InitiatorRateLimited,
    MemberNotFound,
    NewMembersOnly,
    SelfHelp,
)
from siyu.assist.models import COMPLETED, OPEN, PAUSED, Assist, Counter, Help, StartRecord
from siyu.assist.rules import FRESH_ACCOUNT, INITIATOR_BURST
from siyu.assist.rules import load as load_rules
from siyu.assist.schemas import AssistRules, CouponReward, Window, parse_reward
from siyu.assist.store import read_many
from siyu.coupons.errors import CouponAlreadyGranted, CouponBusy
from siyu.db import transaction
from siyu.errors import SiyuError
from siyu.events import DomainEvent, stage
from siyu.members import points
from siyu.members.models import Member
from siyu.txn import cancelled, value

ATTEMPTS = 8
GRANTED, FAILED = "GRANTED", "FAILED"
DAY_COUNTER_RETENTION = timedelta(days=2)


@dataclass(frozen=True)
class HelpOutcome:
    help: Help
    assist: Assist  # as this help left it (or as read, for a replay)
    replayed: bool  # the helper had helped this assist before: nothing was written
    completed: bool  # this help completed the assist


@dataclass
class Attempt:
    """What one try stages, and what earlier refused tries taught it."""

    burst_flagged: bool = False
    reward_failed: str | None = None  # error code of a reward that refused
    reward_given: bool = False  # the reward's own guard says it was given already
    keep_pointer: bool = False  # the start record no longer points at this assist


@dataclass
class Plan:
    assist: Assist
    helper: Member
    help: Help
    rules: AssistRules
    day: str
    now_iso: str
    epoch: int
    counted: bool
    completing: bool
    is_new: bool
    flags: list[str] = field(default_factory=list)
    reward_status: str | None = None
    reward_ref: str | None = None


def _backoff(attempt: int) -> None:
    time.sleep(random.uniform(0, 0.01 * 2**attempt))


# ---------------------------------------------------------------- keys of the counters
def day_key(helper_id: str, campaign_id: str, day: str) -> tuple[str, str]:
    return f"MEMBER#{helper_id}", f"AHELPDAY#{campaign_id}#{day}"


def window_key(member_id: str, kind: str, window: Window, epoch: int) -> tuple[str, str]:
    return f"MEMBER#{member_id}", f"{kind}#{window.minutes}#{window.index(epoch)}"


def _count(tx: TransactWrite, key: tuple[str, str], limit: int | None, ttl: int) -> None:
    """+1 on a counter; with `limit`, only while it stays at most `limit`."""
    condition = (Counter.n.does_not_exist() | (Counter.n < limit)) if limit is not None else None
    tx.update(
        Counter(*key),
        actions=[Counter.n.add(1), Counter.ttl.set(ttl)],
        condition=condition,
        return_values="ALL_OLD",
    )


# ---------------------------------------------------------------- the help
def help_assist(helper_id: str, assist_id: str) -> HelpOutcome:
    """Record `helper_id`'s help on an assist: once per helper, within every limit."""
    rules = load_rules()
    attempt = Attempt()
    for n in range(ATTEMPTS):
        assist, existing, helper = read_many(
            [
                (Assist, Assist.key(assist_id)),
                (Help, Help.key(assist_id, helper_id)),
                (Member, Member.key(helper_id)),
            ]
        )
        if assist is None:
            raise AssistNotFound(details={"assist_id": assist_id})
        if existing is not None:
            return HelpOutcome(existing, assist, replayed=True, completed=False)
        plan = _plan(assist, helper, helper_id, rules, attempt)
        try:
            with transaction() as tx:
                _stage(tx, plan, attempt)
        except TransactWriteError as exc:
            conflict = _learn(exc, plan, attempt)
            if conflict:
                _backoff(n)
            continue
        return HelpOutcome(plan.help, _after(plan), replayed=False, completed=plan.completing)
    raise AssistBusy()


def _plan(
    assist: Assist, helper: Member | None, helper_id: str, rules: AssistRules, attempt: Attempt
) -> Plan:
    """The rules checked on what was read, and what this help will be."""
    if helper_id == assist.initiator_id:
        raise SelfHelp()
    if helper is None:
        raise MemberNotFound(details={"member_id": helper_id})
    now = clock.now()
    now_iso = clock.iso(now)
    if assist.status == COMPLETED:
        raise AssistCompleted(details={"assist_id": assist.assist_id})
    if assist.expires_at <= now_iso:
        raise AssistExpired(details={"assist_id": assist.assist_id, "expires_at": assist.expires_at})
    if campaigns.get(assist.campaign_id).status == PAUSED:
        raise CampaignPaused(details={"campaign_id": assist.campaign_id})
    if assist.new_since and helper.created_at < assist.new_since:
        raise NewMembersOnly(details={"joined_before": assist.new_since})

    flags = []
    joined = clock.parse_iso(helper.created_at)
    if rules.fresh_account_minutes and now - joined < timedelta(minutes=rules.fresh_account_minutes):
        flags.append(FRESH_ACCOUNT)
    if attempt.burst_flagged:
        flags.append(INITIATOR_BURST)
    counted = not flags or rules.count_flagged
    completing = counted and int(assist.helps) == int(assist.helps_needed) - 1
    is_new = helper.created_at >= assist.started_at
    help_item = Help(
        *Help.key(assist.assist_id, helper_id),
        assist_id=assist.assist_id,
        campaign_id=assist.campaign_id,
        initiator_id=assist.initiator_id,
        helper_id=helper_id,
        nickname=helper.nickname,
        avatar_url=helper.avatar_url,
        helper_joined_at=helper.created_at,
        is_new=is_new,
        counted=counted,
        flags=flags,
        created_at=now_iso,
    )
    if flags:  # listed for operators, newest first
        help_item.gsi1pk = Help.flags_key(assist.campaign_id)
        help_item.gsi1sk = f"{now_iso}#{assist.assist_id}#{helper_id}"
    return Plan(
        assist=assist,
        helper=helper,
        help=help_item,
        rules=rules,
        day=clock.shanghai_day(now).isoformat(),
        now_iso=now_iso,
        epoch=clock.epoch(now),
        counted=counted,
        completing=completing,
        is_new=is_new,
        flags=flags,
    )


def _stage(tx: TransactWrite, plan: Plan, attempt: Attempt) -> None:
    """One help is one transaction: the help, the assist's count (and its completion with the
    reward), the helper's and initiator's limits, the statistics, the events."""
    a = plan.assist
    tx.save(plan.help, condition=Help.pk.does_not_exist(), return_values="ALL_OLD")
    _stage_assist(tx, plan, attempt)
    _stage_limits(tx, plan, attempt)
    new_in_completed = int(a.new_helpers) + int(plan.is_new) if plan.completing else 0
    stats.stage(
        tx,
        a.campaign_id,
        helps=int(plan.counted),
        new_members=int(plan.counted and plan.is_new),
        flagged=int(bool(plan.flags)),
        uncounted=int(not plan.counted),
        completions=int(plan.completing),
        new_members_completed=new_in_completed,
        rewards_failed=int(plan.completing and plan.reward_status == FAILED),
    )
    stage(
        tx,
        DomainEvent(
            type="AssistHelped",
            member_id=plan.help.helper_id,
            data={
                "assist_id": a.assist_id,
                "campaign_id": a.campaign_id,
                "initiator_id": a.initiator_id,
                "is_new": plan.is_new,
                "counted": plan.counted,
                "flags": plan.flags,
                "helps": int(a.helps) + int(plan.counted),
                "helps_needed": int(a.helps_needed),
            },
        ),
    )
    if plan.completing:
        _stage_completion(tx, plan, attempt, new_in_completed)


def _stage_assist(tx: TransactWrite, plan: Plan, attempt: Attempt) -> None:
    """The assist's count, bounded by helps_needed: the last help completes it (with the reward)."""
    a = plan.assist
    needed = int(a.helps_needed)
    live = (Assist.status == OPEN) & (Assist.expires_at > plan.now_iso)
    actions: list[Any] = []
    if not plan.counted:
        actions.append(Assist.uncounted.add(1))
        condition = live
    elif plan.completing:
        _stage_reward(tx, plan, attempt)
        actions += [
            Assist.helps.add(1),
            Assist.status.set(COMPLETED),
            Assist.completed_at.set(plan.now_iso),
            Assist.reward_status.set(plan.reward_status or FAILED),
        ]
        if plan.reward_ref:
            actions.append(Assist.reward_ref.set(plan.reward_ref))
        if attempt.reward_failed:
            actions.append(Assist.reward_error.set(attempt.reward_failed))
        condition = live & (Assist.helps == needed - 1)
    else:
        actions.append(Assist.helps.add(1))
        condition = live & (Assist.helps < needed - 1)
    if plan.counted and plan.is_new:
        actions.append(Assist.new_helpers.add(1))
    tx.update(Assist(*Assist.key(a.assist_id)), actions=actions, condition=condition, return_values="ALL_OLD")


def _stage_limits(tx: TransactWrite, plan: Plan, attempt: Attempt) -> None:
    """The helper's daily helps, the helper's and initiator's rate windows, the burst counter."""
    a, rules = plan.assist, plan.rules
    day_ttl = clock.epoch(clock.parse_iso(plan.now_iso) + DAY_COUNTER_RETENTION)
    _count(
        tx, day_key(plan.help.helper_id, a.campaign_id, plan.day), int(a.helps_per_helper_per_day), day_ttl
    )
    for kind, member_id, window, limited in (
        ("AHELPRATE", plan.help.helper_id, rules.helper_limit, True),
        ("ARECV", a.initiator_id, rules.initiator_limit, True),
        ("ABURST", a.initiator_id, rules.burst, not attempt.burst_flagged),
    ):
        ttl = window.ends_at(plan.epoch) + 86400
        _count(tx, window_key(member_id, kind, window, plan.epoch), window.max if limited else None, ttl)


def _stage_completion(tx: TransactWrite, plan: Plan, attempt: Attempt, new_in_completed: int) -> None:
    """The initiator may start again (their open-assist pointer cleared) and AssistCompleted."""
    a = plan.assist
    if not attempt.keep_pointer:
        tx.update(
            StartRecord(*StartRecord.key(a.initiator_id, a.campaign_id)),
            actions=[StartRecord.open_assist_id.remove(), StartRecord.open_expires_at.remove()],
            condition=StartRecord.open_assist_id == a.assist_id,
            return_values="ALL_OLD",
        )
    stage(
        tx,
        DomainEvent(
            type="AssistCompleted",
            member_id=a.initiator_id,
            data={
                "assist_id": a.assist_id,
                "campaign_id": a.campaign_id,
                "initiator_id": a.initiator_id,
                "helps": int(a.helps_needed),
                "new_members": new_in_completed,
                "reward": parse_reward(a.reward).model_dump(),
                "reward_name": a.reward_name,
                "reward_status": plan.reward_status,
                "reward_ref": plan.reward_ref,
                "reward_error": attempt.reward_failed,
                "completed_at": plan.now_iso,
            },
        ),
    )


def _stage_reward(tx: TransactWrite, plan: Plan, attempt: Attempt) -> None:
    """The reward joins the completing transaction; both kinds are keyed by the assist id."""
    a = plan.assist
    reward = parse_reward(a.reward)
    if attempt.reward_failed is not None:
        plan.reward_status = FAILED
        return
    if attempt.reward_given:  # points only: a coupon grant finds its own earlier coupon
        plan.reward_status, plan.reward_ref = GRANTED, f"assist:{a.assist_id}"
        return
    try:
        if isinstance(reward, CouponReward):
            plan.reward_ref = coupons.grant(
                a.initiator_id, reward.template_id, source="assist", source_ref=a.assist_id, tx=tx
            )
        else:
            points.stage_change(
                tx,
                a.initiator_id,
                reward.points,
                reason=f"助力成功：{a.campaign_name}",
                source="assist",
                ref=a.assist_id,
            )
            plan.reward_ref = f"assist:{a.assist_id}"
    except SiyuError as exc:  # refused before writing (template paused, ended, missing)
        attempt.reward_failed = exc.code
        plan.reward_status, plan.reward_ref = FAILED, None
        return
    plan.reward_status = GRANTED


# ---------------------------------------------------------------- a cancelled try
def _learn(exc: TransactWriteError, plan: Plan, attempt: Attempt) -> bool:
    """Raise the error a refused help means, or note what the next try must do differently.
    Returns whether the refusal was a conflict (then back off before retrying)."""
    failed = cancelled(exc)  # re-raises throttling, network: not a refusal
    mine: dict[str, dict[str, Any]] = {}
    conflict = failed.conflict
    others = failed.itemless > 0
    for (_, sk), raw in failed.items.items():
        kind = sk.split("#", 1)[0]
        if kind in ("HELP", "ASSIST", "AHELPDAY", "AHELPRATE", "ARECV", "ABURST", "ASTART"):
            mine[kind] = raw
        else:
            others = True  # the reward's items (coupon, points account)
    a = plan.assist
    if "HELP" in mine:
        return False  # the helper's help exists: the next read returns it
    if "ASSIST" in mine:
        raw = mine["ASSIST"]
        if value(raw, "status") == COMPLETED:
            raise AssistCompleted(details={"assist_id": a.assist_id}) from None
        if str(value(raw, "expires_at")) <= plan.now_iso:
            raise AssistExpired(details={"assist_id": a.assist_id, "expires_at": a.expires_at}) from None
    if "AHELPDAY" in mine:
        limit = int(a.helps_per_helper_per_day)
        raise DailyLimitReached(details={"limit": limit}) from None
    if "AHELPRATE" in mine:
        window = plan.rules.helper_limit
        retry_after = window.ends_at(plan.epoch) - plan.epoch
        raise HelperRateLimited(details={"retry_after_seconds": retry_after}) from None
    if "ARECV" in mine:
        window = plan.rules.initiator_limit
        retry_after = window.ends_at(plan.epoch) - plan.epoch
        raise InitiatorRateLimited(details={"retry_after_seconds": retry_after}) from None
    if "ABURST" in mine:
        attempt.burst_flagged = True
    if "ASTART" in mine:
        attempt.keep_pointer = True
    if others and not mine and plan.completing:
        _learn_reward(exc, plan, attempt)
    return conflict


def _learn_reward(exc: TransactWriteError, plan: Plan, attempt: Attempt) -> None:
    initiator = plan.assist.initiator_id
    if isinstance(parse_reward(plan.assist.reward), CouponReward):
        failure = coupons.issue_failure(exc)
        # Already granted: the next try's grant finds that coupon. Busy: just try again.
        if failure is not None and not isinstance(failure, (CouponAlreadyGranted, CouponBusy)):
            attempt.reward_failed = failure.code  # sold out, paused: complete without it
        return
    if points.already_applied(exc, initiator) is not None:
        attempt.reward_given = True
    # Otherwise the initiator's points account moved (a check-in meanwhile): try again.


def _after(plan: Plan) -> Assist:
    """The assist as this help left it, without reading it again."""
    a = plan.assist
    if plan.counted:
        a.helps = int(a.helps) + 1
        if plan.is_new:
            a.new_helpers = int(a.new_helpers) + 1
    else:
        a.uncounted = int(a.uncounted) + 1
    if plan.completing:
        a.status = COMPLETED
        a.completed_at = plan.now_iso
        a.reward_status = plan.reward_status
        a.reward_ref = plan.reward_ref
    return a


def help_view(h: Help) -> dict[str, Any]:
    """The helper's own help, as they see it (flags stay with operators)."""
    return {"helped_at": h.created_at, "counted": bool(h.counted), "is_new": bool(h.is_new)}
