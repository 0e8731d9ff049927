"""The instructor column order: known instructors only, each once; moving one keeps the rest."""

from __future__ import annotations

import uuid

import pytest

from reinex_desktop.domain.configuration.instructor_order import check_known_instructors, moved
from reinex_desktop.domain.configuration.validation import validate_setting
from reinex_desktop.domain.text import DomainError

A, B, C = (str(uuid.uuid4()) for _ in range(3))


def test_an_order_of_known_instructors_passes() -> None:
    check_known_instructors([B, A], {A, B, C})
    check_known_instructors([], {A})


def test_an_unknown_id_is_refused() -> None:
    with pytest.raises(DomainError, match="not one of the clinic's instructors"):
        check_known_instructors([A, str(uuid.uuid4())], {A, B})


def test_an_instructor_listed_twice_is_refused_even_by_plain_validation() -> None:
    with pytest.raises(DomainError, match="only once"):
        check_known_instructors([A, B, A], {A, B})
    with pytest.raises(DomainError, match="only once"):
        validate_setting("instructor_order", [A, A.upper()])
    assert validate_setting("instructor_order", [A.upper(), B]) == [A, B]


@pytest.mark.parametrize(
    ("index", "offset", "expected"),
    [
        (1, -1, (B, A, C)),
        (1, 1, (A, C, B)),
        (0, -1, (A, B, C)),
        (2, 1, (A, B, C)),
        (0, 5, (B, C, A)),
        (7, 1, (A, B, C)),
    ],
)
def test_moving_an_instructor(index: int, offset: int, expected: tuple[str, ...]) -> None:
    assert moved([A, B, C], index, offset) == expected
