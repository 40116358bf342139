"""The apps are floors: pages <- nodes <- news | examplebank (docs/layers.md).

import-linter reads every import in the project, those inside functions too, and fails when a
lower floor imports a higher one or one top-floor app imports its sibling.
"""

import sys
import tomllib
from pathlib import Path

from tests.helpers import ROOT, run


def contract():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    (layers,) = [c for c in config["contracts"] if c["type"] == "layers"]
    return config, layers


def test_no_app_imports_a_higher_floor_or_a_sibling():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = run([str(lint_imports), "--no-cache"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout, result.stdout


def test_every_app_of_the_project_is_on_a_floor():
    """A new app (a folder with apps.py) must be placed in the contract, or nothing checks it."""
    config, layers = contract()
    apps = {path.parent.name for path in ROOT.glob("*/apps.py")}
    on_floors = {name.strip() for layer in layers["layers"] for name in layer.split("|")}
    assert apps <= on_floors, f"not on any floor: {sorted(apps - on_floors)}"
    assert apps <= set(config["root_packages"])
