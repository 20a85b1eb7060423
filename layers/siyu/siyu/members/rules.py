"""The operations team's rules for the retention engine: check-in points, tasks, the level
ladder and the birthday reward. Stored in the members table under `pk=CONFIG#MEMBERS`
(one item per rule set, one per task), read in one Query and cached per container for
`CACHE_SECONDS`: a change reaches every running function within that time."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel
from pynamodb.exceptions import DeleteError

from siyu import clock
from siyu.cache import TimedCache
from siyu.members.models import ConfigItem
from siyu.members.schemas import BirthdayRule, CheckinRules, LevelRule, LevelRules, TaskRule

CONFIG_PK = "CONFIG#MEMBERS"
CACHE_SECONDS = 30.0

DEFAULT_LEVELS = LevelRules(levels=[LevelRule(key="normal", name="普通会员", threshold=0)])


@dataclass(frozen=True)
class MembersRules:
    checkin: CheckinRules = field(default_factory=CheckinRules)
    levels: LevelRules = field(default_factory=lambda: DEFAULT_LEVELS)
    birthday: BirthdayRule = field(default_factory=BirthdayRule)
    tasks: tuple[TaskRule, ...] = ()

    def task(self, task_id: str) -> TaskRule | None:
        return next((t for t in self.tasks if t.task_id == task_id), None)

    def enabled_tasks(self, kind: str | None = None) -> list[TaskRule]:
        return [t for t in self.tasks if t.enabled and (kind is None or t.kind == kind)]


_cached: TimedCache[str, MembersRules] = TimedCache(CACHE_SECONDS)


def _read() -> MembersRules:
    checkin, levels, birthday = CheckinRules(), DEFAULT_LEVELS, BirthdayRule()
    tasks: list[TaskRule] = []
    for item in ConfigItem.query(CONFIG_PK, consistent_read=True):
        if item.sk == "CHECKIN":
            checkin = CheckinRules.model_validate_json(item.data)
        elif item.sk == "LEVELS":
            levels = LevelRules.model_validate_json(item.data)
        elif item.sk == "BIRTHDAY":
            birthday = BirthdayRule.model_validate_json(item.data)
        elif item.sk.startswith("TASK#"):
            tasks.append(TaskRule.model_validate_json(item.data))
    tasks.sort(key=lambda t: (t.sort, t.task_id))
    return MembersRules(checkin=checkin, levels=levels, birthday=birthday, tasks=tuple(tasks))


def load() -> MembersRules:
    """The current rules (one Query, then cached for CACHE_SECONDS in this container)."""
    return _cached.get_or_load("rules", _read)


def reset() -> None:
    _cached.forget()


def _save(sk: str, model: BaseModel, actor: str | None) -> None:
    ConfigItem(
        CONFIG_PK, sk, data=model.model_dump_json(), updated_at=clock.now_iso(), updated_by=actor
    ).save()
    reset()


def save_checkin(rules: CheckinRules, actor: str | None = None) -> CheckinRules:
    _save("CHECKIN", rules, actor)
    return rules


def save_levels(rules: LevelRules, actor: str | None = None) -> LevelRules:
    _save("LEVELS", rules, actor)
    return rules


def save_birthday(rule: BirthdayRule, actor: str | None = None) -> BirthdayRule:
    _save("BIRTHDAY", rule, actor)
    return rule


def save_task(task: TaskRule, actor: str | None = None) -> TaskRule:
    _save(f"TASK#{task.task_id}", task, actor)
    return task


def delete_task(task_id: str) -> bool:
    """Remove a task definition; progress already made stays in the members' history."""
    try:
        ConfigItem(CONFIG_PK, f"TASK#{task_id}").delete(condition=ConfigItem.pk.exists())
    except DeleteError:
        return False
    finally:
        reset()
    return True
