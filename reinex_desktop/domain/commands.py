"""Commands: the writes a user asks for, as plain frozen dataclasses.

A command says *what* should change (book this lesson, mark this participant attended) and carries
no infrastructure. The sync layer wraps it in a `Mutation` (id, actor, base version), queues it,
and a gateway applies it exactly once. Every command class registers itself under its `KIND`, so a
command that travelled as JSON (outbox, HTTP) decodes back to its class.
"""

from __future__ import annotations

from typing import ClassVar


class Command:
    """Base of every command; subclasses are frozen dataclasses with a unique `KIND`."""

    KIND: ClassVar[str]
    _registry: ClassVar[dict[str, type[Command]]] = {}

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        kind = cls.__dict__.get("KIND")
        if kind:
            Command._registry[kind] = cls

    @classmethod
    def class_for(cls, kind: str) -> type[Command]:
        try:
            return Command._registry[kind]
        except KeyError:
            raise LookupError(f"unknown command kind {kind!r}") from None

    @classmethod
    def kinds(cls) -> tuple[str, ...]:
        return tuple(sorted(Command._registry))
