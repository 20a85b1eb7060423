"""What one member may see of another: a masked nickname and the avatar, never an id."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from siyu.base_model import SiyuModel

if TYPE_CHECKING:
    from siyu.members.models import Member

ANONYMOUS = "快手用户"


def mask_nickname(nickname: str | None) -> str:
    """The first character and two stars ("小明同学" → "小**"); a placeholder without one."""
    if not nickname:
        return ANONYMOUS
    return nickname[0] + "**"


class PublicMember(SiyuModel):
    nickname: str
    avatar_url: str | None

    @classmethod
    def of(cls, member: Member | None) -> PublicMember:
        if member is None:
            return cls(nickname=ANONYMOUS, avatar_url=None)
        return cls(nickname=mask_nickname(member.nickname), avatar_url=member.avatar_url)


def public_members(member_ids: Iterable[str]) -> dict[str, PublicMember]:
    """Public views of some members (one BatchGetItem); unknown ids get the placeholder."""
    from siyu.members.models import Member

    ids = sorted(set(member_ids))
    found = {m.member_id: m for m in Member.batch_get([Member.key(i) for i in ids])} if ids else {}
    return {i: PublicMember.of(found.get(i)) for i in ids}
