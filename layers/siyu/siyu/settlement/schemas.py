"""The settlement API's literals: the settle states routes declare. Free of DynamoDB, so a
route module declares them at import and loads the domain (PynamoDB, botocore) only in the
routes that use it (docs/DEVELOPING.md, Import rules). The response bodies are in
`responses`."""

from __future__ import annotations

from typing import Final

# Settle states.
NOT_DUE: Final = "not_due"
DUE: Final = "due"
REQUESTED: Final = "requested"
SETTLED: Final = "settled"
FAILED: Final = "failed"
SETTLE_STATES: Final = (NOT_DUE, DUE, REQUESTED, SETTLED, FAILED)
