"""``designation-review registry list`` and ``sanctions list --on DATE -o FILE.xlsx|FILE.pdf``: the public lists
as of a day, headless. Read-only: a list as of a day is a draft (its PDF marked so); ``--publication NUMBER`` writes
the workbook stored with a published list, exactly as published (its PDF: ``document registry-list NUMBER``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli_support import EXIT_OK, EXIT_USAGE
from desktop.cli_support import open_database as _open_database

FORMATS = (".xlsx", ".pdf")
LISTS = {  # command: (document kind, what it lists, the document subcommand of its published PDF)
    "registry": ("registry_list", "designated institutes", "registry-list"),
    "sanctions": ("sanctions_list", "sanctions", "sanctions-list"),
}


def add_registry_parser(commands, iso_day) -> None:  # type: ignore[no-untyped-def]
    """The ``registry`` and ``sanctions`` commands and their ``list`` action."""
    for command, text in (("registry", "the registry of designated institutes"),
                          ("sanctions", "the sanctions against designated institutes")):
        parser = commands.add_parser(command, help=text)
        actions = parser.add_subparsers(dest=f"{command}_command", metavar="ACTION", required=True)
        _, listed, document = LISTS[command]
        listing = actions.add_parser("list", help=f"the public list of {listed} as of a day (XLSX or PDF)")
        listing.add_argument("--on", type=iso_day, default=None, help="the day (YYYY-MM-DD; default: today)")
        listing.add_argument("-o", "--output", required=True, type=Path, help="FILE.xlsx or FILE.pdf")
        listing.add_argument("--language", dest="document_language", choices=("ko", "en"), default="ko")
        listing.add_argument("--publication", metavar="NUMBER", default=None,
                             help=f"the workbook of a published list, as stored (e.g. 공표-2026-0001); its signed "
                                  f"PDF: document {document} NUMBER")


def cmd_registry(args: argparse.Namespace) -> int:
    return _list(args, "registry")


def cmd_sanctions(args: argparse.Namespace) -> int:
    return _list(args, "sanctions")


def _list(args: argparse.Namespace, command: str) -> int:
    from desktop.core.files import PendingFile
    from desktop.domain.accounts.permissions import Actor

    kind, listed, document = LISTS[command]
    suffix = args.output.suffix.lower()
    if suffix not in FORMATS:
        print(f"error: {args.output} must end in .xlsx or .pdf", file=sys.stderr)
        return EXIT_USAGE
    if args.publication and suffix == ".pdf":
        print(f"error: the PDF of a published list is an issued document: designation-review document {document} "
              f"{args.publication} -o {args.output}", file=sys.stderr)
        return EXIT_USAGE
    output = PendingFile(args.output)
    database = _open_database(args.database)
    actor = Actor.command_line()
    if args.publication:
        from desktop.domain.publication.service import find_publication, publication_workbook

        with database.read() as session:
            _, data = publication_workbook(session, actor, find_publication(session, args.publication, kind),
                                           args.document_language)
        with output:
            output.write(data)
        print(f"{args.publication}: {args.output} (the workbook as published)")
        return EXIT_OK
    from desktop.documents.public_lists import render_list_workbook, render_published_list
    from desktop.domain.publication.service import list_content

    with database.read() as session:
        content = list_content(session, actor, kind, args.on)
    render = render_published_list if suffix == ".pdf" else render_list_workbook
    with output:
        output.write(render(content, args.document_language))
    print(f"{content.rows} {listed} as of {content.on.isoformat()}: {args.output} (a draft, not published)")
    return EXIT_OK
