"""Live streams, reservations and reminders (campaigns table).

LIVE#<live_id> / LIVE                      the live stream (gsi1: LIVES / <ends_at>#<live_id>)
LIVECREATE#<request> / LIVECREATE          which live a create request (admin + Idempotency-Key) made
LIVE#<live_id> / RESV#<member_id>          a member's reservation (subscribe-message consent)
LIVE#<live_id> / REMINDER#<reminder_key>   one firing of one reminder: fan-out cursor, targets
REMINDER#<live_id>#<reminder_key> / MEMBER#<member_id>
                                           one member's copy of one reminder (the delivery state)
"""

from __future__ import annotations

from typing import Any, cast

from pynamodb.attributes import (
    BooleanAttribute,
    ListAttribute,
    NumberAttribute,
    UnicodeAttribute,
)
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

from siyu.db import table_meta

LIVES_INDEX_KEY = "LIVES"

# Live.status
SCHEDULED = "SCHEDULED"
CANCELLED = "CANCELLED"

# Reservation.status
ACTIVE = "ACTIVE"
WITHDRAWN = "CANCELLED"

# ReminderRun.status
FANNING_OUT = "FANNING_OUT"
FANNED_OUT = "FANNED_OUT"

# ReminderDelivery.status: SENDING is claimed (a Kuaishou call may be under way); RETRY is a
# known non-delivery that may be claimed again; SENT, FAILED and SKIPPED are final (a FAILED
# copy with retryable=True may be claimed again when its dead-lettered batch is redriven).
SENDING = "SENDING"
SENT = "SENT"
RETRY = "RETRY"
FAILED = "FAILED"
SKIPPED = "SKIPPED"


class LivesByEnd(GlobalSecondaryIndex["Live"]):
    class Meta:
        index_name = "gsi1"
        projection = AllProjection()

    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class Live(Model):
    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="LIVE")
    gsi1pk = UnicodeAttribute(default=LIVES_INDEX_KEY)
    gsi1sk = UnicodeAttribute()
    by_end = LivesByEnd()

    live_id = UnicodeAttribute()
    title = UnicodeAttribute()
    cover_url = UnicodeAttribute()
    host_name = UnicodeAttribute()
    starts_at = UnicodeAttribute()  # UTC ISO-8601
    ends_at = UnicodeAttribute()  # expected end
    live_room = UnicodeAttribute()  # Kuaishou live-room link or id
    # minutes before the start (cast: pynamodb types `of` as the element type itself)
    reminder_offsets = ListAttribute[int](of=cast(Any, NumberAttribute))
    status = UnicodeAttribute(default=SCHEDULED)
    revision = NumberAttribute(default=1)  # every change; PATCH is conditional on it
    schedule_version = NumberAttribute(default=1)  # changes when the reminder times change
    schedule_status = UnicodeAttribute(default="PENDING")  # OK / FAILED (Scheduler API unreachable)
    # Live-room exclusive coupon: a coupons-capability code (siyu.coupons.codes, source
    # "live:<live_id>") valid from starts_at to ends_at + coupon_grace_minutes.
    coupon_template_id = UnicodeAttribute(null=True)
    coupon_code = UnicodeAttribute(null=True)
    coupon_max_uses = NumberAttribute(null=True)  # None: bounded by the template's stock only
    coupon_per_member_limit = NumberAttribute(null=True)
    coupon_grace_minutes = NumberAttribute(null=True)
    created_by = UnicodeAttribute()
    created_at = UnicodeAttribute()
    updated_at = UnicodeAttribute()

    @staticmethod
    def key(live_id: str) -> tuple[str, str]:
        return f"LIVE#{live_id}", "LIVE"

    @staticmethod
    def index_sort_key(ends_at: str, live_id: str) -> str:
        return f"{ends_at}#{live_id}"


class LiveCreation(Model):
    """Which live a create request made: written in the live's own transaction, so a create
    that runs again for the same request (the Lambda died after the commit, before the
    Idempotency-Key's answer was stored) finds the live instead of making a second one."""

    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="LIVECREATE")
    live_id = UnicodeAttribute()
    ttl = NumberAttribute()  # epoch s; kept as long as the Idempotency-Key's answer, and more

    @staticmethod
    def key(request: str) -> tuple[str, str]:
        return f"LIVECREATE#{request}", "LIVECREATE"


class Reservation(Model):
    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    live_id = UnicodeAttribute()
    member_id = UnicodeAttribute()
    open_id = UnicodeAttribute()  # copied once, so the reminder needs no member lookup
    template_id = UnicodeAttribute()  # the subscribe-message template the member consented to
    status = UnicodeAttribute(default=ACTIVE)
    reserved_at = UnicodeAttribute()
    cancelled_at = UnicodeAttribute(null=True)

    @staticmethod
    def key(live_id: str, member_id: str) -> tuple[str, str]:
        return f"LIVE#{live_id}", f"RESV#{member_id}"


class ReminderRun(Model):
    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    live_id = UnicodeAttribute()
    reminder_key = UnicodeAttribute()
    offset_minutes = NumberAttribute()
    schedule_version = NumberAttribute()
    status = UnicodeAttribute(default=FANNING_OUT)
    cursor = UnicodeAttribute(null=True)  # JSON LastEvaluatedKey of the reservations already queued
    targets = NumberAttribute(default=0)  # members queued (each page counted once)
    started_at = UnicodeAttribute()
    fanned_out_at = UnicodeAttribute(null=True)

    @staticmethod
    def key(live_id: str, reminder_key: str) -> tuple[str, str]:
        return f"LIVE#{live_id}", f"REMINDER#{reminder_key}"


class ReminderDelivery(Model):
    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    live_id = UnicodeAttribute()
    reminder_key = UnicodeAttribute()
    member_id = UnicodeAttribute()
    status = UnicodeAttribute()
    claim = UnicodeAttribute(null=True)  # who holds SENDING: only that worker records the outcome
    lease_until = NumberAttribute(null=True)  # epoch s; a SENDING copy past it has an unknown outcome
    attempts = NumberAttribute(default=0)
    retryable = BooleanAttribute(default=False)
    error_code = UnicodeAttribute(null=True)
    error_message = UnicodeAttribute(null=True)
    sent_at = UnicodeAttribute(null=True)
    opened_at = UnicodeAttribute(null=True)  # first open of the mini-program from this reminder
    updated_at = UnicodeAttribute()

    @staticmethod
    def partition(live_id: str, reminder_key: str) -> str:
        return f"REMINDER#{live_id}#{reminder_key}"

    @staticmethod
    def key(live_id: str, reminder_key: str, member_id: str) -> tuple[str, str]:
        return ReminderDelivery.partition(live_id, reminder_key), f"MEMBER#{member_id}"
