"""A button's ``clicked(bool)`` or an action's ``triggered(bool)`` never lands in a slot's parameter: every signal
connected to a method by reference goes to a method without optional parameters (an AST walk over desktop/ui), so
"expected str, bytes or os.PathLike object, not bool" cannot come back."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"
CHECKED_SIGNALS = {"clicked", "triggered"}  # they pass ``checked``: a slot taking any parameter receives it


@dataclass(frozen=True)
class Misconnection:
    where: str
    signal: str
    slot: str
    why: str

    def __str__(self) -> str:
        return f"{self.where}: {self.signal} → {self.slot}: {self.why}"


def _base_names(node: ast.ClassDef) -> list[str]:
    return [b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else "" for b in node.bases]


def _methods(sources: dict[str, str]) -> dict[str, list[tuple[list[str], dict[str, ast.FunctionDef]]]]:
    """Every class of the sources by name: its base names and its methods."""
    classes: dict[str, list[tuple[list[str], dict[str, ast.FunctionDef]]]] = {}
    for name, text in sources.items():
        for node in ast.walk(ast.parse(text, name)):
            if isinstance(node, ast.ClassDef):
                methods = {f.name: f for f in node.body if isinstance(f, ast.FunctionDef)}
                classes.setdefault(node.name, []).append((_base_names(node), methods))
    return classes


def _resolve(classes, class_name: str, method: str, seen: frozenset[str] = frozenset()) -> ast.FunctionDef | None:
    for bases, methods in classes.get(class_name, []):
        if method in methods:
            return methods[method]
        for base in bases:
            if base not in seen:
                found = _resolve(classes, base, method, seen | {class_name})
                if found is not None:
                    return found
    return None


def _connected(cls: ast.ClassDef):  # type: ignore[no-untyped-def]
    """(line, signal name, slot attribute) of ``….signal.connect(self.slot)`` and ``addAction(text, self.slot)``."""
    for node in ast.walk(cls):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args):
            continue
        if node.func.attr == "connect":
            signal = node.func.value
            name = signal.attr if isinstance(signal, ast.Attribute) else getattr(signal, "id", "")
            slot = node.args[0]
        elif node.func.attr == "addAction" and len(node.args) >= 2:
            name, slot = "triggered", node.args[-1]
        else:
            continue
        if isinstance(slot, ast.Attribute) and isinstance(slot.value, ast.Name) and slot.value.id == "self":
            yield node.lineno, name, slot.attr


def misconnections(sources: dict[str, str]) -> list[Misconnection]:
    """Connections whose signal arguments would land in a parameter the slot does not mean for them."""
    classes = _methods(sources)
    found = []
    for name, text in sources.items():
        for cls in (n for n in ast.walk(ast.parse(text, name)) if isinstance(n, ast.ClassDef)):
            for line, signal, slot in _connected(cls):
                method = _resolve(classes, cls.name, slot)
                if method is None or any(getattr(d, "id", "") in ("staticmethod", "classmethod")
                                         for d in method.decorator_list):
                    continue  # a Qt method (close, accept…) or not a bound method
                parameters = [a.arg for a in method.args.args[1:]]
                optional = parameters[len(parameters) - len(method.args.defaults):] if method.args.defaults else []
                optional += [a.arg for a, d in zip(method.args.kwonlyargs, method.args.kw_defaults, strict=True)
                             if d is not None]
                where = f"{name}:{line}"
                if optional:
                    found.append(Misconnection(where, signal, slot, f"optional parameter(s) {', '.join(optional)}"))
                elif signal in CHECKED_SIGNALS and parameters:
                    found.append(Misconnection(where, signal, slot, f"'checked' lands in {parameters[0]}"))
    return found


def ui_sources() -> dict[str, str]:
    return {str(p.relative_to(UI.parent.parent)): p.read_text(encoding="utf-8") for p in sorted(UI.rglob("*.py"))}


def test_no_signal_lands_in_an_optional_parameter_anywhere_in_the_ui():
    sources = ui_sources()
    assert len(sources) > 50  # the walk sees the whole package
    assert [str(m) for m in misconnections(sources)] == []


def test_the_walk_finds_a_button_connected_to_a_method_with_an_optional_path():
    source = '''
class Base:
    def import_file(self, path=None): ...
    def refresh(self): ...
    def set_shown(self, shown): ...

class Page(Base):
    def __init__(self):
        self.import_button.clicked.connect(self.import_file)
        self.refresh_button.clicked.connect(self.refresh)
        self.ok_button.clicked.connect(lambda: self.import_file())
        self.toggle.toggled.connect(self.set_shown)
        self.save_action.triggered.connect(self.set_shown)
        menu.addAction("Import", self.import_file)
        self.close_button.clicked.connect(self.close)
'''
    found = misconnections({"page.py": source})
    assert [(m.where, m.signal, m.slot) for m in found] == [
        ("page.py:9", "clicked", "import_file"), ("page.py:13", "triggered", "set_shown"),
        ("page.py:14", "triggered", "import_file")]
    assert "optional parameter(s) path" in str(found[0]) and "'checked' lands in shown" in str(found[1])
