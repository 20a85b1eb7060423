"""State kept between runs with `--data-dir`: every table's items, S3 objects, secrets,
EventBridge Scheduler schedules (and which one-time schedules already fired), and the
start-up lines of the demo seed. Saved periodically and on shutdown, restored on start.
SQS messages in flight and the fake Kuaishou platform's orders are not kept."""

from __future__ import annotations

import base64
import json
import logging
import os
import tempfile
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


def _write_json(path: Path, data: Any) -> None:
    """Write to a temporary file and rename: a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, default=str)
    os.replace(tmp, path)


def _read_json(path: Path, default: Any) -> Any:
    if not path.exists():
        return default
    return json.loads(path.read_text(encoding="utf-8"))


class DataDir:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

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
        s3 = clients("s3")
        buckets: dict[str, dict[str, str]] = {}
        for logical_id in stack.resources_of("AWS::S3::Bucket"):
            bucket = stack.physical_name(logical_id)
            objects = {}
            for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
                for obj in page.get("Contents", []):
                    body = s3.get_object(Bucket=bucket, Key=obj["Key"])["Body"].read()
                    objects[obj["Key"]] = base64.b64encode(body).decode()
            buckets[bucket] = objects
        _write_json(self.path / "s3.json", buckets)
        sm = clients("secretsmanager")
        secrets = {}
        for page in sm.get_paginator("list_secrets").paginate():
            for secret in page.get("SecretList", []):
                value = sm.get_secret_value(SecretId=secret["Name"])
                secrets[secret["Name"]] = value.get("SecretString", "")
        _write_json(self.path / "secrets.json", secrets)
        scheduler = clients("scheduler")
        schedules = []
        for item in scheduler.list_schedules().get("Schedules", []):
            spec = scheduler.get_schedule(GroupName=item["GroupName"], Name=item["Name"])
            schedules.append(
                {
                    "Name": item["Name"],
                    "GroupName": item["GroupName"],
                    **{k: spec[k] for k in _SCHEDULE_FIELDS if k in spec},
                }
            )
        _write_json(self.path / "schedules.json", schedules)
        _write_json(self.path / "meta.json", {"format": FORMAT, **meta})

    # ------------------------------------------------------------------ restore
    def restore(self, stack: Stack, clients: Clients) -> dict[str, Any]:
        """Load the saved state into freshly created resources; returns the saved meta."""
        meta = self.meta()
        if meta.get("format") != FORMAT:
            log.warning("data folder %s has an unknown format; starting clean", self.path)
            return {}
        s3 = clients("s3")
        for bucket, objects in _read_json(self.path / "s3.json", {}).items():
            for key, body in objects.items():
                s3.put_object(Bucket=bucket, Key=key, Body=base64.b64decode(body))
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
        log.info("restored %s (tables: DynamoDB Local's -dbPath)", self.path)
        return meta
