"""botocore's endpoint and model files, parsed once per process (the runtime's, and each
container's during its init, as a Lambda function creates its clients at module level)."""

from __future__ import annotations

import os


def share_botocore_data() -> None:
    """Let every botocore session of the process read botocore's endpoint and model files once.

    Lambda runs one thread per container, but here pynamodb opens a session per thread (and
    siyu, the runtime and boto3 one each): without this, each would parse the same megabytes
    of JSON again — about a second of start-up, and a slow first request on every new thread."""
    import botocore.loaders
    import botocore.session

    shared = botocore.loaders.create_loader()

    def register(session: botocore.session.Session) -> None:
        session._components.lazy_register_component("data_loader", lambda: shared)

    botocore.session.Session._register_data_loader = register


def warm_clients(*services: str) -> None:
    """Create (and drop) a client of each service: its model is parsed now, not in the first
    invocation (call after `share_botocore_data`)."""
    import botocore.session

    session = botocore.session.get_session()
    for service in services:
        session.create_client(service, region_name=os.environ.get("AWS_REGION", "cn-north-1"))
