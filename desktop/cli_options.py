"""The command line's global options (before any command) and the GUI launch they alone mean.

Light on purpose: ``designation-review`` with no command opens the login window, and nothing here loads the
database layer, the domain or the commands' parser first.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import __version__


def global_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options before any command; alone they open the GUI."""
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database", metavar="URL",
        help="SQLAlchemy URL or SQLite file path (default: $DESIGNATION_REVIEW_DATABASE, else the user data folder)",
    )
    parser.add_argument("--language", choices=("ko", "en"), help="user-interface language (default: ko)")
    parser.add_argument("--signing-password-file", type=Path, metavar="FILE",
                        help="the first line holds the password of the signing key, for documents issued by this "
                             "command (else $DESIGNATION_REVIEW_SIGNING_PASSWORD or the keyring)")
    return parser


def new_parser(**options) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
    return argparse.ArgumentParser(
        prog="designation-review",
        description="Designation review of IP valuation institutes (Invention Promotion Act Art. 28).", **options)


def gui_launch(argv: list[str]) -> argparse.Namespace | None:
    """The global options when ``argv`` names no command (the GUI opens), else None (the full parser decides)."""
    known, rest = global_options(new_parser(add_help=False)).parse_known_args(argv)
    if rest:  # a command, or --help
        return None
    known.command = None
    return known


def launch_gui(url_option: str | None, language: str | None) -> int:
    from desktop.app import run

    return run(url_option, language=language)
