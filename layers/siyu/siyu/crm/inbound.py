"""The inbound CRM API: the CRM's contacts by external id, linked to Siyu members by phone,
and points adjustments by the CRM.

Upsert semantics (Salesforce-style): an external id seen before → updated; new → created,
and linked to the member who bound the phone when exactly one did; several members with that
phone → CRM_MEMBER_AMBIGUOUS (409) and nothing written. A member has at most one external id
(`MemberLink`, written in the same transaction as the contact). A contact no member has
claimed yet stays unlinked until an upsert or attach with the phone finds one. Points go
through the members' own rules (siyu.members.points: never below zero, each (source, ref)
once), with `ref` = the integration and the CRM's idempotency key."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from pynamodb.exceptions import DoesNotExist, TransactWriteError

from siyu import clock
from siyu.crm.errors import (
    ContactNotFound,
    ContactNotLinked,
    MemberAlreadyLinked,
    MemberAmbiguous,
    PhoneNotFound,
)
from siyu.crm.models import Contact, MemberLink
from siyu.crm.schemas import AttachIn, ContactIn, PointsIn
from siyu.db import transaction
from siyu.errors import IdempotencyKeyReused, SiyuError
from siyu.members import account, points
from siyu.members.models import Member, MemberPhone
from siyu.txn import cancelled

T = TypeVar("T")


def members_by_phone(phone: str) -> list[str]:
    return [m.member_id for m in MemberPhone.query(f"PHONE#{phone}", limit=10)]


def _contact(external_id: str) -> Contact | None:
    try:
        return Contact.get(*Contact.key(external_id), consistent_read=True)
    except DoesNotExist:
        return None


def upsert(data: ContactIn, *, require_link: bool = False) -> dict[str, Any]:
    """Create or update the contact; link it to the member of its phone when that is one member."""
    for _ in range(3):
        existing = _contact(data.external_id)
        member_id = existing.member_id if existing else None
        link_to = None
        if member_id is None and data.phone:
            found = members_by_phone(data.phone)
            if len(found) > 1:
                raise MemberAmbiguous(details={"phone_members": len(found)})
            link_to = found[0] if found else None
        if require_link and member_id is None and link_to is None:
            raise PhoneNotFound()
        now = clock.now_iso()
        fields: dict[str, Any] = {"phone": data.phone, "name": data.name}
        if data.attributes is not None:
            fields["attributes"] = json.dumps(data.attributes, ensure_ascii=False, separators=(",", ":"))
        fields = {k: v for k, v in fields.items() if v is not None}
        try:
            with transaction() as tx:
                if existing is not None:
                    actions = [getattr(Contact, k).set(v) for k, v in fields.items()]
                    actions += [Contact.version.add(1), Contact.updated_at.set(now)]
                    if link_to:
                        actions.append(Contact.member_id.set(link_to))
                    tx.update(existing, actions=actions, condition=Contact.version == existing.version)
                else:
                    item = Contact(
                        *Contact.key(data.external_id),
                        external_id=data.external_id,
                        member_id=link_to,
                        created_at=now,
                        updated_at=now,
                        **fields,
                    )
                    tx.save(item, condition=Contact.pk.does_not_exist())
                if link_to:
                    tx.save(
                        MemberLink(*MemberLink.key(link_to), member_id=link_to, external_id=data.external_id),
                        condition=MemberLink.pk.does_not_exist()
                        | (MemberLink.external_id == data.external_id),
                        return_values="ALL_OLD",
                    )
        except TransactWriteError as exc:
            if link_to and cancelled(exc).item(*MemberLink.key(link_to)) is not None:
                raise MemberAlreadyLinked(details={"member_id": link_to}) from None
            continue  # the contact changed meanwhile: read it again
        return {
            "external_id": data.external_id,
            "result": "updated" if existing else "created",
            "member_id": member_id or link_to,
        }
    raise SiyuError("系统繁忙，请稍后再试")


def attach(data: AttachIn) -> dict[str, Any]:
    """Link an external id to the one member who bound the phone (creating the contact)."""
    return upsert(ContactIn(external_id=data.external_id, phone=data.phone), require_link=True)


def _linked(external_id: str) -> str:
    contact = _contact(external_id)
    if contact is None:
        raise ContactNotFound(details={"external_id": external_id})
    if contact.member_id is None:
        raise ContactNotLinked(details={"external_id": external_id})
    return contact.member_id


def adjust_points(integration_id: str, data: PointsIn) -> dict[str, Any]:
    if data.delta == 0:
        from siyu.errors import ValidationFailed

        raise ValidationFailed(details=[{"field": "delta", "reason": "non-zero"}])
    member_id = _linked(data.external_id)
    result = points.change(
        member_id,
        data.delta,
        reason=data.reason,
        source="crm",
        ref=f"{integration_id}:{data.idempotency_key}",
        actor=f"crm:{integration_id}",
    )
    if (result.delta, result.reason) != (data.delta, data.reason):
        raise IdempotencyKeyReused()
    return {
        "external_id": data.external_id,
        "member_id": member_id,
        "delta": result.delta,
        "balance_after": result.balance_after,
        "seq": result.seq,
        "created_at": result.created_at,
    }


def summary(external_id: str) -> dict[str, Any]:
    contact = _contact(external_id)
    if contact is None:
        raise ContactNotFound(details={"external_id": external_id})
    out: dict[str, Any] = {
        "external_id": contact.external_id,
        "member_id": contact.member_id,
        "linked": contact.member_id is not None,
        "name": contact.name,
        "attributes": json.loads(contact.attributes) if contact.attributes else {},
        "updated_at": contact.updated_at,
        "member": None,
    }
    if contact.member_id:
        try:
            member = Member.get(*Member.key(contact.member_id))
        except DoesNotExist:
            return out
        snapshot = account.read(contact.member_id)
        out["member"] = {
            "nickname": member.nickname,
            "phone_masked": member.phone_masked,
            "registered_at": member.created_at,
            "points_balance": snapshot.balance,
            "points_earned_total": snapshot.earned_total,
            "level": snapshot.level,
        }
    return out


def each(items: Sequence[T], fn: Callable[[T], dict[str, Any]]) -> list[dict[str, Any]]:
    """A batch: each item on its own; a refused item carries its error and the others go on."""
    results = []
    for item in items:
        try:
            results.append({"ok": True, **fn(item)})
        except SiyuError as err:
            results.append({"ok": False, "external_id": getattr(item, "external_id", None), **err.body()})
    return results
