"""Idempotency for mutating routes: the first call with a given `Idempotency-Key` runs and
its response is stored; a retry with the same key and body gets that response back, a reuse
of the key with another body is refused, a concurrent duplicate waits its turn (409).

Built on Powertools idempotency with the DynamoDB persistence layer. Keys are scoped by
operation and caller, so one member's key never collides with another's.

Powertools' idempotency utility (and boto3, which its DynamoDB layer imports) loads on the
first `run_once`, not when a handler module is imported (docs/DEVELOPING.md, import rules).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any

from aws_lambda_powertools.event_handler.openapi.params import Header

from siyu.config import get_settings
from siyu.errors import IdempotencyKeyReused, RequestInProgress, ValidationFailed
from siyu.http import lambda_context

if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer, IdempotencyConfig

IDEMPOTENCY_HEADER = "idempotency-key"

# A route parameter: `idempotency_key: IdempotencyKey = None`, then `run_once(..., idempotency_key, ...)`.
IdempotencyKey = Annotated[
    str | None,
    Header(alias=IDEMPOTENCY_HEADER, description="required: 8-128 printable characters; a retry reuses it"),
]
RESPONSE_TTL_SECONDS = 24 * 3600


@cache
def _persistence() -> DynamoDBPersistenceLayer:
    from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer

    return DynamoDBPersistenceLayer(table_name=get_settings().idempotency_table)


@cache
def _config() -> IdempotencyConfig:
    from aws_lambda_powertools.utilities.idempotency import IdempotencyConfig

    return IdempotencyConfig(
        event_key_jmespath="[operation, caller, key]",
        payload_validation_jmespath="payload",
        expires_after_seconds=RESPONSE_TTL_SECONDS,
        raise_on_no_idempotency_key=True,
    )


def check_key(key: str | None) -> str:
    if key is None or not (8 <= len(key) <= 128) or not key.isprintable():
        raise ValidationFailed(
            "Idempotency-Key 请求头缺失或格式不正确",
            details=[{"field": "Idempotency-Key", "reason": "missing_or_invalid"}],
        )
    return key


def run_once(
    operation: str, caller: str, key: str | None, payload: Any, fn: Callable[[], dict[str, Any]]
) -> dict[str, Any]:
    """Run `fn` once per (operation, caller, key); a retry returns the stored result."""
    from aws_lambda_powertools.utilities.idempotency import idempotent_function
    from aws_lambda_powertools.utilities.idempotency.exceptions import (
        IdempotencyAlreadyInProgressError,
        IdempotencyValidationError,
    )

    request = {"operation": operation, "caller": caller, "key": check_key(key), "payload": payload}
    context = lambda_context.get()
    config = _config()
    if context is not None:
        # Lets an in-progress record of a Lambda that died expire with the invocation, not in 24 h.
        config.register_lambda_context(context)

    @idempotent_function(data_keyword_argument="request", persistence_store=_persistence(), config=config)
    def _once(request: dict[str, Any]) -> dict[str, Any]:
        return fn()

    try:
        return _once(request=request)
    except IdempotencyValidationError as exc:
        raise IdempotencyKeyReused() from exc
    except IdempotencyAlreadyInProgressError as exc:
        raise RequestInProgress() from exc


def reset() -> None:
    _persistence.cache_clear()
    _config.cache_clear()
