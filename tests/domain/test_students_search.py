"""Roster search: final letters, niqqud, phone digits, mixed scripts, ranking, typing on."""

from __future__ import annotations

from uuid import UUID, uuid4

from hypothesis import given, settings
from hypothesis import strategies as st

from reinex_desktop.domain.students.search import SearchEntry, StudentSearchIndex
from reinex_desktop.domain.students.text_fold import fold

DANA = SearchEntry(uuid4(), "דנה", "כהן", guardian_names=("רותי כהן", "יוסי כהן"), phones=("+972501234567",))
YAEL = SearchEntry(uuid4(), "יעל", "דנהאוור")
MOSHE = SearchEntry(uuid4(), "משה", "לוי", guardian_names=("דנה לוי",), phones=("+97236123456",))
SARAH = SearchEntry(uuid4(), "שָׂרָה", "אֱלִיָּהוּ", national_id="039337423")
YOSEF = SearchEntry(uuid4(), "יוסף", "כהנוביץ")
LATIN = SearchEntry(uuid4(), "Zoë", "כהן", middle_name="Dana")
ALL = (DANA, YAEL, MOSHE, SARAH, YOSEF, LATIN)
NAMES = {entry.student_id: f"{entry.first_name} {entry.last_name}" for entry in ALL}


def found(query: str, entries: tuple[SearchEntry, ...] = ALL) -> list[str]:
    return [NAMES[student_id] for student_id in StudentSearchIndex(entries).search(query)]


def test_fold_removes_niqqud_final_letters_case_accents_and_quote_marks() -> None:
    assert fold("שָׂרָה") == "שרה"
    assert fold("כהן מזרחי־לוי") == "כהנ מזרחי לוי"
    assert fold("ג׳ורג׳ O'Brien") == "גורג obrien"
    assert fold("Zoë  ÉLIE") == "zoe elie"


def test_final_letters_match_their_regular_forms_both_ways() -> None:
    assert "דנה כהן" in found("כהן")
    assert "דנה כהן" in found("כהנ")  # typed with a regular nun
    assert "יוסף כהנוביץ" in found("כהן")  # a final letter in the query matches a regular one inside a name
    assert found("יוספ") == ["יוסף כהנוביץ"]
    assert found("כהנוביצ") == ["יוסף כהנוביץ"]


def test_niqqud_is_ignored_in_names_and_in_queries() -> None:
    assert found("שרה") == ["שָׂרָה אֱלִיָּהוּ"]
    assert found("אליהו") == ["שָׂרָה אֱלִיָּהוּ"]
    assert found("דָּנָה כֹּהֵן")[0] == "דנה כהן"


def test_phone_digits_with_and_without_dashes_spaces_or_country_code() -> None:
    for query in ("050-123-4567", "0501234567", "050 123 4567", "+972-50-123-4567", "972501234567", "1234567", "4567"):
        assert found(query) == ["דנה כהן"], query
    assert found("03-612-3456") == ["משה לוי"]
    assert found("050-999") == []


def test_id_number_finds_the_student() -> None:
    assert found("039337423") == ["שָׂרָה אֱלִיָּהוּ"]
    assert found("39337423") == ["שָׂרָה אֱלִיָּהוּ"]  # as a spreadsheet shows it, without the leading zero
    # A number that starts a phone ranks above one found inside another number.
    both = (SearchEntry(uuid4(), "א", "", phones=("+972523374000",)), SARAH)
    assert [NAMES.get(i, "א") for i in StudentSearchIndex(both).search("052337")] == ["א"]
    assert [NAMES.get(i, "א") for i in StudentSearchIndex(both).search("3374")] == ["א", "שָׂרָה אֱלִיָּהוּ"]


def test_mixed_hebrew_and_latin_tokens_must_all_match() -> None:
    assert found("zoe כהן") == ["Zoë כהן"]
    assert found("ZOË") == ["Zoë כהן"]
    assert found("dana כה") == ["Zoë כהן"]  # the Latin middle name and the Hebrew last name
    assert found("dana לוי") == []


def test_guardian_names_are_searched_after_student_names() -> None:
    assert found("רותי") == ["דנה כהן"]
    # "דנה" is Dana's own first name, the start of Yael's surname and the name of Moshe's guardian.
    assert found("דנה") == ["דנה כהן", "יעל דנהאוור", "משה לוי"]


def test_ranking_whole_name_then_word_then_prefix_then_inside() -> None:
    cohen = SearchEntry(uuid4(), "כהן", "")
    entries = (DANA, YOSEF, cohen, SearchEntry(uuid4(), "אבי", "בןכהן"))
    names = {e.student_id: f"{e.first_name} {e.last_name}".strip() for e in entries}
    order = [names[i] for i in StudentSearchIndex(entries).search("כהן")]
    assert order == ["כהן", "דנה כהן", "יוסף כהנוביץ", "אבי בןכהן"]


def test_equal_scores_are_alphabetical_and_empty_query_lists_everyone() -> None:
    a, b, c = (SearchEntry(uuid4(), name, "לוי") for name in ("תמר", "אורי", "מיכל"))
    index = StudentSearchIndex((a, b, c))
    assert index.search("לוי") == [b.student_id, c.student_id, a.student_id]
    assert index.search("  ") == [b.student_id, c.student_id, a.student_id]


def test_typing_on_gives_the_same_results_as_a_fresh_search() -> None:
    index = StudentSearchIndex(ALL)
    for query in ("ד", "דנ", "דנה", "דנה כ", "דנה כה", "דנה", "0", "05", "050-1", "כ", "כה"):
        assert index.search(query) == StudentSearchIndex(ALL).search(query), query


_LETTERS = st.sampled_from(list("אבגדהוזחטיכךלמםנןסעפףצץקרשתabdeilnoyz0123457- "))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(_LETTERS, min_size=1, max_size=6), min_size=1, max_size=5))
def test_incremental_search_equals_fresh_search_for_any_typing(queries: list[str]) -> None:
    index = StudentSearchIndex(ALL)
    typed = ""
    for chunk in queries:
        for char in chunk:
            typed += char
            assert index.search(typed) == StudentSearchIndex(ALL).search(typed)
        typed = typed[: len(typed) // 2]  # backspacing also stays correct
        assert index.search(typed) == StudentSearchIndex(ALL).search(typed)


def test_all_ids_is_alphabetical() -> None:
    index = StudentSearchIndex(ALL)
    assert len(index) == len(ALL)
    assert isinstance(index.all_ids()[0], UUID)


_MARKED = st.text(st.sampled_from([*"אבגדהוכךםןףץשת", "\u05b4", "\u05b8", "\u05bc", "\u05c1", "\u0591", "é", "ü", "Å"]))


@settings(max_examples=150, deadline=None)
@given(_MARKED)
def test_fold_leaves_no_combining_marks_or_final_letters(text: str) -> None:
    import unicodedata

    folded = fold(text)
    assert not any(unicodedata.category(char) == "Mn" for char in folded)
    assert not set(folded) & set("ךםןףץ")
