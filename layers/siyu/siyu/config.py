"""Configuration, read from the environment once and validated."""

from __future__ import annotations

import os
from functools import lru_cache

from pydantic import ConfigDict, Field

from siyu.base_model import SiyuModel


class Settings(SiyuModel):
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
    crm_table: str = "siyu-crm"
    engage_table: str = "siyu-engage"
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

    # Request decoding (siyu.http): larger bodies are 413, deeper JSON is 400.
    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    max_json_depth: int = Field(default=32, ge=4, le=256)

    # Abuse limits (siyu.limits), counters in the app table. "<count>/<seconds>" each.
    limit_admin_login_user: str = "5/900"  # failed admin logins per username, then lockout
    limit_admin_login_ip: str = "20/900"  # failed admin logins per source IP, then lockout
    limit_admin_lockout_max_seconds: int = Field(default=3600, ge=60)  # backoff doubles up to this
    limit_member_login_ip: str = "120/60"  # member logins per source IP (carrier NATs share IPs)
    limit_code_guesses: str = "10/600"  # wrong redemption codes per member
    limit_events_device: str = "120/60"  # event batches per device (or member)
    limit_member_writes: str = "60/60"  # mutating member requests per member

    # Admin tokens are re-checked against the account (disabled, password changed) this often.
    admin_check_cache_seconds: int = Field(default=30, ge=0, le=60)

    # Analytics (埋点): events go to a Firehose stream that writes date-partitioned JSON
    # lines to the analytics bucket; reports run the same SQL on Athena or DuckDB.
    events_stream: str = "siyu-events"
    analytics_bucket: str = "siyu-analytics"
    analytics_engine: str = "duckdb"  # "athena" | "duckdb"
    analytics_data_dir: str = ""  # DuckDB only: read this local folder instead of the bucket
    analytics_cache_dir: str = ""  # DuckDB only: local copy of the bucket (default: <tmp>/siyu-analytics)
    analytics_database: str = "siyu_analytics"
    analytics_table: str = "events"
    athena_workgroup: str = "primary"
    # The key conversion path of the KPI summary: JSON list of {"event", "page"?} steps.
    analytics_key_path: str = '[{"event":"page_view"},{"event":"OrderCreated"},{"event":"OrderPaid"}]'
    analytics_key_path_window_minutes: int = 24 * 60

    # Flash sales: the one-time schedules created at run time (template.yaml passes these).
    flash_sale_opener_arn: str = ""
    flash_sale_closer_arn: str = ""
    flash_sale_scheduler_role_arn: str = ""
    flash_sale_dead_letter_arn: str = ""
    flash_sale_schedule_group: str = "default"
    flash_sale_shards: int = Field(default=20, ge=1, le=50)
    flash_sale_reminder_template_id: str = "flash-sale-start"

    # Orders: unpaid orders expire after this long; points per whole yuan paid; Kuaishou's
    # goods category (`type` of create_order) and callback URL ("" = the console default).
    order_payment_timeout_seconds: int = Field(default=900, ge=300, le=172800)
    order_points_per_yuan: int = Field(default=1, ge=0, le=100)
    kuaishou_goods_type: int = 1
    kuaishou_notify_url: str = ""
    # The order-timeout releaser's one-time schedules (EventBridge Scheduler).
    order_schedule_group: str = "default"
    order_expiry_target_arn: str = ""
    order_scheduler_role_arn: str = ""

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

    # Settlement (siyu.settlement): an order is settled this long after Kuaishou accepted its
    # "used" (11) report — the platform's minimum (3 days) plus a margin; settle calls per
    # second that Siyu allows itself (Kuaishou: 30 QPS per app); the order page reported in
    # the member's Kuaishou order list; the order-sync queue (its backoff per receive).
    settle_min_days: int = Field(default=3, ge=0, le=30)
    settle_margin_hours: int = Field(default=6, ge=0, le=72)
    kuaishou_settle_rate: int = Field(default=25, ge=1, le=30)
    kuaishou_order_page: str = "pages/order/detail"
    order_sync_retry_base_seconds: int = Field(default=10, ge=0)
    order_sync_queue_url: str = ""

    # CRM sync (siyu.crm): outbound webhooks and the inbound CRM API (template.yaml passes these).
    webhook_max_endpoints: int = Field(default=5, ge=1, le=50)  # per stack
    webhook_timeout_seconds: float = Field(default=15.0, gt=0, le=30)
    webhook_queue_url: str = ""
    webhook_retention_days: int = Field(default=30, ge=1, le=90)  # events replayable this long
    webhook_disable_after_days: int = Field(default=5, ge=1, le=30)  # continuous failure
    limit_crm_requests: str = "600/60"  # inbound CRM API requests per integration

    # Reviews (siyu.reviews): the text moderation step ("wordlist": the local word list only;
    # "kuaishou": the word list, then Kuaishou's content check) and extra blocked words
    # (comma-separated) on top of siyu.reviews.moderation.DEFAULT_WORDS.
    review_moderation: str = Field(default="wordlist", pattern=r"^(wordlist|kuaishou)$")
    review_blocked_words: str = ""

    # Local-life vouchers (siyu.vouchers): Kuaishou's local-life open platform is a separate
    # app (its own id; the secret in Secrets Manager). A verify that gets no answer within the
    # timeout is asked again once (the platform answers "already verified" if the first one
    # went through); an undo is allowed within the window (GUESS: 1 h, as on Douyin); a
    # counter's claim on a voucher may be taken over after the lease (recovery).
    locallife_app_id: str = "kslocal-app-0001"
    locallife_base_url: str = "https://lbs-open.kuaishou.com"
    locallife_secret_name: str = "siyu/dev/locallife-app-secret"
    locallife_timeout_seconds: float = Field(default=3.0, gt=0, le=10)
    locallife_rate: int = Field(default=50, ge=1, le=200)  # calls per second Siyu allows itself
    voucher_cancel_window_seconds: int = Field(default=3600, ge=60, le=86400)
    voucher_claim_lease_seconds: int = Field(default=20, ge=5, le=300)
    # Targeted push (siyu.push): the queue of fan-outs and member batches (template.yaml),
    # marketing frequency caps per member (Shanghai day, ISO week), quiet hours (Shanghai,
    # "HH:MM-HH:MM": marketing sends are held and released at the end), batch size, retries.
    push_queue_url: str = ""
    push_dlq_url: str = ""
    push_daily_cap: int = Field(default=1, ge=0)
    push_weekly_cap: int = Field(default=3, ge=0)
    push_quiet_hours: str = Field(
        default="21:00-08:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$"
    )
    push_batch_size: int = Field(default=50, ge=1, le=200)  # members per queue message
    push_max_attempts: int = Field(default=5, ge=1)  # per member, transient failures
    push_retry_base_seconds: int = Field(default=2, ge=0)  # backoff: base * 2^(attempt-1)
    push_sender_threads: int = Field(default=8, ge=1, le=32)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings.model_validate({k.lower(): v for k, v in os.environ.items()})
