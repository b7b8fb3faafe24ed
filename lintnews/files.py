"""Files on disk: finding them, reading and decoding bytes, and writing fixed text back atomically."""

from __future__ import annotations

import fnmatch
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

BOM = b"\xef\xbb\xbf"
BINARY_SNIFF = 8000  # like git: a NUL byte in the first 8000 bytes means binary


@dataclass(frozen=True)
class Source:
    """A file's bytes and, when they are UTF-8 text, the decoded text (the BOM removed, newlines kept)."""

    path: str
    raw: bytes
    text: str | None
    bom: bool
    problem: str | None = None  # why text is None
    problem_offset: int = 0  # characters of valid text before the problem


def display_path(path: Path) -> str:
    """Return the path as output shows it: relative to the current folder when inside it, with ``/``."""
    try:  # abspath, not resolve: a symlink is shown under its own name
        return Path(os.path.abspath(path)).relative_to(Path.cwd()).as_posix()
    except (ValueError, OSError):
        return path.as_posix()


def discover(
    paths: Sequence[Path], *, include: Sequence[str], exclude: Sequence[str], root: Path
) -> Iterator[Path]:
    """Yield the files to lint under ``paths``, sorted, each once.

    Directories are walked for files matching ``include``; ``exclude`` patterns skip files and whole
    folders (matched against the name and the path relative to ``root``). A file named explicitly is
    always linted, whatever its extension.
    """
    seen: set[Path] = set()
    for path in paths:
        if not path.is_dir():
            if path not in seen:
                seen.add(path)
                yield path
            continue
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = sorted(
                name for name in subfolders if not _excluded(Path(folder, name), exclude, root)
            )
            for name in sorted(names):
                file = Path(folder, name)
                if file in seen or _excluded(file, exclude, root):
                    continue
                if any(fnmatch.fnmatch(name, pattern) for pattern in include):
                    seen.add(file)
                    yield file


def _excluded(path: Path, patterns: Sequence[str], root: Path) -> bool:
    if not patterns:
        return False
    try:
        relative = path.resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError):
        relative = path.as_posix()
    return any(
        fnmatch.fnmatch(path.name, pattern) or fnmatch.fnmatch(relative, pattern)
        or fnmatch.fnmatch(relative, pattern.rstrip("/") + "/*")
        for pattern in patterns
    )


def decode(path: str, raw: bytes) -> Source:
    """Decode ``raw`` as strict UTF-8, keeping a leading BOM aside.

    >>> decode("a.txt", b"\\xef\\xbb\\xbfhi\\r\\n").text, decode("a.txt", b"ok \\xff").problem
    ('hi\\r\\n', 'byte 0xFF at offset 3 is not valid UTF-8')
    """
    bom = raw.startswith(BOM)
    body = raw[len(BOM):] if bom else raw
    if b"\x00" in body[:BINARY_SNIFF]:
        offset = body.index(b"\x00")
        valid = body[:offset].decode("utf-8", errors="replace")
        return Source(path, raw, None, bom, f"binary file (NUL byte at offset {offset + len(BOM) * bom})",
                      len(valid))
    try:
        return Source(path, raw, body.decode("utf-8"), bom)
    except UnicodeDecodeError as error:
        valid = body[:error.start].decode("utf-8")
        offset = error.start + (len(BOM) if bom else 0)
        problem = f"byte 0x{body[error.start]:02X} at offset {offset} is not valid UTF-8"
        return Source(path, raw, None, bom, problem, len(valid))


def encode(text: str, bom: bool) -> bytes:
    return (BOM if bom else b"") + text.encode("utf-8")


class ChangedOnDisk(Exception):
    """The file changed between reading and writing, so the fix was not written."""


def write_atomically(path: Path, original: bytes, new: bytes) -> None:
    """Replace the file at ``path`` with ``new`` bytes, unless it no longer holds ``original``.

    The new content goes to a temporary file in the same folder, which then replaces the original in
    one rename, keeping its permissions; a crash leaves either the old file or the new one, never half.
    A symlink stays a symlink: its target is what gets replaced.
    Raises ChangedOnDisk when the file changed since it was read, and OSError when writing fails.
    """
    path = Path(os.path.realpath(path))
    if path.read_bytes() != original:
        raise ChangedOnDisk(f"{path}: changed on disk since it was read; not overwritten")
    mode = path.stat().st_mode
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".lintnews")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(new)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode & 0o7777)
        if path.read_bytes() != original:
            raise ChangedOnDisk(f"{path}: changed on disk since it was read; not overwritten")
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
