"""State kept between runs with `--data-dir`.

Tables are DynamoDB Local's own (`-dbPath <data-dir>/dynamodb`). The rest is written here when
it changes, before the request that changed it is answered (`save_service`, called by the moto
server after each changing request; the fake Kuaishou platform's state via `save_kuaishou`),
so a `kill -9` loses nothing acknowledged: S3 objects (one file each, rewritten when their
ETag changes), secrets, EventBridge Scheduler schedules, SQS messages (queued and in flight,
with their receive counts), each stream source's position per shard (`streams.json`), the fake
platform's orders, payments, refunds and messages, and meta (the demo's start-up lines, which
one-time schedules already fired). Restored on start."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import tempfile
import threading
from pathlib import Path
from typing import Any

from siyu_local.targets import Clients
from siyu_local.template import Stack

log = logging.getLogger("siyu_local")
FORMAT = 1
_SCHEDULE_FIELDS = (
    "ScheduleExpression",
    "ScheduleExpressionTimezone",
    "State",
    "Description",
    "StartDate",
    "EndDate",
    "FlexibleTimeWindow",
    "Target",
    "ActionAfterCompletion",
)


def _write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file and rename: a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def _write_json(path: Path, data: Any) -> None:
    _write_bytes(path, json.dumps(data, ensure_ascii=False, default=str).encode("utf-8"))


def _read_json(path: Path, default: Any) -> Any:
    if not path.exists():
        return default
    return json.loads(path.read_text(encoding="utf-8"))


class DataDir:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._locks = {
            kind: threading.Lock() for kind in ("s3", "secrets", "schedules", "sqs", "meta", "ks", "streams")
        }
        self._etags: dict[tuple[str, str], str] = {}

    @property
    def has_state(self) -> bool:
        return (self.path / "meta.json").exists()

    def meta(self) -> dict[str, Any]:
        meta: dict[str, Any] = _read_json(self.path / "meta.json", {})
        return meta

    def secrets(self) -> dict[str, str]:
        saved: dict[str, str] = _read_json(self.path / "secrets.json", {})
        return saved

    # ------------------------------------------------------------------ save
    def save(self, stack: Stack, clients: Clients, meta: dict[str, Any]) -> None:
        for kind in ("s3", "secrets", "schedules", "sqs"):
            self.save_service(kind, stack, clients)
        self.save_meta(meta)

    def save_meta(self, meta: dict[str, Any]) -> None:
        with self._locks["meta"]:
            _write_json(self.path / "meta.json", {"format": FORMAT, **meta})

    def save_streams(self, positions: dict[str, dict[str, str]]) -> None:
        """Each stream source's last finished record per shard (`sources.StreamCheckpoints`)."""
        with self._locks["streams"]:
            _write_json(self.path / "streams.json", positions)

    def streams(self) -> dict[str, dict[str, str]]:
        saved: dict[str, dict[str, str]] = _read_json(self.path / "streams.json", {})
        return saved

    def save_kuaishou(self, blob: bytes) -> None:
        """The fake platform's state (`PlatformState.export_state`)."""
        with self._locks["ks"]:
            _write_bytes(self.path / "kuaishou.pickle", blob)

    def kuaishou(self) -> bytes | None:
        path = self.path / "kuaishou.pickle"
        return path.read_bytes() if path.exists() else None

    def save_service(self, kind: str, stack: Stack, clients: Clients) -> None:
        """Write one kind of state now: "s3", "secrets", "schedules" or "sqs"."""
        with self._locks[kind]:
            getattr(self, f"_save_{kind}")(stack, clients)

    def _save_s3(self, stack: Stack, clients: Clients) -> None:
        s3 = clients("s3")
        index: dict[str, dict[str, str]] = {}
        for logical_id in stack.resources_of("AWS::S3::Bucket"):
            bucket = stack.physical_name(logical_id)
            objects = index.setdefault(bucket, {})
            for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
                for obj in page.get("Contents", []):
                    file = hashlib.sha256(f"{bucket}/{obj['Key']}".encode()).hexdigest()
                    objects[obj["Key"]] = file
                    if self._etags.get((bucket, obj["Key"])) != obj["ETag"]:
                        body = s3.get_object(Bucket=bucket, Key=obj["Key"])["Body"].read()
                        _write_bytes(self.path / "s3" / file, body)
                        self._etags[(bucket, obj["Key"])] = obj["ETag"]
        _write_json(self.path / "s3.json", index)

    def _save_secrets(self, stack: Stack, clients: Clients) -> None:
        sm = clients("secretsmanager")
        secrets = {}
        for page in sm.get_paginator("list_secrets").paginate():
            for secret in page.get("SecretList", []):
                value = sm.get_secret_value(SecretId=secret["Name"])
                secrets[secret["Name"]] = value.get("SecretString", "")
        _write_json(self.path / "secrets.json", secrets)

    def _save_schedules(self, stack: Stack, clients: Clients) -> None:
        scheduler = clients("scheduler")
        schedules = []
        for page in scheduler.get_paginator("list_schedules").paginate():
            for item in page.get("Schedules", []):
                spec = scheduler.get_schedule(GroupName=item["GroupName"], Name=item["Name"])
                schedules.append(
                    {
                        "Name": item["Name"],
                        "GroupName": item["GroupName"],
                        **{k: spec[k] for k in _SCHEDULE_FIELDS if k in spec},
                    }
                )
        _write_json(self.path / "schedules.json", schedules)

    def _save_sqs(self, stack: Stack, clients: Clients) -> None:
        """Every queue's messages as moto holds them (ids, receive counts, delays kept)."""
        _write_bytes(self.path / "sqs.pickle", pickle.dumps(_sqs_messages()))

    # ------------------------------------------------------------------ restore
    def restore(self, stack: Stack, clients: Clients) -> dict[str, Any]:
        """Load the saved state into freshly created resources; returns the saved meta."""
        meta = self.meta()
        if meta.get("format") != FORMAT:
            log.warning("data folder %s has an unknown format; starting clean", self.path)
            return {}
        s3 = clients("s3")
        for bucket, objects in _read_json(self.path / "s3.json", {}).items():
            for key, file in objects.items():
                path = self.path / "s3" / file
                if path.exists():
                    s3.put_object(Bucket=bucket, Key=key, Body=path.read_bytes())
        scheduler = clients("scheduler")
        existing = {(s["GroupName"], s["Name"]) for s in scheduler.list_schedules().get("Schedules", [])}
        groups = {g["Name"] for g in scheduler.list_schedule_groups().get("ScheduleGroups", [])}
        for spec in _read_json(self.path / "schedules.json", []):
            if (spec["GroupName"], spec["Name"]) in existing:
                continue
            if spec["GroupName"] not in groups:
                scheduler.create_schedule_group(Name=spec["GroupName"])
                groups.add(spec["GroupName"])
            scheduler.create_schedule(**spec)
        if (self.path / "sqs.pickle").exists():
            _restore_sqs_messages(pickle.loads((self.path / "sqs.pickle").read_bytes()))  # noqa: S301
        log.info("restored %s (tables: DynamoDB Local's -dbPath)", self.path)
        return meta


def _sqs_queues() -> dict[tuple[str, str, str], Any]:
    from moto.sqs.models import sqs_backends

    return {
        (account, region, name): queue
        for account, regions in sqs_backends.items()
        for region, backend in regions.items()
        for name, queue in backend.queues.items()
    }


def _sqs_messages() -> dict[tuple[str, str, str], list[Any]]:
    return {key: list(queue._messages) for key, queue in _sqs_queues().items()}


def _restore_sqs_messages(saved: dict[tuple[str, str, str], list[Any]]) -> None:
    queues = _sqs_queues()
    for key, messages in saved.items():
        if key in queues:
            queues[key]._messages.extend(messages)
        else:
            log.warning("data folder: queue %s is no longer in the template; its messages skipped", key[2])
