"""Shared test helpers: where the project and ../shared live, and running the CLI in-process."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from lintnews.cli import cli

PROJECT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = PROJECT / "seeds" / "000_1afda22d48ad6a4d.txt"
SHARED = PROJECT.parent / "shared"
CORPORA = SHARED / "corpora"


def needs_corpora() -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        not CORPORA.is_dir(), reason=f"../shared/corpora is not beside the project ({CORPORA}); CI has it"
    )


def run_cli(*args: str, input: bytes | str | None = None):
    """Run ``lintnews`` in-process and return click's Result (stdout and stderr kept apart)."""
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def in_tmp(tmp_path, monkeypatch) -> Path:
    """Work in an empty folder, so no configuration file of the repository is found."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path
