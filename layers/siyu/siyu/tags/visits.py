"""Visits from the tracked events (埋点): the path from the collector to the tag consumers.

Tracked events go to Firehose, which no function reads back. So the collector calls
`record_visits` for a logged-in member's accepted batch: the first batch of the member per
Shanghai day and launch source (live, share, video, other, direct) writes a `~VISIT#` marker
and a `MemberVisited` domain event in one transaction; every later batch of that day and
source is a refused conditional write (and, in a warm container, not even that). The event
reaches the tags consumer through the outbox and the bus like every other domain event.
"""

from __future__ import annotations

from datetime import timedelta

from pynamodb.exceptions import TransactWriteError

from siyu import clock
from siyu.cache import TimedCache
from siyu.db import transaction
from siyu.events import DomainEvent, stage
from siyu.observability import logger
from siyu.tags.models import Seen, member_pk

MAX_SOURCES = 3  # distinct launch sources per batch that count
_recorded: TimedCache[tuple[str, str, str], bool] = TimedCache(3600, max_entries=50_000)


def record_visits(member_id: str, sources: list[str]) -> int:
    """Record today's visit of the member from each source once. Never raises (the events are
    already stored): a failure is logged. Returns the visits recorded now."""
    day = clock.shanghai_day().isoformat()
    counted = 0
    for source in list(dict.fromkeys(sources))[:MAX_SOURCES]:
        key = (member_id, day, source)
        if _recorded.get(key):
            continue
        try:
            with transaction() as tx:
                tx.save(
                    Seen(
                        member_pk(member_id),
                        f"~VISIT#{day}#{source}",
                        ttl=clock.epoch(clock.now() + timedelta(days=2)),
                    ),
                    condition=Seen.pk.does_not_exist(),
                )
                stage(
                    tx,
                    DomainEvent(
                        type="MemberVisited", member_id=member_id, data={"day": day, "source_type": source}
                    ),
                )
            counted += 1
        except TransactWriteError:
            pass  # this day and source were recorded before
        except Exception:
            logger.warning("visit not recorded", extra={"member_id": member_id}, exc_info=True)
            continue
        _recorded.put(key, True)
    return counted
