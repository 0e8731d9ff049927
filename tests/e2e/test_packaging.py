"""The installable app: what the bundle holds, the icons, the Windows installer script, the Linux
desktop metadata, and (slow, opt-in) the full build with its smoke test of the frozen executable.

The full build runs with REINEX_PACKAGING_TEST=1 (it needs the `package` extra: PyInstaller).
"""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

import reinex_desktop
from reinex_desktop.cli import COMMAND_MODULES
from reinex_desktop.data.demo.embedded import APP_NAME as DATA_FOLDER_NAME

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _load(name: str) -> ModuleType:
    """A module of packaging/ (no package: the name would shadow PyPI's `packaging`)."""
    qualified = f"reinex_packaging_{name}"
    if qualified not in sys.modules:
        spec = importlib.util.spec_from_file_location(qualified, PACKAGING / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[qualified] = module
        spec.loader.exec_module(module)
    return sys.modules[qualified]


manifest = _load("manifest")
icons = _load("icons")


# --- what the bundle holds -------------------------------------------------------------------------------

PROBE = textwrap.dedent(
    """
    import contextlib, io, json, os, sys
    opened = []

    def hook(event, args):
        if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
            opened.append(os.fsdecode(args[0]))

    sys.addaudithook(hook)
    from reinex_desktop.cli import main

    codes = [main(["--view", sys.argv[1], "--date", "2026-11-22", "--screenshot", sys.argv[2]])]
    with contextlib.redirect_stdout(io.StringIO()):
        codes.append(main(["about"]))
    with open(sys.argv[3], "w", encoding="utf-8") as out:
        json.dump({"codes": codes, "opened": opened}, out)
    """
)


def _site_packages() -> list[Path]:
    import sysconfig

    return sorted({Path(sysconfig.get_paths()[key]).resolve() for key in ("purelib", "platlib")})


def _ours_or_installed(path: Path) -> bool:
    """A file of the source tree or of an installed distribution (not the OS's, not the user's)."""
    return path.is_relative_to(ROOT) or any(path.is_relative_to(site) for site in _site_packages())


def test_every_file_the_app_reads_at_run_time_is_put_in_the_bundle(tmp_path: Path) -> None:
    """Start the app (calendar screenshot and `about`) and watch every file Python opens: each one from
    the package or an installed distribution must be one the bundle manifest carries. A new resource
    read from outside the package, or a library whose data or metadata is read at run time, fails here
    until packaging/manifest.py takes it in."""
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    out = tmp_path / "opened.json"
    env = {**os.environ, "REINEX_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    view = _load("build").calendar_view()
    result = subprocess.run(
        [sys.executable, str(probe), view, str(tmp_path / "window.png"), str(out)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["codes"] == [0, 0]

    bundled_sources = {source.resolve() for source, _ in manifest.bundled_data()}
    metadata = {re.sub(r"[-_.]+", "-", name).lower() for name in manifest.METADATA_DISTRIBUTIONS}
    uncovered = []
    for name in sorted(set(report["opened"])):
        path = Path(name)
        if not path.is_absolute():
            path = tmp_path / path
        if not path.is_file() or path.suffix in {".py", ".pyc", ".so", ".pyd"}:
            continue  # probes of absent files, and code (PyInstaller follows imports)
        path = path.resolve()
        if path.is_relative_to(tmp_path.resolve()):
            continue  # the data folder and the screenshot
        info = next((part for part in path.parts if part.endswith((".dist-info", ".egg-info"))), None)
        if info is not None:
            distribution = re.sub(r"[-_.]+", "-", info.rsplit(".", 1)[0].split("-")[0]).lower()
            if path.name == "entry_points.txt" or distribution in metadata:
                continue  # entry points are scanned in every distribution; only keyring's are needed
            uncovered.append(f"{path} (metadata of {distribution})")
        elif _ours_or_installed(path) and path not in bundled_sources:
            uncovered.append(str(path))
    assert uncovered == [], "read at run time but not bundled:\n" + "\n".join(uncovered)


def test_the_manifest_takes_in_modules_imported_by_name_and_every_runtime_resource() -> None:
    modules = set(manifest.package_modules())
    handlers = {
        f"reinex_desktop.sync.tenant_db.{p.stem}"
        for p in (ROOT / "reinex_desktop/sync/tenant_db").glob("handlers_*.py")
    }
    assert handlers and handlers <= modules
    assert {f"reinex_desktop.cli.{name}" for name in COMMAND_MODULES} <= modules
    assert "reinex_desktop.__main__" in modules
    assert "reinex_desktop.i18n.__main__" not in modules  # a developer tool
    assert not any(m.startswith("reinex_desktop.bff_server") for m in modules)  # a test server, never imported
    for development in manifest.DEVELOPMENT_MODULES:  # …and indeed never imported by the app
        for path in (ROOT / "reinex_desktop").rglob("*.py"):
            if not path.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".").startswith(development):
                assert f"import {development}" not in path.read_text(encoding="utf-8"), path
                assert f"from {development}" not in path.read_text(encoding="utf-8"), path

    inside = {destination for _, destination in manifest.bundled_data()}
    assert "reinex_desktop/data/sql/tenant_public_schema.sql" in inside
    assert {
        "reinex_desktop/resources/fonts/NotoSansHebrew-Regular.ttf",
        "reinex_desktop/resources/icons/reinex-256.png",
    } <= inside
    for qm in manifest.expected_translations():
        assert f"reinex_desktop/resources/i18n/{qm}" in inside, (
            f"{qm} is not built: run `python -m reinex_desktop.i18n build`"
        )
    assert "tzdata/zoneinfo/Asia/Jerusalem" in inside
    assert "holidays/locale/he/LC_MESSAGES/IL.mo" in inside
    assert not any("__pycache__" in destination or destination.endswith(".py") for destination in inside)
    assert "keyrings" in manifest.EXCLUDED_MODULES  # the plaintext test keyring never ships


def test_windows_version_numbers_come_from_the_package_version() -> None:
    assert manifest.project_version() == reinex_desktop.__version__, "reinstall: pip install -e ."
    assert manifest.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert manifest.version_tuple("1.12.3rc2") == (1, 12, 3, 0)
    assert manifest.version_tuple("2.0") == (2, 0, 0, 0)


# --- icons -----------------------------------------------------------------------------------------------


def test_every_icon_size_is_rendered_from_the_current_svg(qapp: object) -> None:
    from PySide6.QtGui import QImage

    for size in icons.PNG_SIZES:
        stored = QImage(str(icons.png_path(size)))
        assert (stored.width(), stored.height()) == (size, size)
        fresh = icons.render(size)
        stored = stored.convertToFormat(fresh.format())
        differing = sum(
            1
            for y in range(size)
            for x in range(size)
            if max(
                abs(a - b)
                for a, b in zip(fresh.pixelColor(x, y).getRgb(), stored.pixelColor(x, y).getRgb(), strict=True)
            )
            > 8
        )
        assert differing <= size * size // 100, f"reinex-{size}.png is out of date: run `python packaging/icons.py`"
        assert stored.pixelColor(0, 0).alpha() < 255 or size <= icons.SMALL_MAX  # rounded corners stay transparent


def test_the_windows_icon_holds_every_size_windows_asks_for(qapp: object) -> None:
    from PySide6.QtGui import QImageReader

    data = icons.ico_path().read_bytes()
    assert icons.read_ico_sizes(data) == list(icons.ICO_SIZES)
    assert {16, 20, 24, 32, 40, 48, 64, 256} <= set(icons.ICO_SIZES)
    reader = QImageReader(str(icons.ico_path()))
    assert reader.imageCount() == len(icons.ICO_SIZES)
    for index, size in enumerate(icons.ICO_SIZES):
        reader.jumpToImage(index)
        image = reader.read()
        assert image.width() == size
        middle = image.pixelColor(size // 2, size // 2)
        assert middle.alpha() == 255 and middle.red() > 200  # the light calendar page, colours not swapped


def test_windows_get_the_icon_and_the_desktop_entry(qapp: object) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from reinex_desktop.ui.app_icon import DESKTOP_ID, ICON_SIZES, apply_identity

    assert tuple(ICON_SIZES) == tuple(icons.PNG_SIZES)
    assert DESKTOP_ID == manifest.DESKTOP_ID
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_identity(app)
    assert set(app.windowIcon().availableSizes()) == {QSize(size, size) for size in ICON_SIZES}
    assert app.desktopFileName() == manifest.DESKTOP_ID


# --- the installation report -----------------------------------------------------------------------------


def test_about_reports_version_keyring_and_resources(capsys: pytest.CaptureFixture[str]) -> None:
    from reinex_desktop.cli import main

    assert main(["about"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["version"] == reinex_desktop.__version__
    assert report["frozen"] is False
    assert report["problems"] == []
    assert re.fullmatch(r"[\w.]+\.\w+", report["keyring"]["backend"])
    assert report["translations"]["qtbase_he"] == "loaded"
    assert report["schema_sql_bytes"] > 1000
    assert report["time_zone"]["summer_offset_hours"] == 3.0
    assert report["database_drivers"]["psycopg_implementation"] in {"binary", "c"}


def test_about_fails_when_a_resource_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reinex_desktop.cli import about, main

    monkeypatch.setattr(about, "_resource_dir", lambda *parts: tmp_path.joinpath(*parts))
    assert main(["about"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert any("Hebrew font" in problem for problem in problems)
    assert any("he translations" in problem for problem in problems)


# --- Linux desktop metadata and installer ----------------------------------------------------------------


def test_the_linux_desktop_entry_launches_the_app_with_its_icon() -> None:
    assert manifest.DESKTOP_FILE.name == f"{manifest.DESKTOP_ID}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(manifest.DESKTOP_FILE, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == section["TryExec"] == manifest.APP_NAME
    assert section["Icon"] == manifest.DESKTOP_ID
    assert section["Name"] == manifest.DISPLAY_NAME and section["Name[he]"]
    assert section["Comment[he]"] and section["GenericName[he]"]
    assert "Office" in section["Categories"].split(";")
    assert section["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(manifest.DESKTOP_FILE)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout, result.stdout


def test_the_appstream_metadata_names_the_app_and_its_current_release() -> None:
    component = ElementTree.parse(manifest.METAINFO_FILE).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == manifest.DESKTOP_ID
    assert component.findtext("launchable") == manifest.DESKTOP_FILE.name
    assert component.findtext("provides/binary") == manifest.APP_NAME
    assert {name.get(XML_LANG) for name in component.findall("name")} == {None, "he"}
    assert {summary.get(XML_LANG) for summary in component.findall("summary")} == {None, "he"}
    releases = [release.get("version") for release in component.findall("releases/release")]
    assert manifest.project_version() in releases, "add a <release> for the new version to the metainfo"
    if shutil.which("appstreamcli"):
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(manifest.METAINFO_FILE)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr


def _fake_stage(stage: Path) -> None:
    """A package folder laid out as the build stages it, with a one-line program standing in for the bundle."""
    program = stage / manifest.APP_NAME / manifest.APP_NAME
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\necho reinex-ok\n", encoding="utf-8")
    program.chmod(0o755)
    (stage / "share" / "applications").mkdir(parents=True)
    shutil.copy2(manifest.DESKTOP_FILE, stage / "share" / "applications")
    (stage / "share" / "metainfo").mkdir(parents=True)
    shutil.copy2(manifest.METAINFO_FILE, stage / "share" / "metainfo")
    apps = stage / "share" / "icons" / "hicolor" / "48x48" / "apps"
    apps.mkdir(parents=True)
    shutil.copy2(icons.png_path(48), apps / f"{manifest.DESKTOP_ID}.png")
    shutil.copy2(manifest.LINUX_DIR / "install.sh", stage / "install.sh")


def _install_sh(stage: Path, home: Path, *args: str) -> str:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    result = subprocess.run(
        ["sh", str(stage / "install.sh"), *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux installer script")
def test_the_linux_installer_keeps_local_data_unless_purged(tmp_path: Path) -> None:
    stage, home = tmp_path / "stage", tmp_path / "home"
    home.mkdir()
    _fake_stage(stage)
    _install_sh(stage, home)
    installed = home / ".local" / "opt" / manifest.APP_NAME / manifest.APP_NAME
    entry = (home / ".local/share/applications" / manifest.DESKTOP_FILE.name).read_text(encoding="utf-8")
    assert f"Exec={installed}\n" in entry and f"TryExec={installed}\n" in entry
    assert (home / ".local/share/icons/hicolor/48x48/apps" / f"{manifest.DESKTOP_ID}.png").is_file()
    assert (home / ".local/share/metainfo" / manifest.METAINFO_FILE.name).is_file()
    launcher = home / ".local" / "bin" / manifest.APP_NAME
    assert subprocess.run([str(launcher)], capture_output=True, text=True).stdout == "reinex-ok\n"

    data = home / ".local" / "share" / DATA_FOLDER_NAME
    data.mkdir(parents=True)
    (data / "demo.sqlite").write_bytes(b"clinic")
    assert "kept" in _install_sh(stage, home, "--uninstall")
    assert not installed.exists() and not launcher.exists() and not launcher.is_symlink()
    assert not (home / ".local/share/applications" / manifest.DESKTOP_FILE.name).exists()
    assert (data / "demo.sqlite").read_bytes() == b"clinic"

    _install_sh(stage, home)
    _install_sh(stage, home, "--uninstall", "--purge")
    assert not data.exists()


# --- Windows installer script ----------------------------------------------------------------------------


def _inno() -> tuple[str, dict[str, list[str]]]:
    text = manifest.INNO_SCRIPT.read_text(encoding="utf-8-sig")
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        elif line and not line.startswith(";") and current:
            sections[current].append(line)
    return text, sections


def _directives(lines: list[str]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith(("Name:", "Source:")))


def test_the_windows_installer_has_a_fixed_id_and_hebrew_and_english() -> None:
    text, sections = _inno()
    setup = _directives(sections["Setup"])
    assert setup["AppId"] == "{{" + manifest.WINDOWS_APP_ID + "}"
    assert re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", manifest.WINDOWS_APP_ID)
    assert setup["AppVersion"] == "{#AppVersion}" and setup["VersionInfoVersion"] == "{#AppVersionNumeric}"
    languages = [re.search(r'Name: "(\w+)"; MessagesFile: "([^"]+)"', line).groups() for line in sections["Languages"]]  # type: ignore[union-attr]
    assert languages == [("he", r"compiler:Languages\Hebrew.isl"), ("en", "compiler:Default.isl")]
    assert (manifest.WINDOWS_DIR / setup["SetupIconFile"].replace("\\", "/")).resolve() == manifest.WINDOWS_ICON
    assert setup["UninstallDisplayIcon"] == r"{app}\{#AppExe}"
    assert f'#define AppExe "{manifest.APP_NAME}.exe"' in text
    # every custom message exists in both languages
    custom = {line.split("=", 1)[0] for line in sections["CustomMessages"]}
    names = {entry.split(".", 1)[1] for entry in custom}
    assert custom == {f"{language}.{name}" for language in ("he", "en") for name in names}
    used = set(re.findall(r"\{cm:(\w+)", text)) | set(re.findall(r"CustomMessage\('(\w+)'\)", text))
    builtin = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}
    assert used - builtin <= names


def test_the_windows_installer_installs_per_user_or_per_machine_with_shortcuts() -> None:
    _, sections = _inno()
    setup = _directives(sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert "dialog" in setup["PrivilegesRequiredOverridesAllowed"].split()
    assert setup["DefaultDirName"].startswith("{autopf}")
    icons_section = " ".join(sections["Icons"])
    assert '"{autoprograms}\\{#AppName}"' in icons_section
    desktop = next(line for line in sections["Icons"] if "{autodesktop}" in line)
    assert "Tasks: desktopicon" in desktop
    assert any(line.startswith('Name: "desktopicon"') for line in sections["Tasks"])
    assert any("recursesubdirs" in line and "{#BundleDir}" in line for line in sections["Files"])


def test_the_windows_uninstaller_removes_local_data_only_when_asked() -> None:
    text, sections = _inno()
    assert f'#define DataFolder "{DATA_FOLDER_NAME}"' in text  # platformdirs: %LOCALAPPDATA%\\<app name>
    assert "UninstallDelete" not in sections  # nothing is deleted without asking
    code = "\n".join(sections["Code"])
    assert "ExpandConstant('{localappdata}\\{#DataFolder}')" in code
    # DelTree runs only under `if RemoveLocalData()`, whose question defaults to No (also in silent mode)
    assert re.search(r"if RemoveLocalData\(\) then\s+DelTree\(LocalDataDir\(\)", code)
    assert "MB_DEFBUTTON2, IDNO) = IDYES" in code
    assert "{param:PURGEDATA|no}" in code


# --- the full build (slow) -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict:
    if os.environ.get("REINEX_PACKAGING_TEST") != "1":
        pytest.skip("the full build runs with REINEX_PACKAGING_TEST=1 (needs the `package` extra)")
    pytest.importorskip("PyInstaller", reason="the `package` extra is not installed")
    build = _load("build")
    root = tmp_path_factory.mktemp("bundle")
    source = build.SourceSnapshot()
    env = {key: value for key, value in os.environ.items() if key != "PYTHON_KEYRING_BACKEND"}
    command = [sys.executable, str(PACKAGING / "build.py"), "--dist", str(root / "dist")]
    command += ["--artifacts", str(ROOT / "artifacts"), "--no-archive", "--runs", "2"]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1500)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    report = json.loads((root / "dist" / "build-report.json").read_text(encoding="utf-8"))
    return {"dist": root / "dist", "report": report, "source": source, "output": result.stdout}


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_the_build_smoke_tests_the_frozen_app(built: dict) -> None:
    smoke = built["report"]["smoke"]
    assert smoke["about"]["frozen"] is True
    assert smoke["about"]["version"] == manifest.project_version()
    assert smoke["about"]["problems"] == []
    assert smoke["keyring_backend"].startswith("keyring.backends.")
    assert smoke["about"]["keyring"]["plaintext_test_backend"] is False
    assert Path(smoke["screenshot"]).is_file() and smoke["screenshot_size"][0] >= 800
    assert smoke["view"] in {"day", "overview"}
    assert smoke["first_start_window_s"] > 0 and len(smoke["warm_start_window_s"]) == 2
    if sys.platform.startswith("linux") and shutil.which("strace"):
        assert smoke["traced_for_outside_reads"] is True
    if sys.platform.startswith("linux") and shutil.which("xvfb-run"):
        assert smoke["started_on_x11"] is True
    print(built["output"])


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_the_bundle_holds_everything_the_app_loads(built: dict) -> None:
    build = _load("build")
    dist: Path = built["dist"]
    contents = manifest.contents_dir(dist)
    assert build.missing_from_bundle(dist, built["source"]) == []
    package = contents / "reinex_desktop"
    assert (package / "data/sql/tenant_public_schema.sql").is_file()
    assert (package / "resources/fonts/NotoSansHebrew-Regular.ttf").is_file()
    assert all((package / f"resources/icons/reinex-{size}.png").is_file() for size in icons.PNG_SIZES)
    assert {p.name for p in (package / "resources/i18n").glob("*.qm")} >= set(built["source"].translations)
    assert any(contents.glob(f"{manifest.QT_DIR}/translations/qtbase_he.qm"))
    assert not any(contents.glob(f"{manifest.QT_DIR}/translations/qtbase_de.qm"))  # only the app's languages
    assert (contents / "tzdata/zoneinfo/Asia/Jerusalem").is_file()
    modules = build.bundled_modules(dist)
    assert {"keyring.backends.SecretService", "keyring.backends.Windows", "keyring.backends.chainer"} <= modules
    assert {
        "psycopg",
        "psycopg_binary.pq",
        "sqlalchemy.dialects.postgresql.psycopg",
        "sqlalchemy.dialects.sqlite",
    } <= modules
    handlers = {m for m in built["source"].modules if m.startswith("reinex_desktop.sync.tenant_db.handlers_")}
    assert handlers and handlers <= modules
    assert {f"reinex_desktop.cli.{name}" for name in COMMAND_MODULES} <= modules
    assert not any(m.split(".")[0] in {"keyrings", "pytest", "hypothesis"} for m in modules)


@pytest.mark.slow
@pytest.mark.timeout(1800)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux package")
def test_the_linux_package_installs_and_runs(built: dict, tmp_path: Path) -> None:
    stage = Path(built["report"]["linux"]["folder"])
    home = tmp_path / "home"
    home.mkdir()
    _install_sh(stage, home)
    program = home / ".local" / "bin" / manifest.APP_NAME
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "REINEX_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run([str(program), "about"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    about = json.loads(result.stdout)
    assert about["frozen"] is True
    assert about["executable"].startswith(str(home / ".local" / "opt"))
    assert "kept" in _install_sh(stage, home, "--uninstall")
