"""The command line: with no subcommand it opens the GUI; subcommands run headless.

    designation-review [--database URL] [--language ko|en]            open the application
    designation-review [--database URL] demo [--force] [--open]       create the demo database
    designation-review [--database URL] demo --years 10 [--force]     ten years of rounds, reports and audit trail
    designation-review [--database URL] document decision NUMBER -o FILE.pdf [--language ko|en]
    designation-review [--database URL] document certificate NUMBER -o FILE.pdf [--language ko|en]
    designation-review [--database URL] document public-notice NUMBER -o FILE.pdf [--language ko|en]
    designation-review [--database URL] verify FILE.pdf|FILE.zip …      unaltered issued documents and dossiers?
    designation-review [--database URL] dossier APPLICATION -o FILE.zip  the case dossier of an application
    designation-review [--database URL] document supplement-request NUMBER -o FILE.pdf [--language ko|en]
    designation-review [--database URL] document minutes MEETING -o FILE.pdf [--language ko|en]
    designation-review [--database URL] import reports FILE            filed evaluation reports (XLSX/CSV export)
    designation-review [--database URL] recompute ROUND                recompute and confirm committee results
    designation-review [--database URL] document inspection-notice NUMBER -o FILE.pdf [--language ko|en]
    designation-review [--database URL] document inspection-report NUMBER -o FILE.pdf [--language ko|en]
    designation-review inspection-offline FILE.inspection              fill in an offline inspection (no database)
    designation-review [--database URL] export json -o FILE.json
    designation-review [--database URL] registry list [--on DATE] -o FILE.xlsx|FILE.pdf [--language ko|en]
    designation-review [--database URL] sanctions list [--on DATE] -o FILE.xlsx|FILE.pdf [--language ko|en]
    designation-review [--database URL] registry|sanctions list --publication NUMBER -o FILE.xlsx   as published
    designation-review [--database URL] document registry-list|sanctions-list NUMBER -o FILE.pdf  a published list
    designation-review [--database URL] trust export -o authority.pem   the authority's signing certificate
    designation-review trust add CERT.pem                              trust a certificate (the user's trust folder)
    designation-review [--database URL] trust list                      the certificates a verification trusts
    designation-review [--database URL] audit verify [--anchor N:HASH …]  is the audit trail's hash chain intact?
    designation-review [--database SOURCE] backup -o FILE.backup      a consistent copy, also while in use
    designation-review restore FILE.backup --database NEW             into a new, empty database only
    designation-review transfer --from SOURCE --to NEW                 e.g. SQLite → a new PostgreSQL database
    designation-review [--database URL] upgrade                       apply pending database migrations
    designation-review server init --database postgresql://OWNER@HOST/DB --admin NAME [--password-file F]
    designation-review server upgrade --database postgresql://OWNER@HOST/DB   re-apply roles, grants, policies
    designation-review info                                           versions, resources and font found
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from desktop import __version__
from desktop.cli_documents import add_document_parser, cmd_document
from desktop.cli_options import global_options, gui_launch, launch_gui, new_parser
from desktop.cli_registry import add_registry_parser, cmd_registry, cmd_sanctions
from desktop.cli_support import EXIT_ERROR, EXIT_OK, EXIT_USAGE, _opened
from desktop.cli_support import identity_source as _identity_source
from desktop.cli_support import open_database as _open_database
from desktop.cli_support import recorded_only_if_written as _recorded_only_if_written
from desktop.core.errors import DomainError, FileError, ResourceMissing
from desktop.core.files import PendingFile, os_error_message, read_file
from desktop.core.logs import describe_log_location, log_unexpected, start_logging
from desktop.core.progress import run_to_end

_log = logging.getLogger(__name__)


def _iso_day(text: str):  # type: ignore[no-untyped-def]
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date written YYYY-MM-DD") from None


def _anchor(text: str):  # type: ignore[no-untyped-def]
    from desktop.domain.audit.chain_problems import Anchor

    number, _, digest = text.partition(":")
    number, digest = number.strip().lstrip("#"), digest.strip().lower()
    if not number.isdigit() or len(digest) != 64 or digest.strip("0123456789abcdef"):
        raise argparse.ArgumentTypeError(f"'{text}' is not an event number and a SHA-256 written N:HASH")
    return Anchor(int(number), digest, f"--anchor {number}")


def build_parser() -> argparse.ArgumentParser:
    parser = global_options(new_parser())
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="create a demo database (one completed and one open round)")
    demo.add_argument("--force", action="store_true", help="replace a database that already holds data")
    demo.add_argument("--open", action="store_true", help="open the application on it afterwards")
    demo.add_argument("--date", type=_iso_day, metavar="YYYY-MM-DD",
                      help="the day the demo stands on (default: today in Korea); the same day gives the same records")
    demo.add_argument("--years", type=int, metavar="N",
                      help="N years of history instead (two rounds a year, their reports and audit trail), e.g. 10")

    add_document_parser(commands)
    offline = commands.add_parser("inspection-offline", help="fill in an offline inspection file (no database)")
    offline.add_argument("file", type=Path, help="the .inspection file exported from the application")

    export = commands.add_parser("export", help="export every record")
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    as_json = formats.add_parser("json", help="a full dump as documented JSON")
    as_json.add_argument("-o", "--output", required=True, type=Path, help="JSON file to write")

    dossier = commands.add_parser(
        "dossier", help="write the case dossier of an application: its documents, files, records and audit events "
                        "in one ZIP with a signed manifest")
    dossier.add_argument("application", help="application number, e.g. 2026-1-002")
    dossier.add_argument("-o", "--output", required=True, type=Path, help="ZIP file to write")

    importing = commands.add_parser("import", help="import records from another system's export")
    import_kinds = importing.add_subparsers(dest="import_kind", metavar="WHAT", required=True)
    import_reports = import_kinds.add_parser(
        "reports", help="filed evaluation reports from the evaluation information system's export (XLSX or CSV)",
        description="Check every row first; when any row has a problem, print each (row, column, reason), import "
                    "nothing and exit 1. Reports already in the register with the same content are left alone.")
    import_reports.add_argument("file", type=Path, metavar="FILE", help="the export: .xlsx or .csv (UTF-8 or CP949)")

    recompute = commands.add_parser("recompute", help="recompute a round's committee results and confirm them")
    recompute.add_argument("round", help="round code, e.g. 2026-1")

    verify = commands.add_parser(
        "verify", help="tell whether documents are authentic and unaltered (PDF files, case dossiers, scans of the QR "
                       "code, codes)",
        description="Checks the authority's signature and the facts it seals; works without the database (then the "
                    "record's current status is not known). A case dossier (a ZIP file) is checked file by file "
                    "against its signed manifest. Exit 0 only when everything checked is authentic.")
    verify.add_argument("files", nargs="*", type=Path, metavar="FILE.pdf|FILE.zip")
    verify.add_argument("--qr", action="append", type=Path, default=[], metavar="IMAGE",
                        help="a scan or photo of a page: its QR code is decoded and checked offline")
    verify.add_argument("--code", action="append", default=[], metavar="TEXT",
                        help="a typed QR payload (DR:…), or a verification code (문서확인번호; needs the database)")
    verify.add_argument("--trust", action="append", type=Path, default=[], metavar="CERT.pem",
                        help="also trust this certificate (the authority's, as `trust export` writes it)")
    verify.add_argument("--offline", action="store_true",
                        help="do not use any database (as a bank or a court does)")

    trust = commands.add_parser("trust", help="the certificates that verify signed documents")
    trust_commands = trust.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    trust_export = trust_commands.add_parser("export", help="write the authority's signing certificate and its "
                                                            "chain (PEM), for those who verify our documents")
    trust_export.add_argument("-o", "--output", required=True, type=Path, help="PEM file to write")
    trust_add = trust_commands.add_parser("add", help="trust a certificate (PEM or DER) on this computer")
    trust_add.add_argument("certificate", type=Path, metavar="CERT.pem")
    trust_list = trust_commands.add_parser("list", help="the trusted certificates and where each comes from")
    trust_list.add_argument("--no-database", action="store_true", help="without the configured authority certificate")

    audit = commands.add_parser("audit", help="the audit trail")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_verify = audit_commands.add_parser(
        "verify", help="check every event's hash and link; exit 0 when intact, 1 naming the first problem")
    audit_verify.add_argument("--anchor", action="append", default=[], type=_anchor, metavar="N:HASH",
                              help="a chain head known from outside (e.g. printed in an issued document): event N "
                                   "must have this SHA-256; may be repeated")

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

    transfer = commands.add_parser(
        "transfer", help="copy a whole database into a NEW, empty one (e.g. SQLite to PostgreSQL, and back)",
        description="Copy everything in SOURCE, attachments and issued documents included, into the empty database "
                    "NEW, through a checked backup (integrity, row hashes, audit trail); then count every table on "
                    "both sides and verify the target's audit trail. A target that holds any record is refused.")
    transfer.add_argument("--from", dest="transfer_source", required=True, metavar="SOURCE",
                          help="the database to copy: a SQLite file path or a SQLAlchemy URL")
    transfer.add_argument("--to", dest="transfer_target", required=True, metavar="NEW",
                          help="the new, empty database: a SQLite file path (created) or e.g. an empty PostgreSQL "
                               "database, postgresql+psycopg://USER@HOST/DB")

    add_registry_parser(commands, _iso_day)
    commands.add_parser("upgrade", help="apply pending database migrations and exit")
    server = commands.add_parser("server", help="set up a PostgreSQL server: roles, grants, row-level security")
    server_commands = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    for action, text in (("init", "migrate, create the roles and policies and the first administrator"),
                         ("upgrade", "migrate and re-apply the roles, grants and policies (after an update)")):
        parser_of_action = server_commands.add_parser(action, help=text)
        parser_of_action.add_argument("--database", dest="server_url", metavar="URL",
                                      help="the database, as its owner: postgresql+psycopg://OWNER@HOST/DB")
        if action == "init":
            parser_of_action.add_argument("--admin", metavar="NAME", help="user name of the first administrator")
            parser_of_action.add_argument("--admin-name", metavar="TEXT", help="the administrator's full name")
            parser_of_action.add_argument("--password-file", type=Path, metavar="FILE",
                                          help="a file holding the administrator's password (else it is asked)")
    commands.add_parser("info", help="print versions and where resources and the Korean font were found")
    return parser


def _is_empty(database) -> bool:  # type: ignore[no-untyped-def]
    from desktop.domain.users.service import needs_first_administrator

    with database.read() as session:
        return needs_first_administrator(session)


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.db.engine import Database, resolve_database_url
    from desktop.db.migrate import upgrade
    from desktop.demo.builder import build_demo
    from desktop.demo.reset import reset_database

    if args.years is not None and args.years < 1:
        print("Error: --years takes a number of years from 1 up, e.g. --years 10.", file=sys.stderr)
        return EXIT_USAGE
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
    if args.years is not None:
        from desktop.demo.decade import build_decade

        users = build_decade(database, args.years, args.date)
    else:
        users = build_demo(database, args.date)
    from desktop.demo.builder import demo_certificate_file
    from desktop.demo.certificates import DEMO_SIGNING_PASSWORD, demo_paths

    key_file, root_file = demo_paths(demo_certificate_file(database))
    print(f"Demo database ready: {database.description}\n")
    print(f"Its documents are signed with the DEMO key {key_file} (password {DEMO_SIGNING_PASSWORD}); trust the DEMO "
          f"root {root_file} to see the signatures trusted.\n")
    print(f"{'user name':<14}{'password':<20}role")
    for user in users:
        print(f"{user.username:<14}{user.password:<20}{user.role.value}")
    if args.open:
        database.dispose()
        return launch_gui(url, args.language)
    return EXIT_OK


def _verification_database(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The database to verify against, or None: ``--offline``, or no database here (verify never creates one)."""
    from sqlalchemy.engine import make_url

    from desktop.db.engine import resolve_database_url

    if args.offline:
        return None
    url = resolve_database_url(args.database)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and not Path(parsed.database).is_file():
        return None
    return _open_database(args.database)


def cmd_verify(args: argparse.Namespace) -> int:
    """Exit 0 when everything checked is an authentic, unaltered issued document; 1 otherwise."""
    from contextlib import nullcontext

    from desktop.issuing.dossier import is_zip
    from desktop.issuing.dossier_verify import verify_dossier
    from desktop.issuing.trust import trust_store
    from desktop.issuing.verify import database_trust, verify_document
    from desktop.issuing.verify_paper import verify_image, verify_typed

    if not (args.files or args.qr or args.code):
        print("error: name a PDF or dossier file, --qr IMAGE or --code TEXT to verify.", file=sys.stderr)
        return EXIT_USAGE
    database = _verification_database(args)
    if database is None:
        print("(checked without the database: the record's current status is not known here)")
    checked = valid = 0
    with database.read() if database is not None else nullcontext() as session:
        trust = database_trust(session, tuple(args.trust)) if session is not None else trust_store({}, args.trust)
        for path in args.files:  # every file is checked and reported, whatever the ones before it were
            checked += 1
            try:
                data = read_file(path)
            except FileError as error:
                print(f"error: {error.message}", file=sys.stderr)
                continue
            if is_zip(data):  # a case dossier, recognised by its content whatever its name
                dossier = verify_dossier(data, trust, session)
                valid += dossier.valid
                print(f"{path}: {dossier.message()}")
                for line in dossier.problem_lines():
                    print(f"  {line}")
                print(f"  SHA-256 {dossier.sha256}")
                continue
            report = verify_document(data, trust, session)
            valid += report.valid
            print(f"{path}: {report.status.value.upper()}\n  {report.message()}\n  SHA-256 {report.sha256}")
        for image in args.qr:
            try:
                reports = verify_image(image, trust, session)
            except DomainError as error:
                checked += 1
                print(f"error: {error.message}", file=sys.stderr)
                continue
            for report in reports:
                checked += 1
                valid += report.valid
                print(f"{image}: {report.message()}")
        for text in args.code:
            checked += 1
            try:
                report = verify_typed(text, trust, session)
            except DomainError as error:
                print(f"error: {error.message}", file=sys.stderr)
                continue
            valid += report.valid
            print(f"{text.strip()[:24]}: {report.message()}")
    if checked > 1:
        print(f"{valid} of {checked} checked are authentic issued documents.")
    return EXIT_OK if valid == checked else EXIT_ERROR


def cmd_dossier(args: argparse.Namespace) -> int:
    """The case dossier of an application; records issued without a file are issued first (recorded)."""
    from desktop.domain.accounts.permissions import Actor
    from desktop.issuing.dossier import build_dossier, find_application

    output = PendingFile(args.output)  # a file that cannot be written is refused before the database is opened
    database = _open_database(args.database)
    with database.read() as session:
        application_id = find_application(session, args.application).id
    steps = build_dossier(database, Actor.command_line(), application_id, _identity_source(args), output)
    show_progress = sys.stderr.isatty()
    while True:
        try:
            _done, _total, message = next(steps)
        except StopIteration as stop:
            result = stop.value
            break
        if show_progress:
            print(f"\r{message[:76]:<76}", end="", file=sys.stderr, flush=True)
    if show_progress:
        print(file=sys.stderr)
    issued = f", {result.issued_now} issued now" if result.issued_now else ""
    print(f"{result.application}: {args.output} ({result.size:,} bytes): {result.files} files, {result.documents} "
          f"documents{issued}, {result.attachments} attachments, {result.events} audit events ({result.withheld} "
          f"withheld)\n  manifest SHA-256 {result.manifest_sha256}\n  check it with: designation-review verify "
          f"{args.output}")
    return EXIT_OK


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


def cmd_import(args: argparse.Namespace) -> int:
    """Import filed evaluation reports; exit 1 with every row problem printed, 0 with the count imported."""
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.reports.importing import import_reports

    data = read_file(args.file.expanduser())
    database = _open_database(args.database)
    with database.transaction() as session:
        result = run_to_end(import_reports(session, Actor.command_line(), args.file.name, data))
    if not result.ok:
        for problem in result.problems:
            print(problem.text(), file=sys.stderr)
        print(f"error: {args.file.name} ({result.read_as}): {len(result.problems)} problem(s); nothing was imported. "
              "Fix the file and import it again.", file=sys.stderr)
        return EXIT_ERROR
    print(f"{args.file.name} ({result.read_as}): {result.imported} report(s) imported ({result.late} filed late), "
          f"{result.unchanged} already in the register unchanged.")
    return EXIT_OK


def cmd_inspection_offline(args: argparse.Namespace) -> int:
    from desktop.ui.pages.inspections.offline_window import run_offline

    return run_offline(args.file.expanduser(), args.language)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.core.progress import run_to_end
    from desktop.db.migrate import current_revision
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.export.json_dump import write_export

    output = PendingFile(args.output)  # refused before the export (an audited event) is recorded
    database = _open_database(args.database)
    with output, _recorded_only_if_written(output), database.transaction() as session:  # streamed, batch by batch
        written = run_to_end(write_export(session, Actor.command_line(), current_revision(database), output.append))
        output.close()  # on the disk before the transaction commits
    counts = {name: rows for name, rows in written.items() if rows}
    print(f"Exported {sum(counts.values()):,} records from {len(counts)} tables to {args.output}")
    return EXIT_OK


def cmd_trust(args: argparse.Namespace) -> int:
    """``trust export`` (from the settings), ``trust add`` (into the user's trust folder), ``trust list``."""
    from desktop.issuing.signing import common_name
    from desktop.issuing.trust import add_trusted, export_certificate, trust_store, user_trust_folder

    if args.trust_command == "add":
        target, certificates = add_trusted(args.certificate)
        for certificate in certificates:
            print(f"trusted: {common_name(certificate.subject)}")
        print(f"written to {target}")
        return EXIT_OK
    settings: dict = {}
    if args.trust_command == "export" or not args.no_database:
        from desktop.core.files import writable_target
        from desktop.domain.settings.service import get_settings

        if args.trust_command == "export":
            writable_target(args.output)  # a file that cannot be written is refused before the database is opened
        database = _open_database(args.database)
        with database.read() as session:
            settings = get_settings(session)
    if args.trust_command == "export":
        for certificate in export_certificate(args.output, settings):
            print(f"{common_name(certificate.subject)}  (valid until {certificate.not_valid_after_utc:%Y-%m-%d})")
        print(f"written to {args.output}")
        return EXIT_OK
    store = trust_store(settings)
    print(f"trust folder: {user_trust_folder()}")
    for certificate, origin in zip(store.certificates, store.origins, strict=True):
        print(f"{common_name(certificate.subject)}  (valid until {certificate.not_valid_after_utc:%Y-%m-%d}; "
              f"{origin})")
    if not store:
        print("No certificate is trusted yet.")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    """``audit verify``: exit 0 with a one-line summary when the chain is intact, 1 naming the first problem."""
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.audit.chain import verify_chain
    from desktop.issuing.anchors import document_anchors

    database = _open_database(args.database)
    show_progress = sys.stderr.isatty()
    with database.read() as session:
        steps = verify_chain(session, Actor.command_line(), [*args.anchor, *document_anchors(session)])
        report = run_to_end(steps, (lambda step: print(f"\rchecked {step[0]:,} of {step[1]:,} events", end="",
                                                       file=sys.stderr, flush=True)) if show_progress else None)
    if show_progress:
        print(file=sys.stderr)
    if report.intact:
        print(report.summary())
        return EXIT_OK
    print(f"{report.events:,} events: the audit trail was tampered with.\n  {report.summary()}")
    return EXIT_ERROR


def cmd_info(args: argparse.Namespace) -> int:
    from desktop.core.resources import korean_font_path, resource_path, resources_root
    from desktop.db.engine import describe_database, resolve_database_url
    from desktop.db.migrate import head_revision
    from desktop.domain.inspections.checklists import load_checklist
    from desktop.domain.scoring.criteria import load_criteria
    from desktop.domain.settings.catalogue import CHECKLIST_VERSION, CRITERIA_VERSION

    criteria = load_criteria(CRITERIA_VERSION.default_value)
    checklist = load_checklist(CHECKLIST_VERSION.default_value)
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


def _database_commands() -> dict:
    from desktop import cli_database as d

    return {"backup": d.cmd_backup, "restore": d.cmd_restore, "transfer": d.cmd_transfer, "upgrade": d.cmd_upgrade,
            "server": d.cmd_server}


COMMANDS = {"demo": cmd_demo, "document": cmd_document, "export": cmd_export, "import": cmd_import,
            "verify": cmd_verify, "dossier": cmd_dossier, "trust": cmd_trust, "audit": cmd_audit,
            "inspection-offline": cmd_inspection_offline, "info": cmd_info, "recompute": cmd_recompute,
            "registry": cmd_registry, "sanctions": cmd_sanctions}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = gui_launch(argv) or build_parser().parse_args(argv)
    start_logging(rotate_later=args.command is None)  # the GUI: rotating once its login window is drawn
    command = args.command or "gui"
    _log.info("designation-review %s on Python %s: %s", __version__, sys.version.split()[0], command)
    try:
        if args.command is None:
            return launch_gui(args.database, args.language)
        return (COMMANDS.get(args.command) or _database_commands()[args.command])(args)
    except DomainError as error:
        (_log.warning if isinstance(error, ResourceMissing) else _log.info)("%s refused: %s", command, error.message)
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
