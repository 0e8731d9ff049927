"""The daily cash-up sheet (סגירת קופה), A4 right-to-left, printed or saved as PDF.

An HTML page laid out by `QTextDocument` in the interface's direction, sent to the same A4 PDF
printer as the day sheet (`ui/calendar/printing.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter, QTextDocument, QTextOption
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from reinex_desktop.domain.payments.cashup import CashUp, CashUpLine
from reinex_desktop.domain.payments.payments import PaymentMethod
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.ui.calendar.printing import SheetKind, pdf_printer
from reinex_desktop.ui.formats import long_date, money
from reinex_desktop.ui.payments.payment_dialog import method_name

CONTEXT = "CashUpSheet"
LABELS = {
    "group": QT_TRANSLATE_NOOP("CashUpSheet", "Group"),
    "payments": QT_TRANSLATE_NOOP("CashUpSheet", "Payments"),
    "amount": QT_TRANSLATE_NOOP("CashUpSheet", "Amount"),
    "title": QT_TRANSLATE_NOOP("CashUpSheet", "Cash-up for {day}"),
    "printed": QT_TRANSLATE_NOOP("CashUpSheet", "Printed {moment}"),
    "by_method": QT_TRANSLATE_NOOP("CashUpSheet", "By method"),
    "by_person": QT_TRANSLATE_NOOP("CashUpSheet", "By person"),
    "voids": QT_TRANSLATE_NOOP("CashUpSheet", "Voided payments"),
    "none": QT_TRANSLATE_NOOP("CashUpSheet", "None."),
    "total": QT_TRANSLATE_NOOP("CashUpSheet", "Total: {count} payments, {amount}"),
}
VOID_COLUMNS = (
    QT_TRANSLATE_NOOP("CashUpSheet", "Method"),
    QT_TRANSLATE_NOOP("CashUpSheet", "Amount"),
    QT_TRANSLATE_NOOP("CashUpSheet", "Taken by"),
    QT_TRANSLATE_NOOP("CashUpSheet", "Voided by"),
    QT_TRANSLATE_NOOP("CashUpSheet", "Reason"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _row(cells: list[str], *, tag: str = "td") -> str:
    """One table row; Qt's rich text lays tables out left to right, so a right-to-left sheet reverses them."""
    ordered = reversed(cells) if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else cells
    return "<tr>" + "".join(f"<{tag}>{cell}</{tag}>" for cell in ordered) + "</tr>"


def _rows(lines: tuple[CashUpLine, ...], name: Callable[[str], str]) -> str:
    return "".join(_row([escape(name(line.key)), str(line.count), escape(money(line.total))]) for line in lines)


def cashup_html(cashup: CashUp, *, clinic: str, printed_at: str) -> str:
    """The sheet's HTML: totals by method and by person, the voided payments, the day's total."""
    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    text = {key: escape(_tr(source)) for key, source in LABELS.items()}
    table = '<table border="1" cellpadding="4" cellspacing="0" width="100%">'
    head = _row([text["group"], text["payments"], text["amount"]], tag="th")
    by_method = _rows(cashup.by_method, lambda key: method_name(PaymentMethod(key)))
    by_person = _rows(cashup.by_person, str)
    voids = "".join(
        _row(
            [
                escape(value)
                for value in (
                    method_name(p.method),
                    money(p.amount),
                    p.taken_by,
                    p.voided_by or "",
                    p.void_reason or "",
                )
            ]
        )
        for p in cashup.voids
    )
    void_head = _row([escape(_tr(source)) for source in VOID_COLUMNS], tag="th")
    void_part = f"{table}{void_head}{voids}</table>" if voids else f"<p>{text['none']}</p>"
    title = text["title"].format(day=escape(long_date(cashup.day)))
    printed = text["printed"].format(moment=escape(printed_at))
    total = text["total"].format(count=cashup.count, amount=escape(money(cashup.total)))
    return (
        f'<html dir="{"rtl" if rtl else "ltr"}"><body><h2>{title}</h2><p>{escape(clinic)} · {printed}</p>'
        f"<h3>{text['by_method']}</h3>{table}{head}{by_method}</table>"
        f"<h3>{text['by_person']}</h3>{table}{head}{by_person}</table>"
        f"<h3>{text['voids']}</h3>{void_part}<h2>{total}</h2></body></html>"
    )


def cashup_document(cashup: CashUp, *, clinic: str, printed_at: str) -> QTextDocument:
    document = QTextDocument()
    option = QTextOption()
    option.setTextDirection(QApplication.layoutDirection())
    document.setDefaultTextOption(option)
    document.setHtml(cashup_html(cashup, clinic=clinic, printed_at=printed_at))
    return document


def save_cashup_pdf(cashup: CashUp, path: Path, *, clinic: str, printed_at: str) -> None:
    printer: QPrinter = pdf_printer(path, SheetKind.PER_INSTRUCTOR)
    printer.setDocName(_tr(QT_TRANSLATE_NOOP("CashUpSheet", "Cash-up")))
    cashup_document(cashup, clinic=clinic, printed_at=printed_at).print_(printer)


def render_cashup(cashup: CashUp, *, clinic: str, printed_at: str, width: int = 800) -> QImage:
    """The sheet as an image (for a preview, and for a person to look at in tests)."""
    document = cashup_document(cashup, clinic=clinic, printed_at=printed_at)
    document.setPageSize(QSizeF(width, 10_000))
    height = int(document.size().height()) + 20
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    return image
