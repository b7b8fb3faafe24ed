"""The rule catalogue: every rule class, in code order. Codes are stable and never reused."""

from lintnews.checks.characters import (
    ControlCharacter,
    ForeignScript,
    InvisibleCharacter,
    MixedScriptWord,
    MultipleSpaces,
    TrailingWhitespace,
    UnusualSpace,
)
from lintnews.checks.designations import DesignationLookalike
from lintnews.checks.files import InvalidUtf8, UnreadableFile

ALL_RULES = (
    InvalidUtf8,
    UnreadableFile,
    MixedScriptWord,
    ForeignScript,
    InvisibleCharacter,
    ControlCharacter,
    UnusualSpace,
    TrailingWhitespace,
    MultipleSpaces,
    DesignationLookalike,
)
