"""``document KIND NUMBER -o FILE.pdf``: the parser from the light catalogue of kind names, and the command, which
imports only what printing one document needs (its kind's finder and renderer, the issuing services)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli_support import EXIT_OK, identity_source, recorded_only_if_written
from desktop.cli_support import open_database as _open_database
from desktop.issuing.kind_names import KIND_NAMES


def add_document_parser(commands) -> None:  # type: ignore[no-untyped-def]
    """One subcommand per document kind, named by ``kind_names`` (no domain module is imported for the parser)."""
    document = commands.add_parser("document", help="print an official document to PDF (as issued, or issued now)")
    kinds = document.add_subparsers(dest="kind", metavar="KIND", required=True)
    for name in KIND_NAMES.values():
        parser_of_kind = kinds.add_parser(name.cli, help=name.cli_help)
        parser_of_kind.add_argument("number", help=name.number_help)
        parser_of_kind.add_argument("-o", "--output", required=True, type=Path, help="PDF file to write")
        parser_of_kind.add_argument("--language", dest="document_language", choices=("ko", "en"), default="ko",
                                    help="a language not issued yet is issued now (and recorded)")
        parser_of_kind.add_argument("--preview", action="store_true",
                                    help="a record not issued yet, as it would read now (nothing is recorded)")


def cmd_document(args: argparse.Namespace) -> int:
    """The issued file of a record, exactly as stored; the first print in a language issues it (recorded)."""
    from desktop.core.files import PendingFile
    from desktop.domain.accounts.permissions import Actor
    from desktop.issuing.issue import issued_pdf, preview_pdf
    from desktop.issuing.kinds import BY_CLI

    spec = BY_CLI[args.kind]
    output = PendingFile(args.output)  # a file that cannot be written is refused before the database is opened
    database = _open_database(args.database)
    actor = Actor.command_line()
    if args.preview:
        with database.read() as session:
            pdf = preview_pdf(session, actor, spec.kind, spec.find(session, args.number), args.document_language)
        with output:
            output.write(pdf)
        print(f"{args.number}: {args.output} ({len(pdf):,} bytes, a preview: not issued, no verification code)")
        return EXIT_OK
    # The file is renamed into place once the transaction is committed (exits run last to first).
    with output, recorded_only_if_written(output), database.transaction() as session:
        issued = issued_pdf(session, actor, spec.kind, spec.find(session, args.number), args.document_language,
                            identity_source(args))
        output.write(issued.data)
    how = "issued now" if issued.new else f"as issued {issued.issued_at.date().isoformat()}"
    print(f"{issued.number}: {args.output} ({len(issued.data):,} bytes, {how}, verification code "
          f"{issued.verification_code})")
    return EXIT_OK
