"""``designation-review registry list --on DATE -o FILE.xlsx|FILE.pdf``: the public list of designated institutes
as of a day, headless (read-only: nothing is recorded)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli_support import EXIT_OK, EXIT_USAGE
from desktop.cli_support import open_database as _open_database

FORMATS = (".xlsx", ".pdf")


def add_registry_parser(commands, iso_day) -> None:  # type: ignore[no-untyped-def]
    """The ``registry`` command and its actions."""
    registry = commands.add_parser("registry", help="the registry of designated institutes")
    actions = registry.add_subparsers(dest="registry_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the public list of designated institutes as of a day (XLSX or PDF)")
    listing.add_argument("--on", type=iso_day, default=None, help="the day (YYYY-MM-DD; default: today)")
    listing.add_argument("-o", "--output", required=True, type=Path, help="FILE.xlsx or FILE.pdf")
    listing.add_argument("--language", dest="document_language", choices=("ko", "en"), default="ko")


def cmd_registry(args: argparse.Namespace) -> int:
    from desktop.core.files import PendingFile
    from desktop.documents.registry_list import render_registry_list_pdf, render_registry_list_xlsx
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.registry.public_list import public_list

    suffix = args.output.suffix.lower()
    if suffix not in FORMATS:
        print(f"error: {args.output} must end in .xlsx or .pdf", file=sys.stderr)
        return EXIT_USAGE
    output = PendingFile(args.output)
    database = _open_database(args.database)
    with database.read() as session:
        data = public_list(session, Actor.command_line(), args.on)
    render = render_registry_list_pdf if suffix == ".pdf" else render_registry_list_xlsx
    with output:
        output.write(render(data, args.document_language))
    print(f"{len(data.rows)} designated institutes as of {data.on.isoformat()}: {args.output}")
    return EXIT_OK
