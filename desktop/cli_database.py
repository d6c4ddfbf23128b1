"""The command line's database commands: backup, restore, transfer, upgrade and the server's set-up."""

from __future__ import annotations

import argparse
import sys

from desktop.cli_support import EXIT_ERROR, EXIT_OK, EXIT_USAGE
from desktop.cli_support import open_database as _open_database
from desktop.core.files import read_file
from desktop.core.progress import run_to_end


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.core.files import writable_target
    from desktop.db.backup.create import sqlite_path
    from desktop.db.engine import resolve_database_url
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.backup.service import back_up

    writable_target(args.output)  # refused before the database is opened
    source = sqlite_path(resolve_database_url(args.database))
    if source is not None and not source.is_file():
        print(f"error: There is no database at {source}; nothing was backed up.", file=sys.stderr)
        return EXIT_ERROR
    database = _open_database(args.database)
    written = run_to_end(back_up(database, Actor.command_line(), args.output))
    manifest = written.manifest
    print(f"Backed up {manifest.record_count:,} records of {manifest.table_count} tables from "
          f"{database.description} to {args.output} ({written.size:,} bytes).")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.db.engine import describe_database, resolve_database_url
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.backup.service import restore_backup

    targets = {t for t in (args.restore_target, args.database) if t}
    if len(targets) != 1:
        print("error: restore needs one --database naming the new, empty database to restore into"
              + ("" if not targets else f", not {len(targets)} different ones") + "; nothing was restored.",
              file=sys.stderr)
        return EXIT_USAGE
    url = resolve_database_url(targets.pop())
    restored = run_to_end(restore_backup(Actor.command_line(), args.file, url, accounts=None))
    print(f"Restored {restored.records:,} records of {restored.tables} tables from {args.file} into "
          f"{describe_database(url)}.")
    return EXIT_OK


def cmd_transfer(args: argparse.Namespace) -> int:
    from desktop.db.backup.create import sqlite_path
    from desktop.db.engine import describe_database, resolve_database_url
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.backup.transfer import transfer

    source_url = resolve_database_url(args.transfer_source)
    source_file = sqlite_path(source_url)
    if source_file is not None and not source_file.is_file():
        print(f"error: There is no database at {source_file}; nothing was transferred.", file=sys.stderr)
        return EXIT_ERROR
    target_url = resolve_database_url(args.transfer_target)
    source = _open_database(args.transfer_source)
    done = run_to_end(transfer(source, target_url, Actor.command_line()))
    print(f"Transferred {done.restored.records:,} records of {done.restored.tables} tables from {source.description} "
          f"to {describe_database(target_url)}; every table counted again on both sides, and the target's audit "
          f"trail verified ({done.events:,} events, chain intact).")
    return EXIT_OK


def cmd_upgrade(args: argparse.Namespace) -> int:
    from desktop.db.migrate import current_revision

    database = _open_database(args.database)
    print(f"{database.description}: schema {current_revision(database)}")
    return EXIT_OK


def cmd_server(args: argparse.Namespace) -> int:
    from desktop.db.engine import resolve_database_url
    from desktop.domain.users.server_setup import initialise_server, upgrade_server

    url = resolve_database_url(args.server_url or args.database)
    if args.server_command == "upgrade":
        ready = upgrade_server(url)
        print(f"{ready.where}: schema {ready.schema}; roles, grants and row-level security applied.")
        return EXIT_OK
    password = None
    if args.admin:
        if args.password_file is not None:
            password = read_file(args.password_file).decode("utf-8").strip("\r\n")
        else:
            import getpass

            password = getpass.getpass(f"Password for {args.admin}: ")
            if getpass.getpass("Again: ") != password:
                print("error: The two passwords differ; nothing was set up.", file=sys.stderr)
                return EXIT_ERROR
    ready = initialise_server(url, args.admin, args.admin_name, password)
    print(f"{ready.where}: schema {ready.schema}; roles, grants and row-level security applied.")
    if ready.administrator_role:
        print(f"First administrator created; it logs in as the PostgreSQL role \"{ready.administrator_role}\".")
    else:
        print("An administrator exists already; accounts were left as they are.")
    return EXIT_OK
