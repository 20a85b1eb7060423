"""The members table: profile and identity, and the retention engine's items.

Every item of one member lives under `pk=MEMBER#<id>`, so a member's state is one
partition and a transaction over it touches one key range:

| sk | item |
| --- | --- |
| `PROFILE` | `Member` (gsi1 `BDAY#MM-DD`; staff's search: gsi2 `NICK#<casefolded nickname>`) |
| `SEARCH#PHONE` | `PhoneSearchKey`: staff's search by masked phone (gsi2 `PHONE#138****1234`) |
| `ACCOUNT` | `Account`: points balance, ledger sequence, growth, level, check-in streak |
| `LEDGER#<seq:010d>` | `LedgerEntry`: append-only points entries |
| `REF#<source>#<ref>` | `RefGuard`: a (source, ref) applied once, with its first result |
| `CHECKIN#<YYYY-MM-DD>` | `CheckinRecord`: one per Shanghai day |
| `MAKEUP#<YYYY-MM>` | `CountItem`: make-up check-ins this month |
| `TASK#<YYYY-MM-DD or ONCE>#<task_id>` | `TaskProgress` |
| `TASKSTART#<task_id>` | `TaskStart`: a timed (browse) task started |
| `GIFTCOUNT#<gift_id>` | `CountItem`: redemptions of a gift by this member |

Elsewhere in the table: `CONFIG#MEMBERS` (rules), `GIFT#<id>` (catalogue, `gsi1pk=GIFTS`),
`REDEMPTION#<code>` (`gsi1pk=MEMBER#<id>#REDEMPTIONS`), `OPENID#<open_id>` (identity),
`PHONE#<phone>` / `MEMBER#<id>` (`MemberPhone`: the members who bound a phone, for the CRM).
"""

from __future__ import annotations

from pynamodb.attributes import BooleanAttribute, NumberAttribute, UnicodeAttribute
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

from siyu.db import table_meta


def member_pk(member_id: str) -> str:
    return f"MEMBER#{member_id}"


class BirthdayIndex(GlobalSecondaryIndex["Member"]):
    """gsi1 as the birthday job sees it: `BDAY#MM-DD` → members born that day."""

    class Meta:
        index_name = "gsi1"
        projection = AllProjection()

    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class _Gsi2Meta:
    index_name = "gsi2"
    projection = AllProjection()


class NicknameIndex(GlobalSecondaryIndex["Member"]):
    """gsi2 as staff's member search sees profiles: `NICK#<casefolded nickname>` → members."""

    Meta = _Gsi2Meta
    gsi2pk = UnicodeAttribute(hash_key=True)
    gsi2sk = UnicodeAttribute(range_key=True)


class PhoneIndex(GlobalSecondaryIndex["PhoneSearchKey"]):
    """gsi2 as staff's member search sees phones: `PHONE#138****1234` → members with that mask."""

    Meta = _Gsi2Meta
    gsi2pk = UnicodeAttribute(hash_key=True)
    gsi2sk = UnicodeAttribute(range_key=True)


class Member(Model):
    """pk=MEMBER#<member_id>, sk=PROFILE."""

    Meta = table_meta("members")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="PROFILE")
    member_id = UnicodeAttribute()
    open_id = UnicodeAttribute()
    session_key = UnicodeAttribute(null=True)  # server-side only, never returned
    nickname = UnicodeAttribute(null=True)
    avatar_url = UnicodeAttribute(null=True)
    birthday = UnicodeAttribute(null=True)  # YYYY-MM-DD
    phone = UnicodeAttribute(null=True)  # full number: for the merchant's CRM, never returned by the API
    phone_masked = UnicodeAttribute(null=True)
    token_version = NumberAttribute(default=1)
    created_at = UnicodeAttribute()
    last_login_at = UnicodeAttribute(null=True)
    gsi1pk = UnicodeAttribute(null=True)  # BDAY#MM-DD once the birthday is set
    gsi1sk = UnicodeAttribute(null=True)
    by_birthday = BirthdayIndex()
    gsi2pk = UnicodeAttribute(null=True)  # NICK#<casefolded nickname> once a nickname is set
    gsi2sk = UnicodeAttribute(null=True)
    by_nickname = NicknameIndex()

    @staticmethod
    def key(member_id: str) -> tuple[str, str]:
        return member_pk(member_id), "PROFILE"

    @staticmethod
    def phone_key(masked: str) -> str:
        return f"PHONE#{masked}"

    @staticmethod
    def nickname_key(nickname: str) -> str:
        return f"NICK#{nickname.strip().casefold()}"

    @staticmethod
    def birthday_key(birthday: str) -> str:
        """`BDAY#MM-DD` of a YYYY-MM-DD birthday."""
        return f"BDAY#{birthday[5:10]}"


class PhoneSearchKey(Model):
    """pk=MEMBER#<id>, sk=SEARCH#PHONE: the member's masked phone as staff search it (gsi2;
    a profile item carries its nickname key in gsi2, so the phone has an item of its own).
    Written in the same transaction as the phone (siyu.auth.login.bind_phone)."""

    Meta = table_meta("members")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="SEARCH#PHONE")
    gsi2pk = UnicodeAttribute()
    gsi2sk = UnicodeAttribute()
    by_phone = PhoneIndex()
    member_id = UnicodeAttribute()

    @classmethod
    def of(cls, member_id: str, masked: str) -> PhoneSearchKey:
        return cls(
            member_pk(member_id),
            "SEARCH#PHONE",
            gsi2pk=Member.phone_key(masked),
            gsi2sk=member_id,
            member_id=member_id,
        )


class Identity(Model):
    """pk=OPENID#<open_id>, sk=IDENTITY → the member it belongs to (one per open_id)."""

    Meta = table_meta("members")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="IDENTITY")
    member_id = UnicodeAttribute()

    @staticmethod
    def key(open_id: str) -> tuple[str, str]:
        return f"OPENID#{open_id}", "IDENTITY"


class MemberPhone(Model):
    """pk=PHONE#<phone>, sk=MEMBER#<member_id>: one per member who bound that phone (several
    Kuaishou accounts may share one), written with the profile's phone (siyu.auth.login)."""

    Meta = table_meta("members")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    member_id = UnicodeAttribute()

    @staticmethod
    def key(phone: str, member_id: str) -> tuple[str, str]:
        return f"PHONE#{phone}", f"MEMBER#{member_id}"


class Account(Model):
    """pk=MEMBER#<id>, sk=ACCOUNT. Every write sets `version` to the read version + 1 under
    the condition that it is still the read version, so a write computed from a read is
    exact (balance after, streak, level) or does not happen."""

    Meta = table_meta("members")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="ACCOUNT")
    member_id = UnicodeAttribute()
    version = NumberAttribute(default=0)
    seq = NumberAttribute(default=0)  # ledger entries written so far
    balance = NumberAttribute(default=0)
    earned_total = NumberAttribute(default=0)  # sum of positive points entries
    spent_fen = NumberAttribute(default=0)  # money spent on paid orders (growth basis)
    level = UnicodeAttribute(null=True)
    checkin_day = UnicodeAttribute(null=True)  # last calendar day with a check-in (incl. make-up)
    checkin_streak = NumberAttribute(default=0)  # run of days ending at checkin_day
    checkin_points = NumberAttribute(default=0)  # awarded for the check-in of checkin_day
    checkin_total = NumberAttribute(default=0)  # real check-ins (not make-ups)
    makeup_total = NumberAttribute(default=0)
    updated_at = UnicodeAttribute(null=True)

    @staticmethod
    def key(member_id: str) -> tuple[str, str]:
        return member_pk(member_id), "ACCOUNT"


class LedgerEntry(Model):
    """pk=MEMBER#<id>, sk=LEDGER#<seq>: written once, never changed."""

    Meta = table_meta("members")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    member_id = UnicodeAttribute()
    seq = NumberAttribute()
    delta = NumberAttribute()
    balance_after = NumberAttribute()
    reason = UnicodeAttribute()
    source = UnicodeAttribute()
    ref = UnicodeAttribute()
    actor = UnicodeAttribute(null=True)
    created_at = UnicodeAttribute()

    @staticmethod
    def key(member_id: str, seq: int) -> tuple[str, str]:
        return member_pk(member_id), f"LEDGER#{seq:010d}"


class RefGuard(Model):
    """pk=MEMBER#<id>, sk=REF#<source>#<ref>: this (source, ref) has been applied; holds the
    first result so that a repeat can return it."""

    Meta = table_meta("members")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    member_id = UnicodeAttribute()
    source = UnicodeAttribute()
    ref = UnicodeAttribute()
    seq = NumberAttribute(default=0)  # 0: no ledger entry (growth, zero-point task)
    delta = NumberAttribute(default=0)
    balance_after = NumberAttribute(default=0)
    reason = UnicodeAttribute(null=True)
    actor = UnicodeAttribute(null=True)
    created_at = UnicodeAttribute()

    @staticmethod
    def key(member_id: str, source: str, ref: str) -> tuple[str, str]:
        return member_pk(member_id), f"REF#{source}#{ref}"


class CheckinRecord(Model):
    """pk=MEMBER#<id>, sk=CHECKIN#<YYYY-MM-DD>. `streak` is the run of days ending here."""

    Meta = table_meta("members")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    day = UnicodeAttribute()
    streak = NumberAttribute()
    points = NumberAttribute(default=0)
    makeup = BooleanAttribute(default=False)
    created_at = UnicodeAttribute()

    @staticmethod
    def key(member_id: str, day: str) -> tuple[str, str]:
        return member_pk(member_id), f"CHECKIN#{day}"


class CountItem(Model):
    """A bounded counter (make-ups per month, redemptions of a gift per member)."""

    Meta = table_meta("members")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    used = NumberAttribute(default=0)
    updated_at = UnicodeAttribute(null=True)


class TaskProgress(Model):
    """pk=MEMBER#<id>, sk=TASK#<period>#<task_id>; period is the Shanghai day or ONCE."""

    Meta = table_meta("members")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    task_id = UnicodeAttribute()
    period = UnicodeAttribute()
    done = NumberAttribute(default=0)
    updated_at = UnicodeAttribute(null=True)
    ttl = NumberAttribute(null=True)  # daily progress expires; once-only progress does not

    @staticmethod
    def key(member_id: str, period: str, task_id: str) -> tuple[str, str]:
        return member_pk(member_id), f"TASK#{period}#{task_id}"


class TaskStart(Model):
    """pk=MEMBER#<id>, sk=TASKSTART#<task_id>: when a timed task was started (consumed on completion)."""

    Meta = table_meta("members")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    task_id = UnicodeAttribute()
    started_at = UnicodeAttribute()
    ttl = NumberAttribute()

    @staticmethod
    def key(member_id: str, task_id: str) -> tuple[str, str]:
        return member_pk(member_id), f"TASKSTART#{task_id}"


class ConfigItem(Model):
    """pk=CONFIG#MEMBERS, sk=CHECKIN | LEVELS | BIRTHDAY | TASK#<task_id>: JSON of a rules model."""

    Meta = table_meta("members")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    data = UnicodeAttribute()
    updated_at = UnicodeAttribute()
    updated_by = UnicodeAttribute(null=True)


class CatalogueIndex(GlobalSecondaryIndex["Gift"]):
    class Meta:
        index_name = "gsi1"
        projection = AllProjection()

    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class Gift(Model):
    """pk=GIFT#<gift_id>, sk=GIFT; listed through gsi1 (`GIFTS`, `<sort>#<gift_id>`)."""

    Meta = table_meta("members")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="GIFT")
    gift_id = UnicodeAttribute()
    name = UnicodeAttribute()
    description = UnicodeAttribute(null=True)
    image_url = UnicodeAttribute(null=True)
    points_cost = NumberAttribute()
    per_member_limit = NumberAttribute()
    valid_days = NumberAttribute()
    active = BooleanAttribute()
    sort = NumberAttribute(default=0)
    stock = NumberAttribute(default=0)
    redeemed_count = NumberAttribute(default=0)
    created_at = UnicodeAttribute(null=True)
    updated_at = UnicodeAttribute(null=True)
    updated_by = UnicodeAttribute(null=True)
    gsi1pk = UnicodeAttribute(null=True)
    gsi1sk = UnicodeAttribute(null=True)
    catalogue = CatalogueIndex()

    @staticmethod
    def key(gift_id: str) -> tuple[str, str]:
        return f"GIFT#{gift_id}", "GIFT"


class RedemptionsIndex(GlobalSecondaryIndex["Redemption"]):
    class Meta:
        index_name = "gsi1"
        projection = AllProjection()

    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class Redemption(Model):
    """pk=REDEMPTION#<code>, sk=REDEMPTION; a member's list through gsi1."""

    Meta = table_meta("members")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="REDEMPTION")
    code = UnicodeAttribute()
    redemption_id = UnicodeAttribute()
    member_id = UnicodeAttribute()
    gift_id = UnicodeAttribute()
    gift_name = UnicodeAttribute()
    points_cost = NumberAttribute()
    status = UnicodeAttribute()  # issued | used
    created_at = UnicodeAttribute()
    expires_at = UnicodeAttribute()
    used_at = UnicodeAttribute(null=True)
    used_by = UnicodeAttribute(null=True)
    gsi1pk = UnicodeAttribute()
    gsi1sk = UnicodeAttribute()
    by_member = RedemptionsIndex()

    @staticmethod
    def key(code: str) -> tuple[str, str]:
        return f"REDEMPTION#{code}", "REDEMPTION"

    @staticmethod
    def member_key(member_id: str) -> str:
        return f"{member_pk(member_id)}#REDEMPTIONS"
