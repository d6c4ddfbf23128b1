"""Settings are read typed through their declaration (``PASS_MARK.of(values)``, ``value(session, PASS_MARK)``),
never by their key string outside the settings package: a scan of the source finds no such read."""

import ast
from pathlib import Path

import desktop
from desktop.domain.settings.catalogue import SPECS

ROOT = Path(desktop.__file__).parent
SETTINGS_PACKAGE = ROOT / "domain" / "settings"
MIGRATIONS = ROOT / "db" / "migrations"


def _names_settings(node: ast.AST) -> bool:
    """The expression is (or holds) a mapping of settings: ``settings``, ``rnd.settings``, ``DEFAULTS``…"""
    source = ast.unparse(node).lower()
    return "setting" in source or "default" in source


def _key(node: ast.AST | None) -> str | None:
    """The setting named by a key string (or by either branch of ``"a_ko" if ko else "a_en"``)."""
    if isinstance(node, ast.IfExp):
        return _key(node.body) or _key(node.orelse)
    if isinstance(node, ast.Tuple | ast.List):
        return next((key for key in map(_key, node.elts) if key), None)
    return node.value if isinstance(node, ast.Constant) and node.value in SPECS else None


def string_key_reads(source: str, keys: object = SPECS) -> list[tuple[int, str]]:
    """(line, key) of each read of a business setting by its key string in ``source``: ``settings["pass_mark"]``,
    ``rnd.settings.get("lookback_years", 3)``, ``round_setting("quorum_ratio")``, ``PATH_SETTING = "…"``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Subscript) and _key(node.slice) and _names_settings(node.value):
            found.append((node.lineno, _key(node.slice)))
        elif isinstance(node, ast.Call) and node.args and _key(node.args[0]):
            callee = node.func
            if (isinstance(callee, ast.Attribute) and callee.attr == "get" and _names_settings(callee.value)) \
                    or "setting" in ast.unparse(callee).lower():
                found.append((node.lineno, _key(node.args[0])))
        elif isinstance(node, ast.Call) and any(_key(a) for a in node.args[1:]) \
                and "setting" in ast.unparse(node.func).lower():
            found.append((node.lineno, next(_key(a) for a in node.args[1:] if _key(a))))
        elif isinstance(node, ast.Assign) and _key(node.value) and any(
                "setting" in ast.unparse(t).lower() for t in node.targets):
            found.append((node.lineno, _key(node.value)))
    return sorted(found)


def reads_outside_the_settings_package() -> list[str]:
    return [f"{path.relative_to(ROOT.parent)}:{line}: {key}"
            for path in sorted(ROOT.rglob("*.py"))
            if not path.is_relative_to(SETTINGS_PACKAGE) and not path.is_relative_to(MIGRATIONS)
            for line, key in string_key_reads(path.read_text(encoding="utf-8"))]


def test_the_scan_finds_each_way_of_reading_a_setting_by_its_key():
    source = '''
settings["pass_mark"]
rnd.settings.get("lookback_years", 3)
self.page.round_setting("quorum_ratio", "0.5")
_setting(settings, "remedy_online")
PATH_SETTING = "signing_pkcs12_path"
DEFAULTS["criteria_version"]
settings.get("agency_name_ko" if ko else "agency_name_en")
PATH_SETTING, NAME_SETTING = "signing_pkcs12_path", "signing_signer_name"
values["email"]
institution.get("phone")
'''
    assert [key for _, key in string_key_reads(source)] == [
        "pass_mark", "lookback_years", "quorum_ratio", "remedy_online", "signing_pkcs12_path", "criteria_version",
        "agency_name_ko", "signing_pkcs12_path"]


def test_no_setting_is_read_by_its_key_string_outside_the_settings_package():
    assert reads_outside_the_settings_package() == []


if __name__ == "__main__":  # the count: python -m tests.domain.test_settings_read_typed
    reads = reads_outside_the_settings_package()
    print("\n".join(reads))
    print(f"{len(reads)} string-key reads in {len({r.split(':')[0] for r in reads})} files")
