"""Audiences: the exact members a push campaign or a grant goes to, frozen when it is sent.

A segment's membership changes with every event; a campaign must not. `freeze` stores the
member ids once under a caller-chosen `ref` (the campaign or grant id) and answers the same
audience for every retry of that ref, so a redelivered "send" never widens or narrows who
receives it. Segments (dynamic or uploaded) freeze into an audience; senders read only
audiences.

Engage table layout (tags, segments and push keep their own prefixes in the same table):

| pk | sk | item |
| --- | --- | --- |
| `AUD#<ref>` | `META` | `Audience`: size, source, status, the writer whose chunks count |
| `AUD#<ref>` | `CHUNK#<writer>#<n>` | `AudienceChunk`: up to 1,000 member ids, sorted |

Writing claims the header first (`status=writing`, a writer token); the chunks carry the
writer in their key and the header turns `ready` only on the writer's own claim, so two
concurrent freezes of one ref — or a retry after a crash half-way — never mix their lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pynamodb.attributes import ListAttribute, NumberAttribute, UnicodeAttribute
from pynamodb.exceptions import PutError, UpdateError
from pynamodb.models import Model

from siyu.clock import now_iso
from siyu.db import table_meta
from siyu.ids import new_id

CHUNK_SIZE = 1_000  # member ids per item: ~30 KB, far below DynamoDB's 400 KB
MAX_MEMBERS = 1_000_000


class AudienceTooLarge(ValueError):
    pass


class Audience(Model):
    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="META")
    ref = UnicodeAttribute()
    source = UnicodeAttribute()  # "segment:<id>", "upload", …: where the ids came from
    status = UnicodeAttribute()  # writing | ready
    writer = UnicodeAttribute()
    size = NumberAttribute(default=0)
    chunks = NumberAttribute(default=0)
    created_at = UnicodeAttribute()


class AudienceChunk(Model):
    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    members = ListAttribute[str]()


@dataclass(frozen=True)
class FrozenAudience:
    ref: str
    source: str
    size: int
    created_at: str


def _pk(ref: str) -> str:
    return f"AUD#{ref}"


def _view(header: Audience) -> FrozenAudience:
    return FrozenAudience(header.ref, header.source, int(header.size), header.created_at)


def get(ref: str) -> FrozenAudience | None:
    """The audience frozen under `ref`, or None while none is ready."""
    try:
        header = Audience.get(_pk(ref), "META", consistent_read=True)
    except Audience.DoesNotExist:
        return None
    return _view(header) if header.status == "ready" else None


def freeze(ref: str, member_ids: Iterable[str], *, source: str) -> FrozenAudience:
    """Store `member_ids` as the audience of `ref`, once: a later call answers the first list.

    `member_ids` is read only when this call wins the claim, so a caller may pass a lazy
    segment evaluation. Duplicates are dropped; the order is by member id.
    """
    existing = get(ref)
    if existing is not None:
        return existing
    writer = new_id()
    header = Audience(_pk(ref), ref=ref, source=source, status="writing", writer=writer)
    header.created_at = now_iso()
    try:
        # A header left "writing" by a crashed or concurrent writer is taken over: its chunks
        # keep their own writer in the key and are never read.
        header.save(condition=Audience.pk.does_not_exist() | (Audience.status == "writing"))
    except PutError:
        return _wait_ready(ref)
    ids = sorted(set(member_ids))
    if len(ids) > MAX_MEMBERS:
        raise AudienceTooLarge(f"an audience holds at most {MAX_MEMBERS:,} members")
    chunks = [ids[i : i + CHUNK_SIZE] for i in range(0, len(ids), CHUNK_SIZE)]
    with AudienceChunk.batch_write() as batch:
        for n, chunk in enumerate(chunks):
            batch.save(AudienceChunk(_pk(ref), f"CHUNK#{writer}#{n:05d}", members=chunk))
    try:
        header.update(
            actions=[
                Audience.status.set("ready"),
                Audience.size.set(len(ids)),
                Audience.chunks.set(len(chunks)),
            ],
            condition=(Audience.writer == writer) & (Audience.status == "writing"),
        )
    except UpdateError:
        return _wait_ready(ref)  # another writer took over; its list is the one that counts
    return _view(header)


def _wait_ready(ref: str) -> FrozenAudience:
    """Another writer holds the claim: its audience, or a retryable error while it writes."""
    frozen = get(ref)
    if frozen is None:
        raise AudienceBusy(ref)
    return frozen


class AudienceBusy(RuntimeError):
    """Another call is freezing this ref right now; retry shortly (SQS redelivery does)."""


def member_pages(ref: str) -> Iterator[list[str]]:
    """The frozen member ids of `ref`, one chunk (≤ 1,000 ids, ascending) at a time."""
    header = Audience.get(_pk(ref), "META", consistent_read=True)
    if header.status != "ready":
        raise AudienceBusy(ref)
    for chunk in AudienceChunk.query(
        _pk(ref), AudienceChunk.sk.startswith(f"CHUNK#{header.writer}#"), consistent_read=True
    ):
        yield list(chunk.members)
