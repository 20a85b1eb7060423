"""Lazily created, cached AWS clients.

Plain botocore clients (boto3's client API without boto3's import cost: s3transfer and the
resource layer are not needed on a request path). botocore honours AWS_ENDPOINT_URL,
which is how the local runtime points every client at moto.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import botocore.session

from siyu.config import get_settings


@cache
def _session() -> botocore.session.Session:
    return botocore.session.get_session()


@cache
def client(service: str) -> Any:
    return _session().create_client(service, region_name=get_settings().aws_region)


def reset_clients() -> None:
    """Forget cached clients (tests switch endpoints and credentials between runs)."""
    client.cache_clear()
    _session.cache_clear()
