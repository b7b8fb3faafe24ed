"""LN2: names: known mis-transliterations from rules/names.toml and the house spellings of the configuration."""

from __future__ import annotations

from collections.abc import Iterator

from lintnews.config import Settings
from lintnews.document import Document
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

    ## References
    - [BBC News style guide](https://www.bbc.co.uk/newsstyleguide/)
    - [codespell: a dictionary of known misspellings, fixed when it gives one correction](https://github.com/codespell-project/codespell)
    """

    code = "LN203"
    name = "known-mistransliteration"
    severity = Severity.ERROR
    fix_availability = FixAvailability.SOMETIMES

    def check(self, document: Document, context: Context) -> Iterator[Diagnostic]:
        entries = context.data.name_variants
        if not entries:
            return
        pattern = context.extras.get("known-names")
        if pattern is None:
            pattern = context.extras["known-names"] = name_pattern(entries)
        for start, end, variant in whole_names(pattern, document.text):
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

    def check(self, document: Document, context: Context) -> Iterator[Diagnostic]:
        spellings = context.settings.spellings
        if not spellings:
            return
        house = context.extras.get("house-spellings")
        if house is None:
            owner = {variant: preferred for preferred, variants in spellings.items() for variant in variants}
            house = context.extras["house-spellings"] = (owner, name_pattern(owner) if owner else None)
        owner, pattern = house
        if pattern is None:
            return
        for start, end, variant in whole_names(pattern, document.text):
            preferred = owner[variant]
            span = Span(start, end)
            message = f"`{variant}` is not the house spelling: write `{preferred}`"
            yield self.diagnostic(span, message, Fix.replace(span, preferred, f"Replace with `{preferred}`"))
