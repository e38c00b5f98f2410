"""The package list in pyproject.toml is explicit (resources/ is mapped into the package), so
a new sub-package that is not listed would be missing from an installed app."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_every_subpackage_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "symetrie_desktop").rglob("__init__.py")
    }
    assert found <= listed, f"add to pyproject.toml: {sorted(found - listed)}"


def test_ci_runs_the_readme_test_command_and_nothing_else():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in script.splitlines()
                if line.strip() and not line.startswith("#") and not line.startswith("set ")
                and not line.startswith("cd ")]
    assert commands == ["exec make test"]
    assert "make test" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_version_is_kept_in_one_place():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in config["project"]
    assert "version" in config["project"]["dynamic"]
    assert (config["tool"]["setuptools"]["dynamic"]["version"]["attr"]
            == "symetrie_desktop.__version__")
    assert config["project"]["urls"]["Homepage"]
    assert config["project"]["classifiers"]
