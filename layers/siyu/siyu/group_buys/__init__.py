"""Group-buys (拼团): deals, groups with an exact number of seats, formation and failure, and
the orders that pay for the seats (siyu.group_buys.ordering).

Members start groups with `ordering.start_order(member_id, deal_id, request_key=...)` and
join with `ordering.join_order(member_id, group_id)` (routes in functions/flash_sales): each
takes a seat (siyu.group_buys.groups) and creates its pending order at the group price. The
rest follows from events (GroupBuysEventsFunction → `ordering.on_event`): OrderPaid of a
group-buy order → `mark_member_paid`; GroupFormed → every order confirmed; GroupFailed →
every paid order refunded, every unpaid one cancelled. An unpaid order that closes gives its
seat back (release hook). Events: GroupFormed, GroupFailed.

In-process calls (the building blocks):

    siyu.group_buys.mark_member_paid(group_id: str, member_id: str, order_ref: str) -> PaidOutcome
        The member's group-buy order is paid. Idempotent per (group, member, order_ref).
        The N-th payment forms the group (GroupFormed with every member's order_ref).
        GROUP_NOT_JOINED / GROUP_ALREADY_PAID / GROUP_CLOSED mean the payment does not count.

    siyu.group_buys.release_seat(group_id: str, member_id: str) -> bool
        Give an unpaid seat back (True if this call freed it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from siyu.lazy_exports import from_submodules, lazy_getattr

if TYPE_CHECKING:
    from siyu.group_buys.groups import PaidOutcome, mark_member_paid, release_seat

__all__ = ["PaidOutcome", "mark_member_paid", "release_seat"]


# Loaded on first use: importing a submodule (the API's shapes in siyu.group_buys.schemas)
# must not load the domain and PynamoDB with it (docs/DEVELOPING.md, Import rules).
__getattr__ = lazy_getattr(__name__, from_submodules(__name__, {"groups": __all__}))
