"""Firing schedules on the runtime's clock (`siyu.clock`, which a developer may shift):

- `SchedulerPoller`: every EventBridge Scheduler schedule in moto — those the template
  declares and the one-time `at(…)` schedules the code creates at run time (moto stores them
  but never fires them). Context attributes (`<aws.scheduler.scheduled-time>`, …) are filled
  into the Input, ActionAfterCompletion DELETE is honoured, failures follow the RetryPolicy
  and end in the DeadLetterConfig queue.
- `RuleSchedules`: EventBridge rules with a ScheduleExpression (SAM `Schedule` events),
  which send the "Scheduled Event" shape.

A clock jump across several occurrences of a recurring schedule fires it once.
"""

from __future__ import annotations

import contextlib
import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from siyu_local import schedule_expr
from siyu_local.targets import LAMBDA_ASYNC_RETRIES, Deliveries, Delivery, apply_input, scheduled_event
from siyu_local.template import LOCAL_ACCOUNT, Stack
from siyu_local.wiring import Rule

log = logging.getLogger("siyu_local")
Key = tuple[str, str]  # (group, name)


def _aware(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class _Entry:
    key: Key
    arn: str
    modified: Any
    expression: schedule_expr.At | schedule_expr.Rate | schedule_expr.Cron | None
    enabled: bool
    start: datetime | None
    end: datetime | None
    target: dict[str, Any]
    delete_after: bool
    next_fire: datetime | None = None
    in_flight: bool = False


class SchedulerPoller:
    def __init__(self, client: Any, deliveries: Deliveries, *, retry_base: float = 1.0) -> None:
        self.client = client
        self.deliveries = deliveries
        self.retry_base = retry_base
        self.entries: dict[Key, _Entry] = {}
        self.completed: set[Key] = set()  # one-time schedules that fired (ActionAfterCompletion NONE)
        self._invalid: dict[Key, Any] = {}

    def _list(self) -> dict[Key, Any]:
        listed: dict[Key, Any] = {}
        token = None
        while True:
            page = self.client.list_schedules(**({"NextToken": token} if token else {}))
            for item in page.get("Schedules", []):
                listed[(item["GroupName"], item["Name"])] = item.get("LastModificationDate")
            token = page.get("NextToken")
            if not token:
                return listed

    def _load(self, key: Key, modified: Any, now: datetime) -> _Entry | None:
        group, name = key
        try:
            spec = self.client.get_schedule(GroupName=group, Name=name)
        except self.client.exceptions.ResourceNotFoundException:
            return None
        try:
            expression = schedule_expr.parse(
                spec["ScheduleExpression"], spec.get("ScheduleExpressionTimezone", "UTC")
            )
        except ValueError as exc:
            if self._invalid.get(key) != modified:
                log.error("schedule %s/%s is invalid and will never fire: %s", group, name, exc)
                self._invalid[key] = modified
            return None
        entry = _Entry(
            key=key,
            arn=spec["Arn"],
            modified=modified,
            expression=expression,
            enabled=spec.get("State", "ENABLED") == "ENABLED",
            start=_aware(spec.get("StartDate")),
            end=_aware(spec.get("EndDate")),
            target=spec["Target"],
            delete_after=spec.get("ActionAfterCompletion") == "DELETE",
        )
        entry.next_fire = self._first_fire(entry, now)
        return entry

    def _first_fire(self, entry: _Entry, now: datetime) -> datetime | None:
        expression = entry.expression
        if isinstance(expression, schedule_expr.At):
            return None if entry.key in self.completed else expression.when
        if isinstance(expression, schedule_expr.Rate):
            return entry.start if entry.start and entry.start > now else now + expression.every
        if expression is None:
            return None
        after = max(now, entry.start - timedelta(microseconds=1)) if entry.start else now
        return expression.next_after(after)

    def _following(self, entry: _Entry, fired: datetime, now: datetime) -> datetime | None:
        expression = entry.expression
        if isinstance(expression, schedule_expr.Rate):
            following = fired + expression.every
            return following if following > now else now + expression.every
        if isinstance(expression, schedule_expr.Cron):
            return expression.next_after(max(fired, now))
        return None  # at(…) fires once

    def tick(self, now: datetime, *, refresh: bool = True) -> int:
        """Fire what is due; with `refresh`, first read the schedules again (the runtime does
        so only after a Scheduler request changed them, or now and then)."""
        if refresh:
            self._refresh(now)
        fired = 0
        for entry in list(self.entries.values()):
            due = entry.next_fire
            if due is None or due > now or entry.in_flight:
                continue
            if entry.end is not None and due > entry.end:
                entry.next_fire = None
                continue
            entry.next_fire = self._following(entry, due, now)
            if entry.enabled:
                self._fire(entry, due, now)
                fired += 1
        return fired

    def _refresh(self, now: datetime) -> None:
        listed = self._list()
        for key in list(self.entries):
            if key not in listed:
                self._forget(key)
        for key, modified in listed.items():
            current = self.entries.get(key)
            if current is None or current.modified != modified:
                if current is not None:  # an update makes it a new schedule
                    self._forget(key)
                    self.completed.discard(key)
                entry = self._load(key, modified, now)
                if entry is not None:
                    self.entries[key] = entry

    def _forget(self, key: Key) -> None:
        self.entries.pop(key, None)
        self.deliveries.cancel(self._label(key))

    @staticmethod
    def _label(key: Key) -> str:
        return f"schedule {key[0]}/{key[1]}"

    def _fire(self, entry: _Entry, scheduled: datetime, now: datetime) -> None:
        target = entry.target
        policy = target.get("RetryPolicy") or {}
        execution_id = uuid.uuid4().hex[:16]

        def render(attempt: int) -> str:
            text = str(target.get("Input") or "")
            for name, value in (
                ("schedule-arn", entry.arn),
                ("scheduled-time", _iso(scheduled)),
                ("execution-id", execution_id),
                ("attempt-number", str(attempt)),
            ):
                text = text.replace(f"<aws.scheduler.{name}>", value)
            return text

        one_time = isinstance(entry.expression, schedule_expr.At)
        if one_time:
            entry.in_flight = True

        def done(_: bool) -> None:
            if not one_time:
                return
            entry.in_flight = False
            self.completed.add(entry.key)
            if entry.delete_after:
                with contextlib.suppress(self.client.exceptions.ResourceNotFoundException):
                    self.client.delete_schedule(GroupName=entry.key[0], Name=entry.key[1])
                self.entries.pop(entry.key, None)
                self.completed.discard(entry.key)
                log.info("%s deleted after completion", self._label(entry.key))

        self.deliveries.add(
            Delivery(
                label=self._label(entry.key),
                target_arn=str(target["Arn"]),
                render=render,
                scheduled=scheduled,
                max_retries=int(policy.get("MaximumRetryAttempts", 185)),
                max_age=timedelta(seconds=int(policy.get("MaximumEventAgeInSeconds", 86400))),
                dead_letter_arn=(target.get("DeadLetterConfig") or {}).get("Arn"),
                parameters={k: target[k] for k in ("EventBridgeParameters", "SqsParameters") if k in target},
                on_done=done,
                dead_letter_attributes={"SCHEDULE_ARN": entry.arn, "EXECUTION_ID": execution_id},
            ),
            now,
        )

    def describe(self) -> list[dict[str, Any]]:
        """For /_local/schedules."""
        return [
            {
                "group": e.key[0],
                "name": e.key[1],
                "enabled": e.enabled,
                "next_fire": _iso(e.next_fire) if e.next_fire else None,
                "target": str(e.target.get("Arn")),
            }
            for e in sorted(self.entries.values(), key=lambda e: e.key)
        ]


class RuleSchedules:
    """EventBridge schedule rules (default bus), firing their targets with the Scheduled Event."""

    def __init__(self, stack: Stack, rules: list[Rule], deliveries: Deliveries) -> None:
        self.stack = stack
        self.deliveries = deliveries
        self._rules: list[tuple[Rule, schedule_expr.At | schedule_expr.Rate | schedule_expr.Cron]] = []
        for rule in rules:
            if rule.schedule is None or not rule.enabled:
                continue
            try:
                self._rules.append((rule, schedule_expr.parse(rule.schedule)))
            except ValueError as exc:
                log.error("rule %s (%s) has an invalid schedule: %s", rule.name, rule.origin, exc)
        self.next_fire: dict[str, datetime | None] = {}

    def tick(self, now: datetime) -> int:
        fired = 0
        for rule, expression in self._rules:
            if rule.name not in self.next_fire:
                self.next_fire[rule.name] = expression.next_after(now)
            due = self.next_fire[rule.name]
            if due is None or due > now:
                continue
            following = expression.next_after(max(due, now))
            self.next_fire[rule.name] = following
            self._fire(rule, due, now)
            fired += 1
        return fired

    def _fire(self, rule: Rule, scheduled: datetime, now: datetime) -> None:
        arn = f"arn:{self.stack.partition}:events:{self.stack.region}:{LOCAL_ACCOUNT}:{rule.arn_path}"
        event = scheduled_event(arn, self.stack.region, scheduled, str(uuid.uuid4()))
        for target in rule.targets:
            payload = json.dumps(apply_input(event, target.input, target.input_path), ensure_ascii=False)
            retries = int(target.retry_policy.get("MaximumRetryAttempts", 185))
            if target.function is not None:
                retries = min(retries, LAMBDA_ASYNC_RETRIES)
            self.deliveries.add(
                Delivery(
                    label=f"rule {rule.name}",
                    target_arn=target.arn,
                    render=_constant(payload),
                    scheduled=scheduled,
                    max_retries=retries,
                    max_age=timedelta(
                        seconds=int(target.retry_policy.get("MaximumEventAgeInSeconds", 86400))
                    ),
                    dead_letter_arn=target.dead_letter_arn,
                ),
                now,
            )

    def describe(self) -> list[dict[str, Any]]:
        return [
            {
                "rule": rule.name,
                "origin": rule.origin,
                "expression": rule.schedule,
                "next_fire": _iso(n) if (n := self.next_fire.get(rule.name)) else None,
            }
            for rule, _ in self._rules
        ]


def _constant(payload: str) -> Callable[[int], str]:
    return lambda _attempt: payload
