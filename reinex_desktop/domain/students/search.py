"""The roster search: a normalized index prepared once, queried on every keystroke.

REQUIREMENTS screen 3: find a student fast by first, middle or last name, by a guardian's name or
by a phone number or ID, in Hebrew or Latin letters, tolerant of final letters and niqqud.

Matching: the query is folded (see `text_fold`) and split into tokens; digit groups typed with
dashes or spaces are glued into one number. Every token must occur in the student's folded
names, guardian names (text tokens) or phone numbers and ID (number tokens). Because a match is
a substring test, typing one more letter can only narrow the result, so a query that extends the
previous one searches only the previous hits.

Ranking, best first: the whole query is the student's name; a token is a whole name word; a token
starts a name word; a token is inside a name; then guardian names; then phone numbers and IDs.
Equal scores keep alphabetical order of the folded name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from uuid import UUID

from reinex_desktop.domain.students.text_fold import fold, join_digit_groups, national_digits, phone_digits

# Token scores; a student's score is the sum over the query's tokens plus a whole-name bonus.
WHOLE_NAME = 400
NAME_PREFIX = 150
WORD_EXACT = 100
WORD_PREFIX = 70
NAME_INSIDE = 40
GUARDIAN_WORD_PREFIX = 25
GUARDIAN_INSIDE = 15
NUMBER_PREFIX = 30
NUMBER_INSIDE = 20


@dataclass(frozen=True, slots=True)
class SearchEntry:
    """What the search knows of one student: names, guardians' names, phones and ID."""

    student_id: UUID
    first_name: str
    last_name: str = ""
    middle_name: str | None = None
    guardian_names: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    national_id: str | None = None


@dataclass(frozen=True, slots=True)
class _Prepared:
    position: int  # in the order the entries were given
    student_id: UUID
    sort_key: str
    name: str  # " " + folded name words, so " w" tests a word start
    words: tuple[str, ...]
    guardians: str
    numbers: str  # " " + national-form digits, space separated
    text: str  # name + guardians: the haystack of text tokens


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    is_number: bool


def _prepare(position: int, entry: SearchEntry) -> _Prepared:
    words = tuple(fold(" ".join(p for p in (entry.first_name, entry.middle_name, entry.last_name) if p)).split())
    name = " " + " ".join(words)
    guardians = " " + " ".join(fold(g) for g in entry.guardian_names if g)
    digits = [phone_digits(phone) for phone in entry.phones if phone]
    if entry.national_id:
        digits.append("".join(char for char in entry.national_id if char.isdigit()))
    return _Prepared(
        position=position,
        student_id=entry.student_id,
        sort_key=" ".join(words),
        name=name,
        words=words,
        guardians=guardians,
        numbers=" " + " ".join(d for d in digits if d),
        text=name + " |" + guardians,
    )


def tokenize(query: str) -> tuple[_Token, ...]:
    """Folded tokens of a query; a token made only of digits searches numbers."""
    tokens = []
    for part in fold(join_digit_groups(query)).split():
        if part.isdigit():
            tokens.append(_Token(national_digits(part), True))
        else:
            tokens.append(_Token(part, False))
    return tuple(tokens)


def _narrows(previous: tuple[_Token, ...], current: tuple[_Token, ...]) -> bool:
    """True when every hit of `current` is necessarily a hit of `previous` (typing on)."""
    if not previous or len(current) < len(previous):
        return False
    for before, now in zip(previous, current, strict=False):
        if before.is_number != now.is_number or before.text not in now.text:
            return False
    return True


def _token_score(entry: _Prepared, token: _Token) -> int:
    """The score of one token for one entry; 0 when the token does not occur at all."""
    text = token.text
    if token.is_number:
        if " " + text in entry.numbers:
            return NUMBER_PREFIX
        return NUMBER_INSIDE if text in entry.numbers else 0
    if text in entry.name:
        if text in entry.words:
            return WORD_EXACT
        return WORD_PREFIX if " " + text in entry.name else NAME_INSIDE
    if text in entry.guardians:
        return GUARDIAN_WORD_PREFIX if " " + text in entry.guardians else GUARDIAN_INSIDE
    return 0


class StudentSearchIndex:
    """Folded names, guardians and numbers of every student, prepared once (plan §4.2.1–4.2.3)."""

    def __init__(self, entries: Iterable[SearchEntry]) -> None:
        prepared = sorted((_prepare(i, entry) for i, entry in enumerate(entries)), key=lambda p: p.sort_key)
        self._entries: tuple[_Prepared, ...] = tuple(prepared)
        self._ids: list[UUID] = [p.student_id for p in sorted(prepared, key=lambda p: p.position)]
        self._alphabetical: list[int] = [p.position for p in prepared]
        self._last_tokens: tuple[_Token, ...] = ()
        self._last_hits: tuple[_Prepared, ...] = self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def all_ids(self) -> list[UUID]:
        """Every student, alphabetically by folded name."""
        return [self._ids[position] for position in self._alphabetical]

    def search(self, query: str) -> list[UUID]:
        """Students matching every token of `query`, best match first; everyone for an empty query."""
        return [self._ids[position] for position in self.search_positions(query)]

    def search_positions(self, query: str) -> list[int]:
        """Like `search`, as positions in the order the entries were given (no id lookups)."""
        tokens = tokenize(query)
        if not tokens:
            self._last_tokens, self._last_hits = (), self._entries
            return list(self._alphabetical)
        pool = self._last_hits if _narrows(self._last_tokens, tokens) else self._entries
        hits = self._filter(pool, tokens)
        self._last_tokens, self._last_hits = tokens, hits
        return self._ranked(hits, tokens)

    @staticmethod
    def _ranked(hits: Sequence[_Prepared], tokens: tuple[_Token, ...]) -> list[int]:
        """Positions by descending score; hits arrive alphabetically and each score bucket keeps that order."""
        whole = " " + " ".join(token.text for token in tokens)
        buckets: dict[int, list[int]] = {}
        single = tokens[0] if len(tokens) == 1 else None
        for entry in hits:
            if single is not None:
                score = _token_score(entry, single)
            else:
                score = 0
                for token in tokens:
                    score += _token_score(entry, token)
            name = entry.name
            if name == whole:
                score += WHOLE_NAME
            elif name.startswith(whole):
                score += NAME_PREFIX
            bucket = buckets.get(score)
            if bucket is None:
                buckets[score] = [entry.position]
            else:
                bucket.append(entry.position)
        return [position for score in sorted(buckets, reverse=True) for position in buckets[score]]

    @staticmethod
    def _filter(pool: Sequence[_Prepared], tokens: tuple[_Token, ...]) -> tuple[_Prepared, ...]:
        """Entries in which every token occurs: a C-speed substring test per token."""
        hits: Sequence[_Prepared] = pool
        for token in tokens:
            text = token.text
            if token.is_number:
                hits = [entry for entry in hits if text in entry.numbers]
            else:
                hits = [entry for entry in hits if text in entry.text]
        return tuple(hits)
