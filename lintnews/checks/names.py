"""LN2: names: known mis-transliterations from rules/names.toml and the house spellings of the configuration."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from lintnews.config import Settings
from lintnews.document import CAPITALIZED_WORD, Document
from lintnews.model import Diagnostic, Fix, FixAvailability, Severity, Span
from lintnews.rule import Context, Rule
from lintnews.ruledata import name_pattern, starts_word


def house_form(settings: Settings, name: str) -> str | None:
    """Return the house spelling that ``settings.spellings`` gives for the variant ``name``, or None.

    >>> settings = Settings(spellings={"Kyiv": ["Kiev"], "Zelenskyy": ["Zelensky", "Zelenskiy"]})
    >>> house_form(settings, "Zelenskiy"), house_form(settings, "Kyiv"), house_form(settings, "Lviv")
    ('Zelenskyy', None, None)
    """
    for preferred, variants in settings.spellings.items():
        if name in variants:
            return preferred
    return None


class NameIndex:
    """Wrong spellings to look for, with a gate that rules out most documents at the cost of a set test.

    A variant's capitalized ASCII words (``[A-Z][a-z]+``: `Anthony` and `Blinken` in `Anthony Blinken`)
    all stand in a document's ``capitalized_words`` wherever the variant stands as whole words, because
    the pattern cuts the variant in the text exactly as it cuts the variant alone. So each variant is
    filed under its gate word, one of those words its correct form does not have (`Anthony`), and a
    document is searched only when it has a gate word and all the other words of one of its variants.
    Variants without such a word (`Çavuşoglu`) are looked for in every non-ASCII document. The trie
    pattern is compiled on first need.

    >>> index = NameIndex({"Anthony Blinken": "Antony Blinken", "Kalyn": "Kalin"})
    >>> sorted(index.gates)
    ['Anthony', 'Kalyn']
    >>> documents = [Document("a.txt", text) for text in ("Antony Blinken met Kalin.", "Kalyn!", "Anthony")]
    >>> [index.may_occur(document) for document in documents]
    [False, True, False]
    """

    def __init__(self, variants: dict[str, str]) -> None:
        self.variants = list(variants)
        self.gates: dict[str, list[frozenset[str]]] = {}  # gate word -> the words of each variant it gates
        self.non_ascii = False  # some variant has no capitalized ASCII word
        for variant, correct in variants.items():
            words = CAPITALIZED_WORD.findall(variant)
            if not words:
                self.non_ascii = True
                continue
            own = [word for word in words if word not in CAPITALIZED_WORD.findall(correct)] or words
            self.gates.setdefault(max(own, key=len), []).append(frozenset(words))
        self.gate_words = frozenset(self.gates)
        self._pattern = None

    def may_occur(self, document: Document) -> bool:
        """Whether ``document`` may hold one of the variants (False means it surely does not).

        The test reads ``document.capitalized_words``, the set LN201 shares, so the search runs on the few
        documents that hold all the words of some variant.
        """
        present = document.capitalized_words
        if self.gate_words.isdisjoint(present):
            return self.non_ascii and not document.is_ascii
        for gate in self.gate_words.intersection(present):
            for words in self.gates[gate]:
                if words <= present:
                    return True
        return self.non_ascii and not document.is_ascii

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Yield (start, end, variant) for each variant standing as whole words in ``text``."""
        if self._pattern is None:
            self._pattern = name_pattern(self.variants)
        return whole_names(self._pattern, text)


def whole_names(pattern, text: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, name) for each whole-word match of ``pattern`` (from ``name_pattern``) in ``text``.

    >>> list(whole_names(name_pattern(["Kalyn"]), "MacKalyn met Kalyn's aide"))
    [(13, 18, 'Kalyn')]
    """
    position = 0
    search = pattern.search
    while True:
        match = search(text, position)
        if match is None:
            return
        start = match.start()
        if starts_word(text, start):
            yield start, match.end(), match.group()
            position = match.end()
        else:
            position = start + 1


class KnownMistransliteration(Rule):
    """## What it does
    Reports names that rules/names.toml knows to be mangled: foreign names transliterated twice on the
    way through Russian (`Ibrahim Kalyn` for Kalın, `Annalena Berbok` for Baerbock, `Antonio Guterrish`
    for Guterres, `Mevlut Chavushoglu` for Çavuşoğlu) and first names changed on the way (`Anthony
    Blinken` for Antony Blinken).

    ## Why is this bad?
    Russian-sourced news spells foreign names the Russian way (Калын, Бербок, Гутерриш), and a
    translation engine romanizes that spelling again. The result is a name no English-language wire
    service uses, which readers cannot search for and which looks careless in print.

    ## Example
    ```
    This was announced by the official representative of the President of Turkey, Ibrahim Kalyn.
    ```

    Use instead:
    ```
    This was announced by the official representative of the President of Turkey, Ibrahim Kalin.
    ```

    ## Fix safety
    The fix is safe when the table gives one correct form: the variant is known to be that person's or
    place's name mangled, and the fix writes the spelling English-language wire services use (the ASCII
    form, such as `Kalin`; `Kalın` is correct too and never reported). Entries whose variant could stand
    for more than one name have no fix. Names are matched as whole words, case-sensitively; variants
    that are ordinary words or other people's names on their own are matched only as a full name
    (`Anthony Blinken`, not `Anthony`).

    ## Options
    - `extra-rules`: more name tables (`kind = "names"`).
    - `allow`: names never reported.
    - `spellings`: a preferred form there is never reported by this rule, even when the table lists it.

    ## References
    - [BBC News style guide](https://www.bbc.co.uk/newsstyleguide/)
    - [codespell: a dictionary of known misspellings, fixed when it gives one correction](https://github.com/codespell-project/codespell)
    """

    code = "LN203"
    name = "known-mistransliteration"
    severity = Severity.ERROR
    fix_availability = FixAvailability.SOMETIMES
    data_kinds = ("names",)

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        index = context.extras.get("known-names")
        if index is None:
            # A spelling the user declares as a house form is theirs to choose, not a mistake.
            house = context.settings.spellings
            correct = {variant: entry.correct[0] for variant, entry in context.data.name_variants.items()
                       if variant not in house}
            index = context.extras["known-names"] = NameIndex(correct)
        if not index.may_occur(document):
            return ()  # nearly every document: no generator to create
        return self._report(document, context, index)

    def _report(self, document: Document, context: Context, index: NameIndex) -> Iterator[Diagnostic]:
        entries = context.data.name_variants
        for start, end, variant in index.find(document.text):
            entry = entries[variant]
            span = Span(start, end)
            if entry.fix is None:
                choices = " or ".join(f"`{form}`" for form in entry.correct)
                message = f"`{variant}` is a known mis-transliteration of {choices} ({entry.about})"
                yield self.diagnostic(span, message)
            else:
                message = f"`{variant}` is a known mis-transliteration of `{entry.fix}` ({entry.about})"
                yield self.diagnostic(span, message, Fix.replace(span, entry.fix, f"Replace with `{entry.fix}`"))


class HouseSpelling(Rule):
    """## What it does
    Reports a name spelled otherwise than the house style in the `spellings` setting says, such as
    `Kiev` where the house writes `Kyiv`, or `Zelensky` where it writes `Zelenskyy`.

    ## Why is this bad?
    A newsroom chooses one spelling for each name it writes often (AP and Reuters moved to `Kyiv` in
    2019) and wants it in every article; translated copy arrives with whatever spelling the engine picked.

    ## Example
    With `spellings = { Kyiv = ["Kiev"] }`:
    ```
    Air raid alerts sounded in Kiev's central districts.
    ```

    Use instead:
    ```
    Air raid alerts sounded in Kyiv's central districts.
    ```

    ## Fix safety
    Safe: the variant is replaced by the preferred form the configuration gives for it. Names are
    matched as whole words, case-sensitively, so `Zelensky` never matches inside `Zelenskyy`; the
    configuration is refused when a variant is itself a preferred form or is listed under two.

    ## Options
    - `spellings`: preferred form -> list of variants, e.g.
      `spellings = { Kyiv = ["Kiev"], Zelenskyy = ["Zelensky", "Zelenskiy"] }`. Without it the rule
      reports nothing.

    ## References
    - [AP Stylebook](https://www.apstylebook.com/)
    - [prh: proofreading helper (declared spellings)](https://github.com/prh/prh)
    """

    code = "LN204"
    name = "house-spelling"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS

    @classmethod
    def applies(cls, settings) -> bool:
        return bool(settings.spellings)

    def check(self, document: Document, context: Context) -> Iterator[Diagnostic]:
        spellings = context.settings.spellings
        if not spellings:
            return
        house = context.extras.get("house-spellings")
        if house is None:
            owner = {variant: preferred for preferred, variants in spellings.items() for variant in variants}
            house = context.extras["house-spellings"] = (owner, NameIndex(owner))
        owner, index = house
        if not owner or not index.may_occur(document):
            return
        for start, end, variant in index.find(document.text):
            preferred = owner[variant]
            span = Span(start, end)
            message = f"`{variant}` is not the house spelling: write `{preferred}`"
            yield self.diagnostic(span, message, Fix.replace(span, preferred, f"Replace with `{preferred}`"))
