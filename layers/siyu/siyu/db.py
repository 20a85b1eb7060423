"""pynamodb plumbing: table names from configuration, one connection for transactions.

Tables are shared by bounded context (single-table design): each item has `pk`/`sk`, an
optional `gsi1pk`/`gsi1sk` pair for the one general-purpose index, and `ttl` (epoch
seconds) where DynamoDB should expire it. template.yaml is the source of these shapes.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

from pynamodb.connection import Connection
from pynamodb.transactions import TransactWrite

from siyu.config import get_settings

TableKey = Literal["app", "members", "commerce", "campaigns", "outbox", "idempotency", "crm", "engage"]


def table_name(key: TableKey) -> str:
    return str(getattr(get_settings(), f"{key}_table"))


def table_meta(key: TableKey) -> Any:
    """A pynamodb `Meta` for a model stored in one of Siyu's tables."""
    settings = get_settings()
    return type("Meta", (), {"table_name": table_name(key), "region": settings.aws_region})


@cache
def connection() -> Connection:
    return Connection(region=get_settings().aws_region)


def transaction() -> TransactWrite:
    """One TransactWriteItems: every change inside commits together or not at all."""
    return TransactWrite(connection=connection())


def reset_connection() -> None:
    connection.cache_clear()
