"""Lazily created, cached AWS clients.

Plain botocore clients (boto3's client API without boto3's import cost: s3transfer and the
resource layer are not needed on a request path). botocore honours AWS_ENDPOINT_URL,
which is how the local runtime points every client at moto.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from siyu.config import get_settings

if TYPE_CHECKING:
    import botocore.session


@cache
def _session() -> botocore.session.Session:
    # Imported by the first client, not by importing this module: a handler's import stays
    # light and the cost is paid once, by the first request that talks to AWS.
    import botocore.session

    return botocore.session.get_session()


@cache
def client(service: str) -> Any:
    return _session().create_client(service, region_name=get_settings().aws_region)


def reset_clients() -> None:
    """Forget cached clients (tests switch endpoints and credentials between runs)."""
    client.cache_clear()
    _session.cache_clear()


def send_messages(queue_url: str, bodies: list[str], delay_seconds: int = 0) -> None:
    """Queue `bodies` on an SQS queue, ten per SendMessageBatch; raises if any is refused."""
    sqs = client("sqs")
    for start in range(0, len(bodies), 10):
        entries = [
            {"Id": str(i), "MessageBody": body, "DelaySeconds": delay_seconds}
            for i, body in enumerate(bodies[start : start + 10])
        ]
        response = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
        if response.get("Failed"):
            raise RuntimeError(f"SQS refused {len(response['Failed'])} of {len(entries)} messages")
