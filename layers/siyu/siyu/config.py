"""Configuration, read from the environment once and validated."""

from __future__ import annotations

import os
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field


class Settings(BaseModel):
    """Everything a function reads from its environment. Names are the env vars, lower-cased."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    stage: str = "dev"
    aws_region: str = Field(default="cn-north-1")

    # DynamoDB tables, one per bounded context (template.yaml passes the real names).
    app_table: str = "siyu-app"
    members_table: str = "siyu-members"
    commerce_table: str = "siyu-commerce"
    campaigns_table: str = "siyu-campaigns"
    outbox_table: str = "siyu-outbox"
    idempotency_table: str = "siyu-idempotency"
    event_bus_name: str = "siyu-events"

    # Kuaishou open platform. The app secret lives in Secrets Manager, never in env/template.
    kuaishou_app_id: str = "ks000000000000000000"
    kuaishou_base_url: str = "https://open.kuaishou.com"
    kuaishou_secret_name: str = "siyu/dev/kuaishou-app-secret"
    kuaishou_timeout_seconds: float = 3.0
    # Subscribe-message sends per second that Siyu allows itself, app-wide (siyu.ratelimit).
    # Kuaishou refuses more than 100 in any second; 80 leaves room for slot edges and latency.
    kuaishou_message_rate: int = 80

    # Siyu's own token signing key (Secrets Manager) and token lifetimes.
    token_secret_name: str = "siyu/dev/token-signing-key"
    access_token_ttl_seconds: int = 2 * 3600
    refresh_token_ttl_seconds: int = 30 * 24 * 3600
    secret_cache_seconds: int = 300

    # Live streams: one-time reminder schedules and the reminder pipeline (template.yaml).
    live_schedule_group: str = "siyu-dev-live"
    live_reminder_trigger_arn: str = ""
    live_scheduler_role_arn: str = ""
    live_schedule_dlq_arn: str = ""
    live_reminder_queue_url: str = ""
    live_reminder_dlq_url: str = ""
    live_reminder_batch_size: int = Field(default=50, ge=1, le=200)  # members per queue message
    live_reminder_max_attempts: int = Field(default=8, ge=1)  # per member, transient failures
    live_reminder_retry_base_seconds: int = Field(default=2, ge=0)  # backoff: base * 2^(attempt-1)
    live_sender_threads: int = Field(default=8, ge=1, le=32)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings.model_validate({k.lower(): v for k, v in os.environ.items()})
