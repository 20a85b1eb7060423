"""Event sources polled the way Lambda polls them:

- `SqsPoller`: an SQS event source — batches of up to BatchSize (within the batching window),
  the SQS event shape; a message is deleted only when the function succeeds, or, with
  ReportBatchItemFailures, unless it is listed in `batchItemFailures`. Delay, visibility and
  redrive to a dead-letter queue are moto's own SQS behaviour.
- `StreamPoller`: a DynamoDB stream event source (moto keeps the records) — the stream event
  shape, in order per shard; a failed batch is retried from the first failed record
  (ReportBatchItemFailures), halved (BisectBatchOnFunctionError), and dropped after
  MaximumRetryAttempts. Like an event source mapping it keeps its position per shard
  (`StreamCheckpoints`); with `--data-dir` the positions are kept across restarts, so records
  written but not yet delivered before a crash are delivered after it, and none twice over.
- `RuleQueues`: rule targets moto cannot deliver (functions, API destinations) get a hidden
  queue as their target in moto; events arriving there are handed to `Deliveries`.

Each poller's `tick()` does one round and says whether it did work.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from moto.events.models import EventPattern

from siyu_local.lambdas import Functions
from siyu_local.targets import LAMBDA_ASYNC_RETRIES, Clients, Deliveries, Delivery, apply_input
from siyu_local.template import LOCAL_ACCOUNT, Stack
from siyu_local.wiring import Rule, SqsSource, StreamSource, Target

log = logging.getLogger("siyu_local")


def _matches_any(filters: list[EventPattern], record: dict[str, Any]) -> bool:
    return not filters or any(f.matches_event(record) for f in filters)  # type: ignore[arg-type]


def _patterns(filters: list[dict[str, Any]]) -> list[EventPattern]:
    return [EventPattern.load(json.dumps(f)) for f in filters]


def _failed_ids(result: Any) -> set[str] | None:
    """`batchItemFailures` identifiers; None when the response is malformed (= whole batch failed)."""
    if not isinstance(result, dict) or result.get("batchItemFailures") in (None, []):
        return set()
    failures = result["batchItemFailures"]
    if not isinstance(failures, list):
        return None
    ids = set()
    for item in failures:
        if not isinstance(item, dict) or not item.get("itemIdentifier"):
            return None
        ids.add(str(item["itemIdentifier"]))
    return ids


# ---------------------------------------------------------------------------------- SQS
def _lambda_message_attributes(attributes: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name, value in (attributes or {}).items():
        out[name] = {
            "stringValue": value.get("StringValue"),
            "binaryValue": value.get("BinaryValue"),
            "stringListValues": value.get("StringListValues", []),
            "binaryListValues": value.get("BinaryListValues", []),
            "dataType": value.get("DataType"),
        }
        if out[name]["binaryValue"] is None:
            out[name].pop("binaryValue")
        if out[name]["stringValue"] is None:
            out[name].pop("stringValue")
    return out


def _filter_view(record: dict[str, Any]) -> dict[str, Any]:
    """Lambda matches SQS filters against the body parsed as JSON when it is JSON."""
    try:
        return {**record, "body": json.loads(record["body"])}
    except ValueError:
        return record


class SqsPoller:
    def __init__(self, stack: Stack, source: SqsSource, functions: Functions, clients: Clients) -> None:
        self.source = source
        self.functions = functions
        self.clients = clients
        self.region = stack.region
        self.queue_arn = f"arn:{stack.partition}:sqs:{stack.region}:{LOCAL_ACCOUNT}:{source.queue_name}"
        self.queue_url = clients.queue_url(source.queue_name)
        self._filters = _patterns(source.filters)
        self.delivered = 0

    def _receive(self) -> list[dict[str, Any]]:
        messages: list[dict[str, Any]] = []
        deadline = time.monotonic() + self.source.batching_window
        while len(messages) < self.source.batch_size:
            page = (
                self.clients("sqs")
                .receive_message(
                    QueueUrl=self.queue_url,
                    MaxNumberOfMessages=min(10, self.source.batch_size - len(messages)),
                    WaitTimeSeconds=0,
                    AttributeNames=["All"],
                    MessageAttributeNames=["All"],
                )
                .get("Messages", [])
            )
            messages.extend(page)
            if not page and (not messages or time.monotonic() >= deadline):
                break
            if not page:
                time.sleep(0.05)
        return messages

    def _record(self, message: dict[str, Any]) -> dict[str, Any]:
        return {
            "messageId": message["MessageId"],
            "receiptHandle": message["ReceiptHandle"],
            "body": message["Body"],
            "attributes": dict(message.get("Attributes", {})),
            "messageAttributes": _lambda_message_attributes(message.get("MessageAttributes", {})),
            "md5OfBody": message.get("MD5OfBody", ""),
            "eventSource": "aws:sqs",
            "eventSourceARN": self.queue_arn,
            "awsRegion": self.region,
        }

    def _delete(self, records: list[dict[str, Any]]) -> None:
        for start in range(0, len(records), 10):
            chunk = records[start : start + 10]
            self.clients("sqs").delete_message_batch(
                QueueUrl=self.queue_url,
                Entries=[{"Id": str(i), "ReceiptHandle": r["receiptHandle"]} for i, r in enumerate(chunk)],
            )

    def tick(self) -> bool:
        if not self.source.enabled:
            return False
        messages = self._receive()
        if not messages:
            return False
        records = [self._record(m) for m in messages]
        kept = [r for r in records if _matches_any(self._filters, _filter_view(r))]
        if len(kept) < len(records):  # Lambda deletes what the filter drops
            self._delete([r for r in records if r not in kept])
        if not kept:
            return True
        invocation = self.functions.invoke(self.source.function, {"Records": kept})
        failed: set[str] | None = None
        if invocation.ok:
            failed = _failed_ids(invocation.result) if self.source.report_failures else set()
            known = {r["messageId"] for r in kept}
            if failed is not None and not failed <= known:
                failed = None  # an unknown id fails the whole batch, as Lambda does
        if failed is None:
            outcome = f"failed ({invocation.error or 'malformed batchItemFailures'})"
            done = []
        else:
            done = [r for r in kept if r["messageId"] not in failed]
            outcome = "ok" if not failed else f"ok, {len(failed)} failed"
        self._delete(done)
        self.delivered += len(done)
        log.info(
            "sqs %s → %s %d message(s) %s %.0fms",
            self.source.queue_name,
            self.source.function,
            len(kept),
            outcome,
            invocation.duration_ms,
        )
        return True


# ---------------------------------------------------------------------------------- streams
def _epoch(value: Any) -> float:
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, (int, float, Decimal)):
        return float(value)
    return datetime.fromisoformat(str(value)).timestamp()


class StreamCheckpoints:
    """The last record each stream source has finished with, per shard (delivered, filtered
    out or dropped after its retries). `on_change` keeps them (the data folder) before the
    next batch is taken, so a restart resumes after them: at least once, as Lambda delivers."""

    def __init__(
        self,
        saved: dict[str, dict[str, str]] | None = None,
        on_change: Callable[[dict[str, dict[str, str]]], None] | None = None,
    ) -> None:
        self.positions: dict[str, dict[str, str]] = {k: dict(v) for k, v in (saved or {}).items()}
        self.on_change = on_change
        self._lock = threading.Lock()  # pollers of several sources may finish at once

    def tracked(self, source: str) -> bool:
        return source in self.positions

    def of(self, source: str, shard_id: str) -> str | None:
        return self.positions.get(source, {}).get(shard_id)

    def track(self, source: str) -> None:
        with self._lock:
            if source not in self.positions:
                self.positions[source] = {}
                self._changed()

    def done(self, source: str, shard_id: str, sequence: str) -> None:
        with self._lock:
            self.positions.setdefault(source, {})[shard_id] = sequence
            self._changed()

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self.positions)


@dataclass
class _Shard:
    shard_id: str
    iterator: str | None
    buffer: list[dict[str, Any]] = field(default_factory=list)
    first_seen: float = 0.0
    retries: int = 0
    batch_limit: int = 0
    retry_at: float = 0.0
    last_sequence: str | None = None


class StreamPoller:
    def __init__(
        self,
        stack: Stack,
        source: StreamSource,
        functions: Functions,
        clients: Clients,
        *,
        start_at_latest: bool = False,
        retry_base: float = 1.0,
        service_record: Callable[[str, dict[str, Any]], dict[str, Any]] | None = None,
        checkpoints: StreamCheckpoints | None = None,
    ) -> None:
        """`start_at_latest`: a restarted runtime's source; it resumes after its checkpoints
        where it has them and skips only records it never tracked (an old data folder)."""
        self.source = source
        self.checkpoints = checkpoints or StreamCheckpoints()
        self.service_record = service_record  # TTL deletions as the service's (ttl.TtlSweeper)
        self.functions = functions
        self.clients = clients
        self.region = stack.region
        self.retry_base = retry_base
        self._filters = _patterns(source.filters)
        table = clients("dynamodb").describe_table(TableName=source.table_name)["Table"]
        self.stream_arn = table.get("LatestStreamArn")
        if not self.stream_arn:
            raise ValueError(f"{source.origin}: table {source.table_name} has no stream")
        resume = start_at_latest and self.checkpoints.tracked(source.origin)
        if resume:
            position = "TRIM_HORIZON"  # a shard without a checkpoint was never read
        elif start_at_latest:
            position = "LATEST"
        else:
            position = source.starting_position
        self.checkpoints.track(source.origin)
        streams = clients("dynamodbstreams")
        description = streams.describe_stream(StreamArn=self.stream_arn)["StreamDescription"]
        self.shards = []
        for shard in description["Shards"]:
            if position == "LATEST" and "EndingSequenceNumber" in shard["SequenceNumberRange"]:
                continue
            entry = _Shard(shard["ShardId"], None, batch_limit=source.batch_size)
            entry.last_sequence = self.checkpoints.of(source.origin, shard["ShardId"]) if resume else None
            if entry.last_sequence or position == "TRIM_HORIZON":
                self._reopen(entry)
            else:
                entry.iterator = streams.get_shard_iterator(
                    StreamArn=self.stream_arn, ShardId=shard["ShardId"], ShardIteratorType=position
                )["ShardIterator"]
            self.shards.append(entry)
        self.delivered = 0

    def _checkpoint(self, shard: _Shard, record: dict[str, Any]) -> None:
        self.checkpoints.done(self.source.origin, shard.shard_id, record["dynamodb"]["SequenceNumber"])

    def _reopen(self, shard: _Shard) -> None:
        """A fresh iterator after the last record read (DynamoDB Local refuses an iterator taken
        on an empty shard once records arrive: TrimmedDataAccessException)."""
        args: dict[str, Any] = {"ShardIteratorType": "TRIM_HORIZON"}
        if shard.last_sequence:
            args = {"ShardIteratorType": "AFTER_SEQUENCE_NUMBER", "SequenceNumber": shard.last_sequence}
        shard.iterator = self.clients("dynamodbstreams").get_shard_iterator(
            StreamArn=self.stream_arn, ShardId=shard.shard_id, **args
        )["ShardIterator"]

    def _children(self, closed: _Shard) -> None:
        """A closed shard's children take over (streams split shards as they age)."""
        streams = self.clients("dynamodbstreams")
        known = {s.shard_id for s in self.shards}
        for shard in streams.describe_stream(StreamArn=self.stream_arn)["StreamDescription"]["Shards"]:
            if shard.get("ParentShardId") == closed.shard_id and shard["ShardId"] not in known:
                child = _Shard(shard["ShardId"], None, batch_limit=self.source.batch_size)
                self._reopen(child)
                self.shards.append(child)

    def _record(self, raw: dict[str, Any]) -> dict[str, Any]:
        data = dict(raw["dynamodb"])
        data["ApproximateCreationDateTime"] = int(
            _epoch(data.get("ApproximateCreationDateTime", time.time()))
        )
        record = {
            "eventID": raw.get("eventID") or uuid.uuid4().hex,
            "eventName": raw["eventName"],
            "eventVersion": "1.1",
            "eventSource": "aws:dynamodb",
            "awsRegion": self.region,
            "dynamodb": data,
            "eventSourceARN": self.stream_arn,
        }
        if self.service_record is not None:
            record = self.service_record(self.source.table_name, record)
        return record

    def _fetch(self, shard: _Shard) -> None:
        if shard.iterator is None or len(shard.buffer) >= self.source.batch_size:
            return
        streams = self.clients("dynamodbstreams")
        try:
            page = streams.get_records(ShardIterator=shard.iterator, Limit=1000)
        except (streams.exceptions.TrimmedDataAccessException, streams.exceptions.ExpiredIteratorException):
            self._reopen(shard)
            return
        shard.iterator = page.get("NextShardIterator")
        if shard.iterator is None:
            self._children(shard)
        raw_records = page.get("Records", [])
        if raw_records:
            shard.last_sequence = raw_records[-1]["dynamodb"]["SequenceNumber"]
        records = [self._record(r) for r in raw_records]
        if records and not shard.buffer:
            shard.first_seen = time.monotonic()
        shard.buffer.extend(records)

    @property
    def idle(self) -> bool:
        """No record read and waiting for its batching window or a retry."""
        return not any(shard.buffer for shard in self.shards)

    def tick(self) -> bool:
        if not self.source.enabled:
            return False
        worked = False
        for shard in self.shards:
            self._fetch(shard)
            if not shard.buffer or time.monotonic() < shard.retry_at:
                continue
            waiting = time.monotonic() - shard.first_seen < self.source.batching_window
            if len(shard.buffer) < self.source.batch_size and waiting and shard.retries == 0:
                continue
            self._deliver(shard)
            worked = True
        return worked

    def _deliver(self, shard: _Shard) -> None:
        batch = shard.buffer[: max(1, shard.batch_limit)]
        kept = [r for r in batch if _matches_any(self._filters, r)]
        if not kept:
            del shard.buffer[: len(batch)]
            self._checkpoint(shard, batch[-1])
            return
        invocation = self.functions.invoke(self.source.function, {"Records": kept})
        processed = len(batch)
        failed: set[str] | None = set()
        if invocation.ok and self.source.report_failures:
            failed = _failed_ids(invocation.result)
        if not invocation.ok or failed is None:
            processed = 0
        elif failed:
            sequence = [r["dynamodb"]["SequenceNumber"] for r in batch]
            unknown = failed - set(sequence)
            processed = 0 if unknown else min(sequence.index(s) for s in failed)
        ms = invocation.duration_ms
        if processed:
            self._checkpoint(shard, batch[processed - 1])
        if processed == len(batch):
            del shard.buffer[:processed]
            shard.retries, shard.batch_limit = 0, self.source.batch_size
            shard.first_seen = time.monotonic()
            self.delivered += len(kept)
            log.info(
                "stream %s → %s %d record(s) ok %.0fms",
                self.source.table_name,
                self.source.function,
                len(kept),
                ms,
            )
            return
        del shard.buffer[:processed]  # checkpoint up to the first failure
        self.delivered += processed
        shard.retries += 1
        reason = invocation.error or "batchItemFailures"
        if 0 <= self.source.max_retries < shard.retries:
            dropped = len(batch) - processed
            del shard.buffer[:dropped]
            self._checkpoint(shard, batch[-1])
            shard.retries, shard.batch_limit = 0, self.source.batch_size
            log.error(
                "stream %s → %s: dropped %d record(s) after %d retries (%s)",
                self.source.table_name,
                self.source.function,
                dropped,
                self.source.max_retries,
                reason,
            )
            return
        if self.source.bisect_on_error and not invocation.ok:
            shard.batch_limit = max(1, (len(batch) - processed) // 2)
        pause = min(self.retry_base * 2 ** (shard.retries - 1), 30.0)
        shard.retry_at = time.monotonic() + pause
        log.warning(
            "stream %s → %s failed at record %d of %d (%s); retry %d in %.1fs",
            self.source.table_name,
            self.source.function,
            processed + 1,
            len(batch),
            reason,
            shard.retries,
            pause,
        )


# ---------------------------------------------------------------------------------- rules
@dataclass
class _HiddenTarget:
    rule: Rule
    target: Target
    queue_name: str


class RuleQueues:
    """Pattern-rule targets moto does not deliver, bridged through one hidden queue each."""

    def __init__(
        self,
        stack: Stack,
        rules: list[Rule],
        clients: Clients,
        deliveries: Deliveries,
        clock: Callable[[], datetime],
    ) -> None:
        self.clients = clients
        self.deliveries = deliveries
        self.clock = clock
        self.hidden: list[_HiddenTarget] = []
        sqs, events = clients("sqs"), clients("events")
        for rule in rules:
            if rule.pattern is None:
                continue
            for target in rule.targets:
                if ":sqs:" in target.arn or ":event-bus/" in target.arn:
                    continue  # moto delivers these itself
                queue = f"siyu-local-rule-{uuid.uuid5(uuid.NAMESPACE_URL, rule.name + target.id).hex[:20]}"
                url = sqs.create_queue(QueueName=queue)["QueueUrl"]
                arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"][
                    "QueueArn"
                ]
                hidden = {"Id": target.id, "Arn": arn}
                if target.input_transformer:
                    hidden["InputTransformer"] = target.input_transformer
                events.put_targets(Rule=rule.name, EventBusName=rule.bus, Targets=[hidden])
                self.hidden.append(_HiddenTarget(rule, target, queue))

    def tick(self) -> bool:
        worked = False
        sqs = self.clients("sqs")
        for hidden in self.hidden:
            url = self.clients.queue_url(hidden.queue_name)
            messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=0).get(
                "Messages", []
            )
            for message in messages:
                sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
                self._submit(hidden, json.loads(message["Body"]))
                worked = True
        return worked

    def _submit(self, hidden: _HiddenTarget, event: Any) -> None:
        if isinstance(event, dict) and "detail-type" in event:
            event.setdefault("account", LOCAL_ACCOUNT)
        target = hidden.target
        payload = json.dumps(apply_input(event, target.input, target.input_path), ensure_ascii=False)
        retries = int(target.retry_policy.get("MaximumRetryAttempts", 185))
        if target.function is not None:
            retries = min(retries, LAMBDA_ASYNC_RETRIES)
        now = self.clock()
        self.deliveries.add(
            Delivery(
                label=f"rule {hidden.rule.bus}/{hidden.rule.name}",
                target_arn=target.arn,
                render=lambda _attempt: payload,
                scheduled=now,
                max_retries=retries,
                max_age=timedelta(seconds=int(target.retry_policy.get("MaximumEventAgeInSeconds", 86400))),
                dead_letter_arn=target.dead_letter_arn,
                parameters={"HttpParameters": target.http_parameters} if target.http_parameters else {},
            ),
            now,
        )
