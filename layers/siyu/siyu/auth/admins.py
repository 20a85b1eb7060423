"""Operations staff accounts (app table) with a role: owner, operator or analyst.

Admin tokens name the account and its token version. Every admin request re-checks them
against the account (cached per container for `admin_check_cache_seconds`, at most 60 s):
logging out, being disabled, a changed password or role bumps the version, so the old
tokens stop working within that time. Failed logins lock the username and the source IP
out with a doubling backoff (siyu.ratelimit). Owners manage the accounts (staff routes)."""

from __future__ import annotations

from functools import cache
from typing import Any

from pynamodb.attributes import BooleanAttribute, NumberAttribute, UnicodeAttribute
from pynamodb.exceptions import TransactWriteError, UpdateError
from pynamodb.models import Model

from siyu import clock, ratelimit
from siyu.auth import passwords, tokens
from siyu.auth.schemas import MIN_PASSWORD_LENGTH, Role
from siyu.cache import TimedCache
from siyu.config import get_settings
from siyu.db import table_meta, transaction
from siyu.errors import TokenInvalid, define_error
from siyu.ids import new_id

ADMIN_TOKEN_TTL_SECONDS = 8 * 3600

AdminLoginFailed = define_error("ADMIN_LOGIN_FAILED", 401, "用户名或密码错误")
AdminExists = define_error("ADMIN_EXISTS", 409, "该用户名已存在")
AdminNotFound = define_error("ADMIN_NOT_FOUND", 404, "该员工账号不存在")
AdminSelfChange = define_error("ADMIN_SELF_CHANGE", 409, "不能停用自己或降低自己的角色")
PasswordTooShort = define_error("ADMIN_PASSWORD_TOO_SHORT", 400, "密码至少 10 位")


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
    token_version = NumberAttribute(default=1)

    @staticmethod
    def key(username: str) -> tuple[str, str]:
        return f"ADMIN#{username.lower()}", "ACCOUNT"


class StaffEntry(Model):
    """pk=STAFF, sk=<username>: the directory of accounts, so owners can list them (Query)."""

    Meta = table_meta("app")
    pk = UnicodeAttribute(hash_key=True, default="STAFF")
    sk = UnicodeAttribute(range_key=True)


def _check_password_rule(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordTooShort(details={"min_length": MIN_PASSWORD_LENGTH})


def create_admin(username: str, password: str, role: Role) -> AdminAccount:
    _check_password_rule(password)
    account = AdminAccount(
        *AdminAccount.key(username),
        admin_id=new_id(),
        username=username.lower(),
        role=role,
        password_hash=passwords.hash_password(password),
        created_at=clock.now_iso(),
        token_version=1,
    )
    try:
        with transaction() as tx:
            tx.save(account, condition=AdminAccount.pk.does_not_exist())
            tx.save(StaffEntry(sk=account.username))
    except TransactWriteError as exc:
        raise AdminExists() from exc
    return account


def _issue(account: AdminAccount) -> dict[str, Any]:
    token = tokens.issue(
        account.admin_id,
        "admin",
        ADMIN_TOKEN_TTL_SECONDS,
        role=account.role,
        ver=int(account.token_version or 1),
        usr=account.username,
    )
    return {
        "access_token": token,
        "expires_in": ADMIN_TOKEN_TTL_SECONDS,
        "token_type": "Bearer",
        "role": account.role,
        "admin_id": account.admin_id,
    }


def admin_login(username: str, password: str, source_ip: str = "") -> dict[str, Any]:
    """Locked out (RATE_LIMITED, Retry-After) while the username or the source IP is."""
    by_user, by_ip = ratelimit.admin_login_user(), ratelimit.admin_login_ip()
    by_user.check(username)
    if source_ip:
        by_ip.check(source_ip)
    try:
        account = AdminAccount.get(*AdminAccount.key(username), consistent_read=True)
    except AdminAccount.DoesNotExist:
        passwords.check_password(password, _dummy_hash())
        account = None
    if account is None or account.disabled or not passwords.check_password(password, account.password_hash):
        by_user.failed(username)
        if source_ip:
            by_ip.failed(source_ip)
        raise AdminLoginFailed()
    by_user.succeeded(username)
    StaffEntry(sk=account.username).save()  # accounts made before the directory existed
    return _issue(account)


# ---------------------------------------------------------------- token checks
# username -> (admin id, token version, disabled, role), re-read after the configured seconds.
_checked: TimedCache[str, tuple[str, int, bool, str]] = TimedCache(
    lambda: get_settings().admin_check_cache_seconds
)


def _forget(username: str) -> None:
    _checked.forget(username.lower())


def current_role(claims: tokens.TokenClaims) -> str:
    """The role an admin token may act with now: TOKEN_INVALID once the account was disabled,
    its password or role changed or it logged out (token version bumped). Tokens issued before
    versions existed carry no username and are taken as they are until they expire (≤ 8 h)."""
    if not claims.usr:
        return claims.role or ""

    def load() -> tuple[str, int, bool, str]:
        try:
            account = AdminAccount.get(*AdminAccount.key(claims.usr or ""))
        except AdminAccount.DoesNotExist:
            raise TokenInvalid() from None
        return account.admin_id, int(account.token_version or 1), bool(account.disabled), account.role

    admin_id, version, disabled, role = _checked.get_or_load(claims.usr.lower(), load)
    # A username given to a new account since, a disabled account or a bumped version.
    if admin_id != claims.sub or disabled or version != claims.ver:
        raise TokenInvalid()
    return role


# ---------------------------------------------------------------- account changes
def _change(username: str, actions: list[Any], condition: Any = None) -> AdminAccount:
    """Apply `actions` to the account and bump its token version (revoking its tokens)."""
    account = AdminAccount(*AdminAccount.key(username))
    cond = AdminAccount.pk.exists() if condition is None else AdminAccount.pk.exists() & condition
    try:
        account.update(actions=[*actions, AdminAccount.token_version.add(1)], condition=cond)
    except UpdateError as exc:
        if exc.cause_response_code == "ConditionalCheckFailedException":
            raise AdminNotFound() from exc
        raise
    _forget(username)
    return account


def logout(username: str | None) -> None:
    """Revoke every token of the account (all its sessions)."""
    if username:
        _change(username, [])


def _not_self(actor_username: str | None, username: str) -> None:
    if actor_username and actor_username.lower() == username.lower():
        raise AdminSelfChange()


def set_role(username: str, role: Role, *, actor_username: str | None) -> AdminAccount:
    _not_self(actor_username, username)
    return _change(username, [AdminAccount.role.set(role)])


def set_disabled(username: str, disabled: bool, *, actor_username: str | None) -> AdminAccount:
    _not_self(actor_username, username)
    return _change(username, [AdminAccount.disabled.set(disabled)])


def set_password(username: str, password: str) -> AdminAccount:
    _check_password_rule(password)
    return _change(username, [AdminAccount.password_hash.set(passwords.hash_password(password))])


def staff_view(account: AdminAccount) -> dict[str, Any]:
    return {
        "username": account.username,
        "admin_id": account.admin_id,
        "role": account.role,
        "disabled": bool(account.disabled),
        "created_at": account.created_at,
    }


def list_staff() -> list[dict[str, Any]]:
    names = [entry.sk for entry in StaffEntry.query("STAFF")]
    keys = [AdminAccount.key(name) for name in names]
    accounts = list(AdminAccount.batch_get(keys)) if keys else []
    return sorted((staff_view(a) for a in accounts), key=lambda v: str(v["username"]))
