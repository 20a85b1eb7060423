"""Operations staff accounts (app table) with a role: owner, operator or analyst."""

from __future__ import annotations

from functools import cache
from typing import Literal

from pynamodb.attributes import BooleanAttribute, UnicodeAttribute
from pynamodb.exceptions import PutError
from pynamodb.models import Model

from siyu import clock
from siyu.auth import passwords, tokens
from siyu.db import table_meta
from siyu.errors import define_error
from siyu.ids import new_id

Role = Literal["owner", "operator", "analyst"]
ADMIN_TOKEN_TTL_SECONDS = 8 * 3600

AdminLoginFailed = define_error("ADMIN_LOGIN_FAILED", 401, "用户名或密码错误")
AdminExists = define_error("ADMIN_EXISTS", 409, "该用户名已存在")


@cache
def _dummy_hash() -> str:
    """Checked against when the username is unknown, so both failures take the same time."""
    return passwords.hash_password("siyu-timing-equaliser")


class AdminAccount(Model):
    """pk=ADMIN#<username>, sk=ACCOUNT."""

    Meta = table_meta("app")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="ACCOUNT")
    admin_id = UnicodeAttribute()
    username = UnicodeAttribute()
    role = UnicodeAttribute()
    password_hash = UnicodeAttribute()
    disabled = BooleanAttribute(default=False)
    created_at = UnicodeAttribute()

    @staticmethod
    def key(username: str) -> tuple[str, str]:
        return f"ADMIN#{username.lower()}", "ACCOUNT"


def create_admin(username: str, password: str, role: Role) -> AdminAccount:
    if len(password) < 10:
        raise ValueError("password must have at least 10 characters")
    account = AdminAccount(
        *AdminAccount.key(username),
        admin_id=new_id(),
        username=username.lower(),
        role=role,
        password_hash=passwords.hash_password(password),
        created_at=clock.now_iso(),
    )
    try:
        account.save(condition=AdminAccount.pk.does_not_exist())
    except PutError as exc:
        raise AdminExists() from exc
    return account


def admin_login(username: str, password: str) -> dict[str, object]:
    try:
        account = AdminAccount.get(*AdminAccount.key(username))
    except AdminAccount.DoesNotExist:
        passwords.check_password(password, _dummy_hash())
        raise AdminLoginFailed() from None
    if account.disabled or not passwords.check_password(password, account.password_hash):
        raise AdminLoginFailed()
    return {
        "access_token": tokens.issue(account.admin_id, "admin", ADMIN_TOKEN_TTL_SECONDS, role=account.role),
        "expires_in": ADMIN_TOKEN_TTL_SECONDS,
        "token_type": "Bearer",
        "role": account.role,
        "admin_id": account.admin_id,
    }
