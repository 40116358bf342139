"""Lint, formatting, template indentation and migrations, run by the test command so CI
enforces them."""

import sys

from tests.helpers import ROOT, manage, run

APPS = ("pages", "nodes", "news", "examplebank")


def test_ruff_lint():
    result = run([sys.executable, "-m", "ruff", "check", "."])
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format():
    result = run([sys.executable, "-m", "ruff", "format", "--check", "."])
    assert result.returncode == 0, result.stdout + result.stderr


def test_templates_are_indented_by_djhtml():
    templates = sorted(str(path) for path in (ROOT / "templates").rglob("*.html"))
    result = run(["djhtml", "--check", *templates])
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_missing_migrations():
    result = manage("makemigrations", "--check", "--dry-run", *APPS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_migrations_are_linear():
    for app in APPS:
        numbers = [path.name[:4] for path in (ROOT / app / "migrations").glob("[0-9]*.py")]
        assert len(numbers) == len(set(numbers)), f"{app} has two migrations with one number"
