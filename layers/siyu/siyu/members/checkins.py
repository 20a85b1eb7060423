"""Daily check-in (签到): one per member per Asia/Shanghai calendar day, points by the
streak, make-up (补签) of a missed day within a window at a points cost.

A check-in is one transaction: the day's record (natural key: a second one cannot exist),
the account (streak, points, ledger entries with their guards), check-in task progress and
the events. With a recent snapshot of the account in this container (the calendar was just
loaded) it is one DynamoDB round trip; otherwise a read first.
"""

from __future__ import annotations

import calendar as calendar_lib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pynamodb.exceptions import TransactWriteError

from siyu import clock
from siyu.db import transaction
from siyu.errors import define_error
from siyu.members import account, rules, tasks
from siyu.members.account import ATTEMPTS, AccountChange, MemberBusy, Snapshot, explain
from siyu.members.models import CheckinRecord, CountItem, member_pk

MakeupDisabled = define_error("MAKEUP_DISABLED", 409, "暂未开放补签")
MakeupOutOfWindow = define_error("MAKEUP_OUT_OF_WINDOW", 409, "该日期不在可补签范围内")
MakeupLimitReached = define_error("MAKEUP_LIMIT_REACHED", 409, "本月补签次数已用完")


@dataclass(frozen=True)
class CheckinResult:
    day: str
    streak: int  # the run of days ending at `day` when it was checked in
    points: int  # awarded for the check-in itself (task points show in the ledger)
    makeup: bool
    first_time: bool  # False when the day was already checked in: nothing was awarded now

    @classmethod
    def of_record(cls, record: CheckinRecord, first_time: bool) -> CheckinResult:
        return cls(
            day=record.day,
            streak=int(record.streak),
            points=int(record.points),
            makeup=bool(record.makeup),
            first_time=first_time,
        )


def _record(member_id: str, day: str, streak: int, points: int, makeup: bool) -> CheckinRecord:
    return CheckinRecord(
        *CheckinRecord.key(member_id, day),
        day=day,
        streak=streak,
        points=points,
        makeup=makeup,
        created_at=clock.now_iso(),
    )


def current_streak(snapshot: Snapshot, today: date) -> int:
    """The streak still alive today: checked in today or yesterday, else broken (0)."""
    if snapshot.checkin_day in (today.isoformat(), (today - timedelta(days=1)).isoformat()):
        return snapshot.checkin_streak
    return 0


def check_in(member_id: str) -> CheckinResult:
    """Check the member in for today's Shanghai day; a repeat returns the same result."""
    now = clock.now()
    today = clock.shanghai_day(now)
    day = today.isoformat()
    config = rules.load()
    snapshot = account.seen(member_id) or account.read(member_id)
    for _ in range(ATTEMPTS):
        if snapshot.checkin_day == day:
            return CheckinResult(day, snapshot.checkin_streak, snapshot.checkin_points, False, False)
        streak = current_streak(snapshot, today) + 1
        points = config.checkin.points_for(streak)
        pending = AccountChange(snapshot, config.levels, now)
        if points > 0:
            pending.points(points, reason=f"每日签到（连续{streak}天）", source="checkin", ref=day)
        pending.checkin(day=day, streak=streak, points=points, makeup=False)
        pending.event("MemberCheckedIn", {"day": day, "streak": streak, "points": points})
        try:
            with transaction() as tx:
                tx.save(
                    _record(member_id, day, streak, points, makeup=False),
                    condition=CheckinRecord.pk.does_not_exist(),
                    return_values="ALL_OLD",
                )
                for task in config.enabled_tasks("checkin"):
                    tasks.stage_completion(
                        tx, pending, task, period=day, ref=f"{task.task_id}:{day}", now=now
                    )
                pending.stage(tx)
        except TransactWriteError as exc:
            failure = explain(exc)
            existing = failure.model(CheckinRecord, *CheckinRecord.key(member_id, day))
            if existing is not None:
                return CheckinResult.of_record(existing, first_time=False)
            snapshot = failure.account(member_id) or account.read(member_id)
            continue
        pending.committed()
        return CheckinResult(day, streak, points, False, True)
    raise MemberBusy()


def _records_between(member_id: str, first: date, last: date) -> dict[str, CheckinRecord]:
    """The member's check-ins from `first` to `last` (one consistent Query), by day."""
    found = CheckinRecord.query(
        member_pk(member_id),
        CheckinRecord.sk.between(f"CHECKIN#{first.isoformat()}", f"CHECKIN#{last.isoformat()}"),
        consistent_read=True,
    )
    return {r.day: r for r in found}


def _run_after(
    records: dict[str, CheckinRecord], day: date, streak: int
) -> tuple[list[tuple[CheckinRecord, int]], date, int]:
    """The run after a made-up day now continues it: its records renumbered (at most the
    window), the run's last day and streak."""
    renumbered: list[tuple[CheckinRecord, int]] = []
    run_end, run_streak, cursor = day, streak, day + timedelta(days=1)
    while cursor.isoformat() in records:
        run_streak += 1
        renumbered.append((records[cursor.isoformat()], run_streak))
        run_end, cursor = cursor, cursor + timedelta(days=1)
    return renumbered, run_end, run_streak


def make_up(member_id: str, day: date) -> CheckinResult:
    """Check in a missed day within the window, paying the configured points. The streak
    is recomputed: filling a gap joins the runs on either side. A repeat returns the record."""
    now = clock.now()
    today = clock.shanghai_day(now)
    config = rules.load()
    checkin_rules = config.checkin
    if checkin_rules.makeup_window_days == 0 or checkin_rules.makeup_max_per_month == 0:
        raise MakeupDisabled()
    earliest = today - timedelta(days=checkin_rules.makeup_window_days)
    if not (earliest <= day < today):
        raise MakeupOutOfWindow(
            details={"earliest": earliest.isoformat(), "latest": (today - timedelta(days=1)).isoformat()}
        )
    month_key = (member_pk(member_id), f"MAKEUP#{today.strftime('%Y-%m')}")
    snapshot = account.read(member_id)
    for _ in range(ATTEMPTS):
        records = _records_between(member_id, day - timedelta(days=1), today)
        if day.isoformat() in records:
            return CheckinResult.of_record(records[day.isoformat()], first_time=False)
        before = records.get((day - timedelta(days=1)).isoformat())
        streak = int(before.streak) + 1 if before else 1
        renumbered, run_end, run_streak = _run_after(records, day, streak)
        pending = AccountChange(snapshot, config.levels, now)
        if checkin_rules.makeup_cost_points > 0:
            pending.points(
                -checkin_rules.makeup_cost_points,
                reason=f"补签 {day.isoformat()}",
                source="makeup",
                ref=day.isoformat(),
            )
        if snapshot.checkin_day is None or run_end.isoformat() >= snapshot.checkin_day:
            pending.checkin(day=run_end.isoformat(), streak=run_streak, points=None, makeup=True)
        else:  # an older gap: the current run is unchanged
            pending.checkin(
                day=snapshot.checkin_day, streak=snapshot.checkin_streak, points=None, makeup=True
            )
        pending.event(
            "MemberCheckedIn", {"day": day.isoformat(), "streak": streak, "points": 0, "makeup": True}
        )
        try:
            with transaction() as tx:
                tx.save(
                    _record(member_id, day.isoformat(), streak, 0, makeup=True),
                    condition=CheckinRecord.pk.does_not_exist(),
                    return_values="ALL_OLD",
                )
                for record, new_streak in renumbered:
                    tx.update(
                        record,
                        actions=[CheckinRecord.streak.set(new_streak)],
                        condition=CheckinRecord.streak == int(record.streak),
                    )
                tx.update(
                    CountItem(*month_key),
                    actions=[CountItem.used.add(1), CountItem.updated_at.set(clock.iso(now))],
                    condition=CountItem.pk.does_not_exist()
                    | (CountItem.used < checkin_rules.makeup_max_per_month),
                    return_values="ALL_OLD",
                )
                pending.stage(tx)
        except TransactWriteError as exc:
            failure = explain(exc)
            existing = failure.model(CheckinRecord, *CheckinRecord.key(member_id, day.isoformat()))
            if existing is not None:
                return CheckinResult.of_record(existing, first_time=False)
            used = failure.model(CountItem, *month_key)
            if used is not None and int(used.used) >= checkin_rules.makeup_max_per_month:
                raise MakeupLimitReached(
                    details={"max_per_month": checkin_rules.makeup_max_per_month}
                ) from None
            snapshot = failure.account(member_id) or account.read(member_id)
            continue
        pending.committed()
        return CheckinResult(day.isoformat(), streak, 0, True, True)
    raise MemberBusy()


def month_calendar(member_id: str, month: str | None = None) -> dict[str, Any]:
    """The month's days with their check-ins, the live streak, today's state and what the
    next check-in earns. Also leaves the account snapshot for the check-in that follows."""
    today = clock.shanghai_day()
    month = month or today.strftime("%Y-%m")
    year, month_number = int(month[:4]), int(month[5:7])
    checkin_rules = rules.load().checkin
    snapshot = account.read(member_id)
    records = {
        r.day: r
        for r in CheckinRecord.query(
            member_pk(member_id), CheckinRecord.sk.startswith(f"CHECKIN#{month}-"), consistent_read=True
        )
    }
    makeup_left = 0
    if checkin_rules.makeup_window_days and checkin_rules.makeup_max_per_month:
        try:
            used = int(CountItem.get(member_pk(member_id), f"MAKEUP#{today.strftime('%Y-%m')}").used)
        except CountItem.DoesNotExist:
            used = 0
        makeup_left = max(0, checkin_rules.makeup_max_per_month - used)
    earliest = today - timedelta(days=checkin_rules.makeup_window_days)
    days = []
    for number in range(1, calendar_lib.monthrange(year, month_number)[1] + 1):
        current = date(year, month_number, number)
        record = records.get(current.isoformat())
        days.append(
            {
                "day": current.isoformat(),
                "checked_in": record is not None,
                "points": int(record.points) if record else 0,
                "makeup": bool(record.makeup) if record else False,
                "can_make_up": record is None and makeup_left > 0 and earliest <= current < today,
            }
        )
    streak = current_streak(snapshot, today)
    checked_in_today = snapshot.checkin_day == today.isoformat()
    return {
        "month": month,
        "today": today.isoformat(),
        "checked_in_today": checked_in_today,
        "streak": streak,
        "total_checkins": snapshot.checkin_total,
        "next_checkin_points": checkin_rules.points_for(streak + 1),
        "makeup": {
            "enabled": checkin_rules.makeup_window_days > 0 and checkin_rules.makeup_max_per_month > 0,
            "window_days": checkin_rules.makeup_window_days,
            "cost_points": checkin_rules.makeup_cost_points,
            "left_this_month": makeup_left,
        },
        "days": days,
    }
