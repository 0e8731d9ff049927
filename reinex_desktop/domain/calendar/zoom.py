"""How dense the day grid is: zoom steps for column width and row height, and "fit all instructors".

A zoom is a step on a fixed ladder (the default in the middle): each step scales the column width and
the row height from the sizes the font gives. "Fit" shares the available width between all the
instructors, down to the narrowest column a name's initials and a student's name still fit in.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Column width factors, narrowest first; DEFAULT_STEP is 1.0.
COLUMN_SCALES: tuple[float, ...] = (0.4, 0.55, 0.7, 0.85, 1.0, 1.25, 1.5, 1.8, 2.2)
#: Row height factors for the same steps.
ROW_SCALES: tuple[float, ...] = (0.75, 0.8, 0.85, 0.92, 1.0, 1.15, 1.3, 1.5, 1.75)
DEFAULT_STEP = 4
MIN_STEP = 0
MAX_STEP = len(COLUMN_SCALES) - 1
#: How many columns "fit all instructors" shows at a time when all of them do not fit.
FIT_COLUMNS = 20


@dataclass(frozen=True)
class Zoom:
    """A zoom step and whether the columns are fitted to the width (then the step sets the rows)."""

    step: int = DEFAULT_STEP
    fit: bool = False

    @classmethod
    def of(cls, step: object, fit: object = False) -> Zoom:
        """A zoom from stored values; anything unreadable gives the default."""
        try:
            value = int(str(step))
        except ValueError:
            value = DEFAULT_STEP
        return cls(min(max(value, MIN_STEP), MAX_STEP), str(fit).lower() in ("true", "1"))

    def zoomed_in(self) -> Zoom:
        return Zoom(min(self.step + 1, MAX_STEP), False)

    def zoomed_out(self) -> Zoom:
        return Zoom(max(self.step - 1, MIN_STEP), False)

    def reset(self) -> Zoom:
        return Zoom()

    def fitted(self, fit: bool) -> Zoom:
        """Fit mode; it starts at the densest rows so that the whole day shows as much as possible."""
        return Zoom(MIN_STEP if fit else self.step, fit) if fit != self.fit else self

    @property
    def column_scale(self) -> float:
        return COLUMN_SCALES[self.step]

    @property
    def row_scale(self) -> float:
        return ROW_SCALES[self.step]


def column_width(zoom: Zoom, base_width: int, floor: int, columns: int, available: int) -> int:
    """The width of one instructor column.

    Columns always share the available width when they fit in it. Otherwise a zoomed column is the
    base width scaled by the step (never under `floor`); a fitted column is the available width's
    share, or when that is under `floor`, the width that shows FIT_COLUMNS at a time (then the grid
    scrolls), never under `floor`.
    """
    share = available // columns if columns > 0 else 0
    if zoom.fit:
        if share >= floor:
            return share
        # Too many to fit: FIT_COLUMNS at a time, as wide as that leaves them (names stay readable).
        return max(floor, available // FIT_COLUMNS)
    return max(floor, round(base_width * zoom.column_scale), share)


def row_height(zoom: Zoom, base_height: int, floor: int) -> int:
    """The height of one 15-minute row: the base scaled by the step, never under `floor` (a text line)."""
    return max(floor, round(base_height * zoom.row_scale))


def initials(name: str) -> str:
    """The initials of a name ("דנה כהן" → "ד״כ", "Dana Cohen" → "DC"); one word gives its first two letters."""
    words = [w for w in name.replace("-", " ").split() if w]
    if not words:
        return ""
    if len(words) == 1:
        return words[0][:2]
    letters = [w[0] for w in words[:3]]
    if any("\u0590" <= c <= "\u05ff" for c in letters):
        return "".join(letters[:-1]) + "\u05f4" + letters[-1]
    return "".join(letters).upper()
