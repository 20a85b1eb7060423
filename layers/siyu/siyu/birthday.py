"""Birthday rewards (生日礼遇): a daily scheduled run gives the configured reward to members
whose birthday is today in Shanghai, exactly once per member per year however often it runs.

It composes two capabilities in one transaction — members (the points, the once-a-year
guard; the rule in siyu.members.rules) and coupons (the gift coupon) — so it sits beside
both rather than inside members, which coupons depend on (levels, the profile).

Today's members come from gsi1 (`BDAY#MM-DD`, set with the birthday on the profile), never
a Scan. Members born on 29 February celebrate on the 28th in common years.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from pynamodb.exceptions import TransactWriteError
from pynamodb.transactions import TransactWrite

from siyu import clock, coupons
from siyu.db import transaction
from siyu.errors import SiyuError
from siyu.members import account, rules
from siyu.members.account import ATTEMPTS, AccountChange, MemberBusy, explain
from siyu.members.models import Member
from siyu.members.schemas import BirthdayRule, LevelRules
from siyu.observability import logger


@dataclass
class BirthdayRun:
    day: str
    rewarded: int = 0
    already: int = 0
    failed: list[str] = field(default_factory=list)


def birthday_keys(day: date) -> list[str]:
    keys = [f"BDAY#{day:%m-%d}"]
    if (day.month, day.day) == (2, 28) and not calendar.isleap(day.year):
        keys.append("BDAY#02-29")
    return keys


def _stage_coupon(tx: TransactWrite, member_id: str, template_id: str | None, *, ref: str) -> bool:
    """Grant the birthday coupon inside the transaction that holds the once-a-year guard, so
    it is given exactly once too. False when it cannot be granted now (paused, sold out, no
    such template): the points still go out and the log says why."""
    if template_id is None:
        return False
    try:
        coupons.grant(member_id, template_id, source="birthday", source_ref=ref, tx=tx)
    except SiyuError as exc:
        logger.warning("birthday coupon not granted", extra={"code": exc.code, "template_id": template_id})
        return False
    return True


def reward(member_id: str, year: int, rule: BirthdayRule, ladder: LevelRules) -> bool:
    """Give this year's reward; False if it was given before (the guard `birthday`/`<year>`)."""
    ref = str(year)
    snapshot = account.read(member_id)
    with_coupon = True
    for _ in range(ATTEMPTS):
        pending = AccountChange(snapshot, ladder)
        if rule.points > 0:
            pending.points(rule.points, reason=f"{year}年生日礼遇", source="birthday", ref=ref)
        else:
            pending.mark("birthday", ref)
        pending.event(
            "BirthdayRewarded",
            {"year": year, "points": rule.points, "coupon_template_id": rule.coupon_template_id},
        )
        try:
            with transaction() as tx:
                pending.stage(tx)
                if with_coupon:
                    with_coupon = _stage_coupon(
                        tx, member_id, rule.coupon_template_id, ref=f"birthday:{year}"
                    )
        except TransactWriteError as exc:
            if with_coupon and coupons.issue_failure(exc) is not None:
                with_coupon = False  # e.g. the coupon sold out meanwhile: give the points alone
                continue
            failure = explain(exc)
            if failure.guard(member_id) is not None:
                return False
            snapshot = failure.account(member_id) or account.read(member_id)
            continue
        pending.committed()
        return True
    raise MemberBusy()


def run(day: date | None = None) -> BirthdayRun:
    """Reward everyone whose birthday is `day` (default: today in Shanghai)."""
    day = day or clock.shanghai_day()
    config = rules.load()
    result = BirthdayRun(day=day.isoformat())
    rule = config.birthday
    if not rule.enabled or (rule.points == 0 and rule.coupon_template_id is None):
        return result
    for key in birthday_keys(day):
        for member in Member.by_birthday.query(key):
            try:
                if reward(member.member_id, day.year, rule, config.levels):
                    result.rewarded += 1
                else:
                    result.already += 1
            except Exception:  # one member's failure must not stop the others; the rerun retries it
                logger.exception("birthday reward failed", extra={"member_id": member.member_id})
                result.failed.append(member.member_id)
    return result
