"""End to end: the hooks in .pre-commit-hooks.yaml, run by the real pre-commit in a throwaway git repository.

The project is copied (working tree as it is now, not the git state of the checkout) into a temporary folder and
committed there; each test's repository points its .pre-commit-config.yaml at that copy with an explicit ``rev``.
``PRE_COMMIT_HOME`` is a temporary folder shared by the whole module, so pre-commit builds the hook environment
(a virtualenv with lintnews pip-installed from the copy; its dependencies come from the package index) once.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed; pre-commit needs it")

# Folders and files of the checkout that the hook environment does not need (relative to the project root).
_SKIP_TOP = {".git", ".venv", "venv", "tests", ".pytest_cache", ".hypothesis", ".mypy_cache", ".ruff_cache",
             "build", "dist", "benchmarks/out"}
_SKIP_ANYWHERE = {"__pycache__"}

# A Cyrillic small a (U+0430) inside "Ukraine" (LN101, safe fix) and three trailing spaces (LN106, safe fix).
DIRTY = "The minister Ukr\u0430ine said.   \nSecond line.\n".encode()
DIRTY_FIXED = b"The minister Ukraine said.\nSecond line.\n"
# An untransliterated Cyrillic name (LN102, no fix) and two spaces between words (LN107, safe fix).
STORY = "Coach \u042d\u0440\u043d\u0430\u043d Crespo  said.\nHe left.\n".encode()
STORY_FIXED = "Coach \u042d\u0440\u043d\u0430\u043d Crespo said.\nHe left.\n".encode()
CLEAN = b"All is well here.\n"

LN101_LINE = ("doc.txt:1:14: LN101 [*] Word `Ukr\u0430ine` mixes Latin and Cyrillic letters: "
              "`\u0430` (U+0430 CYRILLIC SMALL LETTER A)")
LN106_LINE = "doc.txt:1:27: LN106 [*] Trailing whitespace"
LN102_LINE = "story.md:1:7: LN102 Cyrillic text in English: `\u042d\u0440\u043d\u0430\u043d`"
MODIFIED = "- files were modified by this hook"


def _ignore(root: Path):
    def ignore(folder: str, names: list[str]) -> set[str]:
        relative = Path(folder).resolve().relative_to(root)
        return {name for name in names
                if name in _SKIP_ANYWHERE or name.endswith(".egg-info")
                or (relative / name).as_posix() in _SKIP_TOP}
    return ignore


def _git(*args: str, cwd: Path, env: dict[str, str]) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"git {' '.join(args)} failed:\n{result.stdout}{result.stderr}"
    return result.stdout.strip()


def _init_repo(path: Path, env: dict[str, str]) -> None:
    _git("init", "--quiet", cwd=path, env=env)
    _git("config", "user.email", "lintnews-tests@example.invalid", cwd=path, env=env)
    _git("config", "user.name", "lintnews tests", cwd=path, env=env)
    _git("config", "commit.gpgsign", "false", cwd=path, env=env)
    _git("config", "core.autocrlf", "false", cwd=path, env=env)


def _commit_all(path: Path, env: dict[str, str]) -> str:
    _git("add", "--all", cwd=path, env=env)
    _git("commit", "--quiet", "--no-verify", "-m", "snapshot", cwd=path, env=env)
    return _git("rev-parse", "HEAD", cwd=path, env=env)


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment for git and pre-commit: no outer git/pre-commit state, no user git config, own cache."""
    home = tmp_path_factory.mktemp("pre-commit-home")
    gitconfig = tmp_path_factory.mktemp("gitconfig") / "gitconfig"
    gitconfig.write_text("")
    cleaned = {key: value for key, value in os.environ.items()
               if not key.startswith(("GIT_", "PRE_COMMIT")) and key not in {"SKIP", "NO_COLOR"}}
    cleaned.update(PRE_COMMIT_HOME=str(home), GIT_CONFIG_GLOBAL=str(gitconfig), GIT_CONFIG_NOSYSTEM="1",
                   GIT_TERMINAL_PROMPT="0")
    return cleaned


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> tuple[Path, str]:
    """A git repository holding a copy of the project's working tree; returns its path and commit."""
    assert (PROJECT / ".pre-commit-hooks.yaml").is_file()
    copy = tmp_path_factory.mktemp("hook-repo") / "lintnews"
    shutil.copytree(PROJECT, copy, ignore=_ignore(PROJECT), symlinks=True)
    _init_repo(copy, env)
    return copy, _commit_all(copy, env)


@pytest.fixture
def make_repo(tmp_path: Path, env: dict[str, str], hook_repo: tuple[Path, str]):
    """Return a function that creates a git repository with ``files`` and a config using both hooks."""
    repo_path, rev = hook_repo

    def make(files: dict[str, bytes]) -> Path:
        work = tmp_path / "work"
        work.mkdir()
        _init_repo(work, env)
        (work / ".pre-commit-config.yaml").write_text(
            "repos:\n"
            f"  - repo: {repo_path.as_posix()}\n"
            f"    rev: {rev}\n"
            "    hooks:\n"
            "      - id: lintnews\n"
            "      - id: lintnews-fix\n"
        )
        # An empty configuration file pins lintnews to its defaults, whatever lies in the folders above.
        (work / ".lintnews.toml").write_text("")
        for name, content in files.items():
            (work / name).write_bytes(content)
        _commit_all(work, env)
        return work

    return make


def pre_commit(hook: str, repo: Path, env: dict[str, str]) -> tuple[int, str]:
    """Run ``pre-commit run HOOK --all-files`` in ``repo``; return the exit code and the combined output."""
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", hook, "--all-files", "--color", "never"],
        cwd=repo, env=env, capture_output=True, timeout=600, check=False,
    )
    output = (result.stdout + result.stderr).decode("utf-8", errors="replace")
    return result.returncode, output


def _result_line(output: str, name: str) -> str | None:
    """The status pre-commit printed for the hook called ``name`` ("Passed", "Failed", ...), or None."""
    for line in output.splitlines():
        if line.startswith(name + "."):
            for status in ("Passed", "Failed", "Skipped"):
                if line.endswith(status):
                    return status
    return None


def test_check_hook_reports_and_leaves_the_file_alone(make_repo, env):
    repo = make_repo({"doc.txt": DIRTY})
    code, output = pre_commit("lintnews", repo, env)
    assert code == 1, output
    assert _result_line(output, "lintnews") == "Failed", output
    assert "- hook id: lintnews\n- exit code: 1" in output, output
    assert LN101_LINE in output.splitlines(), output
    assert LN106_LINE in output.splitlines(), output
    assert "Found 2 diagnostics (1 error, 1 warning)." in output, output
    assert MODIFIED not in output, output
    assert (repo / "doc.txt").read_bytes() == DIRTY


def test_check_hook_passes_on_clean_text_and_ignores_other_extensions(make_repo, env):
    # notes.rst holds the same problems as doc.txt, but `files: \.(txt|md)$` keeps it away from the hook.
    repo = make_repo({"clean.txt": CLEAN, "clean.md": CLEAN, "notes.rst": DIRTY})
    code, output = pre_commit("lintnews", repo, env)
    assert code == 0, output
    assert _result_line(output, "lintnews") == "Passed", output
    assert "notes.rst" not in output, output
    assert (repo / "notes.rst").read_bytes() == DIRTY


def test_fix_hook_fixes_then_passes(make_repo, env):
    repo = make_repo({"doc.txt": DIRTY, "clean.md": CLEAN})
    code, output = pre_commit("lintnews-fix", repo, env)
    assert code == 1, output
    assert "- hook id: lintnews-fix\n- exit code: 1\n" + MODIFIED in output, output
    assert "Found 2 diagnostics (2 fixed, 0 remaining)." in output, output
    assert (repo / "doc.txt").read_bytes() == DIRTY_FIXED
    assert (repo / "clean.md").read_bytes() == CLEAN

    code, output = pre_commit("lintnews-fix", repo, env)
    assert code == 0, output
    assert _result_line(output, "lintnews (fix)") == "Passed", output
    assert (repo / "doc.txt").read_bytes() == DIRTY_FIXED

    code, output = pre_commit("lintnews", repo, env)
    assert code == 0, output


def test_fix_hook_keeps_failing_while_unfixable_diagnostics_remain(make_repo, env):
    repo = make_repo({"story.md": STORY})
    code, output = pre_commit("lintnews-fix", repo, env)
    assert code == 1, output
    assert MODIFIED in output, output
    assert LN102_LINE in output.splitlines(), output
    assert "Found 2 diagnostics (1 fixed, 1 remaining)." in output, output
    assert (repo / "story.md").read_bytes() == STORY_FIXED

    # Nothing left to fix, but LN102 has no fix: the hook still fails, and now without touching the file.
    code, output = pre_commit("lintnews-fix", repo, env)
    assert code == 1, output
    assert MODIFIED not in output, output
    assert LN102_LINE in output.splitlines(), output
    assert "Found 1 diagnostic (0 fixed, 1 remaining)." in output, output
    assert (repo / "story.md").read_bytes() == STORY_FIXED
