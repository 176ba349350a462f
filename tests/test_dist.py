"""The bundle an office receives, run as it runs there (`make test-dist`).

PyInstaller builds the one-folder app from ``installers/fieldbook.spec``, once for the module, in a temporary folder.
The bundle's own ``fieldbook`` then runs from a clean environment (``env -i HOME=<tmp> PATH=/usr/bin:/bin``: no
virtualenv, no source tree, another working directory) through what an office, a regional officer and headquarters
do on the command line, and opens its window on an X server in memory (Xvfb, Qt's xcb plugin): the first-run
welcome, the demo office, the user guide (F1). Last, ``installers/build-deb.sh`` wraps the bundle in a .deb that
apt installs, that runs from ``/usr/bin/fieldbook``, and that apt removes and purges, leaving the user's data folder.

Sizes and times are printed as they are measured (``pytest -s`` shows them) and once more at the end.

Not part of ``make test``: it takes minutes and installs a package on the machine. ``FIELDBOOK_TEST_DIST=1`` runs it;
``make test-dist`` sets it.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop import __version__
from tests.xscreen import Screen, colours, stop, xvfb

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installers" / "fieldbook.spec"
BUILD_DEB = ROOT / "installers" / "build-deb.sh"
OLD_STORE = ROOT / "tests" / "fixtures" / "stores" / "0.1.0" / "fieldbook.sqlite"
PYINSTALLER = "pyinstaller==6.22.3"
CLEAN_PATH = "/usr/bin:/bin"
#: Seconds: the PyInstaller build, the .deb build, one command, apt, the first window, the demo office
#: built from the welcome, a dialog, the app's exit.
BUILD, DEB, COMMAND, APT, FIRST_WINDOW, DEMO_BUILT, DIALOG, EXIT = 900, 900, 180, 600, 60, 120, 30, 30
#: Files of what the app never uses; none may be in the bundle.
UNUSED = re.compile(r"WebEngine|Qt6?Quick|Qt6?Qml|Qt6?Pdf|Qt6?3D|Qt6?Multimedia|Qt6?Designer|Qt6?Network|"
                    r"Qt6?VirtualKeyboard|virtualkeyboard|libgtk|libgdk-3|qgtk3", re.IGNORECASE)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("FIELDBOOK_TEST_DIST") != "1",
                       reason="builds the bundle and installs a .deb: run by `make test-dist` (FIELDBOOK_TEST_DIST=1)"),
    pytest.mark.skipif(not sys.platform.startswith("linux"),
                       reason="the Linux bundle and .deb (Windows: .github/workflows/windows.yml)"),
]

#: What was measured, in order; printed at the end of the module.
FACTS: dict[str, str] = {}


def note(what: str, value: str) -> None:
    FACTS[what] = value
    print(f"\n[dist] {what}: {value}", flush=True)


@pytest.fixture(scope="module", autouse=True)
def summary() -> Iterator[None]:
    yield
    if FACTS:
        print("\n[dist] summary\n" + "\n".join(f"  {what:<34} {value}" for what, value in FACTS.items()), flush=True)


@dataclass(frozen=True)
class Bundle:
    folder: Path
    exe: Path

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"


@dataclass(frozen=True)
class Place:
    """A person's machine: a home folder of its own, a working directory that is not the source tree, a folder for
    the files the commands write."""

    home: Path
    cwd: Path
    work: Path


def _pyinstaller() -> str | None:
    """None when PyInstaller can be imported (installing it if need be); else why not."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return None
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", PYINSTALLER], capture_output=True,
                          text=True, timeout=600)
    if done.returncode != 0:
        return f"PyInstaller is not installed and `pip install {PYINSTALLER}` failed: {done.stderr.strip()[-800:]}"
    importlib.invalidate_caches()
    return None


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    """``dist/fieldbook`` as `make dist` builds it, in a temporary folder (the source tree's dist/ is left alone)."""
    reason = _pyinstaller()
    if reason:
        pytest.skip(reason)
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                           "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
                          cwd=work, capture_output=True, text=True, timeout=BUILD)
    seconds = time.monotonic() - started
    (work / "build.log").write_text(done.stdout + done.stderr)
    assert done.returncode == 0, f"PyInstaller failed (log: {work / 'build.log'}):\n{done.stderr[-4000:]}"
    folder = work / "dist" / "fieldbook"
    exe = folder / "fieldbook"
    assert exe.is_file() and os.access(exe, os.X_OK), f"no program {exe}"
    note("build: PyInstaller", f"{seconds:.0f} s")
    left_out = re.search(r"left out (\d+) unused files", done.stdout)
    size = subprocess.run(["du", "-sh", str(folder)], capture_output=True, text=True, check=True).stdout.split()[0]
    files = sum(1 for path in folder.rglob("*") if path.is_file())
    note("bundle size (du -sh)", f"{size} in {files} files" + (f"; {left_out.group(1)} unused Qt/GTK files left "
                                                                "out by the spec" if left_out else ""))
    return Bundle(folder, exe)


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Place:
    base = tmp_path_factory.mktemp("office")
    for name in ("home", "elsewhere", "files"):
        (base / name).mkdir()
    return Place(base / "home", base / "elsewhere", base / "files")


def clean_env(home: Path, **more: str) -> list[str]:
    """``env -i``: nothing of this process's environment (the virtualenv, PYTHONPATH, QT_QPA_PLATFORM) reaches it."""
    return ["env", "-i", f"HOME={home}", f"PATH={CLEAN_PATH}", *(f"{key}={value}" for key, value in more.items())]


def run(program: str | Path, *args: str | Path, home: Path, cwd: Path,
        timeout: float = COMMAND) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*clean_env(home), str(program), *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)


def ok(done: subprocess.CompletedProcess[str]) -> str:
    """The command's output, once it is known to have succeeded without a traceback."""
    command = " ".join(map(str, done.args[len(clean_env(Path("x"))):]))
    assert done.returncode == 0, f"{command}: exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    assert "Traceback" not in done.stderr, f"{command}:\n{done.stderr[-4000:]}"
    return done.stdout


# -- what is in the folder ------------------------------------------------------------------------------------------


def test_the_bundle_holds_what_the_app_reads_and_leaves_out_what_it_never_uses(bundle: Bundle) -> None:
    internal = bundle.internal
    for needed in ("db/migrations/env.py", "resources/styles/fieldbook.qss", "docs/user-guide.md",
                   "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
                   "PySide6/Qt/translations/qtbase_fr.qm", "PySide6/QtCharts.abi3.so", "cryptography"):
        assert (internal / needed).exists(), f"{needed} is not in the bundle"

    def names(folder: Path, pattern: str) -> list[str]:
        return sorted(path.name for path in folder.glob(pattern))

    assert names(internal / "db/reference", "*.json") == names(ROOT / "db/reference", "*.json")
    assert names(internal / "db/migrations/versions", "*.py") == names(ROOT / "db/migrations/versions", "*.py")
    for ts in (ROOT / "resources" / "i18n").glob("*.ts"):
        assert (internal / "resources/i18n" / f"{ts.stem}.qm").is_file(), f"{ts.name} not compiled into the bundle"
    guide = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    for picture in set(re.findall(r"screenshots/([^)\s\"']+)", guide)):
        assert (internal / "docs/screenshots" / picture).is_file(), f"the guide's {picture} is not in the bundle"

    unused = sorted(str(path.relative_to(internal)) for path in internal.rglob("*") if UNUSED.search(path.name))
    assert not unused, f"unused parts of Qt in the bundle: {unused}"
    qt_translations = names(internal / "PySide6/Qt/translations", "*")
    assert qt_translations and all(name.startswith("qtbase_") for name in qt_translations), qt_translations
    assert not list(internal.rglob("__pycache__")), "byte-code caches were shipped"


# -- the command line, from a clean environment ---------------------------------------------------------------------


def test_version_from_a_clean_environment(bundle: Bundle, place: Place) -> None:
    seconds = []
    for _ in range(3):
        started = time.monotonic()
        out = ok(run(bundle.exe, "--version", home=place.home, cwd=place.cwd))
        seconds.append(time.monotonic() - started)
    assert out.startswith(f"fieldbook {__version__}"), out
    note("start-up: --version", f"{statistics.median(seconds):.2f} s (median of 3; first run {seconds[0]:.2f} s)")


def test_the_command_line_from_office_to_headquarters(bundle: Bundle, place: Place) -> None:
    w = place.work

    def fieldbook(*args: str | Path) -> str:
        return ok(run(bundle.exe, *args, home=place.home, cwd=place.cwd))

    started = time.monotonic()
    assert "KEN-NBO" in fieldbook("demo", "--db", w / "ken.db")
    assert "MEX-MEX" in fieldbook("demo", "--db", w / "mex.db", "--office", "MEX-MEX")

    # Each office exports its package (signed with the key made beside its data file on first use).
    fieldbook("export", "--db", w / "ken.db", "--out", f"{w / 'out'}/", "--period", "2023-H2")
    fieldbook("export", "--db", w / "mex.db", "--out", f"{w / 'out'}/", "--period", "2023-H2")
    ken, mex = w / "out" / "KEN-NBO_2023-H2_001.xlsx", w / "out" / "MEX-MEX_2023-H2_001.xlsx"
    assert ken.is_file() and mex.is_file()

    # The regional officer checks and merges them.
    checked = fieldbook("validate", ken, mex)
    assert checked.count(": valid") == 2, checked
    # In the officer's language: the bundle carries the compiled translations.
    assert "70 enregistrements, 0 erreur" in fieldbook("--lang", "fr", "validate", ken), "no French in the bundle"
    merged = fieldbook("merge", ken, mex, "--out", f"{w / 'merged'}/", "--report", w / "merge-report.xlsx",
                       "--label", "RO-LAC")
    package = w / "merged" / "RO-LAC_2023-H2_001.xlsx"
    assert "merged 2 packages" in merged and package.is_file() and (w / "merge-report.xlsx").is_file(), merged

    # Headquarters imports into a new SQLite store: once, then again ("already imported").
    imported = fieldbook("import", package, "--db", w / "hq.db", "--trust-new-keys")
    assert "imported:" in imported and " 0 rejected" in imported, imported
    again = run(bundle.exe, "import", package, "--db", w / "hq.db", "--trust-new-keys", home=place.home,
                cwd=place.cwd)
    assert again.returncode in (0, 1) and "already imported" in again.stdout + again.stderr, again
    # Two packages at once: read by reader processes (multiprocessing, spawned from the frozen program itself).
    both = fieldbook("import", ken, mex, "--db", w / "hq2.db", "--trust-new-keys")
    assert both.count("imported:") == 2, both

    report = fieldbook("report", "--db", w / "hq.db", "--period", "2023", "--out", w / "report.xlsx")
    assert (w / "report.xlsx").stat().st_size > 1000, report
    from openpyxl import load_workbook

    assert load_workbook(w / "report.xlsx", read_only=True).sheetnames

    # PostgreSQL (headquarters): the driver is in the bundle, so an unreachable server is a readable refusal.
    postgres = run(bundle.exe, "info", "--db", "postgresql+psycopg://fieldbook@127.0.0.1:9/none", home=place.home,
                   cwd=place.cwd)
    assert postgres.returncode == 1 and "PostgreSQL" in postgres.stderr, postgres
    assert "Traceback" not in postgres.stderr and "module" not in postgres.stderr.lower(), postgres.stderr
    note("command line (demo → report)", f"{time.monotonic() - started:.1f} s for 13 commands")


@pytest.mark.skipif(not OLD_STORE.is_file(), reason=f"no {OLD_STORE.relative_to(ROOT)}")
def test_a_store_of_an_older_version_is_upgraded_by_the_bundle_without_losing_a_record(bundle: Bundle,
                                                                                       place: Place) -> None:
    """The migrations run from the bundle (Alembic reads them as files): the same counts and schema as from source."""
    frozen, source = place.work / "old-frozen.sqlite", place.work / "old-source.sqlite"
    shutil.copy(OLD_STORE, frozen)
    shutil.copy(OLD_STORE, source)
    by_bundle = ok(run(bundle.exe, "info", "--db", frozen, home=place.home, cwd=place.cwd))
    by_source = subprocess.run([sys.executable, "-m", "desktop", "info", "--db", str(source)], cwd=ROOT,
                               capture_output=True, text=True, timeout=COMMAND)
    assert by_source.returncode == 0, by_source.stderr
    assert by_bundle.split(": ", 1)[1] == by_source.stdout.split(": ", 1)[1]

    def schema(path: Path) -> str:
        with sqlite3.connect(path) as conn:
            return conn.execute("select version_num from alembic_version").fetchone()[0]

    assert schema(frozen) == schema(source)


# -- the window, on X11 ---------------------------------------------------------------------------------------------

@pytest.fixture
def display() -> Iterator[str]:
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("Xvfb and xdotool are not installed (`make test-dist` installs them)")
    with xvfb() as name:
        yield name


def test_the_window_opens_on_x11_from_a_clean_environment(bundle: Bundle, place: Place, display: str,
                                                          tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    screen = Screen(display, tmp_path)
    log_path = tmp_path / "app.log"
    app = None
    with log_path.open("w") as log:
        try:
            started = time.monotonic()
            app = subprocess.Popen([*clean_env(place.home, DISPLAY=display, QT_QPA_PLATFORM="xcb", LANG="C.UTF-8"),
                                    str(bundle.exe), "--data-dir", str(data)], cwd=place.cwd, stdout=log,
                                   stderr=subprocess.STDOUT)

            def said() -> str:
                log.flush()
                return log_path.read_text(errors="replace")[-3000:]

            welcome = screen.wait_for_window("^Welcome to Fieldbook$", FIRST_WINDOW, app)
            if welcome is None:
                pytest.fail(f"no welcome window within {FIRST_WINDOW} s (exit {app.poll()}): {said()}")
            found = time.monotonic() - started
            shot = screen.shot("01-welcome")
            first_shot = time.monotonic() - started
            x, y, width, height = screen.geometry(welcome)
            assert width > 300 and height > 200
            assert colours(shot, x, y, width, height) > 40, "the welcome window is blank or has no text"
            note("start-up: window", f"{found:.2f} s to the welcome window, {first_shot:.2f} s to its screenshot")
            # The window class the desktop entry's StartupWMClass names (X11 docks group windows by it).
            assert screen.xdotool("search", "--classname", "^fieldbook$").split(), "WM_CLASS is not fieldbook"

            # Explore the demo office: Tab to the second choice, Enter (no window manager: give it the keyboard).
            screen.xdotool("windowfocus", "--sync", welcome)
            screen.xdotool("key", "--delay", "50", "Tab", "Return")
            main = screen.wait_for_window("KEN-NBO", DEMO_BUILT, app)
            if main is None:
                pytest.fail(f"no demo office window within {DEMO_BUILT} s (exit {app.poll()}): {said()}")
            x, y, width, height = screen.geometry(main)
            shot = screen.settled("02-demo-office")  # the page fills in on the worker
            assert shot is not None and colours(shot, x, y, width, height) > 60, "the main window is blank"

            # F1: the user guide the bundle carries, with its pictures.
            screen.xdotool("windowfocus", "--sync", main)
            screen.xdotool("key", "F1")
            guide = screen.wait_for_window("^Fieldbook user guide$", DIALOG, app)
            if guide is None:
                pytest.fail(f"F1 opened no user guide: {said()}")
            time.sleep(1)
            shot = screen.shot("03-user-guide")
            gx, gy, gwidth, gheight = screen.geometry(guide)
            # The guide fills its window with text and pictures; without the guide it would say, on one line, that
            # it is not installed: count the rows of the text area that hold anything.
            rows = range(gy + 10, gy + gheight - 60, 4)
            filled = sum(1 for j in rows if colours(shot, gx + 10, j, gwidth - 40, 1) > 2)
            assert filled > 0.5 * len(rows), f"the user guide is (nearly) empty: {filled} of {len(rows)} rows"
            screen.xdotool("key", "Escape")

            screen.quit(main, app, EXIT, said)

            # "Open with Fieldbook" (the desktop entry's `Exec=/opt/fieldbook/fieldbook %f`): a package given on the
            # command line opens the app, here on the demo office just made, with the package on Consolidate.
            package = place.work / "out" / "KEN-NBO_2023-H2_001.xlsx"
            if not package.is_file():
                package = ROOT / "tests" / "fixtures" / "packages" / "v1" / "KEN-NBO_2023-H2_001.xlsx"
            app = subprocess.Popen([*clean_env(place.home, DISPLAY=display, QT_QPA_PLATFORM="xcb", LANG="C.UTF-8"),
                                    str(bundle.exe), "--data-dir", str(data), str(package)], cwd=place.cwd,
                                   stdout=log, stderr=subprocess.STDOUT)
            main = screen.wait_for_window("KEN-NBO", FIRST_WINDOW, app)
            if main is None:
                pytest.fail(f"a package on the command line opened no window (exit {app.poll()}): {said()}")
            x, y, width, height = screen.geometry(main)
            shot = screen.settled("04-open-with-fieldbook", pause=0.3)  # the package is checked on the worker
            assert shot is not None and colours(shot, x, y, width, height) > 60
            screen.quit(main, app, EXIT, said)
            assert "Traceback" not in said(), said()
            note("window screenshots", str(tmp_path))
        finally:
            stop(app)
            screen.close()


# -- the .deb -------------------------------------------------------------------------------------------------------


def apt(*args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(["apt-get", "-y", "-o", "DPkg::Lock::Timeout=300", *args], capture_output=True, text=True,
                          timeout=APT, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    assert done.returncode == 0, f"apt-get {' '.join(args)}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def installed_status() -> str:
    done = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "fieldbook"], capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else ""


@pytest.mark.skipif(shutil.which("dpkg-deb") is None or shutil.which("apt-get") is None,
                    reason="not a Debian or Ubuntu machine (no dpkg-deb, apt-get)")
@pytest.mark.skipif(os.geteuid() != 0, reason="installing a .deb needs root")
def test_the_deb_installs_runs_and_uninstalls_keeping_the_data(bundle: Bundle, tmp_path: Path) -> None:
    started = time.monotonic()
    built = subprocess.run(["bash", str(BUILD_DEB), str(bundle.folder), str(tmp_path / "deb")], capture_output=True,
                           text=True, timeout=DEB, env={**os.environ, "PYTHON": sys.executable})
    assert built.returncode == 0, built.stderr[-4000:]
    deb = Path(built.stdout.strip().splitlines()[-1])
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip()
    assert deb.name == f"fieldbook_{__version__}_{arch}.deb" and deb.is_file(), deb
    note("build: .deb (installers/build-deb.sh)", f"{time.monotonic() - started:.0f} s")
    note(".deb size", f"{deb.stat().st_size / 2**20:.0f} MB")

    fields = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version", "Depends"], capture_output=True,
                            text=True, check=True).stdout
    assert "Package: fieldbook" in fields and f"Version: {__version__}" in fields and "libc6" in fields, fields
    note(".deb Depends", fields.split("Depends:", 1)[1].strip())
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ("./opt/fieldbook/fieldbook", "./usr/bin/fieldbook -> /opt/fieldbook/fieldbook",
                 "./usr/share/applications/fieldbook.desktop", "./usr/share/mime/packages/fieldbook.xml",
                 "./usr/share/icons/hicolor/scalable/apps/fieldbook.svg"):
        assert path in listing, f"{path} is not in the package"

    home, cwd = tmp_path / "home", tmp_path / "elsewhere"
    home.mkdir()
    cwd.mkdir()
    data = home / ".local" / "share" / "Fieldbook"
    try:
        started = time.monotonic()
        apt("install", "--reinstall", "--allow-downgrades", str(deb))
        note("apt install", f"{time.monotonic() - started:.1f} s")
        assert installed_status() == "install ok installed"
        assert os.readlink("/usr/bin/fieldbook") == "/opt/fieldbook/fieldbook"

        desktop_file = Path("/usr/share/applications/fieldbook.desktop")
        entry = desktop_file.read_text(encoding="utf-8")
        assert "Exec=/opt/fieldbook/fieldbook %f" in entry and "Icon=fieldbook" in entry
        assert "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" in entry
        if shutil.which("desktop-file-validate"):
            valid = subprocess.run(["desktop-file-validate", str(desktop_file)], capture_output=True, text=True)
            assert valid.returncode == 0 and not valid.stdout.strip(), valid.stdout + valid.stderr
        # The MIME database took the package type in (postinst, or the trigger of shared-mime-info).
        globs = Path("/usr/share/mime/globs2")
        if globs.is_file():
            assert "application/x-fieldbook-package" in globs.read_text(encoding="utf-8")
        if shutil.which("gio"):  # "Open with Fieldbook" for an Excel workbook
            xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            offered = subprocess.run(["gio", "mime", xlsx], capture_output=True, text=True,
                                     env={"PATH": CLEAN_PATH, "HOME": str(home)})
            assert "fieldbook.desktop" in offered.stdout, offered.stdout + offered.stderr

        version = ok(run("/opt/fieldbook/fieldbook", "--version", home=home, cwd=cwd))
        assert version.startswith(f"fieldbook {__version__}"), version
        demo = ok(run("fieldbook", "demo", home=home, cwd=cwd))  # /usr/bin/fieldbook, found on PATH
        assert "KEN-NBO" in demo and (data / "fieldbook.sqlite").is_file(), demo
        before = sorted(path.name for path in data.iterdir())

        apt("remove", "fieldbook")
        assert not Path("/opt/fieldbook/fieldbook").exists() and not os.path.lexists("/usr/bin/fieldbook")
        assert not desktop_file.exists()
        assert (data / "fieldbook.sqlite").is_file(), "removing the package removed the user's data file"
        apt("purge", "fieldbook")
        assert installed_status() in ("", "unknown ok not-installed"), installed_status()
        assert sorted(path.name for path in data.iterdir()) == before, "purging the package touched the data folder"
    finally:
        if installed_status():
            subprocess.run(["apt-get", "-y", "-o", "DPkg::Lock::Timeout=300", "purge", "fieldbook"],
                           capture_output=True, timeout=APT, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
