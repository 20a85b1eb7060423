"""Birthday rewards: today's (Shanghai) birthdays from gsi1, once per member per year."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from members_birthday import handler

from siyu import birthday
from siyu.auth.login import update_profile
from siyu.auth.schemas import ProfilePatch
from siyu.members import rules
from siyu.members.models import Member
from siyu.members.schemas import BirthdayRule
from tests.conftest import LambdaContextStub
from tests.members.support import balance, ledger, make_member
from tests.support import events


def test_setting_the_birthday_indexes_the_member_by_month_and_day(aws):
    member = make_member()
    update_profile(member, ProfilePatch(birthday=date(1996, 6, 1)))
    item = Member.get(*Member.key(member))
    assert (item.birthday, item.gsi1pk, item.gsi1sk) == ("1996-06-01", "BDAY#06-01", f"MEMBER#{member}")
    assert [m.member_id for m in Member.by_birthday.query("BDAY#06-01")] == [member]


def test_rewards_todays_birthdays_once_a_year_however_often_it_runs(aws, at):
    rules.save_birthday(BirthdayRule(points=88, coupon_template_id="bday-cake"))
    june1, june2 = make_member("1990-06-01"), make_member("1990-06-02")
    at("2027-05-31T16:30:00Z")  # 1 June 00:30 in Shanghai
    first = handler({"source": "aws.scheduler"}, LambdaContextStub())
    again = handler({"source": "aws.scheduler"}, LambdaContextStub())
    assert first == {"day": "2027-06-01", "rewarded": 1, "already": 0}
    assert again == {"day": "2027-06-01", "rewarded": 0, "already": 1}
    assert (balance(june1), balance(june2)) == (88, 0)
    assert [(e.source, e.ref, e.reason) for e in ledger(june1)] == [("birthday", "2027", "2027年生日礼遇")]
    [rewarded] = events("BirthdayRewarded")
    assert json.loads(rewarded.data) == {"year": 2027, "points": 88, "coupon_template_id": "bday-cake"}
    # Next year: again, once.
    at("2028-06-01T02:00:00Z")
    assert birthday.run().rewarded == 1
    assert birthday.run().rewarded == 0
    assert balance(june1) == 176


def test_the_birthday_coupon_is_granted_once_with_the_points(aws, at):
    from siyu.coupons.wallet import coupons_of
    from tests.coupons.support import make_template

    at("2027-03-01T02:00:00Z")
    cake = make_template(name="生日蛋糕券", total_stock=10)
    rules.save_birthday(BirthdayRule(points=20, coupon_template_id=cake.template_id))
    member = make_member("1999-03-01")
    assert birthday.run().rewarded == 1
    assert birthday.run().rewarded == 0
    assert balance(member) == 20
    assert [c.template_id for c in coupons_of(member)] == [cake.template_id]


def test_a_coupon_that_cannot_be_granted_leaves_the_points(aws, at):
    from siyu.coupons import templates
    from siyu.coupons.wallet import coupons_of
    from tests.coupons.support import make_template

    at("2027-03-02T02:00:00Z")
    paused = templates.pause(make_template(name="暂停的券").template_id)
    rules.save_birthday(BirthdayRule(points=20, coupon_template_id=paused.template_id))
    member = make_member("1999-03-02")
    assert birthday.run().rewarded == 1
    assert balance(member) == 20
    assert coupons_of(member) == []


@pytest.mark.concurrency
def test_two_runs_at_once_reward_once(atomic_dynamodb, at):
    rules.save_birthday(BirthdayRule(points=50))
    members = [make_member("2000-09-09") for _ in range(5)]
    at("2027-09-09T03:00:00Z")
    with ThreadPoolExecutor(2) as pool:
        runs = list(pool.map(lambda _: birthday.run(), range(2)))
    assert sum(r.rewarded for r in runs) == 5
    assert sum(r.already for r in runs) == 5
    assert [balance(m) for m in members] == [50] * 5
    assert len(events("BirthdayRewarded")) == 5


def test_leap_day_birthdays_are_celebrated_on_28_february_in_common_years(aws):
    rules.save_birthday(BirthdayRule(points=10))
    leap, feb28 = make_member("2000-02-29"), make_member("1999-02-28")
    assert birthday.run(date(2027, 2, 28)).rewarded == 2
    assert birthday.run(date(2027, 3, 1)).rewarded == 0
    assert birthday.run(date(2028, 2, 28)).rewarded == 1  # a leap year: only the 28th
    assert birthday.run(date(2028, 2, 29)).rewarded == 1
    assert (balance(leap), balance(feb28)) == (20, 20)


def test_nothing_is_given_when_the_reward_is_off(aws):
    member = make_member("1990-01-01")
    assert birthday.run(date(2027, 1, 1)).rewarded == 0  # default: no points, no coupon
    rules.save_birthday(BirthdayRule(enabled=False, points=100))
    assert birthday.run(date(2027, 1, 1)).rewarded == 0
    # A coupon-only reward still marks the year (the coupon itself waits for the coupons capability).
    rules.save_birthday(BirthdayRule(points=0, coupon_template_id="bday-cake"))
    assert birthday.run(date(2027, 1, 1)).rewarded == 1
    assert birthday.run(date(2027, 1, 1)).already == 1
    assert balance(member) == 0
    assert len(events("BirthdayRewarded")) == 1
