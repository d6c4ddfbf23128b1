"""The command line: with no subcommand it opens the GUI; subcommands run headless.

    designation-review [--database URL] [--language ko|en]            open the application
    designation-review [--database URL] demo [--force] [--open]       create the demo database
    designation-review [--database URL] document decision NUMBER -o FILE.pdf [--language ko|en]
    designation-review [--database URL] document certificate NUMBER -o FILE.pdf [--language ko|en]
    designation-review [--database URL] document public-notice NUMBER -o FILE.pdf [--language ko|en]
    designation-review [--database URL] verify FILE.pdf [FILE.pdf …]    unaltered issued documents?
    designation-review [--database URL] document supplement-request NUMBER -o FILE.pdf [--language ko|en]
    designation-review [--database URL] document minutes MEETING -o FILE.pdf [--language ko|en]
    designation-review [--database URL] recompute ROUND                recompute and confirm committee results
    designation-review [--database URL] document inspection-notice NUMBER -o FILE.pdf [--language ko|en]
    designation-review [--database URL] document inspection-report NUMBER -o FILE.pdf [--language ko|en]
    designation-review inspection-offline FILE.inspection              fill in an offline inspection (no database)
    designation-review [--database URL] export json -o FILE.json
    designation-review [--database SOURCE] backup -o FILE.backup      a consistent copy, also while in use
    designation-review restore FILE.backup --database NEW             into a new, empty database only
    designation-review [--database URL] upgrade                       apply pending database migrations
    designation-review info                                           versions, resources and font found
"""

from __future__ import annotations

import argparse
import json
import logging
import platform
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop import __version__
from desktop.core.errors import DomainError, FileError
from desktop.core.files import PendingFile, os_error_message, read_file, write_error
from desktop.core.logs import describe_log_location, log_unexpected, start_logging

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
_log = logging.getLogger(__name__)
_opened: list = []  # every database a command opened, closed when it ends (``demo --force`` needs sole use)


def _iso_day(text: str):  # type: ignore[no-untyped-def]
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date written YYYY-MM-DD") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="designation-review",
        description="Designation review of IP valuation institutes (Invention Promotion Act Art. 28).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database", metavar="URL",
        help="SQLAlchemy URL or SQLite file path (default: $DESIGNATION_REVIEW_DATABASE, else the user data folder)",
    )
    parser.add_argument("--language", choices=("ko", "en"), help="user-interface language (default: ko)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="create a demo database (one completed and one open round)")
    demo.add_argument("--force", action="store_true", help="replace a database that already holds data")
    demo.add_argument("--open", action="store_true", help="open the application on it afterwards")
    demo.add_argument("--date", type=_iso_day, metavar="YYYY-MM-DD",
                      help="the day the demo stands on (default: today in Korea); the same day gives the same records")

    document = commands.add_parser("document", help="print an official document to PDF")
    kinds = document.add_subparsers(dest="kind", metavar="KIND", required=True)
    inspection_number = "inspection number, e.g. 실사-2026-012 or 2026-12"
    for kind, text, argument, argument_help in (
        ("decision", "the decision notice to the applicant", "number",
         "decision number, e.g. 제2026-0001호 or 2026-0001"),
        ("certificate", "the designation certificate (지정서) of a designation", "number",
         "number of the designating decision, e.g. 제2026-0001호"),
        ("public-notice", "the public notice (고시) of a round's designations", "number",
         "notice number, e.g. 제2026-001호 or 2026-1"),
        ("supplement-request", "the supplement request letter to the applicant", "number",
         "request number, e.g. 보완-2026-0001 or 2026-0001"),
        ("minutes", "the minutes of a committee meeting", "meeting", "meeting number, e.g. 심의-2026-01"),
        ("inspection-notice", "the notice of an on-site inspection to the applicant", "number", inspection_number),
        ("inspection-report", "the report of an on-site inspection", "number", inspection_number),
    ):
        parser_of_kind = kinds.add_parser(kind, help=text)
        parser_of_kind.add_argument(argument, help=argument_help)
        parser_of_kind.add_argument("-o", "--output", required=True, type=Path, help="PDF file to write")
        parser_of_kind.add_argument("--language", dest="document_language", choices=("ko", "en"), default="ko")
    offline = commands.add_parser("inspection-offline", help="fill in an offline inspection file (no database)")
    offline.add_argument("file", type=Path, help="the .inspection file exported from the application")

    export = commands.add_parser("export", help="export every record")
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    as_json = formats.add_parser("json", help="a full dump as documented JSON")
    as_json.add_argument("-o", "--output", required=True, type=Path, help="JSON file to write")

    recompute = commands.add_parser("recompute", help="recompute a round's committee results and confirm them")
    recompute.add_argument("round", help="round code, e.g. 2026-1")

    verify = commands.add_parser("verify", help="tell whether PDF files are unaltered issued documents")
    verify.add_argument("files", nargs="+", type=Path, metavar="FILE.pdf")

    backup = commands.add_parser(
        "backup", help="back up the database named by --database (the source) into one file",
        description="Write a consistent backup of the SOURCE database, named by --database before the command "
                    "(default: $DESIGNATION_REVIEW_DATABASE, else the user data folder), also while it is in use. "
                    "The file holds every record, password hashes included: keep it as safe as the database.")
    backup.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.backup", help="backup file to write")
    restore = commands.add_parser(
        "restore", help="restore a backup file into a NEW, empty database named by --database",
        description="Check a backup file (integrity, manifest, row hashes, audit trail) and restore it into a new, "
                    "empty database. Here --database names the TARGET (never the default database) and may be given "
                    "before or after the command; a database that holds any record is refused.")
    restore.add_argument("file", type=Path, metavar="FILE.backup", help="the backup file to restore")
    restore.add_argument("--database", dest="restore_target", metavar="URL",
                         help="the new, empty database to restore into: a SQLite file path (created) or a SQLAlchemy "
                              "URL such as an empty PostgreSQL database (required)")

    commands.add_parser("upgrade", help="apply pending database migrations and exit")
    commands.add_parser("info", help="print versions and where resources and the Korean font were found")
    return parser


def _open_database(url_option: str | None):  # type: ignore[no-untyped-def]
    from desktop.db.engine import Database, resolve_database_url
    from desktop.db.migrate import upgrade

    database = Database(resolve_database_url(url_option))
    _opened.append(database)
    upgrade(database)
    return database


def _is_empty(database) -> bool:  # type: ignore[no-untyped-def]
    from desktop.domain.accounts.service import needs_first_administrator

    with database.read() as session:
        return needs_first_administrator(session)


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.db.engine import Database, resolve_database_url
    from desktop.db.migrate import upgrade
    from desktop.demo.builder import build_demo
    from desktop.demo.reset import reset_database

    url = resolve_database_url(args.database)
    database = Database(url, create=True)  # the demo may be built on an empty file made for it
    _opened.append(database)
    upgrade(database)
    if not _is_empty(database):
        if not args.force:
            print(f"The database {database.description} already holds data; it was left untouched.\n"
                  "Use 'demo --force' to replace it, or choose another file with --database.", file=sys.stderr)
            return EXIT_ERROR
        database = reset_database(database)
        _opened.append(database)
    users = build_demo(database, args.date)
    print(f"Demo database ready: {database.description}\n")
    print(f"{'user name':<14}{'password':<20}role")
    for user in users:
        print(f"{user.username:<14}{user.password:<20}{user.role.value}")
    if args.open:
        database.dispose()
        return _launch_gui(url, args.language)
    return EXIT_OK


def cmd_document(args: argparse.Namespace) -> int:
    if args.kind in ("inspection-notice", "inspection-report"):
        return cmd_inspection_document(args)
    if args.kind == "minutes":
        return cmd_minutes(args)
    if args.kind == "supplement-request":
        return cmd_supplement_request(args)
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.decisions.round_documents import find_public_notice
    from desktop.domain.decisions.service import find_decision
    from desktop.issuing.batch import DocumentRequest, issued_document

    output = PendingFile(args.output)  # a file that cannot be written is refused before the database is opened
    database = _open_database(args.database)
    actor = Actor.command_line()
    # The file is renamed into place once the transaction is committed (exits run last to first).
    with output, _recorded_only_if_written(output), database.transaction() as session:
        if args.kind == "public-notice":
            entity_id = find_public_notice(session, args.number).id
        else:
            entity_id = find_decision(session, args.number).id
        kind = {"decision": "decision", "certificate": "certificate", "public-notice": "public_notice"}[args.kind]
        # The first print of an issued record is recorded with its code, so the file is on the disk first.
        issued = issued_document(session, actor, DocumentRequest(kind, entity_id, args.document_language))
        output.write(issued.data)
    print(f"{issued.number}: {args.output} ({len(issued.data):,} bytes, verification code {issued.verification_code})")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    """Exit 0 when every file is an unaltered issued document, 1 otherwise."""
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.decisions.verification import verify_pdf

    database = _open_database(args.database)
    valid = 0
    for path in args.files:  # every file is checked and reported, whatever the ones before it were
        try:
            data = read_file(path)
        except FileError as error:
            print(f"error: {error.message}", file=sys.stderr)
            continue
        with database.read() as session:
            report = verify_pdf(session, Actor.command_line(), data)
        valid += report.valid
        print(f"{path}: {report.status.value.upper()}\n  {report.message()}\n  SHA-256 {report.sha256}")
    if len(args.files) > 1:
        print(f"{valid} of {len(args.files)} files are unaltered issued documents.")
    return EXIT_OK if valid == len(args.files) else EXIT_ERROR


def _print_document(args: argparse.Namespace, build) -> int:  # type: ignore[no-untyped-def]
    """Open the database, let ``build(session, actor, settings)`` return (number, pdf bytes), write the file."""
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.settings.service import get_settings

    output = PendingFile(args.output)
    database = _open_database(args.database)
    with database.read() as session:
        number, pdf = build(session, Actor.command_line(), get_settings(session))
    with output:
        output.write(pdf)
    print(f"{number}: {args.output} ({len(pdf):,} bytes)")
    return EXIT_OK


def cmd_supplement_request(args: argparse.Namespace) -> int:
    from desktop.documents.supplement_request import render_supplement_request
    from desktop.domain.screening.supplements import find_supplement, supplement_letter

    def build(session, actor, settings):  # type: ignore[no-untyped-def]
        letter = supplement_letter(session, actor, find_supplement(session, args.number).id, settings)
        return letter.number, render_supplement_request(letter, language=args.document_language)

    return _print_document(args, build)


def cmd_minutes(args: argparse.Namespace) -> int:
    from desktop.documents.minutes import render_minutes
    from desktop.domain.committee.meetings import find_meeting
    from desktop.domain.committee.minutes import meeting_minutes

    def build(session, actor, settings):  # type: ignore[no-untyped-def]
        data = meeting_minutes(session, actor, find_meeting(session, args.meeting).id, settings)
        return data.meeting_number, render_minutes(data, language=args.document_language)

    return _print_document(args, build)


def cmd_recompute(args: argparse.Namespace) -> int:
    """Recompute every current result of the round from its stored inputs; exit 1 when any differs."""
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.scoring.service import find_round_id, list_results, verify_results

    database = _open_database(args.database)
    actor = Actor.command_line()
    with database.read() as session:
        round_id = find_round_id(session, args.round)
        stored = {r.application_id: r for r in list_results(session, actor, round_id)}
        checks = verify_results(session, actor, round_id)
    for check in checks:
        row = stored[check.application_id]
        verdict = "same" if check.matches else "DIFFERENT"
        inputs = "" if check.inputs_current else "  (the sheets changed since: recompute the result)"
        print(f"{check.application_number:<14} {row.aggregate:>7}  {'pass' if row.passed else 'fail':<5}"
              f" {row.method:<13} {verdict}{inputs}")
    bad = [c for c in checks if not (c.matches and c.inputs_current)]
    print(f"{len(checks) - len(bad)} of {len(checks)} results of round {args.round} confirmed.")
    return EXIT_ERROR if bad else EXIT_OK


def cmd_inspection_document(args: argparse.Namespace) -> int:
    from desktop.domain.inspections.queries import find_inspection
    from desktop.domain.inspections.report import inspection_notice, inspection_report

    def build(session, actor, settings):  # type: ignore[no-untyped-def]
        inspection = find_inspection(session, args.number)
        if args.kind == "inspection-report":
            from desktop.documents.inspection_report import render_inspection_report

            report = inspection_report(session, actor, inspection.id, settings)
            return inspection.number, render_inspection_report(report, language=args.document_language)
        from desktop.documents.inspection_notice import render_inspection_notice

        notice = inspection_notice(session, actor, inspection.id, settings)
        return inspection.number, render_inspection_notice(notice, language=args.document_language)

    return _print_document(args, build)


def cmd_inspection_offline(args: argparse.Namespace) -> int:
    from desktop.ui.pages.inspections.offline_window import run_offline

    return run_offline(args.file.expanduser(), args.language)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.db.migrate import current_revision
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.export.json_dump import export_json

    output = PendingFile(args.output)  # refused before the export (an audited event) is recorded
    database = _open_database(args.database)
    with output, _recorded_only_if_written(output), database.transaction() as session:
        document = export_json(session, Actor.command_line(), current_revision(database))
        output.write(json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False).encode("utf-8"))
    counts = {name: len(rows) for name, rows in document["tables"].items() if rows}
    print(f"Exported {sum(counts.values()):,} records from {len(counts)} tables to {args.output}")
    return EXIT_OK


def _driven(steps):  # type: ignore[no-untyped-def]
    """Run a progress generator of a service to its end (the command line shows no progress) and return its result."""
    try:
        while True:
            next(steps)
    except StopIteration as stop:
        return stop.value
    finally:
        steps.close()


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
    written = _driven(back_up(database, Actor.command_line(), args.output))
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
    restored = _driven(restore_backup(Actor.command_line(), args.file, url, accounts=None))
    print(f"Restored {restored.records:,} records of {restored.tables} tables from {args.file} into "
          f"{describe_database(url)}.")
    return EXIT_OK


def cmd_upgrade(args: argparse.Namespace) -> int:
    from desktop.db.migrate import current_revision

    database = _open_database(args.database)
    print(f"{database.description}: schema {current_revision(database)}")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from desktop.core.resources import korean_font_path, resource_path, resources_root
    from desktop.db.engine import describe_database, resolve_database_url
    from desktop.db.migrate import head_revision
    from desktop.domain.inspections.checklists import load_checklist
    from desktop.domain.scoring.criteria import load_criteria
    from desktop.domain.settings.service import DEFAULTS

    criteria = load_criteria(DEFAULTS["criteria_version"])
    checklist = load_checklist(DEFAULTS["checklist_version"])
    translations = sorted(p.name for p in resource_path("translations").glob("*.qm"))
    print(f"designation-review {__version__}")
    print(f"resources: {resources_root()}")
    print(f"korean font: {korean_font_path()}")
    print(f"criteria sheet {criteria.version}: {len(criteria.criteria)} criteria, total {criteria.total}")
    print(f"checklist {checklist.version}: {len(checklist.items)} items")
    print(f"translations: {', '.join(translations) or 'none'}")
    print(f"schema head: {head_revision()}")
    print(f"database: {describe_database(resolve_database_url(args.database))}")
    print(f"log file: {describe_log_location()}")
    return EXIT_OK


@contextmanager
def _recorded_only_if_written(output: PendingFile) -> Iterator[None]:
    """Around a transaction that writes ``output``: a file that could not be written rolled it back; say so."""
    try:
        yield
    except FileError as error:
        raise write_error(output.path, error.reason, "nothing was recorded") from error


def _launch_gui(url_option: str | None, language: str | None) -> int:
    from desktop.app import run

    return run(url_option, language=language)


COMMANDS = {"demo": cmd_demo, "document": cmd_document, "export": cmd_export, "upgrade": cmd_upgrade,
            "backup": cmd_backup, "restore": cmd_restore,
            "verify": cmd_verify,
            "inspection-offline": cmd_inspection_offline,
            "info": cmd_info, "recompute": cmd_recompute}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    start_logging()
    command = args.command or "gui"
    _log.info("designation-review %s on Python %s: %s", __version__, platform.python_version(), command)
    try:
        if args.command is None:
            return _launch_gui(args.database, args.language)
        return COMMANDS[args.command](args)
    except DomainError as error:
        _log.info("%s refused: %s", command, error.message)
        print(f"error: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        _log.info("%s failed: %s", command, error)
        print(f"error: {os_error_message(error)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a defect: the traceback goes to the log, the user reads one sentence
        log_unexpected(error, f"{command} failed", _log)
        print(f"error: something unexpected went wrong ({type(error).__name__}); "
              f"the details were written to {describe_log_location()}.", file=sys.stderr)
        return EXIT_ERROR
    finally:
        while _opened:
            _opened.pop().dispose()
