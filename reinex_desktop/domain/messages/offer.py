"""The waiting-list offer: a freed slot offered to a waiting family (issue "Fill this slot").

The clinic words it in Settings (`templates.MessageKind.WAITING_LIST_OFFER`); it says what every
lesson message says about the slot (`templates.MessageFacts`), but `{question}` asks whether the
student can come then, in the student's grammatical gender (`hebrew_forms`), or neutral.
"""

from __future__ import annotations

from dataclasses import dataclass

from reinex_desktop.domain.messages.hebrew_forms import offer_question
from reinex_desktop.domain.messages.templates import MessageFacts


@dataclass(frozen=True, slots=True)
class OfferFacts(MessageFacts):
    """What an offer says about the slot, in the clinic's local time."""

    def values(self) -> dict[str, str]:
        values = MessageFacts.values(self)
        values["question"] = offer_question(self.student_first_name, self.gender)
        return values
