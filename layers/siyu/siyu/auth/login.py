"""Member login through Kuaishou code2session, token refresh, logout, phone binding, profile.

Refresh tokens rotate (OAuth 2.0 Security BCP): each login starts a family (one item,
pk=MEMBER#<id>, sk=REFRESH#<family>, holding the id of the family's one live token). A
refresh swaps that id for a new one with one conditional write and hands out the new token;
a token of the family that is not the live one (used before, so copied or stolen) revokes
the whole family. Logout revokes the family, or every family (token version) at once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pynamodb.attributes import BooleanAttribute, NumberAttribute, UnicodeAttribute
from pynamodb.exceptions import TransactWriteError, UpdateError
from pynamodb.models import Model

from siyu import clock, kuaishou, ratelimit
from siyu.auth import tokens
from siyu.auth.schemas import ProfilePatch
from siyu.config import get_settings
from siyu.db import table_meta, transaction
from siyu.errors import NotFound, TokenInvalid, define_error
from siyu.events import DomainEvent, stage
from siyu.ids import new_id
from siyu.members.models import Identity, Member, MemberPhone, PhoneSearchKey, member_pk
from siyu.observability import logger

BirthdayLocked = define_error("BIRTHDAY_LOCKED", 409, "生日设置后不可修改，如需修改请联系客服")
PhoneInvalid = define_error("PHONE_INVALID", 400, "手机号格式不正确")
MemberNotFound = define_error("MEMBER_NOT_FOUND", 404, "会员不存在")


@dataclass(frozen=True)
class LoginResult:
    member: Member
    is_new: bool


class RefreshFamily(Model):
    """pk=MEMBER#<id>, sk=REFRESH#<family>: the one live refresh token of one login."""

    Meta = table_meta("members")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    current = UnicodeAttribute()  # jti of the live token
    revoked = BooleanAttribute(default=False)
    ttl = NumberAttribute()

    @staticmethod
    def key(member_id: str, family: str) -> tuple[str, str]:
        return member_pk(member_id), f"REFRESH#{family}"


def _tokens(member: Member) -> dict[str, Any]:
    """Access + refresh token of a new family (a login)."""
    family, jti = new_id(), new_id()
    ttl = clock.epoch(clock.now()) + get_settings().refresh_token_ttl_seconds
    RefreshFamily(*RefreshFamily.key(member.member_id, family), current=jti, ttl=ttl).save()
    return _issue_in_family(member, family, jti)


def _returning(member_id: str, session_key: str) -> Member:
    member = Member(*Member.key(member_id))
    try:
        member.update(
            actions=[Member.session_key.set(session_key), Member.last_login_at.set(clock.now_iso())],
            condition=Member.pk.exists(),
        )
    except UpdateError as exc:
        raise MemberNotFound() from exc
    return member


def _known_inviter(inviter_id: str | None) -> str | None:
    """The inviter, if it is a member (a made-up id must not earn anyone an invite reward)."""
    if not inviter_id:
        return None
    try:
        Member.get(*Member.key(inviter_id))
    except Member.DoesNotExist:
        logger.info("login names an unknown inviter", extra={"inviter_id": inviter_id})
        return None
    return inviter_id


def _register(open_id: str, session_key: str, inviter_id: str | None) -> Member | None:
    """Create identity + member + MemberRegistered in one transaction; None if someone won the race.
    MemberRegistered names the inviter: the members capability completes their invite task."""
    now = clock.now_iso()
    member_id = new_id()
    member = Member(
        *Member.key(member_id),
        member_id=member_id,
        open_id=open_id,
        session_key=session_key,
        created_at=now,
        last_login_at=now,
        token_version=1,
    )
    try:
        with transaction() as tx:
            tx.save(
                Identity(*Identity.key(open_id), member_id=member_id), condition=Identity.pk.does_not_exist()
            )
            tx.save(member, condition=Member.pk.does_not_exist())
            data = {"source": "kuaishou", **({"inviter_id": inviter_id} if inviter_id else {})}
            stage(tx, DomainEvent(type="MemberRegistered", member_id=member_id, data=data))
    except TransactWriteError:
        return None
    return member


def login(
    js_code: str, *, inviter_id: str | None = None, source_ip: str = ""
) -> tuple[LoginResult, dict[str, Any]]:
    if source_ip:
        ratelimit.member_login_ip().hit(source_ip)
    session = kuaishou.client().code2session(js_code)
    for _ in range(2):
        try:
            identity = Identity.get(*Identity.key(session.open_id), consistent_read=True)
            result = LoginResult(_returning(identity.member_id, session.session_key), is_new=False)
            break
        except Identity.DoesNotExist:
            created = _register(session.open_id, session.session_key, _known_inviter(inviter_id))
            if created is not None:
                result = LoginResult(created, is_new=True)
                break
    else:  # pragma: no cover - the identity exists after a lost race, so the second pass finds it
        raise MemberNotFound()
    return result, _tokens(result.member)


def get_member(member_id: str) -> Member:
    try:
        return Member.get(*Member.key(member_id))
    except Member.DoesNotExist as exc:
        raise MemberNotFound() from exc


def refresh(refresh_token: str) -> dict[str, Any]:
    """New tokens for a live refresh token, which stops working; a reused one revokes its family."""
    claims = tokens.verify(refresh_token, "refresh")
    try:
        member = Member.get(*Member.key(claims.sub), consistent_read=True)
    except Member.DoesNotExist as exc:
        raise TokenInvalid() from exc
    if int(member.token_version) != claims.ver:
        raise TokenInvalid()  # revoked: the member's tokens were invalidated since
    if not claims.fam or not claims.jti:
        return _tokens(member)  # issued before rotation: start a family
    jti = new_id()
    family = RefreshFamily(*RefreshFamily.key(member.member_id, claims.fam))
    try:
        family.update(
            actions=[RefreshFamily.current.set(jti)],
            condition=(RefreshFamily.current == claims.jti) & (RefreshFamily.revoked == False),  # noqa: E712
        )
    except UpdateError as exc:
        if exc.cause_response_code != "ConditionalCheckFailedException":
            raise
        _revoke_family(member.member_id, claims.fam)
        logger.warning("refresh token reused: family revoked", extra={"member_id": member.member_id})
        raise TokenInvalid() from None
    return _issue_in_family(member, claims.fam, jti)


def _issue_in_family(member: Member, family: str, jti: str) -> dict[str, Any]:
    s = get_settings()
    return {
        "access_token": tokens.issue(member.member_id, "access", s.access_token_ttl_seconds),
        "refresh_token": tokens.issue(
            member.member_id,
            "refresh",
            s.refresh_token_ttl_seconds,
            ver=int(member.token_version),
            fam=family,
            jti=jti,
        ),
        "expires_in": s.access_token_ttl_seconds,
        "token_type": "Bearer",
    }


def _revoke_family(member_id: str, family: str) -> None:
    try:
        RefreshFamily(*RefreshFamily.key(member_id, family)).update(
            actions=[RefreshFamily.revoked.set(True)], condition=RefreshFamily.pk.exists()
        )
    except UpdateError as exc:
        if exc.cause_response_code != "ConditionalCheckFailedException":
            raise


def logout(member_id: str, refresh_token: str | None) -> None:
    """Revoke the session of `refresh_token` (a token of another member is ignored), or
    without one every session of the member. Access tokens expire on their own (≤ 2 h)."""
    if refresh_token is None:
        Member(*Member.key(member_id)).update(
            actions=[Member.token_version.add(1)], condition=Member.pk.exists()
        )
        return
    claims = tokens.verify(refresh_token, "refresh")
    if claims.sub == member_id and claims.fam:
        _revoke_family(member_id, claims.fam)


_PHONE = re.compile(r"^1\d{10}$")


def mask_phone(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:]


def bind_phone(member_id: str, encrypted_data: str, iv: str) -> str:
    member = get_member(member_id)
    if not member.session_key:
        raise kuaishou.LoginCodeInvalid()
    payload = kuaishou.decrypt(encrypted_data, iv, member.session_key)
    phone = str(payload.get("phoneNumber") or payload.get("purePhoneNumber") or "")
    if not _PHONE.match(phone):
        raise PhoneInvalid()
    masked = mask_phone(phone)
    for _ in range(3):
        if member.phone == phone:
            return masked
        try:
            with transaction() as tx:
                tx.update(
                    member,
                    actions=[Member.phone.set(phone), Member.phone_masked.set(masked)],
                    condition=Member.phone == member.phone if member.phone else Member.phone.does_not_exist(),
                )
                if member.phone:
                    tx.delete(MemberPhone(*MemberPhone.key(member.phone, member_id)))
                tx.save(MemberPhone(*MemberPhone.key(phone, member_id), member_id=member_id))
                tx.save(PhoneSearchKey.of(member_id, masked))  # staff find members by the masked phone
                data = {"fields": ["phone"], "phone_masked": masked}
                stage(tx, DomainEvent(type="MemberUpdated", member_id=member_id, data=data))
            return masked
        except TransactWriteError:
            member = get_member(member_id)  # bound meanwhile: compare with what is there now
    return masked


def update_profile(member_id: str, patch: ProfilePatch) -> Member:
    member = Member(*Member.key(member_id))
    actions: list[Any] = []
    condition = Member.pk.exists()
    if patch.nickname is not None:
        actions.append(Member.nickname.set(patch.nickname))
        # staff find members by nickname (gsi2)
        actions += [Member.gsi2pk.set(Member.nickname_key(patch.nickname)), Member.gsi2sk.set(member_id)]
    if patch.avatar_url is not None:
        actions.append(Member.avatar_url.set(str(patch.avatar_url)))
    if patch.birthday is not None:
        # A birthday is set once: it drives yearly rewards, so members cannot move it around.
        birthday = patch.birthday.isoformat()
        actions.append(Member.birthday.set(birthday))
        # Indexed by month-day so the daily birthday job finds today's members with a Query.
        actions += [Member.gsi1pk.set(Member.birthday_key(birthday)), Member.gsi1sk.set(member.pk)]
        condition &= Member.birthday.does_not_exist() | (Member.birthday == birthday)
    if not actions:
        return get_member(member_id)
    try:
        member.update(actions=actions, condition=condition)
    except UpdateError as exc:
        current = get_member(member_id)  # tells "no such member" apart from "birthday locked"
        if patch.birthday is not None and current.birthday not in (None, patch.birthday.isoformat()):
            raise BirthdayLocked() from exc
        raise NotFound() from exc
    return member
