"""Display names of the money vocabularies: payer modes, payers, confirmation channels; shekel amounts."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from reinex_desktop.domain.attendance.rules import ConfirmationChannel
from reinex_desktop.domain.charging.settings import PayerMode, PayerRule
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.ui.formats import money

_MODES = {
    PayerMode.PRIVATE: QT_TRANSLATE_NOOP("MoneyLabels", "Family pays"),
    PayerMode.COPAY: QT_TRANSLATE_NOOP("MoneyLabels", "Co-payment, the rest to the HMO"),
    PayerMode.HMO_PAYS: QT_TRANSLATE_NOOP("MoneyLabels", "HMO pays (Form 17)"),
    PayerMode.REIMBURSED: QT_TRANSLATE_NOOP("MoneyLabels", "Family pays, HMO reimburses"),
}

_PAYERS = {
    "private": QT_TRANSLATE_NOOP("MoneyLabels", "Private"),
    "package": QT_TRANSLATE_NOOP("MoneyLabels", "Package"),
    "clalit": QT_TRANSLATE_NOOP("MoneyLabels", "Clalit"),
    "meuhedet": QT_TRANSLATE_NOOP("MoneyLabels", "Meuhedet"),
    "leumit": QT_TRANSLATE_NOOP("MoneyLabels", "Leumit"),
    "maccabi": QT_TRANSLATE_NOOP("MoneyLabels", "Maccabi"),
}

_CHANNELS = {
    ConfirmationChannel.WHATSAPP: QT_TRANSLATE_NOOP("MoneyLabels", "WhatsApp"),
    ConfirmationChannel.PHONE: QT_TRANSLATE_NOOP("MoneyLabels", "Phone call"),
    ConfirmationChannel.EMAIL: QT_TRANSLATE_NOOP("MoneyLabels", "E-mail"),
    ConfirmationChannel.IN_PERSON: QT_TRANSLATE_NOOP("MoneyLabels", "In person"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate("MoneyLabels", source)


def payer_mode_label(mode: PayerMode) -> str:
    return _tr(_MODES[mode])


def payer_label(code: str, rule: PayerRule | None = None) -> str:
    """The payer's name: the clinic's own label, a known payer's name, or the code itself."""
    if code in _PAYERS:
        return _tr(_PAYERS[code])
    if rule is not None and rule.label:
        return rule.label
    return code


def shekels(amount: Decimal) -> str:
    """An amount in shekels, as the locale writes money."""
    return money(amount)
