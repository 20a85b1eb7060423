"""Tasks (每日任务): configured by the operations team, each with points and a limit per
day or once. Share and browse are reported by the mini-program (browse only after
the configured seconds since it was started on the server); check-in, first order,
assist, invite and comment complete only from what the server sees: the check-in itself
and domain events (comment: the day's first review, siyu.reviews). A completion is one
transaction: progress (condition: the count read, below the limit), the points with
their (source, ref) guard, and a `TaskCompleted` event.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from pynamodb.exceptions import PutError, TransactWriteError
from pynamodb.expressions.update import Action
from pynamodb.transactions import TransactWrite

from siyu import clock
from siyu.db import transaction
from siyu.errors import define_error
from siyu.events import DomainEvent
from siyu.members import account, levels, rules
from siyu.members.account import ATTEMPTS, AccountChange, MemberBusy, explain
from siyu.members.models import TaskProgress, TaskStart
from siyu.members.schemas import TaskRule
from siyu.observability import logger

TaskNotFound = define_error("TASK_NOT_FOUND", 404, "任务不存在或已下线")
TaskNotClaimable = define_error("TASK_NOT_CLAIMABLE", 403, "该任务完成后由系统自动发放奖励")
TaskLimitReached = define_error("TASK_LIMIT_REACHED", 409, "该任务的完成次数已达上限")
TaskNotStarted = define_error("TASK_NOT_STARTED", 409, "请先开始浏览任务")
TaskTooEarly = define_error("TASK_TOO_EARLY", 409, "浏览时间不足，请稍后再领取")

DAILY_PROGRESS_RETENTION = timedelta(days=40)
START_GRACE = timedelta(minutes=10)  # to claim a browse task once its seconds are up


@dataclass(frozen=True)
class TaskCompletion:
    task_id: str
    done: int
    limit: int
    points: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "task_id": self.task_id,
            "done": self.done,
            "limit": self.limit,
            "completed": self.done >= self.limit,
            "points": self.points,
        }


def _period(task: TaskRule, now: datetime) -> str:
    return task.period_key(clock.shanghai_day(now).isoformat())


def stage_completion(
    tx: TransactWrite,
    pending: AccountChange,
    task: TaskRule,
    *,
    period: str,
    ref: str,
    now: datetime,
    done_before: int = 0,
    target: str | None = None,
) -> None:
    """Add one completion to a transaction: progress from `done_before` to +1 (condition:
    still `done_before`, below the limit), the task's points (or a zero-point guard), the event."""
    if done_before >= task.limit:
        raise TaskLimitReached(details={"task_id": task.task_id, "limit": task.limit})
    member_id = pending.before.member_id
    actions: list[Action] = [
        TaskProgress.done.set(done_before + 1),
        TaskProgress.task_id.set(task.task_id),
        TaskProgress.period.set(period),
        TaskProgress.updated_at.set(clock.iso(now)),
    ]
    if task.period == "day":
        actions.append(TaskProgress.ttl.set(clock.epoch(now + DAILY_PROGRESS_RETENTION)))
    tx.update(
        TaskProgress(*TaskProgress.key(member_id, period, task.task_id)),
        actions=actions,
        condition=TaskProgress.pk.does_not_exist() if done_before == 0 else TaskProgress.done == done_before,
        return_values="ALL_OLD",
    )
    if task.points > 0:
        pending.points(task.points, reason=f"完成任务：{task.title}", source="task", ref=ref)
    else:
        pending.mark("task", ref)
    pending.event(
        "TaskCompleted",
        {
            "task_id": task.task_id,
            "kind": task.kind,
            "period": period,
            "points": task.points,
            "ref": ref,
            "target": target,
        },
    )


def _done(member_id: str, period: str, task_id: str) -> int:
    try:
        return int(TaskProgress.get(*TaskProgress.key(member_id, period, task_id), consistent_read=True).done)
    except TaskProgress.DoesNotExist:
        return 0


def _complete(
    member_id: str, task: TaskRule, *, ref: str, consume_start: bool = False, target: str | None = None
) -> TaskCompletion | None:
    """One completion; None if this ref was completed before (a replayed event)."""
    now = clock.now()
    period = _period(task, now)
    ladder = rules.load().levels
    snapshot = account.read(member_id)
    for _ in range(ATTEMPTS):
        done = _done(member_id, period, task.task_id)
        start = _started(member_id, task, now) if consume_start else None
        pending = AccountChange(snapshot, ladder, now)
        try:
            with transaction() as tx:
                stage_completion(
                    tx, pending, task, period=period, ref=ref, now=now, done_before=done, target=target
                )
                if start is not None:  # a start pays for one completion only
                    tx.delete(start, condition=TaskStart.started_at == start.started_at)
                pending.stage(tx)
        except TransactWriteError as exc:
            failure = explain(exc)
            if failure.guard(member_id) is not None:
                return None
            snapshot = failure.account(member_id) or account.read(member_id)
            continue
        pending.committed()
        return TaskCompletion(task.task_id, done + 1, task.limit, task.points)
    raise MemberBusy()


def _started(member_id: str, task: TaskRule, now: datetime) -> TaskStart:
    try:
        start = TaskStart.get(*TaskStart.key(member_id, task.task_id), consistent_read=True)
    except TaskStart.DoesNotExist:
        raise TaskNotStarted() from None
    if clock.epoch(now) >= int(start.ttl):  # expired (DynamoDB's TTL deletes late)
        raise TaskNotStarted()
    ready_at = clock.parse_iso(start.started_at) + timedelta(seconds=task.browse_seconds or 0)
    if now < ready_at:
        raise TaskTooEarly(details={"seconds_left": math.ceil((ready_at - now).total_seconds())})
    return start


def _client_task(task_id: str) -> TaskRule:
    task = rules.load().task(task_id)
    if task is None or not task.enabled:
        raise TaskNotFound(details={"task_id": task_id})
    if not task.client_claimable:
        raise TaskNotClaimable(details={"task_id": task_id, "kind": task.kind})
    return task


def start(member_id: str, task_id: str) -> dict[str, Any]:
    """Start a browse task: the server clock times it, the client cannot. A start is good
    for `browse_seconds` + START_GRACE; starting again meanwhile returns the same start."""
    task = _client_task(task_id)
    if task.kind != "browse":
        raise TaskNotClaimable("该任务无需开始计时", details={"task_id": task_id, "kind": task.kind})
    now = clock.now()
    seconds = task.browse_seconds or 0
    started = TaskStart(
        *TaskStart.key(member_id, task_id),
        task_id=task_id,
        started_at=clock.iso(now),
        ttl=clock.epoch(now + timedelta(seconds=seconds) + START_GRACE),
    )
    try:
        started.save(condition=TaskStart.pk.does_not_exist() | (TaskStart.ttl <= clock.epoch(now)))
    except PutError:
        started = TaskStart.get(*TaskStart.key(member_id, task_id), consistent_read=True)
    begun = clock.parse_iso(started.started_at)
    return {
        "task_id": task_id,
        "started_at": started.started_at,
        "complete_after": clock.iso(begun + timedelta(seconds=seconds)),
        "expires_at": clock.iso(datetime.fromtimestamp(int(started.ttl), tz=UTC)),
    }


def complete(member_id: str, task_id: str, *, claim_id: str, target: str | None = None) -> TaskCompletion:
    """A completion the member reports (share, browse). The route makes client
    retries idempotent (Idempotency-Key); the limit holds under concurrency by the progress
    condition."""
    task = _client_task(task_id)
    done = _done(member_id, _period(task, clock.now()), task_id)
    if done >= task.limit:
        raise TaskLimitReached(details={"task_id": task_id, "limit": task.limit})
    completion = _complete(
        member_id, task, ref=f"{task_id}:{claim_id}", consume_start=task.kind == "browse", target=target
    )
    if completion is None:  # pragma: no cover - claim ids are fresh per request
        raise TaskLimitReached(details={"task_id": task_id, "limit": task.limit})
    return completion


def list_tasks(member_id: str) -> dict[str, Any]:
    """Every enabled task with today's progress (one BatchGetItem)."""
    config = rules.load()
    day = clock.shanghai_day().isoformat()
    enabled = config.enabled_tasks()
    keys = [TaskProgress.key(member_id, t.period_key(day), t.task_id) for t in enabled]
    done = {(p.pk, p.sk): int(p.done) for p in TaskProgress.batch_get(keys)} if keys else {}
    items = []
    for task, key in zip(enabled, keys, strict=True):
        count = done.get(key, 0)
        items.append(
            {
                "task_id": task.task_id,
                "kind": task.kind,
                "title": task.title,
                "description": task.description,
                "points": task.points,
                "period": task.period,
                "limit": task.limit,
                "done": count,
                "completed": count >= task.limit,
                "claimable": task.client_claimable,
                "browse_seconds": task.browse_seconds,
            }
        )
    return {"day": day, "tasks": items}


def complete_observed(member_id: str, kind: str, fact: str) -> list[TaskCompletion]:
    """Complete every enabled task of `kind` for a fact the server observed (`fact` names it,
    e.g. `order:<order_id>`): once per fact, within each task's limit."""
    completed = []
    for task in rules.load().enabled_tasks(kind):
        try:
            result = _complete(member_id, task, ref=f"{task.task_id}:{fact}")
        except TaskLimitReached:
            continue
        if result is not None:
            completed.append(result)
    return completed


def on_event(event: DomainEvent) -> None:
    """Server-observed tasks and growth from domain events. Delivery is at least once: every
    step is idempotent by the fact it records (order, assist, invitee), so by event too.
    An event without the fields it needs is logged and skipped (retrying cannot fix it)."""
    data = event.data
    try:
        if event.type == "OrderPaid" and event.member_id:
            order_id = str(data["order_id"])
            amount = int(data.get("amount_fen", 0))
            if amount > 0:
                levels.add_growth(event.member_id, spent_fen=amount, source="order", ref=order_id)
            if data.get("first_order"):
                complete_observed(event.member_id, "first_order", f"order:{order_id}")
        elif event.type == "OrderRefunded" and event.member_id and int(data.get("amount_fen", 0)) > 0:
            refund = str(data.get("refund_id") or data["order_id"])
            levels.add_growth(
                event.member_id, spent_fen=-int(data["amount_fen"]), source="refund", ref=refund
            )
        elif event.type == "AssistCompleted":
            initiator = str(data.get("initiator_id") or event.member_id or "")
            if initiator:
                complete_observed(initiator, "assist", f"assist:{data['assist_id']}")
        elif event.type == "ProductReviewed" and event.member_id:
            # Once per Shanghai day, whatever the number of reviews (siyu.reviews completes
            # it inline with the same fact; whichever runs second finds it done).
            complete_observed(event.member_id, "comment", f"review-day:{data['day']}")
        elif event.type in ("MemberInvited", "MemberRegistered"):
            inviter = data.get("inviter_id")
            invitee = data.get("invitee_id") or event.member_id
            if inviter and invitee and inviter != invitee:
                complete_observed(str(inviter), "invite", f"invite:{invitee}")
        else:
            logger.debug("event ignored by members", extra={"type": event.type})
    except (KeyError, TypeError, ValueError) as exc:
        logger.warning(
            "malformed event skipped", extra={"event_id": event.id, "type": event.type, "error": repr(exc)}
        )
