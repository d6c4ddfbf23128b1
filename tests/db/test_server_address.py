"""The server address a desktop keeps: no user name, no password, TLS as chosen; bad parts refused at their field."""

import pytest

from desktop.core.errors import ValidationError
from desktop.db.server.setup import server_url


@pytest.mark.parametrize(("host", "port", "database", "ca", "field"), [
    ("", 5432, "review", "", "host"),
    ("dbhost", 0, "review", "", "port"),
    ("dbhost", "54x", "review", "", "port"),
    ("dbhost", 5432, " ", "", "database"),
    ("dbhost", 5432, "review", "/nowhere/ca.pem", "ca_file"),
])
def test_bad_parts_are_refused_at_their_field(host, port, database, ca, field):
    with pytest.raises(ValidationError) as raised:
        server_url(host, port, database, ca_file=ca, sslmode="require")
    assert raised.value.field == field


def test_verify_full_needs_its_ca_file_and_the_address_holds_no_credentials(tmp_path):
    with pytest.raises(ValidationError, match="choose that file"):
        server_url("dbhost", 5432, "review")
    ca = tmp_path / "ca.pem"
    ca.write_text("x")
    url = server_url(" dbhost ", "5433", "review", ca_file=str(ca))
    assert url.startswith("postgresql+psycopg://dbhost:5433/review?") and "@" not in url
    assert "sslmode=verify-full" in url


def test_every_table_names_the_groups_that_may_write_it():
    """A new table is not silently writable by everyone (nor forgotten): each is named in the write rights."""
    from desktop.db.server.roles import APP_ROLES
    from desktop.db.server.write_rights import WRITERS
    from desktop.domain.models import metadata

    assert set(WRITERS) == set(metadata.tables) | {"alembic_version"}
    assert all(set(groups) <= set(APP_ROLES) for groups in WRITERS.values())
