"""Create an admin account in a deployed stack (the first owner, typically).

    APP_TABLE=<AppTable name> AWS_REGION=cn-north-1 \
        python -m siyu.auth.admin_cli create --username boss --role owner

The password is read from SIYU_ADMIN_PASSWORD or asked for on the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from siyu.auth.admins import PasswordTooShort, create_admin
from siyu.errors import SiyuError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="siyu-admin")
    sub = parser.add_subparsers(dest="command", required=True)
    create = sub.add_parser("create", help="create an admin account")
    create.add_argument("--username", required=True)
    create.add_argument("--role", choices=["owner", "operator", "analyst"], default="owner")
    args = parser.parse_args(argv)
    password = os.environ.get("SIYU_ADMIN_PASSWORD") or getpass.getpass("password: ")
    try:
        account = create_admin(args.username, password, args.role)
    except PasswordTooShort as exc:
        print(f"error: {exc.code}: {exc.message}", file=sys.stderr)
        return 2
    except SiyuError as exc:
        print(f"error: {exc.code}: {exc.message}", file=sys.stderr)
        return 1
    print(f"created {account.role} {account.username} ({account.admin_id})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
