"""``designation-review document certificate|public-notice`` and ``designation-review verify FILE.pdf``."""



from desktop.cli import main


def test_printed_documents_verify_and_a_changed_byte_fails(database_url, tmp_path, capsys):
    year = 2026  # the demo's day is pinned (tests/conftest.py)
    files = {"decision": tmp_path / "notice.pdf", "certificate": tmp_path / "certificate.pdf",
             "public-notice": tmp_path / "gosi.pdf"}
    numbers = {"decision": f"{year}-0001", "certificate": f"제{year}-0001호", "public-notice": f"{year}-1"}
    for kind, path in files.items():
        assert main(["--database", database_url, "document", kind, numbers[kind], "-o", str(path),
                     "--language", "en"]) == 0
    out = capsys.readouterr().out
    assert out.count("verification code") == 3
    assert main(["--database", database_url, "verify", *map(str, files.values())]) == 0
    out = capsys.readouterr().out
    assert out.count(": VALID") == 3 and "Designation certificate" in out and "Public notice" in out
    # Printing again reproduces the same file.
    again = tmp_path / "again.pdf"
    main(["--database", database_url, "document", "decision", numbers["decision"], "-o", str(again), "--language",
          "en"])
    assert again.read_bytes() == files["decision"].read_bytes()
    altered = bytearray(files["certificate"].read_bytes())
    altered[len(altered) // 2] ^= 0x01
    (tmp_path / "altered.pdf").write_bytes(bytes(altered))
    capsys.readouterr()
    assert main(["--database", database_url, "verify", str(tmp_path / "altered.pdf")]) == 1
    out = capsys.readouterr().out
    assert ": ALTERED" in out and "was changed after it was issued" in out


def test_an_unknown_file_is_not_verified(database_url, tmp_path, capsys):
    stranger = tmp_path / "stranger.pdf"
    stranger.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert main(["--database", database_url, "verify", str(stranger)]) == 1
    assert ": UNKNOWN" in capsys.readouterr().out
    assert main(["--database", database_url, "verify", str(tmp_path / "missing.pdf")]) == 1
    assert "missing.pdf" in capsys.readouterr().err
