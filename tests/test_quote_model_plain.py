"""The quote model's shortcut for plainly quoted texts gives what the pairing loop gives."""

from __future__ import annotations

import pytest

from lintnews.quotes import PlainQuoteMarks, _candidates, _read_quote_marks, find_quote_marks

FIELDS = ("offsets", "chars", "levels", "shapes", "roles", "partners", "reopens", "misplaced",
          "unpaired", "spaced", "straight", "curly", "foreign")

PLAIN = [
    'Jones said: "We discuss even the most difficult topics." NATO is a "unique platform".',
    "“We need to clearly define Turkey's place within NATO,” he said (“now”).",
    '"Yes," he said.\n\n"No."',
]
NOT_PLAIN = [
    '"Let me in.',  # unpaired
    'in an interview with Komsomolskaya Pravda"',  # closes nothing
    '“We reminded him.\n\nThe issue is closed, ”the minister said.',  # misplaced closing mark
    '"Stay.\n\n"Go," he said.',  # reopens in the next paragraph
    'a " b" c',  # spaced
    'He is 5" tall, "so" they say.',  # prime
    'NATO is a "unique platform." “Yes.”',  # mixed styles
    "The allies' plan: \"Shelob\".",  # apostrophe
    'The "S-400"" deal',  # closing mark followed by a straight quote
]


@pytest.mark.parametrize("text", PLAIN + NOT_PLAIN)
def test_same_reading(text: str) -> None:
    marks = find_quote_marks(text)
    assert isinstance(marks, PlainQuoteMarks) == (text in PLAIN)
    read = _read_quote_marks(text, _candidates(text))
    for field in FIELDS:
        assert getattr(marks, field) == getattr(read, field), field
    assert marks.plain == (text in PLAIN)
    if marks.plain:  # what the shortcut claims: each opening mark pairs with the next, nothing else happens
        count = len(read.offsets)
        assert read.roles == ["open", "close"] * (count // 2)
        assert read.partners == [index ^ 1 for index in range(count)]
        assert not read.reopens and not read.misplaced
