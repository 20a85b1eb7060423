"""A member's profile and the Kuaishou identity that leads to it (members table)."""

from __future__ import annotations

from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.models import Model

from siyu.db import table_meta


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

    @staticmethod
    def key(member_id: str) -> tuple[str, str]:
        return f"MEMBER#{member_id}", "PROFILE"


class Identity(Model):
    """pk=OPENID#<open_id>, sk=IDENTITY → the member it belongs to (one per open_id)."""

    Meta = table_meta("members")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="IDENTITY")
    member_id = UnicodeAttribute()

    @staticmethod
    def key(open_id: str) -> tuple[str, str]:
        return f"OPENID#{open_id}", "IDENTITY"
