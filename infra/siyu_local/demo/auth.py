"""Demo staff accounts (one per role, fixed local-only passwords) and two demo members who
logged in through the fake Kuaishou platform."""

from __future__ import annotations

import contextlib

from siyu.auth import login
from siyu.auth.admins import AdminExists, create_admin
from siyu.auth.schemas import ProfilePatch, Role
from siyu_local.demo import context

# Local-only demo credentials, documented in the README; never used by a deployed stack.
STAFF: tuple[tuple[str, Role, str], ...] = (
    ("owner", "owner", "siyu-owner-demo"),
    ("operator", "operator", "siyu-operator-demo"),
    ("analyst", "analyst", "siyu-analyst-demo"),
)
MEMBERS = (("demo-alice", "小鹿"), ("demo-bob", "阿布"))


def seed() -> dict[str, str]:
    for username, role, password in STAFF:
        with contextlib.suppress(AdminExists):
            create_admin(username, password, role)
    ctx = context()
    for open_id, nickname in MEMBERS:
        result, _ = login.login(ctx.kuaishou.issue_login_code(open_id=open_id))
        login.update_profile(result.member.member_id, ProfilePatch(nickname=nickname))
    lines = {f"{role} login": f"{username} / {password}" for username, role, password in STAFF}
    members = ", ".join(f"{open_id} ({nickname})" for open_id, nickname in MEMBERS)
    lines["demo members"] = f"{members} — token: GET {ctx.api_url}/_local/token?open_id=demo-alice"
    return lines
