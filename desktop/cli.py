"""The command line: with no subcommand it opens the GUI; subcommands run headless.

    designation-review [--database URL] [--language ko|en]            open the application
    designation-review [--database URL] demo [--force] [--open]       create the demo database
    designation-review [--database URL] document decision NUMBER -o FILE.pdf [--language ko|en]
    designation-review [--database URL] export json -o FILE.json
    designation-review [--database URL] upgrade                       apply pending database migrations
    designation-review info                                           versions, resources and font found
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop import __version__
from desktop.core.errors import DomainError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


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

    document = commands.add_parser("document", help="print an official document to PDF")
    kinds = document.add_subparsers(dest="kind", metavar="KIND", required=True)
    decision = kinds.add_parser("decision", help="the decision notice to the applicant")
    decision.add_argument("number", help="decision number, e.g. 제2026-0001호 or 2026-0001")
    decision.add_argument("-o", "--output", required=True, type=Path, help="PDF file to write")
    decision.add_argument("--language", dest="document_language", choices=("ko", "en"), default="ko")

    export = commands.add_parser("export", help="export every record")
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    as_json = formats.add_parser("json", help="a full dump as documented JSON")
    as_json.add_argument("-o", "--output", required=True, type=Path, help="JSON file to write")

    commands.add_parser("upgrade", help="apply pending database migrations and exit")
    commands.add_parser("info", help="print versions and where resources and the Korean font were found")
    return parser


def _open_database(url_option: str | None):  # type: ignore[no-untyped-def]
    from desktop.db.engine import Database, resolve_database_url
    from desktop.db.migrate import upgrade

    database = Database(resolve_database_url(url_option))
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
    database = Database(url)
    upgrade(database)
    if not _is_empty(database):
        if not args.force:
            print(f"The database {database.description} already holds data; it was left untouched.\n"
                  "Use 'demo --force' to replace it, or choose another file with --database.", file=sys.stderr)
            return EXIT_ERROR
        database = reset_database(database)
    users = build_demo(database)
    print(f"Demo database ready: {database.description}\n")
    print(f"{'user name':<14}{'password':<20}role")
    for user in users:
        print(f"{user.username:<14}{user.password:<20}{user.role.value}")
    if args.open:
        database.dispose()
        return _launch_gui(url, args.language)
    return EXIT_OK


def cmd_document(args: argparse.Namespace) -> int:
    from desktop.documents.decision import render_decision_notice
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.decisions.service import decision_notice, find_decision
    from desktop.domain.settings.service import get_settings

    database = _open_database(args.database)
    actor = Actor.command_line()
    with database.read() as session:
        decision = find_decision(session, args.number)
        notice = decision_notice(session, actor, decision.id, get_settings(session))
    pdf = render_decision_notice(notice, language=args.document_language)
    _write(args.output, pdf)
    print(f"{notice.number}: {args.output} ({len(pdf):,} bytes)")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.db.migrate import current_revision
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.export.json_dump import export_json

    database = _open_database(args.database)
    with database.transaction() as session:
        document = export_json(session, Actor.command_line(), current_revision(database))
    text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False)
    _write(args.output, text.encode("utf-8"))
    counts = {name: len(rows) for name, rows in document["tables"].items() if rows}
    print(f"Exported {sum(counts.values()):,} records from {len(counts)} tables to {args.output}")
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
    return EXIT_OK


def _write(path: Path, data: bytes) -> None:
    """Write via a temporary file so a failure never leaves half a file behind."""
    path = path.expanduser()
    if path.parent and not path.parent.exists():
        raise DomainError(f"The folder {path.parent} does not exist.")
    temporary = path.with_name(path.name + ".part")
    temporary.write_bytes(data)
    temporary.replace(path)


def _launch_gui(url_option: str | None, language: str | None) -> int:
    from desktop.app import run

    return run(url_option, language=language)


COMMANDS = {"demo": cmd_demo, "document": cmd_document, "export": cmd_export, "upgrade": cmd_upgrade,
            "info": cmd_info}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            return _launch_gui(args.database, args.language)
        return COMMANDS[args.command](args)
    except DomainError as error:
        print(f"error: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        print(f"error: {error.strerror or error}: {error.filename or ''}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
