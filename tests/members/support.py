"""Helpers for the members tests: members, tokens, the ledger invariant."""

from __future__ import annotations

from typing import Any

from members_app import handler

from siyu import clock
from siyu.ids import new_id
from siyu.members.models import Account, LedgerEntry, Member, member_pk
from tests.conftest import Api
from tests.support import member_token

api = Api(handler)
LONG = 20 * 365 * 24 * 3600  # tokens that outlive any frozen clock in these tests


def make_member(birthday: str | None = None) -> str:
    member_id = new_id()
    member = Member(
        *Member.key(member_id),
        member_id=member_id,
        open_id=f"openid-{member_id}",
        created_at=clock.now_iso(),
        birthday=birthday,
    )
    if birthday:
        member.gsi1pk, member.gsi1sk = Member.birthday_key(birthday), member.pk
    member.save()
    return member_id


def call(
    method: str,
    path: str,
    body: Any = None,
    *,
    member: str | None = None,
    admin: str | None = None,
    key: str | None = None,
    query: str = "",
) -> tuple[int, Any]:
    headers = {"idempotency-key": key} if key else None
    token = member_token(member) if member else admin
    return api(method, path, body, token=token, headers=headers, query=query)


def balance(member_id: str) -> int:
    try:
        return int(Account.get(*Account.key(member_id), consistent_read=True).balance)
    except Account.DoesNotExist:
        return 0


def ledger(member_id: str) -> list[LedgerEntry]:
    return list(
        LedgerEntry.query(member_pk(member_id), LedgerEntry.sk.startswith("LEDGER#"), consistent_read=True)
    )


def assert_ledger_consistent(member_id: str) -> None:
    """Entries sum to the balance, each balance_after follows, none negative, seq has no gap."""
    entries = ledger(member_id)
    running = 0
    for expected_seq, entry in enumerate(entries, start=1):
        assert int(entry.seq) == expected_seq
        running += int(entry.delta)
        assert int(entry.balance_after) == running, entry.attribute_values
        assert running >= 0
    assert running == balance(member_id)
