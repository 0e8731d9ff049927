"""Every user-visible string has a finished Hebrew translation, and the catalogs are up to date."""

from __future__ import annotations

import shutil
from pathlib import Path

from reinex_desktop.i18n import catalogs


def test_every_source_string_has_a_finished_hebrew_translation(tmp_path: Path) -> None:
    copy = tmp_path / "translations"
    shutil.copytree(catalogs.TRANSLATIONS_DIR, copy)
    catalogs.update_sources(copy)  # adds any string the sources use but the catalogs lack
    missing = {path.name: catalogs.unfinished(path) for path in sorted(copy.glob("*_he.ts"))}
    missing = {name: contexts for name, contexts in missing.items() if contexts}
    assert missing == {}, f"untranslated strings (run python -m reinex_desktop.i18n update/missing/fill): {missing}"


def test_catalogs_compile(tmp_path: Path) -> None:
    built = catalogs.build_qm(target_dir=tmp_path)
    assert built and all(path.stat().st_size > 0 for path in built)


def test_every_english_plural_form_is_written(tmp_path: Path) -> None:
    """English is the source language, but `%n` strings still need their singular ("1 family")."""
    copy = tmp_path / "translations"
    shutil.copytree(catalogs.TRANSLATIONS_DIR, copy)
    catalogs.update_sources(copy)
    missing = {path.name: catalogs.unfinished(path) for path in sorted(copy.glob(f"*_{catalogs.PLURAL_LANGUAGE}.ts"))}
    missing = {name: contexts for name, contexts in missing.items() if contexts}
    assert missing == {}, (
        f"plural forms missing (run python -m reinex_desktop.i18n missing en / fill FILE en): {missing}"
    )
