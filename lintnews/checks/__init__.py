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
from lintnews.checks.encoding import HtmlEntity, Mojibake, ReplacementCharacter
from lintnews.checks.files import InvalidUtf8, UnreadableFile
from lintnews.checks.furniture import CaptionLine, DuplicateParagraph
from lintnews.checks.language import Translationese, UntranslatedSentence
from lintnews.checks.names import HouseSpelling, KnownMistransliteration
from lintnews.checks.numbers import SourceNumberFormat
from lintnews.checks.punctuation import HyphenAsDash, PunctuationSpacing, RepeatedWord
from lintnews.checks.quotes import ForeignQuotes, MixedQuoteStyle, QuoteDirection, QuoteSpacing, UnbalancedQuote
from lintnews.checks.transliteration import InconsistentTransliteration

ALL_RULES = (
    InvalidUtf8,  # LN001
    UnreadableFile,  # LN002
    MixedScriptWord,  # LN101
    ForeignScript,  # LN102
    InvisibleCharacter,  # LN103
    ControlCharacter,  # LN104
    UnusualSpace,  # LN105
    TrailingWhitespace,  # LN106
    MultipleSpaces,  # LN107
    InconsistentTransliteration,  # LN201
    DesignationLookalike,  # LN202
    KnownMistransliteration,  # LN203
    HouseSpelling,  # LN204
    QuoteSpacing,  # LN301
    UnbalancedQuote,  # LN302
    QuoteDirection,  # LN303
    MixedQuoteStyle,  # LN304
    ForeignQuotes,  # LN305
    PunctuationSpacing,  # LN306
    HyphenAsDash,  # LN307
    RepeatedWord,  # LN308
    Mojibake,  # LN401
    HtmlEntity,  # LN402
    ReplacementCharacter,  # LN403
    UntranslatedSentence,  # LN501
    Translationese,  # LN502
    SourceNumberFormat,  # LN503
    CaptionLine,  # LN601
    DuplicateParagraph,  # LN602
)
