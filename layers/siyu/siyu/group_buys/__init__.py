"""Group-buys (拼团): deals, groups with an exact number of seats, formation and failure.

For other capabilities (in-process, never over HTTP) — the order flow:

    siyu.group_buys.mark_member_paid(group_id: str, member_id: str, order_ref: str) -> PaidOutcome
        The member's group-buy order is paid. Idempotent per (group, member, order_ref).
        The N-th payment forms the group (GroupFormed with every member's order_ref: the
        orders are confirmed from it). GROUP_NOT_JOINED / GROUP_ALREADY_PAID / GROUP_CLOSED
        mean the payment does not count: refund it.

    siyu.group_buys.release_seat(group_id: str, member_id: str) -> bool
        An unpaid order expired: its seat is free again (True if this call freed it).

    GroupFailed (from the expiry sweep, once per group) lists `members` [{member_id,
    order_ref}] who paid: the order flow refunds each of them through its refund path.

Members start groups with `groups.start_group(member_id, deal_id, request_key=...)` and
join with `groups.join(member_id, group_id)` (routes in functions/flash_sales).
Events: GroupFormed, GroupFailed.
"""

from siyu.group_buys.groups import PaidOutcome, mark_member_paid, release_seat

__all__ = ["PaidOutcome", "mark_member_paid", "release_seat"]
