"""What goes into the Reinex bundle, in one place: read by the PyInstaller spec, the build script and the tests.

The rules are written so that new code and resources are picked up without editing this file:
every module of the `reinex_desktop` package (handlers and CLI commands are imported by name at run
time), every non-code file inside the package (fonts, icons, stylesheets, `.qm` translations, the
schema SQL), the OS keyring backends, the database drivers and the IANA time-zone data.

Only the standard library is imported at module level; the functions that ask PyInstaller live at
the bottom and import it lazily, so the tests can use this module without PyInstaller installed.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING_DIR = ROOT / "packaging"
PACKAGE = "reinex_desktop"
PACKAGE_DIR = ROOT / PACKAGE
TRANSLATIONS_DIR = ROOT / "translations"

#: Executable and bundle folder name; also the per-user data folder name (platformdirs) of the app.
APP_NAME = "reinex-desktop"
DISPLAY_NAME = "Reinex"
PUBLISHER = "Reinex"
DESCRIPTION = "Reinex desktop: the reception desk of therapeutic-riding and paramedical clinics"
#: Reverse-DNS id shared by the Linux desktop entry, the AppStream metadata and the running app.
DESKTOP_ID = "com.thepcrunners.ReinexDesktop"
#: Inno Setup AppId. Never change it: Windows finds the installed copy to upgrade or remove by it.
WINDOWS_APP_ID = "8C1F4E52-6B7A-4D35-9E0C-2A7B5D3F1E64"

#: Distributions whose metadata the app reads at run time (`importlib.metadata`): the app's own
#: version, keyring's entry points (through which it finds the OS backends), and the versions that
#: psycopg and holidays look up when imported.
METADATA_DISTRIBUTIONS = ("reinex-desktop", "keyring", "psycopg", "psycopg-binary", "holidays")
#: Data files of third-party packages the app reads at run time: package → glob patterns inside it.
THIRD_PARTY_DATA = {
    # the clinic's time zone where the OS has no tz database (Windows)
    "tzdata": ("zoneinfo/**/*",),
    # names of the Israeli holidays in Hebrew and English (gettext catalogs)
    "holidays": ("locale/he/LC_MESSAGES/*.mo", "locale/en_US/LC_MESSAGES/*.mo"),
}
#: Packages bundled whole (every submodule), because they are imported by name at run time.
DYNAMIC_PACKAGES = ("reinex_desktop", "keyring.backends", "psycopg", "tzdata")
#: Parts of the package the app never imports: development tools that need the test extra.
DEVELOPMENT_MODULES = ("reinex_desktop.bff_server",)
#: Modules that must never ship: test-only keyrings (plaintext passwords), test and dev tools.
EXCLUDED_MODULES = (
    *DEVELOPMENT_MODULES,
    "keyrings",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "starlette",
    "uvicorn",
    "mypy",
    "ruff",
    "importlinter",
    "tkinter",
    "PyInstaller",
)
#: Of Qt's own translations only the languages the app speaks are shipped.
LANGUAGES = ("he", "en")

ICON_DIR = PACKAGE_DIR / "resources" / "icons"
WINDOWS_ICON = ICON_DIR / "reinex.ico"
LINUX_DIR = PACKAGING_DIR / "linux"
WINDOWS_DIR = PACKAGING_DIR / "windows"
DESKTOP_FILE = LINUX_DIR / f"{DESKTOP_ID}.desktop"
METAINFO_FILE = LINUX_DIR / f"{DESKTOP_ID}.metainfo.xml"
INNO_SCRIPT = WINDOWS_DIR / "reinex-desktop.iss"

_CODE_SUFFIXES = {".py", ".pyc", ".pyo", ".pyd", ".so"}


def project_version() -> str:
    """The version in pyproject.toml: the one source of every version number the bundle carries."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Windows wants four numbers: `1.2.3rc1` → (1, 2, 3, 0)."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0].split("rc")[0])[:3]]
    major, minor, patch = [*numbers, 0, 0, 0][:3]
    return major, minor, patch, 0


def package_resources() -> list[Path]:
    """Every file of the package that is not code: each must be in the bundle at the same relative path."""
    return sorted(
        path
        for path in PACKAGE_DIR.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.suffix not in _CODE_SUFFIXES
        and not _development(".".join(path.relative_to(ROOT).parent.parts))
    )


def package_modules() -> list[str]:
    """Every module of the package (the app imports handlers and commands by name, so all must be inside)."""
    modules = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__main__" and len(parts) > 2:
            continue  # `python -m reinex_desktop.i18n` is a developer tool, not part of the app
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if not _development(name):
            modules.append(name)
    return modules


def _development(module: str) -> bool:
    return any(module == name or module.startswith(f"{name}.") for name in DEVELOPMENT_MODULES)


def expected_translations() -> list[str]:
    """The `.qm` files the bundle must carry: one per `translations/*.ts` catalog."""
    return sorted(path.with_suffix(".qm").name for path in TRANSLATIONS_DIR.glob("*.ts"))


def bundle_executable(dist_dir: Path, console: bool = False) -> Path:
    """The main executable inside a built one-folder bundle."""
    name = f"{APP_NAME}-cli" if console and sys.platform == "win32" else APP_NAME
    return dist_dir / APP_NAME / (f"{name}.exe" if sys.platform == "win32" else name)


def contents_dir(dist_dir: Path) -> Path:
    """Where PyInstaller puts the libraries and data files of the bundle."""
    return dist_dir / APP_NAME / "_internal"


#: Where PySide6 keeps Qt's plugins and translations (the Windows wheels have no `Qt` level).
QT_DIR = "PySide6" if sys.platform == "win32" else "PySide6/Qt"

#: Files the bundle must hold beyond the package and `THIRD_PARTY_DATA`, relative to its contents
#: folder (glob patterns), with the reason. Qt reads these itself, out of Python's sight.
REQUIRED_THIRD_PARTY = {
    f"{QT_DIR}/translations/qtbase_he.qm": "Qt's standard buttons and dialogs in Hebrew",
    "keyring-*.dist-info/entry_points.txt": "keyring finds the OS backends through its entry points",
    "reinex_desktop*-info": "the app's version (package metadata)",
    f"{QT_DIR}/plugins/platforms/*offscreen*": "Qt's offscreen platform (the smoke test, headless exports)",
    f"{QT_DIR}/plugins/imageformats/*": "Qt image formats (icons, screenshots)",
}
if sys.platform == "win32":
    REQUIRED_THIRD_PARTY[f"{QT_DIR}/plugins/platforms/qwindows.dll"] = "the Windows platform plugin"
    REQUIRED_THIRD_PARTY["**/libpq*.dll"] = "PostgreSQL client library of psycopg's binary build"
elif sys.platform.startswith("linux"):
    REQUIRED_THIRD_PARTY[f"{QT_DIR}/plugins/platforms/libqxcb.so"] = "the X11 platform plugin"
    REQUIRED_THIRD_PARTY[f"{QT_DIR}/plugins/platforms/libqwayland*.so"] = "the Wayland platform plugin"
    REQUIRED_THIRD_PARTY["**/libpq*.so*"] = "PostgreSQL client library of psycopg's binary build"

#: Modules the app imports by name at run time; each must be inside the bundle's module archive.
REQUIRED_MODULES = (
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg",
    "psycopg_binary",
    "psycopg_binary.pq",
    "psycopg_binary._psycopg",
    "keyring.backends.SecretService",
    "keyring.backends.Windows",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "tzdata",
    "platformdirs",
)
if sys.platform == "win32":  # Windows Credential Manager
    REQUIRED_MODULES += ("win32ctypes.pywin32.win32cred",)
elif sys.platform.startswith("linux"):  # the desktop's Secret Service over D-Bus
    REQUIRED_MODULES += ("secretstorage", "jeepney")


def package_location(package: str) -> Path:
    """The folder of an installed package, found without importing it."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"package {package} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def third_party_data() -> list[tuple[Path, str]]:
    """(source file, path inside the bundle) of every `THIRD_PARTY_DATA` file."""
    files = []
    for package, patterns in THIRD_PARTY_DATA.items():
        folder = package_location(package)
        for pattern in patterns:
            for path in sorted(folder.glob(pattern)):
                if path.is_file() and "__pycache__" not in path.parts and path.suffix not in _CODE_SUFFIXES:
                    files.append((path, "/".join((*package.split("."), *path.relative_to(folder).parts))))
    return files


def bundled_data() -> list[tuple[Path, str]]:
    """(source file, path inside the bundle) of every data file the spec puts in the bundle."""
    own = [(path, path.relative_to(ROOT).as_posix()) for path in package_resources()]
    return own + third_party_data()


# --- the parts that need PyInstaller (used by the spec and the build) ------------------------------------


def hidden_imports() -> list[str]:
    from PyInstaller.utils.hooks import collect_submodules

    def wanted(name: str) -> bool:
        if _development(name):
            return False
        return not name.endswith(".__main__") or name == f"{PACKAGE}.__main__"

    modules: list[str] = []
    for package in DYNAMIC_PACKAGES:
        modules.extend(collect_submodules(package, filter=wanted))
    return sorted(set(modules) | set(REQUIRED_MODULES) | set(package_modules()))


def data_files() -> list[tuple[str, str]]:
    """(source, destination folder) pairs for PyInstaller's `datas`."""
    from PyInstaller.utils.hooks import copy_metadata

    datas = [(str(source), str(Path(destination).parent)) for source, destination in bundled_data()]
    for distribution in METADATA_DISTRIBUTIONS:
        datas.extend(copy_metadata(distribution))
    return datas


def keep_qt_translation(destination: str) -> bool:
    """False for Qt's own translations in languages the app does not speak (they are most of their weight)."""
    name = Path(destination).name
    if "translations" not in Path(destination).parts or not name.endswith(".qm"):
        return True
    return any(name.endswith(f"_{language}.qm") for language in LANGUAGES)


def version_resource():  # -> PyInstaller VSVersionInfo
    """The Windows version resource of the executables, from the package version."""
    from PyInstaller.utils.win32 import versioninfo as vi

    version = project_version()
    numbers = version_tuple(version)
    strings = [
        vi.StringStruct("CompanyName", PUBLISHER),
        vi.StringStruct("FileDescription", DESCRIPTION),
        vi.StringStruct("FileVersion", version),
        vi.StringStruct("InternalName", APP_NAME),
        vi.StringStruct("LegalCopyright", f"© {PUBLISHER}"),
        vi.StringStruct("OriginalFilename", f"{APP_NAME}.exe"),
        vi.StringStruct("ProductName", DISPLAY_NAME),
        vi.StringStruct("ProductVersion", version),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers, mask=0x3F, flags=0, OS=0x40004, fileType=1),
        kids=[
            vi.StringFileInfo([vi.StringTable("040904B0", strings)]),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 0x04B0])]),
        ],
    )
