"""Build the installable Reinex app and prove it starts: `python packaging/build.py`.

1. compile the translations (`python -m reinex_desktop.i18n build`) and render the icons;
2. bundle the app with PyInstaller (one folder: `dist/reinex-desktop/`);
3. check the bundle holds every resource and module the app loads at run time (packaging/manifest.py);
4. smoke-test the frozen executable, from a neutral folder, offscreen, on a fresh embedded demo
   database: `reinex-desktop about` (resource checks and the keyring backend), then the calendar
   rendered to a PNG — the first start (which creates the demo clinic) and a few more, timed, with
   their peak memory; on Linux, when `strace` is present, a traced start proves that nothing is read
   from the source tree or the build machine's Python;
5. package it: on Linux a folder and a `.tar.gz` with the `.desktop` entry, AppStream metadata,
   hicolor icons and `install.sh`; on Windows the Inno Setup installer (when ISCC is installed).

Everything measured goes to `dist/build-report.json` and is printed as a table. The exit code is 0
only when every step passed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import ModuleType


def _sibling(name: str) -> ModuleType:
    """A module of this folder (`packaging/` is no package: the name would shadow PyPI's `packaging`)."""
    qualified = f"reinex_packaging_{name}"
    if qualified not in sys.modules:
        spec = importlib.util.spec_from_file_location(qualified, Path(__file__).with_name(f"{name}.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[qualified] = module
        spec.loader.exec_module(module)
    return sys.modules[qualified]


icons = _sibling("icons")
manifest = _sibling("manifest")

ROOT = manifest.ROOT
SPEC = manifest.PACKAGING_DIR / "reinex-desktop.spec"
SMOKE_TIMEOUT = 120


class BuildError(Exception):
    """A step failed; the message says which and why."""


def log(line: str) -> None:
    print(f"[build] {line}", flush=True)


# --- 1. inputs ---------------------------------------------------------------------------------------------


def check_environment() -> str:
    """The version to build; refuses a stale editable install (the bundle would carry the old version)."""
    from importlib.metadata import PackageNotFoundError, version

    wanted = manifest.project_version()
    try:
        installed = version(manifest.APP_NAME)
    except PackageNotFoundError as error:
        raise BuildError("reinex-desktop is not installed: run `pip install -e '.[package]'`") from error
    if installed != wanted:
        raise BuildError(f"installed metadata says {installed}, pyproject.toml {wanted}: run `pip install -e .`")
    try:
        import PyInstaller
    except ImportError as error:
        raise BuildError("PyInstaller is missing: run `pip install -e '.[package]'`") from error
    log(f"Reinex {wanted}, PyInstaller {PyInstaller.__version__}, Python {platform.python_version()}")
    return wanted


def build_inputs() -> None:
    log("compiling translations")
    catalogs = manifest.expected_translations()  # before compiling: the tree may gain catalogs meanwhile
    subprocess.run(
        [sys.executable, "-m", "reinex_desktop.i18n", "build"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL
    )
    missing = [name for name in catalogs if not (manifest.PACKAGE_DIR / "resources" / "i18n" / name).is_file()]
    if missing:
        raise BuildError(f"translations not built: {missing}")
    changed = icons.generate()
    log(f"icons rendered ({len(changed)} changed)")


# --- 2. the bundle -----------------------------------------------------------------------------------------


def run_pyinstaller(dist: Path, work: Path, clean: bool) -> float:
    work.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work)]
    if clean:
        command.append("--clean")
    command.append(str(SPEC))
    log("running PyInstaller")
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    (work / "pyinstaller.log").write_text(result.stdout + result.stderr, encoding="utf-8")
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed:\n{(result.stdout + result.stderr)[-4000:]}")
    return seconds


def bundle_size(dist: Path) -> tuple[int, int]:
    """Bytes and number of files of the bundle folder (symbolic links not followed)."""
    total = files = 0
    for path in (dist / manifest.APP_NAME).rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total, files


# --- 3. contents -------------------------------------------------------------------------------------------


def bundled_modules(dist: Path) -> set[str]:
    """The module names inside the executable's archive, and the extension modules beside it."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(manifest.bundle_executable(dist)))
    modules = set(archive.open_embedded_archive("PYZ.pyz").toc)
    contents = manifest.contents_dir(dist)
    for suffix in ("*.so", "*.pyd"):
        for path in contents.rglob(suffix):
            relative = path.relative_to(contents)
            if len(relative.parts) > 1 or relative.name.count(".") > 1:
                modules.add(".".join((*relative.parts[:-1], relative.name.split(".")[0])))
    return modules


class SourceSnapshot:
    """The package's modules and resources when the bundle was started (the tree may change meanwhile)."""

    def __init__(self) -> None:
        self.data = [destination for _, destination in manifest.bundled_data()]
        self.modules = manifest.package_modules()
        self.translations = manifest.expected_translations()


def missing_from_bundle(dist: Path, source: SourceSnapshot) -> list[str]:
    """Everything the app needs at run time that the bundle lacks (empty when complete)."""
    contents = manifest.contents_dir(dist)
    problems = []
    for destination in source.data:
        if not (contents / destination).is_file():
            problems.append(f"data file {destination}")
    for name in source.translations:
        if not (contents / manifest.PACKAGE / "resources" / "i18n" / name).is_file():
            problems.append(f"translation {name}")
    for pattern, reason in manifest.REQUIRED_THIRD_PARTY.items():
        if not any(contents.glob(pattern)):
            problems.append(f"{pattern} ({reason})")
    modules = bundled_modules(dist)
    for module in [*source.modules, *manifest.REQUIRED_MODULES]:
        if module not in modules:
            problems.append(f"module {module}")
    for excluded in manifest.EXCLUDED_MODULES:
        if any(name == excluded or name.startswith(f"{excluded}.") for name in modules):
            problems.append(f"module {excluded} must not be bundled")
    return problems


# --- 4. smoke test -----------------------------------------------------------------------------------------


def calendar_view() -> str:
    """The day calendar once its section is registered; until then the day overview."""
    from reinex_desktop.ui.sections import registered_sections

    keys = [section.key for section in registered_sections()]
    return "day" if "day" in keys else "overview"


def clinic_day(today: date | None = None) -> date:
    """Today, or the next Sunday when today is a Friday or Saturday, so the calendar has lessons."""
    day = today or datetime.now(UTC).date()
    while day.weekday() in (4, 5):  # Friday, Saturday
        day += timedelta(days=1)
    return day


def frozen_env(data_dir: Path) -> dict[str, str]:
    """The environment of a reception PC: none of the developer's or test suite's Python settings."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "REINEX_", "QT_", "PYTEST", "VIRTUAL_ENV"))
    }
    env["REINEX_DATA_DIR"] = str(data_dir)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_about(executable: Path, env: dict[str, str], cwd: Path, wrapper: list[str] | None = None) -> dict:
    result = subprocess.run(
        [*(wrapper or []), str(executable), "about"],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=SMOKE_TIMEOUT,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError as error:
        raise BuildError(f"`about` printed no report (exit {result.returncode}):\n{result.stderr[-3000:]}") from error
    if result.returncode != 0:
        raise BuildError(f"`about` found problems: {report.get('problems')}")
    return report


def check_about(report: dict, version: str) -> None:
    if not report["frozen"]:
        raise BuildError("`about` does not run frozen")
    if report["version"] != version:
        raise BuildError(f"the bundle says version {report['version']}, expected {version}")
    if report["keyring"].get("plaintext_test_backend"):
        raise BuildError("the plaintext test keyring (keyrings.alt) is inside the bundle")


def session_keyring(executable: Path, env: dict[str, str], cwd: Path) -> str | None:
    """The keyring backend inside a throwaway desktop session with a Secret Service (Linux, when available)."""
    if not sys.platform.startswith("linux"):
        return None
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        return None
    home = Path(tempfile.mkdtemp(prefix="reinex-session-"))
    script = (
        "printf smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || exit 90\n"
        'sleep 0.5\nexec "$@"\n'
    )
    session_env = {**env, "HOME": str(home), "XDG_RUNTIME_DIR": str(home)}
    try:
        report = run_about(executable, session_env, cwd, ["dbus-run-session", "--", "sh", "-c", script, "session"])
    except BuildError as error:
        log(f"no desktop session keyring could be started here ({error}); skipped")
        return None
    finally:
        shutil.rmtree(home, ignore_errors=True)
    backend = report["keyring"]["backend"]
    if backend != "keyring.backends.SecretService.Keyring":
        raise BuildError(f"with a Secret Service running, the bundle still uses {backend}")
    return backend


def start(executable: Path, env: dict[str, str], cwd: Path, screenshot: Path, view: str, day: date) -> dict:
    """Start the app on `view`, let it render to `screenshot` and quit; time it and take its peak memory."""
    screenshot.unlink(missing_ok=True)
    command = [str(executable), "--view", view, "--date", day.isoformat(), "--screenshot", str(screenshot)]
    errors = cwd / "stderr.txt"
    with errors.open("wb") as stderr:
        started_ns = time.time_ns()
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=stderr)
        watchdog = threading.Timer(SMOKE_TIMEOUT, process.kill)
        watchdog.start()
        peak_kb = cpu_s = None
        try:
            if hasattr(os, "wait4"):  # Unix: the child's own peak resident memory
                _, status, usage = os.wait4(process.pid, 0)
                process.returncode = os.waitstatus_to_exitcode(status)
                peak_kb = usage.ru_maxrss
                cpu_s = usage.ru_utime + usage.ru_stime
            else:
                process.wait()
        finally:
            watchdog.cancel()
        ended_ns = time.time_ns()
    if process.returncode != 0:
        message = errors.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise BuildError(f"the app exited with {process.returncode}:\n{message}")
    if not screenshot.is_file():
        raise BuildError("the app exited without rendering its window")
    return {
        # The window is saved once shown, laid out and painted: the moment it answers the user.
        "window_s": (screenshot.stat().st_mtime_ns - started_ns) / 1e9,
        "exit_s": (ended_ns - started_ns) / 1e9,
        # CPU time of the whole run: what the start costs, however busy the machine is
        "cpu_s": cpu_s,
        "peak_rss_mb": round(peak_kb / 1024, 1) if peak_kb is not None else None,  # Linux: kilobytes
    }


def _median(values: list[float | None]) -> float | None:
    known = [value for value in values if value is not None]
    return round(statistics.median(known), 3) if known else None


def check_screenshot(path: Path) -> tuple[int, int]:
    """Width and height of a rendered window that is not blank."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        raise BuildError(f"{path} is not an image")
    small = image.scaled(64, 40)
    colors = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    if len(colors) < 8:
        raise BuildError(f"{path} is blank")
    return image.width(), image.height()


def traced_reads(executable: Path, env: dict[str, str], cwd: Path, screenshot: Path, view: str, day: date) -> list[str]:
    """Files the frozen app opens outside the bundle that belong to the source tree or the build's Python."""
    if not (sys.platform.startswith("linux") and shutil.which("strace")):
        return []
    trace = cwd / "strace.log"
    command = ["strace", "-f", "-qq", "-e", "trace=open,openat,openat2", "-o", str(trace)]
    command += [str(executable), "--view", view, "--date", day.isoformat(), "--screenshot", str(screenshot)]
    subprocess.run(command, env=env, cwd=cwd, capture_output=True, timeout=SMOKE_TIMEOUT * 3, check=True)
    bundle = (executable.parent).resolve()
    forbidden = {ROOT.resolve(), Path(sys.prefix).resolve()}
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        forbidden.add(Path(sysconfig.get_paths()[key]).resolve())
    allowed = {bundle, cwd.resolve()}
    leaks = set()
    for line in trace.read_text(encoding="utf-8", errors="replace").splitlines():
        match = re.search(r'open(?:at2?)?\((?:[^,]*, )?"([^"]+)"', line)
        if not match or re.search(r"= -1 ", line):
            continue
        path = Path(match.group(1))
        if not path.is_absolute():
            path = cwd / path
        resolved = path.resolve()
        if any(resolved.is_relative_to(root) for root in allowed):
            continue
        if any(resolved.is_relative_to(root) for root in forbidden):
            leaks.add(str(resolved))
    return sorted(leaks)


def x11_start(executable: Path, env: dict[str, str], cwd: Path, view: str, day: date) -> bool | None:
    """Linux: one start on a virtual X server through Qt's xcb plugin (the offscreen runs skip xcb and GL).

    None when `xvfb-run` is not installed."""
    if not (sys.platform.startswith("linux") and shutil.which("xvfb-run")):
        return None
    screenshot = cwd / "x11.png"
    command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", str(executable)]
    command += ["--view", view, "--date", day.isoformat(), "--screenshot", str(screenshot)]
    result = subprocess.run(
        command, env={**env, "QT_QPA_PLATFORM": "xcb"}, cwd=cwd, capture_output=True, text=True, timeout=SMOKE_TIMEOUT
    )
    if result.returncode != 0 or not screenshot.is_file():
        raise BuildError(f"the app does not start on X11 (exit {result.returncode}):\n{result.stderr[-3000:]}")
    check_screenshot(screenshot)
    return True


def smoke_test(dist: Path, version: str, runs: int, artifacts: Path) -> dict:
    executable = manifest.bundle_executable(dist, console=True)
    gui = manifest.bundle_executable(dist)
    if not executable.is_file():
        raise BuildError(f"no executable at {executable}")
    view = calendar_view()
    day = clinic_day()
    artifacts.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="reinex-smoke-") as scratch:
        place = Path(scratch)
        env = frozen_env(place / "data")
        about = run_about(executable, env, place)
        check_about(about, version)
        log(f"about: version {about['version']}, keyring {about['keyring']['backend']}")
        in_session = session_keyring(executable, env, place)
        if in_session:
            log(f"keyring inside a desktop session: {in_session}")
        screenshot = artifacts / f"frozen-{view}.png"
        first = start(gui, env, place, screenshot, view, day)
        size = check_screenshot(screenshot)
        warm = [start(gui, env, place, place / f"warm-{n}.png", view, day) for n in range(runs)]
        leaks = traced_reads(gui, env, place, place / "traced.png", view, day)
        on_x11 = x11_start(gui, env, place, view, day)
    if leaks:
        raise BuildError("the frozen app reads files outside its bundle:\n  " + "\n  ".join(leaks[:40]))
    warm_window = [run["window_s"] for run in warm]
    return {
        "view": view,
        "date": day.isoformat(),
        "screenshot": str(screenshot),
        "screenshot_size": size,
        "about": about,
        "keyring_backend": about["keyring"]["backend"],
        "keyring_backend_in_session": in_session,
        "first_start_window_s": round(first["window_s"], 3),
        "first_start_exit_s": round(first["exit_s"], 3),
        "warm_start_window_s": [round(value, 3) for value in warm_window],
        "warm_start_window_median_s": round(statistics.median(warm_window), 3) if warm_window else None,
        "warm_start_cpu_median_s": _median([run["cpu_s"] for run in warm]),
        "load_average": [round(value, 2) for value in os.getloadavg()] if hasattr(os, "getloadavg") else None,
        "first_start_peak_rss_mb": first["peak_rss_mb"],
        "peak_rss_mb": max((run["peak_rss_mb"] or 0 for run in warm), default=0) or None,
        "started_on_x11": on_x11,
        "traced_for_outside_reads": bool(sys.platform.startswith("linux") and shutil.which("strace")),
    }


# --- 5. platform packages ----------------------------------------------------------------------------------


def linux_package(dist: Path, version: str, archive: bool) -> dict:
    """`dist/linux/reinex-desktop-<version>/` (bundle, share/, install.sh) and its `.tar.gz`."""
    name = f"{manifest.APP_NAME}-{version}"
    stage = dist / "linux" / name
    shutil.rmtree(stage, ignore_errors=True)
    share = stage / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir(parents=True)
    shutil.copytree(dist / manifest.APP_NAME, stage / manifest.APP_NAME, symlinks=True)
    shutil.copy2(manifest.DESKTOP_FILE, share / "applications" / manifest.DESKTOP_FILE.name)
    shutil.copy2(manifest.METAINFO_FILE, share / "metainfo" / manifest.METAINFO_FILE.name)
    for size in icons.HICOLOR_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(icons.png_path(size), target / f"{manifest.DESKTOP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons.svg_for(512), scalable / f"{manifest.DESKTOP_ID}.svg")
    shutil.copy2(manifest.LINUX_DIR / "install.sh", stage / "install.sh")
    result: dict = {"folder": str(stage), "validated": validate_linux_metadata(share)}
    if archive:
        tarball = dist / f"{name}-linux-{platform.machine()}.tar.gz"
        log(f"writing {tarball.name}")
        with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
            tar.add(stage, arcname=name)
        result["archive"] = str(tarball)
        result["archive_bytes"] = tarball.stat().st_size
    return result


def validate_linux_metadata(share: Path) -> list[str]:
    """Run the freedesktop validators that are installed; returns the names of those that ran."""
    ran = []
    desktop = share / "applications" / manifest.DESKTOP_FILE.name
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        if result.returncode != 0 or "error" in result.stdout:
            raise BuildError(f"desktop-file-validate: {result.stdout}{result.stderr}")
        ran.append("desktop-file-validate")
    if shutil.which("appstreamcli"):
        metainfo = share / "metainfo" / manifest.METAINFO_FILE.name
        result = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
        if result.returncode != 0:
            raise BuildError(f"appstreamcli validate: {result.stdout}{result.stderr}")
        ran.append("appstreamcli")
    return ran


def find_iscc() -> Path | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES"), os.environ.get("LOCALAPPDATA")):
        for folder in ("Inno Setup 6", "Programs/Inno Setup 6"):
            candidate = Path(base or "/nonexistent") / folder / "ISCC.exe"
            if candidate.is_file():
                return candidate
    return None


def windows_installer(dist: Path, version: str) -> dict:
    iscc = find_iscc()
    if iscc is None:
        log("Inno Setup (ISCC.exe) not found: the installer was not built")
        return {"installer": None}
    numeric = ".".join(str(part) for part in manifest.version_tuple(version))
    command = [
        str(iscc),
        "/Q",
        f"/DAppVersion={version}",
        f"/DAppVersionNumeric={numeric}",
        f"/DBundleDir={dist / manifest.APP_NAME}",
        f"/DOutputDir={dist}",
        str(manifest.INNO_SCRIPT),
    ]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError(f"Inno Setup failed:\n{result.stdout}{result.stderr}")
    return {"installer": str(dist / f"{manifest.APP_NAME}-{version}-setup.exe")}


# --- the command -------------------------------------------------------------------------------------------


def build(args: argparse.Namespace) -> dict:
    total_started = time.perf_counter()
    dist = args.dist.resolve()
    version = check_environment()
    report: dict = {"version": version, "platform": platform.platform(), "python": platform.python_version()}
    build_inputs()
    source = SourceSnapshot()
    if args.skip_bundle:
        report["pyinstaller_s"] = None
    else:
        report["pyinstaller_s"] = round(run_pyinstaller(dist, args.work.resolve(), args.clean), 1)
    report["bundle_bytes"], report["bundle_files"] = bundle_size(dist)
    problems = missing_from_bundle(dist, source)
    if problems:
        raise BuildError("the bundle lacks what the app loads at run time:\n  " + "\n  ".join(problems))
    log(f"bundle complete: {report['bundle_files']} files, {report['bundle_bytes'] / 2**20:.0f} MiB")
    report["smoke"] = smoke_test(dist, version, args.runs, args.artifacts.resolve())
    if sys.platform.startswith("linux"):
        report["linux"] = linux_package(dist, version, archive=not args.no_archive)
    elif sys.platform == "win32":
        report["windows"] = windows_installer(dist, version)
    report["total_s"] = round(time.perf_counter() - total_started, 1)
    return report


def print_summary(report: dict) -> None:
    smoke = report["smoke"]
    rows = [
        ("version", report["version"]),
        ("PyInstaller step", f"{report['pyinstaller_s']} s" if report["pyinstaller_s"] is not None else "reused"),
        ("whole build", f"{report['total_s']} s"),
        ("bundle size", f"{report['bundle_bytes'] / 2**20:.1f} MiB in {report['bundle_files']} files"),
        ("calendar view rendered", f"{smoke['view']} on {smoke['date']} → {smoke['screenshot']}"),
        ("first start (creates demo)", f"{smoke['first_start_window_s']} s to a rendered window"),
        ("start-up, median of warm", f"{smoke['warm_start_window_median_s']} s to a rendered window (target ≤ 2 s)"),
        ("  CPU time of a warm start", f"{smoke['warm_start_cpu_median_s']} s (load average {smoke['load_average']})"),
        ("peak resident memory", f"{smoke['peak_rss_mb']} MB (first start {smoke['first_start_peak_rss_mb']} MB)"),
        ("keyring backend", smoke["keyring_backend"]),
        ("keyring in a desktop session", smoke["keyring_backend_in_session"] or "not tried"),
        ("outside reads traced", "none" if smoke["traced_for_outside_reads"] else "strace not available"),
        ("started on X11 (xcb)", {True: "yes", None: "not tried (no xvfb-run)"}[smoke["started_on_x11"]]),
    ]
    if "linux" in report:
        rows.append(("Linux package", report["linux"].get("archive") or report["linux"]["folder"]))
    if "windows" in report:
        rows.append(("Windows installer", report["windows"]["installer"] or "not built (no Inno Setup)"))
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"  {name.ljust(width)}  {value}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller work folder")
    parser.add_argument("--artifacts", type=Path, default=ROOT / "artifacts", help="where the smoke screenshot goes")
    parser.add_argument("--clean", action="store_true", help="discard PyInstaller's cache first")
    parser.add_argument("--skip-bundle", action="store_true", help="reuse the bundle in --dist (check and smoke-test)")
    parser.add_argument("--no-archive", action="store_true", help="Linux: stage the package folder, skip the .tar.gz")
    parser.add_argument("--runs", type=int, default=3, help="timed starts after the first (default 3)")
    args = parser.parse_args(argv)
    try:
        report = build(args)
    except (BuildError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        print(f"[build] FAILED: {error}", file=sys.stderr)
        return 1
    args.dist.mkdir(parents=True, exist_ok=True)
    (args.dist / "build-report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    print_summary(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
