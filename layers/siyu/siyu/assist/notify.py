"""The initiator's subscribe message when an assist completes, sent from the AssistCompleted
event after the transaction has committed (never inside a help: a slow Kuaishou must not
hold up a friend's help, and a help must not fail because a message could not be sent).

Sent through siyu.messaging (the app-wide limit, one classification of Kuaishou's answers).
EventBridge delivers at least once, so the send is claimed on the assist first (a
conditional write): a repeat of the event finds it SENT or REFUSED and sends nothing. A
claim left SENDING by a function that died expires after CLAIM_SECONDS. Kuaishou being
unreachable or answering "busy" releases the claim and raises, so the event is retried; any
other refusal (the member did not subscribe after all, template withdrawn) is final.
"""

from __future__ import annotations

from datetime import timedelta

from pynamodb.exceptions import UpdateError

from siyu import clock, messaging
from siyu.assist.assists import share_of
from siyu.assist.models import Assist
from siyu.errors import KuaishouUnavailable
from siyu.events import DomainEvent
from siyu.members.models import Member
from siyu.messaging import Delivery
from siyu.observability import logger

CLAIM_SECONDS = 60
SENDING, SENT, REFUSED = "SENDING", "SENT", "REFUSED"


def _claim(assist: Assist) -> bool:
    now = clock.now()
    stale = clock.iso(now - timedelta(seconds=CLAIM_SECONDS))
    try:
        assist.update(
            actions=[Assist.notify_status.set(SENDING), Assist.notify_claimed_at.set(clock.iso(now))],
            condition=Assist.notify_status.does_not_exist()
            | ((Assist.notify_status == SENDING) & (Assist.notify_claimed_at < stale)),
        )
    except UpdateError:
        return False
    return True


def _finish(assist: Assist, status: str | None) -> None:
    action = Assist.notify_status.set(status) if status else Assist.notify_status.remove()
    assist.update(actions=[action], condition=Assist.notify_status == SENDING)


def message_data(assist: Assist) -> dict[str, dict[str, str]]:
    """thing01: the campaign, thing02: the reward (thing values: at most 20 characters)."""
    return {"thing01": {"value": assist.campaign_name[:20]}, "thing02": {"value": assist.reward_name[:20]}}


def on_completed(event: DomainEvent) -> str:
    """Send the completion message once if the initiator consented; returns what happened."""
    try:
        assist = Assist.get(*Assist.key(str(event.data["assist_id"])), consistent_read=True)
    except Assist.DoesNotExist:
        return "unknown-assist"
    if not assist.notify or not assist.message_template_id:
        return "not-subscribed"
    if not _claim(assist):
        return "already-handled"
    try:
        member = Member.get(*Member.key(assist.initiator_id))
    except Member.DoesNotExist:
        _finish(assist, REFUSED)
        return "unknown-member"
    result = messaging.send(
        member.open_id,
        assist.message_template_id,
        share_of(assist)["path"].lstrip("/"),
        message_data(assist),
    )
    if result.delivery in (Delivery.TRANSIENT, Delivery.UNKNOWN):
        _finish(assist, None)  # let the event's retry send it (as before: at least once)
        raise KuaishouUnavailable(details={"kuaishou_result": result.code})
    if result.delivery != Delivery.SENT:
        logger.info(
            "completion message refused", extra={"assist_id": assist.assist_id, "result": result.code}
        )
        _finish(assist, REFUSED)
        return "refused"
    _finish(assist, SENT)
    return "sent"
