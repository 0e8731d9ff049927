"""The cache holds personal data (dates of birth, medical flags, guardians' phones): owner-only.

On Linux and macOS the folders this app creates are 0700 and the cache file 0600 before SQLite
first opens it; SQLite gives its WAL and shared-memory files the database file's permissions, and
a damaged file set aside keeps them. Folders that already existed (a path the user chose) are left
as they are. On Windows the cache lives in the user's profile (`%LOCALAPPDATA%`), which only that
user can read; file modes there are not used.
"""

from __future__ import annotations

import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
_POSIX = os.name == "posix"


def private_folder(folder: Path) -> None:
    """Create `folder` and any missing parents, owner-only."""
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        path.mkdir(mode=FOLDER_MODE, exist_ok=True)
        if _POSIX:
            os.chmod(path, FOLDER_MODE)  # mkdir's mode is filtered by the umask


def private_file(path: Path) -> None:
    """Create `path` empty if missing, and make it (and SQLite's companions) owner-only."""
    private_folder(path.parent)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE))
    restrict(path)


def restrict(path: Path) -> None:
    """Owner-only modes on a database file and its WAL and shared-memory files, where they exist."""
    if not _POSIX:
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.chmod(companion, FILE_MODE)
