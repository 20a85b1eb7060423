"""Give items written before staff's search indexes existed their index keys, once, after
deploying the console II routes (a maintenance job, never a request path, so it may Scan):

    MEMBERS_TABLE=… COMMERCE_TABLE=… AWS_REGION=cn-north-1 python -m siyu.search_backfill

- members: the profile's gsi2 (nickname) and a PhoneSearchKey (masked phone), as siyu.auth.login sets them;
- orders: gsi2 (the store's orders of the pickup day), as siyu.orders.checkout sets it;
- group-buy groups: gsi2 (the deal's groups), as siyu.group_buys.groups sets it.

Each update is conditional on the key still missing, so a rerun (or a profile changed
meanwhile, which sets the key itself) changes nothing. Outbox events need none: the outbox
keeps 7 days, and new events carry their member key.
"""

from __future__ import annotations

import sys
from typing import Any

from pynamodb.exceptions import PutError, UpdateError

from siyu.group_buys.models import Group
from siyu.members.models import Member, PhoneSearchKey
from siyu.orders.models import Order


def _set(item: Any, condition: Any, actions: list[Any]) -> bool:
    try:
        item.update(actions=actions, condition=condition)
    except UpdateError as exc:
        if exc.cause_response_code == "ConditionalCheckFailedException":
            return False
        raise
    return True


def members() -> int:
    done = 0
    for m in Member.scan(Member.sk == "PROFILE"):
        if m.phone_masked:
            try:
                PhoneSearchKey.of(m.member_id, m.phone_masked).save(PhoneSearchKey.pk.does_not_exist())
                done += 1
            except PutError as exc:
                if exc.cause_response_code != "ConditionalCheckFailedException":
                    raise
        if m.nickname and m.gsi2pk is None:
            done += _set(
                m,
                Member.gsi2pk.does_not_exist() & (Member.nickname == m.nickname),
                [Member.gsi2pk.set(Member.nickname_key(m.nickname)), Member.gsi2sk.set(m.member_id)],
            )
    return done


def orders() -> int:
    done = 0
    for o in Order.scan((Order.sk == "ORDER") & Order.gsi2pk.does_not_exist()):
        done += _set(
            o,
            Order.gsi2pk.does_not_exist(),
            [
                Order.gsi2pk.set(Order.store_day_index(o.store_id, o.pickup_day)),
                Order.gsi2sk.set(f"{o.created_at}#{o.order_id}"),
            ],
        )
    return done


def groups() -> int:
    done = 0
    for g in Group.scan((Group.sk == "GROUP") & Group.gsi2pk.does_not_exist()):
        done += _set(
            g,
            Group.gsi2pk.does_not_exist(),
            [Group.gsi2pk.set(Group.deal_key(g.deal_id)), Group.gsi2sk.set(f"{g.created_at}#{g.group_id}")],
        )
    return done


def main() -> int:
    counts = {"members": members(), "orders": orders(), "groups": groups()}
    print("index keys set: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
