"""The English translation file: complete, faithful to its placeholders, built, up to date.

French is the source language: lupdate collects the French strings of the code into
resources/translations/symetrie_en.ts, a person writes the English, lrelease builds the
.qm that ships. These tests fail when a string was added without its English, when a
translation lost a placeholder, or when the committed .qm is older than the .ts.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "symetrie_en.ts"
QM = ROOT / "resources" / "translations" / "symetrie_en.qm"
PACKAGE = ROOT / "symetrie_desktop"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+|%n")
MNEMONIC = re.compile(r"&(?=[^&\s])")


def entries(path: Path = TS) -> list[tuple[str, str, str | None, str | None]]:
    """(context, source, translation, type) for every message of a .ts file."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            out.append((name, message.findtext("source") or "",
                        None if translation is None else translation.text,
                        None if translation is None else translation.get("type")))
    return out


def qt_tool(name: str) -> str | None:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def test_every_entry_is_translated():
    found = entries()
    assert len(found) > 400
    unfinished = [(c, s) for c, s, t, kind in found if kind in ("unfinished", "vanished",
                                                                  "obsolete") or not t]
    assert not unfinished, f"run `make translations` and translate: {unfinished[:10]}"


def test_placeholders_shortcuts_and_mnemonics_are_kept():
    for context, source, translation, _ in entries():
        where = (context, source, translation)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), \
            where
        assert source.count("\t") == translation.count("\t"), where
        assert len(MNEMONIC.findall(source)) == len(MNEMONIC.findall(translation)), where
        # the words after a tab are a shortcut hint: same keys, English names
        if "\t" in source:
            keys = source.split("\t")[1].replace("Suppr", "Del")
            assert translation.split("\t")[1] == keys, where


def test_the_committed_qm_is_built_from_the_committed_ts(tmp_path):
    lrelease = qt_tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run `make translations` and commit the .qm"


def test_every_string_of_the_code_is_in_the_ts(tmp_path):
    """What lupdate finds in the code today is all in the committed .ts, translated."""
    lupdate = qt_tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run([lupdate, *sources, "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "fr_FR", "-target-language", "en_GB", "-ts", str(fresh)],
                   check=True, capture_output=True)
    committed = {(c, s) for c, s, t, _ in entries() if t}
    missing = sorted({(c, s) for c, s, _t, _k in entries(fresh)} - committed)
    assert not missing, f"run `make translations` and translate: {missing[:10]}"


def _helper_context(tree: ast.Module) -> str | None:
    """The context of a module's ``def tr(text): return QCoreApplication.translate("X", text)``."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for sub in ast.walk(node):
                if isinstance(sub, ast.Call) and getattr(sub.func, "attr", "") == "translate":
                    return sub.args[0].value
    return None


def helper_calls() -> list[tuple[str, str, str]]:
    """(file, runtime context, text) of literals given to a module's own tr() helper.

    lupdate files ``tr("…")`` outside a class under the empty context and ``style.tr("…")``
    under "style", while Qt looks them up under the helper's context: such strings must be
    marked in ui/labels.py under that context to be translated at all.
    """
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in PACKAGE.rglob("*.py")}
    by_module = {p.stem: _helper_context(t) for p, t in trees.items()}
    out = []
    for path, tree in trees.items():
        own = _helper_context(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id == "tr":
                context = own
            elif (isinstance(func, ast.Attribute) and func.attr == "tr"
                  and isinstance(func.value, ast.Name) and func.value.id != "self"):
                context = by_module.get(func.value.id)
            else:
                continue
            if context:
                out.append((path.relative_to(ROOT).as_posix(), context, node.args[0].value))
    return out


def test_strings_of_tr_helpers_are_translated_under_their_runtime_context():
    calls = helper_calls()
    assert calls, "the board's style module has a tr() helper: the scan found none"
    translated = {(c, s) for c, s, t, _ in entries() if t}
    missing = [(f, c, s) for f, c, s in calls if (c, s) not in translated]
    assert not missing, f"mark these in symetrie_desktop/ui/labels.py: {missing}"


def _edit_labels() -> set[str]:
    """The labels commands/ gives its edits, a count written {n}."""
    def texts(node) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.IfExp):
            return texts(node.body) + texts(node.orelse)
        if isinstance(node, ast.JoinedStr):
            return ["".join(v.value if isinstance(v, ast.Constant) else "{n}"
                            for v in node.values)]
        return []

    found: set[str] = set()
    for path in (PACKAGE / "commands").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
                if node.func.id == "Edit":
                    found.update(texts(node.args[0]))
                elif node.func.id == "_setting_edit":
                    found.update(texts(node.args[-1]))
            elif isinstance(node, ast.Assign) and any(
                    getattr(t, "id", None) == "label" or getattr(t, "attr", None) == "label"
                    for t in node.targets):
                found.update(texts(node.value))
    return found


def test_every_edit_label_has_its_english():
    labels = _edit_labels()
    assert "Ajouter un post-it" in labels and "Déplacer {n} post-it" in labels
    translated = {s for c, s, t, _ in entries() if c == "Edits" and t}
    assert not labels - translated, f"mark in ui/labels.py EDITS: {sorted(labels - translated)}"


def test_every_template_has_its_english():
    from symetrie_desktop.exchange.templates import templates

    translated = {s for c, s, t, _ in entries() if c == "Templates" and t}
    for t in templates():
        assert t.label in translated and t.description in translated, t.name
