"""Issuing a coupon to a member: public claim, code redemption and grants share one
TransactWriteItems — one DynamoDB round trip:

- the template: stock - 1 (condition stock > 0), the channel's counter + 1, conditional on
  status ACTIVE and on the version the rules were read at;
- the member's claim counter for the template: + 1, condition < per-member limit (claims
  and codes; grants are decided by the granting capability);
- for codes: the code's uses + 1 (condition: active, inside its window, under max_uses)
  and the member's uses of the code + 1 (condition < the code's per-member limit);
- for new-member templates: a ConditionCheck that the member's profile is recent enough;
- the wallet entry, conditional on not existing: its id is derived from the request's
  natural key (Idempotency-Key, or the grant's source reference), so a retried request
  finds its coupon instead of taking a second one;
- the CouponClaimed event in the outbox.

When the transaction is cancelled, the cancellation reasons say which item refused. They
are mapped by the item each reason carries (ReturnValuesOnConditionCheckFailure=ALL_OLD),
never by position: pynamodb reorders the items by kind.
"""

from __future__ import annotations

import base64
import hashlib
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pynamodb.exceptions import TransactWriteError
from pynamodb.transactions import TransactWrite

from siyu import clock
from siyu.cache import TimedCache
from siyu.coupons import schemas, templates
from siyu.coupons.audience import member_level, new_member_cutoff
from siyu.coupons.errors import (
    CodeDisabled,
    CodeEnded,
    CodeLimitReached,
    CodeNotStarted,
    CodeUsedUp,
    CouponAlreadyGranted,
    CouponBusy,
    CouponEnded,
    CouponLimitReached,
    CouponNotClaimable,
    CouponNotEligible,
    CouponNotStarted,
    CouponPaused,
    CouponSoldOut,
    MemberNotFound,
)
from siyu.coupons.models import (
    ACTIVE,
    AVAILABLE,
    ClaimCounter,
    CodeCounter,
    CouponCode,
    CouponTemplate,
    WalletCoupon,
)
from siyu.coupons.templates import validity_window
from siyu.db import transaction
from siyu.errors import SiyuError
from siyu.events import DomainEvent, stage
from siyu.members.models import Member
from siyu.txn import cancelled, value

CLAIM, CODE, GRANT = "claim", "code", "grant"
COUNTER_OF = {
    CLAIM: CouponTemplate.claimed_count,
    CODE: CouponTemplate.code_count,
    GRANT: CouponTemplate.granted_count,
}
MAX_ATTEMPTS = 4
WALLET_RETENTION_DAYS = 180  # DynamoDB drops a coupon this long after it stops being valid


def coupon_id_for(member_id: str, template_id: str, channel: str, ref: str) -> str:
    """A coupon's id, derived from the natural key of the request that issues it."""
    digest = hashlib.sha256("\x1f".join((member_id, template_id, channel, ref)).encode()).digest()
    return base64.b32encode(digest).decode()[:26]


@dataclass(frozen=True)
class Issued:
    coupon: WalletCoupon
    replayed: bool  # the request had already issued this coupon


# ---------------------------------------------------------------- rules checked before writing
def check_open(t: CouponTemplate, channel: str) -> None:
    """Status, claim window (claims and codes) and validity, from the template as read."""
    now = clock.now_iso()
    if t.status != ACTIVE:
        raise CouponPaused(details={"template_id": t.template_id})
    if t.validity_kind == "fixed" and now >= str(t.valid_ends_at):
        raise CouponEnded(details={"template_id": t.template_id, "valid_ends_at": t.valid_ends_at})
    if channel == GRANT:
        return
    if now < t.claim_starts_at:
        raise CouponNotStarted(details={"template_id": t.template_id, "claim_starts_at": t.claim_starts_at})
    if now >= t.claim_ends_at:
        raise CouponEnded(details={"template_id": t.template_id, "claim_ends_at": t.claim_ends_at})


def check_claimable(t: CouponTemplate, member_id: str, channel: str) -> None:
    if channel == CLAIM and t.obtain != "public":
        raise CouponNotClaimable(details={"template_id": t.template_id, "obtain": t.obtain})
    check_open(t, channel)
    if channel != GRANT and t.audience == "levels" and member_level(member_id) not in (t.levels or []):
        raise CouponNotEligible(details={"template_id": t.template_id, "levels": list(t.levels or [])})


# ---------------------------------------------------------------- the transaction
def new_coupon(
    t: CouponTemplate,
    member_id: str,
    coupon_id: str,
    channel: str,
    source: str | None,
    source_ref: str | None,
) -> WalletCoupon:
    now = clock.now()
    valid_from, valid_until = validity_window(t, now)
    gsi1pk, gsi1sk = WalletCoupon.index_key(t.template_id, AVAILABLE, coupon_id)
    terms = schemas.terms_of(t)
    return WalletCoupon(
        *WalletCoupon.key(member_id, coupon_id),
        gsi1pk=gsi1pk,
        gsi1sk=gsi1sk,
        coupon_id=coupon_id,
        member_id=member_id,
        template_id=t.template_id,
        name=t.name,
        terms=t.terms,
        restore_on_refund=terms.restore_on_refund,
        status=AVAILABLE,
        valid_from=valid_from,
        valid_until=valid_until,
        channel=channel,
        source=source,
        source_ref=source_ref,
        issued_at=clock.iso(now),
        ttl=clock.epoch(clock.parse_iso(valid_until)) + WALLET_RETENTION_DAYS * 86400,
    )


def stage_issue(
    tx: TransactWrite, t: CouponTemplate, coupon: WalletCoupon, code: CouponCode | None = None
) -> bool:
    """Add the issue's items to `tx`. Returns whether a member ConditionCheck was staged."""
    channel = coupon.channel
    member_id = coupon.member_id
    template_condition = (CouponTemplate.status == ACTIVE) & (CouponTemplate.version == t.version)
    template_actions: list[Any] = [COUNTER_OF[channel].add(1)]
    if t.total_stock is not None:
        template_actions.append(CouponTemplate.stock_left.add(-1))
        template_condition &= CouponTemplate.stock_left > 0
    tx.update(
        CouponTemplate(*CouponTemplate.key(t.template_id)),
        actions=template_actions,
        condition=template_condition,
        return_values="ALL_OLD",
    )
    if channel != GRANT:
        limit = int(t.per_member_limit)
        tx.update(
            ClaimCounter(*ClaimCounter.key(member_id, t.template_id)),
            actions=[ClaimCounter.claimed.add(1)],
            condition=ClaimCounter.claimed.does_not_exist() | (ClaimCounter.claimed < limit),
            return_values="ALL_OLD",
        )
    if code is not None:
        now = clock.now_iso()
        tx.update(
            CouponCode(*CouponCode.key(code.code)),
            actions=[CouponCode.uses.add(1)],
            condition=(CouponCode.status == ACTIVE)
            & (CouponCode.version == code.version)
            & (CouponCode.starts_at <= now)
            & (CouponCode.ends_at > now)
            & (CouponCode.uses < code.max_uses),
            return_values="ALL_OLD",
        )
        tx.update(
            CodeCounter(*CodeCounter.key(member_id, code.code)),
            actions=[CodeCounter.used.add(1)],
            condition=CodeCounter.used.does_not_exist() | (CodeCounter.used < code.per_member_limit),
            return_values="ALL_OLD",
        )
    checks_member = channel != GRANT and t.audience == "new_members"
    if checks_member:
        tx.condition_check(
            Member,
            *Member.key(member_id),
            condition=Member.created_at >= new_member_cutoff(int(t.new_member_days)),
        )
    tx.save(coupon, condition=WalletCoupon.pk.does_not_exist(), return_values="ALL_OLD")
    stage(
        tx,
        DomainEvent(
            type="CouponClaimed",
            member_id=member_id,
            data={
                "coupon_id": coupon.coupon_id,
                "template_id": t.template_id,
                "channel": channel,
                "source": coupon.source,
                "source_ref": coupon.source_ref,
                "valid_until": coupon.valid_until,
            },
        ),
    )
    return checks_member


# ---------------------------------------------------------------- why a transaction was cancelled
@dataclass
class Failure:
    replay: bool = False  # the coupon exists already: the request was a retry
    retry: bool = False  # stale rules or a conflicting transaction: read again and retry
    error: SiyuError | None = None


def _kind_of(sk: str) -> str:
    """Which of a claim's items a failed condition belongs to, by its sort key."""
    for prefix, kind in (("COUPON#", "wallet"), ("CLAIMS#", "claims"), ("CODEUSE#", "code_uses")):
        if sk.startswith(prefix):
            return kind
    return {"TEMPLATE": "template", "CODE": "code"}.get(sk, "other")


def _failed_items(exc: TransactWriteError, member_checked: bool) -> tuple[dict[str, dict[str, Any]], bool]:
    failed = cancelled(exc)  # not a cancellation (throttling, network): it surfaces
    items = {_kind_of(sk): raw for (_, sk), raw in failed.items.items()}
    for position in failed.itemless_at:
        # Only the member ConditionCheck carries no item back; pynamodb sends checks first.
        items["member" if member_checked and position == 0 else "missing"] = {}
    return items, failed.conflict


def _template_refused(raw: dict[str, Any], template_version: int | None) -> Failure | None:
    if template_version is not None and value(raw, "version") != template_version:
        return Failure(retry=True)
    if value(raw, "status") != ACTIVE:
        return Failure(error=CouponPaused())
    return None


def _code_refused(raw: dict[str, Any], code_version: int | None) -> Failure | None:
    if code_version is not None and value(raw, "version") != code_version:
        return Failure(retry=True)
    if value(raw, "status") != ACTIVE:
        return Failure(error=CodeDisabled())
    now = clock.now_iso()
    starts_at, ends_at = value(raw, "starts_at"), value(raw, "ends_at")
    if str(starts_at) > now:
        return Failure(error=CodeNotStarted(details={"starts_at": starts_at}))
    if str(ends_at) <= now:
        return Failure(error=CodeEnded(details={"ends_at": ends_at}))
    return None


def diagnose(
    exc: TransactWriteError,
    *,
    template_version: int | None = None,
    code_version: int | None = None,
    member_checked: bool = False,
) -> Failure:
    """Turn cancellation reasons into what the caller should do, most telling first."""
    failed, conflict = _failed_items(exc, member_checked)
    if "wallet" in failed:
        return Failure(replay=True)
    verdict = None
    if "template" in failed:
        verdict = _template_refused(failed["template"], template_version)
    if verdict is None and "code" in failed:
        verdict = _code_refused(failed["code"], code_version)
    if verdict is not None:
        return verdict
    if "member" in failed:
        return Failure(error=CouponNotEligible(details={"audience": "new_members"}))
    if "claims" in failed:
        claimed = int(value(failed["claims"], "claimed") or 0)
        return Failure(error=CouponLimitReached(details={"claimed": claimed}))
    if "code_uses" in failed:
        return Failure(error=CodeLimitReached())
    if "code" in failed:
        return Failure(error=CodeUsedUp())
    if "template" in failed:
        return Failure(error=CouponSoldOut())
    if conflict and not failed:
        return Failure(retry=True)
    raise exc


def issue_failure(exc: TransactWriteError) -> SiyuError | None:
    """For callers that staged `grant(..., tx=tx)`: the coupon error that cancelled their
    transaction (COUPON_ALREADY_GRANTED when the grant had been made), or None."""
    try:
        failure = diagnose(exc)
    except TransactWriteError:
        return None
    if failure.replay:
        return CouponAlreadyGranted()
    if failure.retry:
        return CouponBusy()
    return failure.error


# ---------------------------------------------------------------- the loop
def find(member_id: str, coupon_id: str) -> WalletCoupon | None:
    try:
        return WalletCoupon.get(*WalletCoupon.key(member_id, coupon_id), consistent_read=True)
    except WalletCoupon.DoesNotExist:
        return None


# Once the stock condition has refused a claim, this container refuses further claims of
# that template version for a moment without a write: a sell-out stampede then does not
# keep hammering the hot template item with transactions bound to fail. Stock added by an
# admin bumps the version, so at worst a refill is noticed SOLD_OUT_MEMO_SECONDS late.
SOLD_OUT_MEMO_SECONDS = 2.0
_sold_out: TimedCache[tuple[str, int], bool] = TimedCache(SOLD_OUT_MEMO_SECONDS)


def _remember_sold_out(t: CouponTemplate) -> None:
    _sold_out.put((t.template_id, int(t.version)), True)


def _recently_sold_out(t: CouponTemplate) -> bool:
    return _sold_out.get((t.template_id, int(t.version))) is not None


def _backoff(attempt: int) -> None:
    time.sleep(random.uniform(0, 0.01 * 2**attempt))


def issue(
    member_id: str,
    template_id: str,
    coupon_id: str,
    channel: str,
    *,
    source: str | None = None,
    source_ref: str | None = None,
    load_code: Callable[[], CouponCode] | None = None,
) -> Issued:
    """Issue one coupon in one transaction; retried only for stale rules or conflicts."""
    fresh = False
    for attempt in range(MAX_ATTEMPTS):
        try:
            code = load_code() if load_code is not None else None
            template = templates.get(template_id, fresh=fresh)
            try:
                check_claimable(template, member_id, channel)
            except SiyuError:
                if fresh:
                    raise
                template = templates.get(template_id, fresh=True)  # the cache may be stale
                check_claimable(template, member_id, channel)
            if _recently_sold_out(template):
                raise CouponSoldOut()
        except SiyuError:
            existing = find(member_id, coupon_id)  # a retry of a request that succeeded earlier
            if existing is not None:
                return Issued(existing, replayed=True)
            raise
        coupon = new_coupon(template, member_id, coupon_id, channel, source, source_ref)
        member_checked = False
        try:
            with transaction() as tx:
                member_checked = stage_issue(tx, template, coupon, code)
        except TransactWriteError as exc:
            failure = diagnose(
                exc,
                template_version=int(template.version),
                code_version=int(code.version) if code is not None else None,
                member_checked=member_checked,
            )
            if failure.replay:
                existing = find(member_id, coupon_id)
                if existing is not None:
                    return Issued(existing, replayed=True)
            if isinstance(failure.error, CouponSoldOut):
                _remember_sold_out(template)
            if failure.error is not None:
                raise failure.error from exc
            fresh = True
            _backoff(attempt)
            continue
        return Issued(coupon, replayed=False)
    raise CouponBusy()


def claim(member_id: str, template_id: str, *, request_key: str) -> Issued:
    """Public claim (领取) of a template; `request_key` is the Idempotency-Key."""
    coupon_id = coupon_id_for(member_id, template_id, CLAIM, request_key)
    return issue(member_id, template_id, coupon_id, CLAIM)


def grant(
    member_id: str, template_id: str, *, source: str, source_ref: str, tx: TransactWrite | None = None
) -> str:
    """Issue a coupon for another capability (assist reward, birthday, admin grant).

    Idempotent by (member, template, source, source_ref): the coupon id is derived from
    them. Respects the template's status, validity and stock (not its claim window,
    audience or per-member limit: the granting capability decides who gets one). With
    `tx`, the items join the caller's transaction and the caller commits; if that
    transaction is cancelled, `issue_failure(exc)` names the coupon's reason.
    """
    coupon_id = coupon_id_for(member_id, template_id, GRANT, f"{source}\x1f{source_ref}")
    if tx is None:
        return issue(
            member_id, template_id, coupon_id, GRANT, source=source, source_ref=source_ref
        ).coupon.coupon_id
    if find(member_id, coupon_id) is not None:
        return coupon_id  # granted before: nothing to stage
    template = templates.get(template_id, fresh=True)
    check_claimable(template, member_id, GRANT)
    stage_issue(tx, template, new_coupon(template, member_id, coupon_id, GRANT, source, source_ref))
    return coupon_id


def grant_by_admin(member_id: str, template_id: str, *, admin_id: str, request_key: str) -> str:
    """An operator gifts a coupon to a member; the Idempotency-Key makes the grant's ref."""
    try:
        Member.get(*Member.key(member_id))
    except Member.DoesNotExist as exc:
        raise MemberNotFound(details={"member_id": member_id}) from exc
    return grant(member_id, template_id, source="admin", source_ref=f"{admin_id}:{request_key}")
