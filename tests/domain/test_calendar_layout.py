"""Day layout: column order, rows of a block, lanes for overlapping lessons, status icons."""

from __future__ import annotations

import uuid
from dataclasses import replace
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from reinex_desktop.domain.calendar.layout import LayoutInputs, assign_lanes, layout_day, name_key, order_instructors
from reinex_desktop.domain.calendar.status import Attention, StatusIcon, attention_of, status_icon
from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.settings import ClinicSettings
from tests.domain.calendar_builders import DAY, GROUP, RIDING, ZONE, capability, instructor, lesson


def inputs(instructors, lessons, **kwargs) -> LayoutInputs:
    defaults = dict(
        settings=ClinicSettings(),
        zone=ZONE,
        instructors=instructors,
        services={RIDING.id: RIDING, GROUP.id: GROUP},
        capabilities=[],
        lessons=lessons,
    )
    return LayoutInputs(**(defaults | kwargs))


def test_columns_follow_the_configured_order_then_names():
    dana, avi, tamar = instructor("דנה"), instructor("אבי"), instructor("תמר")
    assert [i.name for i in order_instructors([dana, avi, tamar], ())] == ["אבי", "דנה", "תמר"]
    ordered = order_instructors([dana, avi, tamar], (str(tamar.id),))
    assert [i.name for i in ordered] == ["תמר", "אבי", "דנה"]


def test_name_key_ignores_final_letters_niqqud_and_case():
    assert name_key("שָׁלוֹם") == name_key("שלומ")
    assert name_key("Avi") == name_key("avi")


def test_block_rows_and_columns():
    avi, dana = instructor("אבי"), instructor("דנה")
    one = lesson(dana, "10:00", 45, (uuid.uuid4(),))
    layout = layout_day(DAY, inputs([dana, avi], [one]))
    assert [c.instructor.name for c in layout.columns] == ["אבי", "דנה"]
    block = layout.block_of(one.id)
    assert block is not None
    assert (block.column, block.first_row, block.row_count) == (1, 12, 3)
    assert (block.top_minutes, block.bottom_minutes) == (180, 225)
    assert layout.blocks_at(1, 14) == [block] and layout.blocks_at(1, 15) == []


def test_overlapping_lessons_stand_side_by_side_and_share_the_width():
    avi = instructor("אבי")
    a = lesson(avi, "10:00", 60)
    b = lesson(avi, "10:30", 45)
    c = lesson(avi, "11:00", 30)  # overlaps b only: same cluster, takes a's freed lane
    d = lesson(avi, "13:00", 45)  # alone
    layout = layout_day(DAY, inputs([avi], [a, b, c, d]))
    lanes = {x.lesson.id: (x.lane, x.lanes) for x in layout.blocks}
    assert lanes[a.id] == (0, 2) and lanes[b.id] == (1, 2) and lanes[c.id] == (0, 2)
    assert lanes[d.id] == (0, 1)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 90)), max_size=25))
def test_lanes_never_put_two_overlapping_lessons_in_one_lane(spans):
    intervals = [(float(start), float(start + length)) for start, length in spans]
    lanes = assign_lanes(intervals)
    for i, (a_start, a_end) in enumerate(intervals):
        lane, width = lanes[i]
        assert 0 <= lane < width
        for j, (b_start, b_end) in enumerate(intervals):
            if i != j and a_start < b_end and b_start < a_end:
                assert lanes[j][0] != lane
                assert lanes[j][1] == width  # overlapping lessons are in one cluster


def test_an_inactive_instructor_with_a_lesson_still_gets_a_column_and_the_filter_hides_on_purpose():
    avi, gone = instructor("אבי"), instructor("עזב", is_active=False)
    orphan = lesson(gone, "09:00")
    layout = layout_day(DAY, inputs([avi], [orphan]))
    assert len(layout.columns) == 2 and layout.block_of(orphan.id) is not None
    filtered = layout_day(DAY, inputs([avi], [orphan], visible={avi.id}))
    assert len(filtered.columns) == 1 and filtered.blocks == ()


def test_working_days_shade_a_column_and_capacity_counts_the_group():
    avi = instructor("אבי", working_days=(0, 2, 4))  # not Monday
    students = (uuid.uuid4(), uuid.uuid4())
    group = lesson(avi, "16:00", 60, students, service=GROUP)
    layout = layout_day(DAY, inputs([avi], [group], capabilities=[capability(avi, GROUP, 6)]))
    assert layout.columns[0].works_today is False
    block = layout.blocks[0]
    assert (block.count, block.capacity, block.is_group) == (2, 6, True)
    assert block.service_name == "קבוצה" and block.color == "#42a5f5"


def test_cancelled_lessons_can_be_hidden():
    avi = instructor("אבי")
    cancelled = lesson(avi, "10:00", status=LessonStatus.CANCELLED_CLINIC)
    assert len(layout_day(DAY, inputs([avi], [cancelled])).blocks) == 1
    assert layout_day(DAY, inputs([avi], [cancelled], show_cancelled=False)).blocks == ()


def test_status_icons():
    avi = instructor("אבי")
    s = (uuid.uuid4(),)
    assert status_icon(lesson(avi, "10:00", students=s)) is StatusIcon.UNDOCUMENTED
    done = lesson(avi, "10:00", students=s, participant_status=ParticipantStatus.ATTENDED)
    assert status_icon(done) is StatusIcon.COMPLETED
    assert status_icon(lesson(avi, "10:00", status=LessonStatus.COMPLETED)) is StatusIcon.COMPLETED
    missed = lesson(avi, "10:00", students=s, participant_status=ParticipantStatus.NO_SHOW)
    assert status_icon(missed) is StatusIcon.NO_SHOW
    assert status_icon(missed, [Attention.UNPAID]) is StatusIcon.NO_SHOW, "a charged no-show is 🔴, not 🟡"
    gone = lesson(avi, "10:00", students=s, participant_status=ParticipantStatus.CANCELLED_STUDENT)
    assert status_icon(gone) is StatusIcon.CANCELLED
    assert status_icon(gone, [Attention.CONFLICT]) is StatusIcon.CANCELLED, "cancelled wins over attention"
    assert status_icon(done, [Attention.CONFLICT]) is StatusIcon.ATTENTION


def test_attention_reasons_conflict_unpaid_flag_low_balance():
    avi = instructor("אבי")
    base = lesson(avi, "10:00", students=(uuid.uuid4(),), participant_status=ParticipantStatus.ATTENDED)
    assert attention_of(base) == ()
    owed = replace(base.participants[0], price_charged=Decimal("120"))
    unpaid = replace(base, participants=(owed,))
    assert attention_of(unpaid) == (Attention.UNPAID,)
    covered = replace(base, participants=(replace(owed, commitment_id=uuid.uuid4()),))
    assert attention_of(covered) == ()
    flagged = replace(base, metadata={"flag": "לבדוק הסעה"})
    assert attention_of(flagged, conflicted=True, low_balance=True) == (
        Attention.CONFLICT,
        Attention.FLAG,
        Attention.LOW_BALANCE,
    )


def test_conflicted_lessons_are_marked():
    avi = instructor("אבי")
    a, b = lesson(avi, "10:00"), lesson(avi, "10:30")
    layout = layout_day(DAY, inputs([avi], [a, b], conflicted={a.id, b.id}))
    assert all(block.conflicted and block.icon is StatusIcon.ATTENTION for block in layout.blocks)
