"""The success bodies of the member routes, for the API contract (docs/openapi.json)."""

from __future__ import annotations

from pydantic import BaseModel

from siyu.members.rules import TaskRule


class TaskRules(BaseModel):
    tasks: list[TaskRule]


class TaskDeleted(BaseModel):
    task_id: str
    deleted: bool
    existed: bool
