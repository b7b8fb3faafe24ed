"""LN201: one name spelled two ways, found through the romanization equivalences in rules/."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from lintnews.document import Document
from lintnews.model import Applicability, Diagnostic, Fix, FixAvailability, Severity, Span
from lintnews.rule import Context, Rule
from lintnews.transliteration import SpellingIndex, is_name, mentions

NAME_SURVEY = "name-survey"  # Context.extras key of the ProjectNames of a `--consistency project` run


@dataclass(frozen=True)
class ProjectNames:
    """The capitalized words of every file of a run, for ``--consistency project``."""

    counts: Counter  # how often each capitalized word occurs in all the files
    inside_sentences: frozenset[str]  # the words seen capitalized inside a sentence somewhere
    _by_key: dict = field(default_factory=dict, compare=False)

    def by_key(self, index: SpellingIndex) -> dict[str, set[str]]:
        """The names used inside sentences, grouped by spelling key (computed once per run)."""
        if not self._by_key:
            index.add_words(self.inside_sentences.difference(index.keys))  # keyed all at once
            for name in self.inside_sentences:
                self._by_key.setdefault(index.key(name), set()).add(name)
        return self._by_key


@dataclass(frozen=True)
class Spelling:
    """One spelling of a name in a document: where it stands and how often the run or document uses it."""

    name: str
    spans: list[Span]
    count: int


class InconsistentTransliteration(Rule):
    """
    ## What it does
    Finds a name spelled two ways in one document, where the spellings differ only by romanization
    choices for the same Cyrillic original: `Yermakov` and `Ermakov`, `Zelensky` and `Zelenskyy`,
    `Sergei` and `Sergey`, `Alexei` and `Aleksei`, `Makhachev` and `Mahachev`, `Donbass` and `Donbas`.
    The less used spellings are reported, with the most used one (or the house spelling) as the fix.

    ## Why is this bad?
    Russian and Ukrainian names reach English through several transliteration schemes, and MT engines
    switch between them from one sentence to the next. Readers take two spellings for two people, and
    search and archives split one person in two. No dictionary lists every name, so lintnews compares a
    document's names with each other: each capitalized word is reduced to a key by the romanization
    equivalences in `rules/transliteration.toml` (ye/e at the start, -y/-iy/-yy endings, ei/ey, x/ks,
    kh/h, ts/tz, j/y, doubled letters...), and words that share a key are one name.

    Words that differ in other ways stay apart (`Olympic`/`Olympics`, `Austria`/`Australia`,
    `Maria`/`Mara`, `Defence`/`Defense`), and a capitalized common word at sentence starts (`Some`) is not
    taken for a name.

    ## Example
    ```text
    In turn, Sergei Ermakov, head of the regional security sector, believes ...
    Washington is unlikely to make concessions, Yermakov believes.
    ```

    Use instead:
    ```text
    In turn, Sergei Ermakov, head of the regional security sector, believes ...
    Washington is unlikely to make concessions, Ermakov believes.
    ```

    ## Fix safety
    The fix is unsafe: it replaces the spelling with the document's most used one (or the house spelling
    from `spellings`), and the most used spelling is not always the one your newsroom prefers; two
    different people can also share a key (`Alexei` and `Aleksei` in one article may be two men). Review
    before applying with `--unsafe-fixes`. When the counts tie, the spelling met first wins.

    ## Options
    - `consistency` (`--consistency`): `document` (default) compares names within each file; `project`
      compares them across every file of the run, so a newsroom gets one spelling in all its articles.
    - `spellings`: a house form (`Zelenskyy = ["Zelensky", "Zelenskiy"]`) is always the suggested
      spelling; the variants listed there are LN204's to report.
    - `extra-rules`: more `kind = "transliteration"` files add equivalences.

    ## References
    - BGN/PCGN, ISO 9 and passport (ICAO) romanizations of Russian, and Ukraine's national system (2010)
    - Associated Press Stylebook: "Russian names"
    """

    code = "LN201"
    name = "inconsistent-transliteration"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    data_kinds = ("transliteration",)

    def __init__(self) -> None:
        self._indexes: dict[int, SpellingIndex] = {}  # per rule data object: one index for the run

    def check(self, document: Document, context: Context) -> Iterable[Diagnostic]:
        index = self._indexes.get(id(context.data))
        if index is None:
            index = self._indexes[id(context.data)] = SpellingIndex(context.data.equivalences)
        survey = context.extras.get(NAME_SURVEY)
        if survey is None:
            groups = index.groups(document.capitalized_words)
        else:
            groups = _project_groups(document, survey, index)
        if not groups:
            return ()  # nearly every document: no generator to create
        return self._report(document, context, index, survey, groups)

    def _report(self, document: Document, context: Context, index: SpellingIndex, survey: ProjectNames | None,
                groups: dict[str, list[str]]) -> Iterator[Diagnostic]:
        house = _house_forms(context, index)
        variants = {variant for forms in context.settings.spellings.values() for variant in forms}
        names = [name for group in groups.values() for name in group]
        found = mentions(document.text, names + [name.lower() for name in names])
        for key, names in groups.items():
            yield from self._check_group(document, survey, house.get(key), variants, names, found)

    def _check_group(self, document: Document, survey: ProjectNames | None, house: str | None,
                     variants: set[str], names: list[str], found: dict[str, list[Span]]) -> Iterator[Diagnostic]:
        text = document.text
        spellings = []
        for name in names:
            spans = found[name]
            if not is_name(name, spans, found[name.lower()], text):
                continue
            count = len(spans) if survey is None else survey.counts[name]
            spellings.append(Spelling(name, spans, count))
        if survey is not None:
            # The project's other spellings count too, though this document does not use them.
            present = {spelling.name for spelling in spellings}
            spellings += [Spelling(name, [], survey.counts[name]) for name in names
                          if name not in present and name in survey.inside_sentences]
        if len(spellings) < 2:
            return
        target = house or _most_used(spellings).name
        total = sum(spelling.count for spelling in spellings)
        where = "in this document" if survey is None else "in the files checked"
        for spelling in spellings:
            if spelling.name == target or spelling.name in variants:
                continue
            others = ", ".join(f"`{s.name}` ({s.count})" for s in spellings if s.name != spelling.name)
            message = (f"`{spelling.name}` ({spelling.count} of {total} mentions) is also spelled "
                       f"{others} {where}")
            if house:
                message += f"; the house spelling is `{house}`"
            for span in spelling.spans:
                fix = Fix.replace(span, target, f"Replace with `{target}`", Applicability.UNSAFE)
                yield self.diagnostic(span, message, fix)


def _most_used(spellings: list[Spelling]) -> Spelling:
    """The spelling used most; on a tie, the one met first in the document, then the first in sort order."""
    return min(spellings, key=lambda s: (-s.count, s.spans[0].start if s.spans else float("inf"), s.name))


def _project_groups(document: Document, survey: ProjectNames, index: SpellingIndex) -> dict[str, list[str]]:
    """The document's names that share a key with another name used as a name somewhere in the run."""
    found: dict[str, set[str]] = {}
    index.add_words(document.capitalized_words.difference(index.keys))  # keyed all at once
    for name in document.capitalized_words:
        key = index.key(name)
        group = survey.by_key(index).get(key)
        if group:
            found.setdefault(key, set(group)).add(name)  # every name of the document with that key
    return {key: sorted(names) for key, names in found.items() if len(names) > 1}


def _house_forms(context: Context, index: SpellingIndex) -> dict[str, str]:
    """The house spelling (``spellings`` in the configuration) of each spelling key that has one."""
    return {index.key(preferred): preferred for preferred in context.settings.spellings}
