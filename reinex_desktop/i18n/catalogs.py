"""Translation catalogs: which sources feed which `.ts` file, and building the `.qm` files.

A module in an area subpackage (`reinex_desktop/<layer>/<area>/…`) belongs to the catalog
`<area>`; every other module belongs to `reinex`. So each feature owns its own `.ts` file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from xml.etree import ElementTree

PACKAGE_DIR = Path(__file__).resolve().parent.parent
SOURCE_ROOT = PACKAGE_DIR.parent
TRANSLATIONS_DIR = SOURCE_ROOT / "translations"
QM_DIR = PACKAGE_DIR / "resources" / "i18n"
LAYERS = ("domain", "data", "sync", "services", "ui")
LANGUAGES = ("he",)
#: The source language itself needs a catalog only for its `%n` plural forms ("1 family", "2 families").
PLURAL_LANGUAGE = "en"
CORE = "reinex"


def catalog_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR).parts
    if len(parts) >= 3 and parts[0] in LAYERS:
        return parts[1]
    return CORE


def sources_by_catalog() -> dict[str, list[Path]]:
    catalogs: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        catalogs[catalog_of(path)].append(path)
    return dict(catalogs)


def ts_path(catalog: str, language: str) -> Path:
    return TRANSLATIONS_DIR / f"{catalog}_{language}.ts"


def _tool(name: str) -> list[str]:
    return [
        sys.executable,
        "-c",
        f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())",
    ]


def update_sources(directory: Path = TRANSLATIONS_DIR, only: str | None = None) -> list[Path]:
    """Run lupdate: add new source strings to each catalog (unfinished), drop vanished ones."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for catalog, sources in sources_by_catalog().items():
        if only and catalog != only:
            continue
        for language in LANGUAGES:
            target = directory / f"{catalog}_{language}.ts"
            files = [os.path.relpath(path, directory) for path in sources]
            if not target.exists() and not _has_strings(sources):
                continue
            subprocess.run(
                [
                    *_tool("lupdate"),
                    *files,
                    "-ts",
                    target.name,
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-silent",
                ],
                cwd=directory,
                check=True,
            )
            written.append(target)
        plurals = directory / f"{catalog}_{PLURAL_LANGUAGE}.ts"
        if plurals.exists() or _has_numerus(directory / f"{catalog}_{LANGUAGES[0]}.ts"):
            files = [os.path.relpath(path, directory) for path in sources]
            subprocess.run(
                [
                    *_tool("lupdate"),
                    *files,
                    "-ts",
                    plurals.name,
                    "-pluralonly",
                    "-source-language",
                    PLURAL_LANGUAGE,
                    "-target-language",
                    PLURAL_LANGUAGE,
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-silent",
                ],
                cwd=directory,
                check=True,
            )
            written.append(plurals)
    return [path for path in written if _message_count(path)] or written


def _has_numerus(path: Path) -> bool:
    return path.exists() and bool(ElementTree.parse(path).getroot().findall("./context/message[@numerus='yes']"))


def _has_strings(sources: list[Path]) -> bool:
    markers = ("self.tr(", "translate(", "QT_TRANSLATE_NOOP(")
    return any(any(marker in path.read_text(encoding="utf-8") for marker in markers) for path in sources)


def _message_count(path: Path) -> int:
    return len(ElementTree.parse(path).getroot().findall("./context/message")) if path.exists() else 0


def unfinished(path: Path) -> dict[str, list[str]]:
    """Messages of a `.ts` file without a finished translation, by context."""
    missing: dict[str, list[str]] = defaultdict(list)
    for context in ElementTree.parse(path).getroot().findall("context"):
        name = context.findtext("name", "")
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "vanished":
                continue
            if translation is None or translation.get("type") == "unfinished" or not _translated(translation):
                missing[name].append(message.findtext("source", ""))
    return dict(missing)


def _translated(translation: ElementTree.Element) -> bool:
    """A plain message has its text; a `%n` (numerus) message has every plural form."""
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool(translation.text)


def fill(path: Path, translations: dict[str, dict[str, str | list[str]]]) -> int:
    """Write translations {context: {source: text}} into a `.ts` file; returns how many were set.

    A `%n` message takes a list with its plural forms in the language's order (one text is used
    for every form)."""
    tree = ElementTree.parse(path)
    count = 0
    for context in tree.getroot().findall("context"):
        chosen = translations.get(context.findtext("name", ""), {})
        for message in context.findall("message"):
            text = chosen.get(message.findtext("source", ""))
            translation = message.find("translation")
            if text and translation is not None:
                forms = translation.findall("numerusform")
                if forms:
                    texts = text if isinstance(text, list) else [text] * len(forms)
                    for form, form_text in zip(forms, texts, strict=False):
                        form.text = form_text
                else:
                    translation.text = text if isinstance(text, str) else text[0]
                translation.attrib.pop("type", None)
                count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return count


def build_qm(source_dir: Path = TRANSLATIONS_DIR, target_dir: Path = QM_DIR) -> list[Path]:
    """Compile every `.ts` file to `.qm` (the one build used by the app, the tests and packaging)."""
    target_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts_file in sorted(source_dir.glob("*.ts")):
        qm_file = target_dir / ts_file.with_suffix(".qm").name
        subprocess.run([*_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
        built.append(qm_file)
    return built


def qm_stale(source_dir: Path = TRANSLATIONS_DIR, target_dir: Path = QM_DIR) -> bool:
    """True in a source checkout whose `.ts` files are newer than the built `.qm` files."""
    if not source_dir.is_dir():
        return False
    for ts_file in source_dir.glob("*.ts"):
        qm_file = target_dir / ts_file.with_suffix(".qm").name
        if not qm_file.exists() or qm_file.stat().st_mtime < ts_file.stat().st_mtime:
            return True
    return False
