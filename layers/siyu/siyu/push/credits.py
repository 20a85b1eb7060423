"""The subscribe-message credit ledger: per member and template, one accept = one send.

The mini-program calls `ks.requestSubscribeMessage`; for each template the member accepted,
the SDK posts the result here (`record`). An accept adds one credit; a send takes one in
the same transaction that claims the member's copy (siyu.push.sender), so a credit is
never spent twice and a send without one is refused (NO_CREDIT) and counted, never made.

A repeat of the same request (its Idempotency-Key) adds nothing: each accept is its own
item (`ACCEPT#<key>`), written with the balance in one transaction on condition that it
does not exist yet.
"""

from __future__ import annotations

from collections.abc import Mapping

from pynamodb.exceptions import TransactWriteError

from siyu import clock
from siyu.db import transaction
from siyu.push.models import Credit, CreditAccept
from siyu.txn import cancelled

ACCEPT = "accept"
# Answers of ks.requestSubscribeMessage per template: accept, reject, ban (the member turned
# the template off), filter (the platform filtered it). Only an accept is a credit.
RESULTS = frozenset({"accept", "reject", "ban", "filter"})


def record(member_id: str, results: Mapping[str, str], *, request_key: str) -> dict[str, int]:
    """Record the accepts of one ks.requestSubscribeMessage call; answers the balances of
    the templates it named. Idempotent by `request_key`."""
    accepted = sorted(t for t, answer in results.items() if answer == ACCEPT)
    now = clock.now_iso()
    if accepted:
        try:
            with transaction() as tx:
                for template_id in accepted:
                    tx.save(
                        CreditAccept(*CreditAccept.key(member_id, template_id, request_key), accepted_at=now),
                        condition=CreditAccept.pk.does_not_exist(),
                    )
                    tx.update(
                        Credit(*Credit.key(member_id, template_id)),
                        actions=[
                            Credit.credits.add(1),
                            Credit.accepted.add(1),
                            Credit.member_id.set(member_id),
                            Credit.template_id.set(template_id),
                            Credit.updated_at.set(now),
                        ],
                    )
        except TransactWriteError as exc:
            if not cancelled(exc).condition_failed:
                raise  # a conflict with a concurrent send: the client retries with the same key
            # The request was recorded before (a retry of the same key): nothing to add.
    return balances(member_id, list(results))


def balances(member_id: str, template_ids: list[str]) -> dict[str, int]:
    """Credits left per template (0 for a template never accepted)."""
    found = {
        c.template_id: int(c.credits)
        for c in Credit.batch_get([Credit.key(member_id, t) for t in dict.fromkeys(template_ids)])
    }
    return {t: found.get(t, 0) for t in template_ids}
