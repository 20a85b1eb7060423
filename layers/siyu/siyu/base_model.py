"""The base of Siyu's pydantic models."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class SiyuModel(BaseModel):
    """A pydantic model whose validator and serializer are built on first use, not when the
    class is defined. A function imports the shapes of all its routes but serves one per
    request: building them all at import was most of a cold import's own work
    (docs/DEVELOPING.md, Import rules). A model's own `model_config` adds to this one."""

    model_config = ConfigDict(defer_build=True)
