"""Choosing where the desk's data lives: the connection dialog's use cases.

The profile goes to the config file, the password or token to the OS keyring; nothing is saved
when the profile has a problem or no secure keyring is available. A new profile is used from the
next start of the app (the composition root reads it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.identity import managers_only
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.sync.profile import (
    BackendKind,
    ConnectionCheck,
    ConnectionProfile,
    binding_problems,
    no_keyring_message,
    password_in,
    strip_password,
    validate_profile,
)
from reinex_desktop.domain.text import Message
from reinex_desktop.sync.connection import check_connection, record_binding
from reinex_desktop.sync.credentials import InsecureKeyring, ProfileStore, SecretStore

#: Records a database profile's binding in the tenant's audit trail: the refusal, or None when recorded.
Binder = Callable[[ConnectionProfile, str | None, Actor], Message | None]


class ConnectionService:
    def __init__(
        self, profiles: ProfileStore | None = None, secrets: SecretStore | None = None, *, binder: Binder | None = None
    ) -> None:
        self._profiles = profiles or ProfileStore()
        self._secrets = secrets
        self._binder = binder or record_binding

    def _secret_store(self) -> SecretStore:
        if self._secrets is None:
            self._secrets = SecretStore()
        return self._secrets

    def current(self) -> ConnectionProfile:
        """The saved active profile, or the embedded demo clinic."""
        return self._profiles.active() or ConnectionProfile(BackendKind.EMBEDDED)

    def has_secret(self, profile: ConnectionProfile) -> bool:
        try:
            return bool(self._secret_store().get(profile))
        except InsecureKeyring:
            return False

    def problems(self, profile: ConnectionProfile, secret: str | None) -> list[Message]:
        return validate_profile(_without_password(profile), secret)

    def check(self, profile: ConnectionProfile, secret: str | None) -> ConnectionCheck | list[Message]:
        """Test the connection; returns the problems of the form instead when it is not complete.

        An empty `secret` means "the one saved for this profile"."""
        profile, secret = _split_password(profile, secret)
        problems = validate_profile(profile, None)
        if problems:
            return problems
        if not secret and profile.kind is not BackendKind.EMBEDDED:
            try:
                secret = self._secret_store().get(profile)
            except InsecureKeyring:
                secret = None
        return check_connection(profile, secret)

    def save(self, profile: ConnectionProfile, secret: str | None, *, decided_by: Actor | None = None) -> list[Message]:
        """Save and activate `profile`; returns the problems that prevented it (nothing saved then).

        Connection profile storage, REQUIREMENTS "Backends and offline": secrets only in the keyring.
        A database profile's role and staff member are an Owner's or Admin's decision (`decided_by`),
        recorded in the tenant's audit trail before the profile is saved."""
        profile, secret = _split_password(profile, secret)
        problems = validate_profile(profile, secret if secret else None)
        if profile.kind is BackendKind.DATABASE:
            problems.extend(binding_problems(profile))
        if problems:
            return problems
        if profile.kind is BackendKind.DATABASE:
            refusal = self._record_binding(profile, secret, decided_by)
            if refusal is not None:
                return [refusal]
        if secret and profile.kind is not BackendKind.EMBEDDED:
            try:
                self._secret_store().set(profile, secret)
            except InsecureKeyring:
                return [no_keyring_message()]
        self._profiles.save(profile)
        return []

    def _record_binding(
        self, profile: ConnectionProfile, secret: str | None, decided_by: Actor | None
    ) -> Message | None:
        if decided_by is None:  # nobody signed in decided it
            return managers_only(Role.READ_ONLY).message
        if not secret:
            try:
                secret = self._secret_store().get(profile)
            except InsecureKeyring:
                secret = None
        return self._binder(profile, secret, decided_by)


def _without_password(profile: ConnectionProfile) -> ConnectionProfile:
    return _split_password(profile, None)[0]


def _split_password(profile: ConnectionProfile, secret: str | None) -> tuple[ConnectionProfile, str | None]:
    """A password typed into the database address moves to the secret; the address keeps none."""
    typed = password_in(profile.database_url) if profile.kind is BackendKind.DATABASE else None
    if typed is None:
        return profile, secret
    cleaned = replace(profile, database_url=strip_password(profile.database_url))
    return cleaned, secret or typed
