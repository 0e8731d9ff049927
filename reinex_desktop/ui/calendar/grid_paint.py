"""Painting the day grid: cell background, hour lines, lesson blocks with their status icons.

Used by the on-screen grid and by the printed day sheet. Pens, brushes and fonts are made once per
palette and font (`GridStyle`), so a repaint only draws. Status colors are the product's fixed
semantic colors (⚫ 🟢 🔴 🟡); everything else comes from the palette and the service colors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPaintDevice, QPainter, QPalette, QPen, QStaticText

from reinex_desktop.domain.calendar.layout import Block
from reinex_desktop.domain.calendar.status import StatusIcon
from reinex_desktop.ui.calendar.texts import block_title, clock

STATUS_COLORS = {
    StatusIcon.UNDOCUMENTED: QColor("#263238"),
    StatusIcon.COMPLETED: QColor("#2e7d32"),
    StatusIcon.NO_SHOW: QColor("#c62828"),
    StatusIcon.ATTENTION: QColor("#f9a825"),
    StatusIcon.CANCELLED: QColor("#9e9e9e"),
}
CONFLICT_COLOR = QColor("#d32f2f")
#: One line of block text at the leading edge (right in Hebrew), elided at the trailing end.
_LINE = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine
_ELIDE = Qt.TextElideMode.ElideRight
NOW_COLOR = QColor("#e53935")


def mix(under: QColor, over: QColor, amount: float) -> QColor:
    """`over` laid on `under` with opacity `amount`, as one opaque color."""
    return QColor.fromRgbF(
        under.redF() + (over.redF() - under.redF()) * amount,
        under.greenF() + (over.greenF() - under.greenF()) * amount,
        under.blueF() + (over.blueF() - under.blueF()) * amount,
    )


def readable_text(fill: QColor) -> QColor:
    """Black or white, whichever reads better on `fill` (relative luminance)."""
    r, g, b = fill.redF(), fill.greenF(), fill.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#000000") if luminance > 0.5 else QColor("#ffffff")


@dataclass
class GridStyle:
    palette: QPalette
    font: QFont
    #: The paint device the metrics are for (a printer has another resolution than the screen).
    device: QPaintDevice | None = None
    bold: QFont = field(init=False)
    struck: QFont = field(init=False)
    metrics: QFontMetrics = field(init=False)
    bold_metrics: QFontMetrics = field(init=False)
    #: Under this text width a block's name takes the whole first line (the icon moves below).
    narrow_text: int = field(init=False)
    _fills: dict[str | None, tuple[QBrush, QPen, QColor, QBrush]] = field(default_factory=dict, init=False)
    _static: dict[tuple[str, int, bool], QStaticText] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.struck = QFont(self.font)
        self.struck.setStrikeOut(True)
        self.metrics = QFontMetrics(self.font, self.device) if self.device else QFontMetrics(self.font)
        self.bold_metrics = QFontMetrics(self.bold, self.device) if self.device else QFontMetrics(self.bold)
        self.narrow_text = self.metrics.horizontalAdvance("M") * 4
        base = self.palette.color(QPalette.ColorRole.Base)
        text = self.palette.color(QPalette.ColorRole.Text)
        self.base = QBrush(base)
        self.outside_hours = QBrush(self.palette.color(QPalette.ColorRole.AlternateBase))
        off = QColor(self.palette.color(QPalette.ColorRole.Mid))
        off.setAlpha(40)
        self.off_duty = QBrush(off, Qt.BrushStyle.SolidPattern)
        quarter = QColor(text)
        quarter.setAlpha(28)
        hour = QColor(text)
        hour.setAlpha(70)
        self.quarter_pen = QPen(quarter, 0)
        self.hour_pen = QPen(hour, 0)
        self.column_pen = QPen(hour, 0)
        # Opaque mixes of the same shades: grid lines are filled 1-pixel rectangles, far faster to draw.
        self.quarter_line = mix(base, text, 28 / 255)
        self.hour_line = mix(base, text, 70 / 255)
        self.focus_pen = QPen(self.palette.color(QPalette.ColorRole.Highlight), 2)
        self.selected_pen = QPen(self.palette.color(QPalette.ColorRole.Highlight), 3)
        self.conflict_pen = QPen(CONFLICT_COLOR, 2, Qt.PenStyle.DashLine)
        self.now_pen = QPen(NOW_COLOR, 2)
        ghost = QColor(self.palette.color(QPalette.ColorRole.Highlight))
        ghost.setAlpha(90)
        self.ghost = QBrush(ghost)
        cancelled = QColor(self.palette.color(QPalette.ColorRole.Mid))
        cancelled.setAlpha(110)
        self.cancelled_fill = QBrush(cancelled)
        self.cancelled_text = self.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.status_brushes = {icon: QBrush(color) for icon, color in STATUS_COLORS.items()}
        self.status_outline = QPen(base, 1)

    def draw_line(self, painter: QPainter, rect: QRectF, text: str, width: int, rtl: bool) -> None:
        """One line in the current font at the leading edge, elided, through a cache of static text."""
        key = (text, width, painter.font().strikeOut())
        static = self._static.get(key)
        if static is None:
            static = QStaticText(self.metrics.elidedText(text, _ELIDE, width))
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(painter.transform(), painter.font())
            self._static[key] = static
        x = rect.right() - static.size().width() if rtl else rect.left()
        painter.drawStaticText(QPointF(x, rect.top()), static)

    def fill_of(self, color: str | None) -> tuple[QBrush, QPen, QColor, QBrush]:
        """(fill, border pen, text color, leading strip) for a service color, cached."""
        cached = self._fills.get(color)
        if cached is None:
            fill = QColor(color) if color else QColor()
            if not fill.isValid():
                fill = self.palette.color(QPalette.ColorRole.Button)
            light = fill.lighter(125) if fill.lightnessF() < 0.75 else fill
            cached = (QBrush(light), QPen(fill.darker(140), 1), readable_text(light), QBrush(fill.darker(125)))
            self._fills[color] = cached
        return cached


def paint_block(
    painter: QPainter,
    style: GridStyle,
    block: Block,
    rect: QRectF,
    *,
    rtl: bool,
    zone: ZoneInfo,
    selected: bool = False,
) -> None:
    """One lesson block: fill, leading strip, status icon, names (and more lines when tall enough)."""
    fill, border, text_color, strip = style.fill_of(block.color)
    cancelled = block.cancelled
    painter.setPen(border)
    painter.setBrush(style.cancelled_fill if cancelled else fill)
    painter.drawRoundedRect(rect, 3, 3)
    strip_width = 4.0
    strip_rect = (
        QRectF(rect.right() - strip_width, rect.top(), strip_width, rect.height())
        if rtl
        else QRectF(rect.left(), rect.top(), strip_width, rect.height())
    )
    if not cancelled:
        painter.fillRect(strip_rect, strip)
    if block.conflicted:
        painter.setPen(style.conflict_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
    if selected:
        painter.setPen(style.selected_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 4, 4)
    metrics = style.metrics
    line = metrics.lineSpacing()
    icon_size = max(8.0, min(line * 0.7, rect.height() - 4))
    pad = 3.0
    inner = rect.adjusted(strip_width + pad if not rtl else pad, 2, -(strip_width + pad) if rtl else -pad, -2)
    icon_x = inner.right() - icon_size if rtl else inner.left()
    icon_rect = QRectF(icon_x, inner.top() + (min(line, inner.height()) - icon_size) / 2, icon_size, icon_size)
    text_rect = inner.adjusted(0 if rtl else icon_size + pad, 0, -(icon_size + pad) if rtl else 0, 0)
    if text_rect.width() < style.narrow_text:
        # A narrow block (dense zoom, side-by-side lessons): the name takes the whole first line and
        # the status icon moves to the second line when there is one (the tooltip always tells it).
        text_rect = inner
        if inner.height() < 2 * line:
            icon_rect = QRectF()
        else:
            icon_rect.translate(0, line)
            text_rect = QRectF(inner.x(), inner.y(), inner.width(), line)
    if not icon_rect.isNull():
        paint_status_icon(painter, style, block.icon, icon_rect)
    if text_rect.width() < 6:
        return
    painter.setPen(style.cancelled_text if cancelled else text_color)
    painter.setFont(style.struck if cancelled else style.bold)
    width = int(text_rect.width())
    title_metrics = metrics if cancelled else style.bold_metrics
    painter.drawText(text_rect, _LINE, title_metrics.elidedText(block_title(block), _ELIDE, width))
    if text_rect.height() >= 2 * line:
        painter.setFont(style.struck if cancelled else style.font)
        lesson = block.lesson
        when = f"\u2066{clock(lesson.datetime_start, zone)}–{clock(lesson.datetime_end, zone)}\u2069"
        third = text_rect.height() >= 3 * line
        detail = when if third else f"{when} {block.service_name}"
        # Times and service names repeat all over the day: drawn from prepared static text.
        style.draw_line(painter, text_rect.adjusted(0, line, 0, 0), detail, width, rtl)
        if third:
            style.draw_line(painter, text_rect.adjusted(0, 2 * line, 0, 0), block.service_name, width, rtl)


def paint_status_icon(painter: QPainter, style: GridStyle, icon: StatusIcon, rect: QRectF) -> None:
    """The status dot: ⚫ 🟢 🔴, 🟡 with an exclamation mark, grey struck through when cancelled."""
    painter.setPen(style.status_outline)
    painter.setBrush(style.status_brushes[icon])
    painter.drawEllipse(rect)
    if icon is StatusIcon.CANCELLED:
        pen = QPen(style.status_outline)
        pen.setWidthF(1.5)
        painter.setPen(pen)
        painter.drawLine(QLineF(rect.bottomLeft(), rect.topRight()))
    elif icon is StatusIcon.ATTENTION:
        pen = QPen(QColor("#000000"), max(1.0, rect.width() / 7))
        painter.setPen(pen)
        center = rect.center()
        top = rect.top() + rect.height() * 0.22
        painter.drawLine(QLineF(center.x(), top, center.x(), center.y() + rect.height() * 0.1))
        painter.drawPoint(QPointF(center.x(), rect.bottom() - rect.height() * 0.2))
