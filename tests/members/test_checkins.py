"""Daily check-in: once per Shanghai day, streaks, points rules, make-up, the calendar."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from siyu.members import account, checkins, points, rules
from siyu.members.models import CheckinRecord, member_pk
from siyu.members.schemas import CheckinRules, StreakBonus
from tests.members.support import assert_ledger_consistent, balance, call, ledger, make_member
from tests.support import events


def test_check_in_awards_once_per_day_and_repeat_returns_the_same_result(aws):
    member = make_member()
    status, first = call("POST", "/v1/checkins", member=member)
    assert status == 200
    assert first["streak"] == 1
    assert first["points"] == 5
    assert first["first_time"] is True
    status, again = call("POST", "/v1/checkins", member=member)
    assert status == 200
    assert again == {**first, "first_time": False}
    assert balance(member) == 5
    assert len(ledger(member)) == 1
    assert [e.type for e in events("MemberCheckedIn")] == ["MemberCheckedIn"]


@pytest.mark.concurrency
def test_50_concurrent_check_ins_by_one_member_award_once(atomic_dynamodb):
    member = make_member()
    # Threads call the domain: a resolver serves one request at a time, as a container does.
    with ThreadPoolExecutor(50) as pool:
        results = list(pool.map(lambda _: checkins.check_in(member), range(50)))
    assert sum(result.first_time for result in results) == 1
    assert {(r.day, r.streak, r.points) for r in results} == {(results[0].day, 1, 5)}
    assert balance(member) == 5
    assert len(ledger(member)) == 1
    assert len(events("MemberCheckedIn")) == 1
    assert len(events("PointsChanged")) == 1
    assert_ledger_consistent(member)


def test_streaks_across_shanghai_midnight_month_and_year_ends(aws, at):
    rules.save_checkin(CheckinRules(base_points=5, streak_bonuses=[StreakBonus(day=3, points=10)]))
    member = make_member()

    def check(instant: str) -> checkins.CheckinResult:
        at(instant)
        return checkins.check_in(member)

    # 23:59:59 and 00:00:00 in Shanghai are 15:59:59 and 16:00:00 UTC.
    assert (check("2026-12-30T15:59:59Z").day, checkins.check_in(member).streak) == ("2026-12-30", 1)
    second = check("2026-12-30T16:00:00Z")
    assert (second.day, second.streak, second.first_time) == ("2026-12-31", 2, True)
    # Still 31 December in Shanghai a millisecond before 16:00 UTC: a repeat.
    repeat = check("2026-12-31T15:59:59.999Z")
    assert (repeat.day, repeat.first_time) == ("2026-12-31", False)
    new_year = check("2026-12-31T16:00:00Z")
    assert (new_year.day, new_year.streak, new_year.points) == ("2027-01-01", 3, 15)  # day-3 bonus
    # Month end, counted in Shanghai: 31 Jan 09:00 and 1 Feb 01:00 are the same UTC day.
    for day in range(2, 31):
        check(f"2027-01-{day:02d}T04:00:00Z")
    jan31 = check("2027-01-31T01:00:00Z")
    feb1 = check("2027-01-31T17:00:00Z")
    assert (jan31.day, jan31.streak) == ("2027-01-31", 33)
    assert (feb1.day, feb1.streak) == ("2027-02-01", 34)
    # 1 Feb 23:00 in Shanghai is the next UTC day but the same Shanghai day.
    assert check("2027-02-01T15:00:00Z").first_time is False
    # A missed day breaks the streak.
    broken = check("2027-02-03T02:00:00Z")
    assert (broken.day, broken.streak) == ("2027-02-03", 1)
    assert_ledger_consistent(member)
    assert balance(member) == sum(int(e.delta) for e in ledger(member))


def test_february_end_of_a_common_and_a_leap_year(aws, at):
    member = make_member()
    at("2027-02-28T12:00:00Z")
    checkins.check_in(member)
    at("2027-02-28T16:30:00Z")
    assert (checkins.check_in(member).day, checkins.check_in(member).streak) == ("2027-03-01", 2)
    other = make_member()
    at("2028-02-28T12:00:00Z")
    checkins.check_in(other)
    at("2028-02-29T12:00:00Z")
    assert checkins.check_in(other).streak == 2
    at("2028-02-29T16:00:00Z")
    assert (checkins.check_in(other).day, checkins.check_in(other).streak) == ("2028-03-01", 3)


def test_streak_bonus_repeats_with_the_cycle(aws, at):
    rules.save_checkin(
        CheckinRules(base_points=2, streak_bonuses=[StreakBonus(day=7, points=20)], cycle_days=7)
    )
    member = make_member()
    earned = []
    for day in range(1, 16):
        at(f"2027-03-{day:02d}T02:00:00Z")
        earned.append(checkins.check_in(member).points)
    assert earned[6] == 22
    assert earned[13] == 22
    assert sum(earned) == 15 * 2 + 40


def test_calendar_shows_the_month_streak_and_today(aws, at):
    rules.save_checkin(CheckinRules(base_points=5, makeup_window_days=3, makeup_cost_points=10))
    member = make_member()
    for instant in ("2027-04-28T02:00:00Z", "2027-04-29T02:00:00Z", "2027-05-01T02:00:00Z"):
        at(instant)
        checkins.check_in(member)
    status, body = call("GET", "/v1/checkins", member=member, query="month=2027-04")
    assert status == 200
    assert body["today"] == "2027-05-01"
    assert body["checked_in_today"] is True
    assert body["streak"] == 1
    by_day = {d["day"]: d for d in body["days"]}
    assert len(by_day) == 30
    assert by_day["2027-04-28"]["checked_in"]
    assert by_day["2027-04-29"]["checked_in"]
    assert by_day["2027-04-30"] == {
        "day": "2027-04-30",
        "checked_in": False,
        "points": 0,
        "makeup": False,
        "can_make_up": True,
    }
    assert by_day["2027-04-27"]["can_make_up"] is False  # outside the 3-day window
    assert body["makeup"] == {"enabled": True, "window_days": 3, "cost_points": 10, "left_this_month": 3}
    # Default month is the current Shanghai month.
    status, body = call("GET", "/v1/checkins", member=member)
    assert body["month"] == "2027-05"
    assert len(body["days"]) == 31
    status, body = call("GET", "/v1/checkins", member=member, query="month=2027-13")
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")


def test_make_up_joins_the_runs_and_costs_points(aws, at):
    rules.save_checkin(
        CheckinRules(base_points=5, makeup_window_days=3, makeup_cost_points=8, makeup_max_per_month=2)
    )
    member = make_member()
    for day in (1, 2, 4, 5):  # 3 June missed
        at(f"2027-06-{day:02d}T02:00:00Z")
        checkins.check_in(member)
    assert account.read(member).checkin_streak == 2
    status, body = call("POST", "/v1/checkins/makeup", {"day": "2027-06-03"}, member=member)
    assert status == 200, body
    assert body == {"day": "2027-06-03", "streak": 3, "points": 0, "makeup": True, "first_time": True}
    assert balance(member) == 20 - 8
    streaks = {
        r.day: int(r.streak)
        for r in CheckinRecord.query(member_pk(member), CheckinRecord.sk.startswith("CHECKIN#"))
    }
    assert streaks == {"2027-06-01": 1, "2027-06-02": 2, "2027-06-03": 3, "2027-06-04": 4, "2027-06-05": 5}
    assert account.read(member).checkin_streak == 5
    at("2027-06-06T02:00:00Z")
    assert checkins.check_in(member).streak == 6
    # A retry of the same make-up returns the record and charges nothing more.
    status, again = call("POST", "/v1/checkins/makeup", {"day": "2027-06-03"}, member=member)
    assert (status, again["first_time"]) == (200, False)
    assert len([e for e in ledger(member) if e.source == "makeup"]) == 1
    assert_ledger_consistent(member)


def test_make_up_of_a_day_after_the_last_check_in_moves_the_streak(aws, at):
    rules.save_checkin(CheckinRules(makeup_window_days=5, makeup_cost_points=0))
    member = make_member()
    at("2027-07-01T02:00:00Z")
    checkins.check_in(member)
    at("2027-07-03T02:00:00Z")  # missed the 2nd; make it up before checking in today
    assert checkins.make_up(member, checkins.date(2027, 7, 2)).streak == 2
    assert checkins.check_in(member).streak == 3


def test_make_up_limits(aws, at):
    rules.save_checkin(
        CheckinRules(base_points=1, makeup_window_days=3, makeup_cost_points=10, makeup_max_per_month=1)
    )
    member = make_member()
    at("2027-08-10T02:00:00Z")
    for day, code in (("2027-08-10", "MAKEUP_OUT_OF_WINDOW"), ("2027-08-06", "MAKEUP_OUT_OF_WINDOW")):
        status, body = call("POST", "/v1/checkins/makeup", {"day": day}, member=member)
        assert (status, body["error"]["code"]) == (409, code)
        assert body["error"]["details"] == {"earliest": "2027-08-07", "latest": "2027-08-09"}
    status, body = call("POST", "/v1/checkins/makeup", {"day": "2027-08-09"}, member=member)
    assert (status, body["error"]["code"]) == (409, "POINTS_INSUFFICIENT")
    points.change(member, 30, reason="测试", source="test", ref="seed")
    assert call("POST", "/v1/checkins/makeup", {"day": "2027-08-09"}, member=member)[0] == 200
    status, body = call("POST", "/v1/checkins/makeup", {"day": "2027-08-08"}, member=member)
    assert (status, body["error"]["code"]) == (409, "MAKEUP_LIMIT_REACHED")
    assert balance(member) == 20
    status, body = call("POST", "/v1/checkins/makeup", {"day": "not-a-day"}, member=member)
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")
    rules.save_checkin(CheckinRules(makeup_window_days=0))
    status, body = call("POST", "/v1/checkins/makeup", {"day": "2027-08-08"}, member=member)
    assert (status, body["error"]["code"]) == (409, "MAKEUP_DISABLED")
    assert_ledger_consistent(member)


def test_check_in_needs_a_member_token(aws):
    status, body = call("POST", "/v1/checkins")
    assert (status, body["error"]["code"]) == (401, "UNAUTHENTICATED")


def test_check_in_round_trips(aws, ddb_calls):
    member = make_member()
    call("POST", "/v1/checkins", member=make_member())  # warm the rules cache
    account.forget_all()
    ddb_calls.clear()
    call("POST", "/v1/checkins", member=member)
    # Every mutating member request first counts against the member's write limit (UpdateItem).
    assert ddb_calls == ["UpdateItem", "GetItem", "TransactWriteItems"]  # no snapshot of this member yet
    other = make_member()
    call("GET", "/v1/checkins", member=other)
    ddb_calls.clear()
    call("POST", "/v1/checkins", member=other)
    assert ddb_calls == ["UpdateItem", "TransactWriteItems"]  # right after the calendar: one round trip
    ddb_calls.clear()
    call("POST", "/v1/checkins", member=other)
    assert ddb_calls == ["UpdateItem"]  # a repeat is answered from the snapshot


def test_a_stale_snapshot_costs_a_retry_not_a_wrong_balance(aws):
    member = make_member()
    call("GET", "/v1/checkins", member=member)  # snapshot: no account yet
    points.change(member, 7, reason="测试", source="test", ref="other-container")  # elsewhere
    account._seen.put(member, account.Snapshot(member_id=member))  # this container did not see it
    result = checkins.check_in(member)
    assert result.first_time
    assert balance(member) == 12
    assert_ledger_consistent(member)


@pytest.mark.parametrize("month", ["0000-01", "0001-01", "1899-12", "2100-01", "2026-13"])
def test_a_calendar_month_out_of_range_is_400_not_500(aws, month):
    member = make_member()
    status, body = call("GET", "/v1/checkins", member=member, query=f"month={month}")
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")
