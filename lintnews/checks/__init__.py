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
from lintnews.checks.encoding import HtmlEntity, Mojibake, ReplacementCharacter
from lintnews.checks.designations import DesignationLookalike
from lintnews.checks.files import InvalidUtf8, UnreadableFile
from lintnews.checks.transliteration import InconsistentTransliteration
from lintnews.checks.furniture import CaptionLine, DuplicateParagraph
from lintnews.checks.numbers import SourceNumberFormat
from lintnews.checks.language import Translationese, UntranslatedSentence
from lintnews.checks.quotes import ForeignQuotes, MixedQuoteStyle, QuoteDirection, QuoteSpacing, UnbalancedQuote
from lintnews.checks.punctuation import HyphenAsDash, PunctuationSpacing, RepeatedWord
from lintnews.checks.names import HouseSpelling, KnownMistransliteration

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
    InconsistentTransliteration,
    SourceNumberFormat,
    CaptionLine,
    DuplicateParagraph,
    UntranslatedSentence,
    Translationese,
    Mojibake,
    HtmlEntity,
    ReplacementCharacter,
    QuoteSpacing,
    UnbalancedQuote,
    QuoteDirection,
    MixedQuoteStyle,
    ForeignQuotes,
    PunctuationSpacing,
    HyphenAsDash,
    RepeatedWord,
    KnownMistransliteration,
    HouseSpelling,
    DesignationLookalike,
)
