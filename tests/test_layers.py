"""The package keeps its layers: checked on the source, so a shortcut fails here first."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "symetrie_desktop"


def _modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, resolved to a dotted name inside the package."""
    package = ["symetrie_desktop", *path.relative_to(PACKAGE).parent.parts]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            name = ".".join([*base, node.module] if node.module else base)
            found.add(name)
            found.update(f"{name}.{alias.name}" for alias in node.names)
    return found


def test_no_view_reads_a_message_with_a_regular_expression():
    users = [p.relative_to(PACKAGE) for p in _modules("ui") if "re" in _imports(p)]
    assert not users, f"ui modules importing re: {users}"


def test_no_view_emits_a_model_signal():
    """The model says what changed; views only listen (and call its named methods)."""
    model_signals = ("changed", "failed", "showCards", "activeAuthorChanged")
    found = []
    for path in _modules("ui"):
        if path.name == "model.py" and path.parent.name == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr == "emit"
                    and isinstance(node.value, ast.Attribute)
                    and node.value.attr in model_signals
                    and "model" in ast.unparse(node.value.value)):
                found.append(f"{path.relative_to(PACKAGE)}: {ast.unparse(node)}")
    assert not found, found


def test_questions_to_the_user_go_through_one_module():
    dialogs = ("QMessageBox", "QFileDialog", "QInputDialog")
    found = [str(p.relative_to(PACKAGE)) for p in _modules("ui")
             if p.name != "ask.py" and any(d in p.read_text(encoding="utf-8") for d in dialogs)]
    assert not found, f"open dialogs through symetrie_desktop/ui/ask.py: {found}"


def test_commands_use_no_private_name_of_another_module():
    found = []
    for path in _modules("commands"):
        for name in _imports(path):
            if name.startswith("symetrie_desktop.") and name.rsplit(".", 1)[-1].startswith("_") \
                    and not name.endswith("__future__"):
                found.append(f"{path.name}: {name}")
    assert not found, found


def test_report_and_exchange_take_a_workshop_and_a_path():
    """They import neither the store (reading files is disk.load's) nor the interface."""
    found = [f"{p.relative_to(PACKAGE)}: {name}"
             for folder in ("report", "exchange") for p in _modules(folder)
             for name in _imports(p)
             if name.startswith(("symetrie_desktop.store", "symetrie_desktop.ui"))]
    assert not found, found


def test_one_function_renames_outputs_into_place():
    """Only disk.write_atomic makes temporary files and renames them; nothing under ui/
    writes a file by itself."""
    renames = ("os.replace", "os.rename", "mkstemp", ".rename(")
    found = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
             if p.name != "disk.py" and any(r in p.read_text(encoding="utf-8") for r in renames)]
    assert not found, f"write through symetrie_desktop.disk.write_atomic: {found}"
    found = []
    for path in _modules("ui"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and (
                    (isinstance(node.func, ast.Name) and node.func.id == "open")
                    or (isinstance(node.func, ast.Attribute)
                        and node.func.attr in ("write_text", "write_bytes", "copyfile"))):
                found.append(f"{path.relative_to(PACKAGE)}: {ast.unparse(node)}")
    assert not found, found


def test_every_domain_dataclass_has_its_own_docstring():
    # dataclass() makes one from inspect.signature at import time otherwise (issue 11)
    import dataclasses
    import importlib
    import pkgutil

    import symetrie_desktop.domain as domain

    missing = []
    for info in pkgutil.iter_modules(domain.__path__):
        module = importlib.import_module(f"{domain.__name__}.{info.name}")
        for name, obj in vars(module).items():
            if (isinstance(obj, type) and dataclasses.is_dataclass(obj)
                    and obj.__module__ == module.__name__ and "__doc__" in obj.__dict__
                    and (obj.__doc__ or "").startswith(f"{name}(")):
                missing.append(f"{info.name}.{name}")
    assert not missing, missing
