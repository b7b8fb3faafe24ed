"""LN0: problems with a file itself. These diagnostics come from the reader, not from a text check."""

from __future__ import annotations

from collections.abc import Iterator

from lintnews.model import Diagnostic, Severity
from lintnews.rule import Rule


class InvalidUtf8(Rule):
    """## What it does
    Reports a file that is not valid UTF-8 text, with the byte offset where decoding failed, and lints
    nothing else in it.

    ## Why is this bad?
    Bytes that are not UTF-8 (a cp1251 or UTF-16 file, a truncated download, a binary file with a text
    extension) cannot be linted or fixed safely: any guess at their encoding could corrupt them.
    Other files in the same run are still checked.

    ## Example
    A file saved as Windows-1251 by a scraper:
    ```
    \\xcc\\xee\\xf1\\xea\\xe2\\xe0 said on Monday
    ```

    Use instead: the same text saved as UTF-8.

    ## Fix safety
    There is no fix: the right encoding cannot be known for certain. Re-save the file as UTF-8.

    ## Options
    None.

    ## References
    - [The Unicode Standard, UTF-8](https://www.unicode.org/versions/latest/ch03.pdf)
    """

    code = "LN001"
    name = "invalid-utf8"
    severity = Severity.ERROR

    def check(self, document, context) -> Iterator[Diagnostic]:
        return iter(())

    @classmethod
    def applies(cls, settings) -> bool:
        return False  # the linter reports it while reading the file


class UnreadableFile(Rule):
    """## What it does
    Reports a path that could not be read: it does not exist, permission is denied, or reading failed.

    ## Why is this bad?
    A file that cannot be read was not checked. In CI that must not pass silently, so the run fails
    with this error while every other file is still checked.

    ## Example
    ```
    lintnews check articles/missing.txt
    ```

    Use instead: a path that exists and is readable.

    ## Fix safety
    There is no fix.

    ## Options
    None.

    ## References
    - [ruff's E902 io-error](https://docs.astral.sh/ruff/rules/io-error/)
    """

    code = "LN002"
    name = "unreadable-file"
    severity = Severity.ERROR

    def check(self, document, context) -> Iterator[Diagnostic]:
        return iter(())

    @classmethod
    def applies(cls, settings) -> bool:
        return False  # the linter reports it while reading the file
