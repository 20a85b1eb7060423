"""Staff's member directory: find a member by id, masked phone or nickname, and the
profile staff see. Each lookup is a GetItem or a Query on an index of the members table
(gsi2: a profile's casefolded nickname, a PhoneSearchKey's masked phone; both set where the
profile changes, siyu.auth.login); never a Scan."""

from __future__ import annotations

import re
from typing import Any

from siyu.auth.login import MemberNotFound
from siyu.members import account, levels
from siyu.members.models import Member, PhoneSearchKey

MASKED_PHONE = re.compile(r"^1\d{2}\*{4}\d{4}$")
MEMBER_ID = re.compile(r"^[0-9A-HJKMNP-TV-Z]{26}$")  # a ULID
SEARCH_LIMIT = 20


def summary(m: Member) -> dict[str, Any]:
    return {
        "member_id": m.member_id,
        "nickname": m.nickname,
        "avatar_url": m.avatar_url,
        "phone_masked": m.phone_masked,
        "created_at": m.created_at,
        "last_login_at": m.last_login_at,
    }


def search(query: str) -> tuple[str, list[dict[str, Any]]]:
    """(what the query was taken as: id | phone | nickname, matching members)."""
    q = query.strip()
    if MEMBER_ID.match(q.upper()):
        try:
            return "id", [summary(Member.get(*Member.key(q.upper())))]
        except Member.DoesNotExist:
            return "id", []
    if MASKED_PHONE.match(q):
        keys = [
            Member.key(k.member_id)
            for k in PhoneSearchKey.by_phone.query(Member.phone_key(q), limit=SEARCH_LIMIT)
        ]
        profiles = sorted(Member.batch_get(keys), key=lambda m: m.member_id) if keys else []
        return "phone", [summary(m) for m in profiles]
    return "nickname", [
        summary(m) for m in Member.by_nickname.query(Member.nickname_key(q), limit=SEARCH_LIMIT)
    ]


def profile(member_id: str) -> dict[str, Any]:
    """The profile with the points account and level (never the full phone number)."""
    try:
        m = Member.get(*Member.key(member_id))
    except Member.DoesNotExist as exc:
        raise MemberNotFound() from exc
    snapshot = account.read(member_id)
    return {
        **summary(m),
        "birthday": m.birthday,
        "points": {"balance": snapshot.balance, "earned_total": snapshot.earned_total},
        "spent_fen": snapshot.spent_fen,
        "checkin_total": snapshot.checkin_total,
        "level": levels.benefits_of(snapshot, levels.ladder()).as_dict(),
    }
