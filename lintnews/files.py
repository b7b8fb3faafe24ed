"""Files on disk: finding them, reading and decoding bytes, and writing fixed text back atomically."""

from __future__ import annotations

import fnmatch
import functools
import operator
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

BOM = b"\xef\xbb\xbf"
BINARY_SNIFF = 8000  # like git: a NUL byte in the first 8000 bytes means binary


class Source(NamedTuple):
    """A file's bytes and, when they are UTF-8 text, the decoded text (the BOM removed, newlines kept).

    A NamedTuple, not a frozen dataclass: one is made per file, and a frozen dataclass costs three times more.
    """

    path: str
    raw: bytes
    text: str | None
    bom: bool
    problem: str | None = None  # why text is None
    problem_offset: int = 0  # characters of valid text before the problem


READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)
READ_CHUNK = 1 << 16  # a bigger buffer costs an mmap per short file


def read_bytes(path: str | Path) -> bytes:
    """Path.read_bytes without a buffered file object, which costs more than the read for short files."""
    descriptor = os.open(path, READ_FLAGS)
    try:
        return _read_to_end(descriptor)
    finally:
        os.close(descriptor)


def _read_to_end(descriptor: int, regular: bool = False) -> bytes:
    """Read an open file to its end; a ``regular`` file (see RegularFile) ends where a read falls short."""
    data = os.read(descriptor, READ_CHUNK)
    if not data or (regular and len(data) < READ_CHUNK):
        return data
    chunks = [data]
    while chunk := os.read(descriptor, READ_CHUNK):  # a short read is no proof of the end (pipes, FUSE)
        chunks.append(chunk)
    return data if len(chunks) == 1 else b"".join(chunks)


def display_path(path: str | Path) -> str:
    """Return the path as output shows it: relative to the current folder when inside it, with ``/``.

    >>> display_path("./seeds/a.txt"), display_path(os.path.join(os.getcwd(), "b.txt"))
    ('seeds/a.txt', 'b.txt')
    """
    name = os.fspath(path)
    folder, base = os.path.split(name)
    if base in ("", ".", ".."):
        return _display_path(name)
    # The folder part is worked out once per folder: a run shows thousands of files from a few folders.
    return _display_folder(folder, os.getcwd()) + base


@functools.lru_cache(maxsize=1024)
def _display_folder(folder: str, cwd: str) -> str:
    """How ``display_path`` shows the files of ``folder`` before their names (``cwd`` keys the cache)."""
    return _display_path(os.path.join(folder, "x"))[:-1]


def _display_path(name: str) -> str:
    if not os.path.isabs(name) and ".." not in name.split(os.sep):  # already relative to the current folder
        return os.path.normpath(name).replace(os.sep, "/")
    absolute = os.path.abspath(name)  # abspath, not resolve: a symlink is shown under its own name
    inside = os.path.join(os.getcwd(), "")
    if absolute.startswith(inside):
        return absolute[len(inside):].replace(os.sep, "/")
    return Path(name).as_posix()


def split_path(path: str) -> tuple[str, str]:
    """Split a path into its folder and file name like os.path.split, five times faster where the system has one
    separator (a run splits every path); a doubled separator before the name may stay in the folder.

    >>> split_path("news/a.txt"), split_path("/a.txt"), split_path("a.txt")
    (('news', 'a.txt'), ('/', 'a.txt'), ('', 'a.txt'))
    """
    if os.altsep is not None:
        return os.path.split(path)
    folder, separator, name = path.rpartition(os.sep)
    return folder if folder or not separator else separator, name


def read_files(paths: Iterable[str]) -> Iterator[tuple[str, bytes | OSError]]:
    """Yield each path as output shows it (see ``display_path``) with the file's bytes, or the OSError that
    reading it raised.

    A run reads thousands of short files from a few folders, so each folder is opened once and its files
    are read by name in it (the system then need not walk the whole path), and the folder part of the
    displayed paths is worked out once. One loop, with no call per file: the calls cost more than the reads.
    """
    cwd = os.getcwd()
    current: str | None = None
    shown_folder = ""
    folder_descriptor: int | None = None
    by_name = os.open in os.supports_dir_fd
    try:
        for path in paths:
            folder, name = split_path(path)
            if name in ("", ".", ".."):
                shown, name = display_path(path), ""
            else:
                if folder != current:
                    if folder_descriptor is not None:
                        os.close(folder_descriptor)
                        folder_descriptor = None
                    current = folder
                    shown_folder = _display_folder(folder, cwd)
                    if by_name:
                        try:
                            folder_descriptor = os.open(folder or ".", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
                        except OSError:
                            pass  # read by the full path: its error, if any, is the one to report
                shown = shown_folder + name
            try:
                if folder_descriptor is None or not name:
                    descriptor = os.open(path, READ_FLAGS)
                else:
                    descriptor = os.open(name, READ_FLAGS, dir_fd=folder_descriptor)
                try:
                    data = _read_to_end(descriptor, type(path) is RegularFile)
                finally:
                    os.close(descriptor)
            except OSError as error:
                yield shown, error
                continue
            yield shown, data
    finally:
        if folder_descriptor is not None:
            os.close(folder_descriptor)


GLOB_CHAR = re.compile(r"[*?\[]")


def discover(
    paths: Sequence[Path], *, include: Sequence[str], exclude: Sequence[str], root: Path
) -> Iterator[str]:
    """Yield the files to lint under ``paths``, sorted, each once (as strings: a Path per file costs).

    Directories are walked for files matching ``include``; ``exclude`` patterns skip files and whole
    folders (matched against the name and the path relative to ``root``). A file named explicitly is
    always linted, whatever its extension.
    """
    included = _name_matcher(include)
    excluded = _Exclusions(exclude, root)
    seen: set[str] = set()
    for path in paths:
        if not path.is_dir():
            if str(path) not in seen:
                seen.add(str(path))
                yield str(path)
            continue
        for folder, subfolders, names, regular in _walk(str(path)):
            relative_folder = excluded.relative(folder)
            subfolders[:] = sorted(
                name for name in subfolders if not excluded.match(name, relative_folder)
            )
            prefix = os.path.join(folder, "")
            for name in excluded.keep(sorted(filter(included, names)), relative_folder):  # include first: in C
                file = prefix + name
                if file not in seen:
                    seen.add(file)
                    yield RegularFile(file) if name in regular else file


class RegularFile(str):
    """The path of a file that its folder's listing showed to be a regular file (not a link, pipe or device).

    Such a file has been read whole when one read returns less than was asked for, so ``read_files`` needs
    no second read to see the end: one system call less per file, a tenth of the time reading takes.
    """

    __slots__ = ()


def _walk(top: str) -> Iterator[tuple[str, list[str], list[str], set[str]]]:
    """os.walk from ``top`` (top-down, links to folders not followed; the caller may prune ``subfolders``),
    with the names of the regular files of each folder, which the listing tells at no cost.
    """
    subfolders: list[str] = []
    names: list[str] = []
    regular: set[str] = set()
    linked: set[str] = set()
    try:
        with os.scandir(top) as entries:
            for entry in entries:
                try:
                    is_folder = entry.is_dir()
                except OSError:
                    is_folder = False
                if is_folder:
                    subfolders.append(entry.name)
                    if entry.is_symlink():
                        linked.add(entry.name)
                else:
                    names.append(entry.name)
                    if entry.is_file(follow_symlinks=False):
                        regular.add(entry.name)
    except OSError:
        return  # an unreadable folder is skipped, as os.walk does
    yield top, subfolders, names, regular
    for name in subfolders:
        if name not in linked:
            yield from _walk(os.path.join(top, name))


def _plain_patterns(patterns: Sequence[str]) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """Split glob patterns into plain names and the suffixes of ``*suffix`` patterns, or None when any
    pattern has another shape (a ``?``, a ``[...]``, a ``*`` elsewhere).

    >>> _plain_patterns([".git", "*.egg-info"]), _plain_patterns(["draft?.txt"])
    ((frozenset({'.git'}), ('.egg-info',)), None)
    """
    if any(pattern.startswith(("?", "[")) or GLOB_CHAR.search(pattern[1:]) for pattern in patterns):
        return None
    return (frozenset(pattern for pattern in patterns if not pattern.startswith("*")),
            tuple(pattern[1:] for pattern in patterns if pattern.startswith("*")))


def _name_matcher(patterns: Sequence[str]):
    """A test of a name against glob patterns: the common shapes (``*.txt``, ``.git``) by string methods,
    several times faster than a regex; any other pattern makes it one compiled regex of all of them.

    >>> matches = _name_matcher(["*.egg-info", ".git"])
    >>> matches("x.egg-info"), matches(".git"), matches("a.git"), _name_matcher(["*.txt"])("a.txt")
    (True, True, False, True)
    """
    if not patterns:
        return lambda name: False
    plain = _plain_patterns(patterns)
    if plain is None:
        return re.compile("|".join(fnmatch.translate(pattern) for pattern in patterns)).match
    literals, suffixes = plain
    if not literals:
        return operator.methodcaller("endswith", suffixes)
    if not suffixes:
        return literals.__contains__
    return lambda name: name in literals or name.endswith(suffixes)


class _Exclusions:
    """Exclude patterns, matched against a name and against the path relative to the project root."""

    def __init__(self, patterns: Sequence[str], root: Path) -> None:
        self._root = os.path.realpath(root)
        self._by_name = _name_matcher(patterns)
        # "tests/fixtures" excludes the folder and everything under it.
        self._by_path = _name_matcher([*patterns, *(pattern.rstrip("/") + "/*" for pattern in patterns)])
        # Plain names and `*suffix` patterns (the defaults, and most exclude lists) match a file's path only
        # where they match its name, or where its folder is, or lies inside, a folder they match: each folder
        # is then tested once, and its names with string methods in C.
        plain = None if any("/" in pattern for pattern in patterns) else _plain_patterns(patterns)
        self._simple = None
        if plain is not None:
            names, suffixes = plain
            self._simple = (names, operator.methodcaller("endswith", suffixes),
                            tuple(name + "/" for name in names), tuple(suffix + "/" for suffix in suffixes))

    def relative(self, folder: str) -> str | None:
        """The folder relative to the root with ``/``, "" for the root, None when outside it."""
        real = os.path.realpath(folder)
        if real == self._root:
            return ""
        if real.startswith(self._root.rstrip(os.sep) + os.sep):
            return Path(os.path.relpath(real, self._root)).as_posix()
        return None

    def keep(self, names: list[str], relative_folder: str | None) -> list[str]:
        """The ``names`` of files in a folder that no pattern excludes.

        Nearly always all of them: the patterns are first tried on every name in C (``map``), and one by
        one only when one of them matched.
        """
        if self._simple is not None:
            excluded_names, has_suffix, folder_starts, folder_parts = self._simple
            if relative_folder:  # at the root a path is a name
                folder = relative_folder + "/"
                if folder.startswith(folder_starts) or any(part in folder for part in folder_parts):
                    return []
            if excluded_names.isdisjoint(names) and not any(map(has_suffix, names)):
                return names
            return [name for name in names if not self._by_name(name)]
        if not any(map(self._by_name, names)) and (relative_folder is None or not any(
                map(self._by_path, map(f"{relative_folder}/".__add__ if relative_folder else str, names)))):
            return names
        return [name for name in names if not self.match(name, relative_folder)]

    def match(self, name: str, relative_folder: str | None) -> bool:
        if self._by_name(name):
            return True
        if relative_folder is None:
            return False
        return bool(self._by_path(f"{relative_folder}/{name}" if relative_folder else name))


def plain_text(raw: bytes) -> str | None:
    """The text of ``raw`` when it is UTF-8 with no BOM and no NUL byte (nearly every file), else None.

    What ``decode`` gives such bytes, without making a Source: a run does this for every file.

    >>> plain_text(b"ok"), plain_text(b"\\xef\\xbb\\xbfok"), plain_text(b"\\xff")
    ('ok', None, None)
    """
    if raw.startswith(BOM) or raw.find(b"\x00", 0, BINARY_SNIFF) >= 0:  # not `in raw[:8000]`: no copy
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def decode(path: str, raw: bytes) -> Source:
    """Decode ``raw`` as strict UTF-8, keeping a leading BOM aside.

    >>> decode("a.txt", b"\\xef\\xbb\\xbfhi\\r\\n").text, decode("a.txt", b"ok \\xff").problem
    ('hi\\r\\n', 'byte 0xFF at offset 3 is not valid UTF-8')
    """
    bom = raw.startswith(BOM)
    body = raw[len(BOM):] if bom else raw
    if body.find(b"\x00", 0, BINARY_SNIFF) >= 0:  # not `in body[:8000]`: no copy
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


def write_atomically(path: str | Path, original: bytes, new: bytes) -> None:
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
    import tempfile  # only --fix writes files: not imported at start-up

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
