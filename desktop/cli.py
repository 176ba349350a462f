"""The command line: the same core and exchange functions the desktop app uses.

Exit codes everywhere: 0 success, 1 input rejected, 2 usage error. A user error prints one line, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.core.i18n import LANGUAGES, Context, code_label, translate

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


cli = Context("cli")  # cli.tr("%n package(s)", None, n): a count lupdate records as plural


class UserError(Exception):
    """Input that Fieldbook rejects; the message is the one line the user sees."""


class _ShowVersions(argparse.Action):
    """``--version``: the schema is read from the migrations only when asked (a quarter of a second at every start
    otherwise)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from desktop import versions

        print(versions().line())  # on stdout, as argparse's own version action does
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    # Built when called, not at import: the texts are translated into the language chosen by then.
    parser = argparse.ArgumentParser(
        prog="fieldbook",
        description=translate("cli", "Fieldbook: record a country office's portfolio offline and exchange it as an "
                              "Excel package. Without a command, opens the desktop app."),
    )
    parser.add_argument("--version", action=_ShowVersions, nargs=0,
                        help=translate("cli", "show the version, the package format and the store schema it writes, "
                                       "and exit"))
    parser.add_argument("--data-dir", type=Path, help=translate("cli", "folder for the data file, backups and "
                                                                "settings (default: the per-user data folder)"))
    parser.add_argument("--lang", choices=LANGUAGES, metavar="CODE",
                        help=translate("cli", "the language of the window and of every message: {codes} (default: "
                                       "the app's setting, else the system's)").format(codes=", ".join(LANGUAGES)))
    # Its own name: a command's --db (after the command's name) must not be overwritten by this one.
    parser.add_argument("--db", dest="app_db", metavar="STORE",
                        help=translate("cli", "without a command: open the app on this store, a SQLite file or a "
                                       "PostgreSQL URL (a headquarters store; records are entered only in the "
                                       "office's own data file)"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    store_or_url = translate("cli", "a SQLite file or a SQLAlchemy URL (default: the data folder's store)")
    a_store_or_url = translate("cli", "a SQLite file or a SQLAlchemy URL")
    package_files = translate("cli", "package files (.xlsx)")
    editor_help = translate("cli", "who made the hand edits found in these packages (default: 'spreadsheet edit')")

    demo = commands.add_parser("demo", help=translate("cli", "create a demo office store"))
    demo.add_argument("--db", type=Path, help=translate("cli", "the SQLite file to create (default: the data "
                                                        "folder's store)"))
    demo.add_argument("--office", default=None, help=translate("cli", "which demo office (default KEN-NBO); see "
                                                               "--list"))
    demo.add_argument("--list", action="store_true", help=translate("cli", "list the demo offices and exit"))
    demo.add_argument("--headquarters", type=int, metavar="OFFICES",
                      help=translate("cli", "instead, a headquarters store with this many synthetic office "
                                     "portfolios (e.g. 150), as after importing their packages"))
    demo.set_defaults(run=_run_demo)

    info = commands.add_parser("info", help=translate("cli", "show what a store holds"))
    info.add_argument("--db", help=store_or_url)
    info.set_defaults(run=_run_info)

    export = commands.add_parser("export", help=translate("cli", "write the office's package (.xlsx)"))
    export.add_argument("--db", help=store_or_url)
    export.add_argument("--out", required=True,  # text, not Path: a trailing "/" means a folder
                        help=translate("cli", "the package file, or a folder: then it is named "
                                       "OFFICE_PERIOD_SEQ.xlsx"))
    export.add_argument("--period", help=translate("cli", "reporting period, such as 2023-H2 (default: the current "
                                                   "half-year)"))
    export.add_argument("--seq", type=int, help=translate("cli", "sequence number (default: 1 + the highest of this "
                                                          "office's packages in the folder)"))
    export.add_argument("--key", type=Path, help=translate("cli", "the office's signing key (default: the one beside "
                                                           "the data file, made on first use)"))
    export.set_defaults(run=_run_export)

    validate = commands.add_parser("validate", help=translate("cli", "check packages; exit 0 valid, 1 rejected"))
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE", help=package_files)
    validate.add_argument("--report", type=Path, metavar="OUT",
                          help=translate("cli", "write an annotated copy (one FILE: OUT.xlsx; several: a folder)"))
    validate.add_argument("--json", action="store_true", help=translate("cli", "print the reports as JSON"))
    validate.set_defaults(run=_run_validate)

    merge = commands.add_parser("merge", help=translate("cli", "merge packages into one package, with a report of "
                                                        "what was merged"))
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE", help=package_files)
    merge.add_argument("--out", type=Path, required=True, help=translate("cli", "the merged package, or a folder "
                                                                         "for it"))
    merge.add_argument("--report", type=Path, metavar="REPORT.xlsx",
                       help=translate("cli", "write the merge report: sources, packages left out, conflicts field by "
                                      "field, superseded versions"))
    merge.add_argument("--label", default="MERGED", help=translate("cli", "what the merged package is named for, "
                                                                   "e.g. a region (default MERGED)"))
    merge.add_argument("--period", help=translate("cli", "the merged package's period (default: the latest of the "
                                                  "inputs)"))
    merge.add_argument("--strict", action="store_true", help=translate("cli", "fail the whole merge if any package "
                                                                       "is invalid"))
    merge.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))
    merge.add_argument("--editor", help=editor_help)
    merge.add_argument("--key", type=Path, help=translate("cli", "the region's signing key (default: the one in the "
                                                          "data folder, made on first use)"))
    merge.set_defaults(run=_run_merge)

    imp = commands.add_parser("import", help=translate("cli", "import packages into a store, each all-or-nothing"))
    imp.add_argument("files", nargs="*", type=Path, metavar="FILE", help=package_files)
    imp.add_argument("--db", required=True, help=translate("cli", "a SQLite file or a SQLAlchemy URL "
                                                           "(postgresql+psycopg://…)"))
    imp.add_argument("--dry-run", action="store_true", help=translate("cli", "count what would change; change "
                                                                      "nothing"))
    imp.add_argument("--undo-last", action="store_true", help=translate("cli", "undo the last import (every package "
                                                                        "of its run), on SQLite or PostgreSQL"))
    imp.add_argument("--json", action="store_true", help=translate("cli", "print the summaries as JSON (and no "
                                                                   "progress)"))
    imp.add_argument("--editor", help=editor_help)
    imp.add_argument("--trust-new-keys", action="store_true",
                     help=translate("cli", "trust the key of an office (or region) this store has no key for yet, "
                                    "once you have confirmed its fingerprint with them (trust on first use)"))
    imp.add_argument("--accept-unsigned", action="store_true",
                     help=translate("cli", "let in packages without a signature (format 1, or unsigned); each one is "
                                    "recorded in the ledger with your name"))
    imp.set_defaults(run=_run_import)

    key_file = translate("cli", "the key file (default: the one beside the data file)")
    key_beside = translate("cli", "the data file the key is beside (default: the data folder's store)")
    keys = commands.add_parser("keys", help=translate("cli", "signing keys: this data folder's own, and the ones a "
                                                      "store trusts"))
    keys_commands = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    mine = keys_commands.add_parser("mine", help=translate("cli", "this data folder's signing key: its fingerprint, "
                                                           "to read out to headquarters"))
    mine.add_argument("--key", type=Path, help=key_file)
    mine.add_argument("--db", help=key_beside)
    listing = keys_commands.add_parser("list", help=translate("cli", "the keys a store knows: trusted, retired, "
                                                              "revoked"))
    listing.add_argument("--db", required=True, help=a_store_or_url)
    trust = keys_commands.add_parser("trust", help=translate("cli", "trust the key that signed a package, after "
                                                             "confirming its fingerprint with the office"))
    trust.add_argument("package", type=Path, help=translate("cli", "a package signed with the key"))
    trust.add_argument("--db", required=True, help=a_store_or_url)
    trust.add_argument("--fingerprint", required=True, help=translate("cli", "the fingerprint the office read out "
                                                                      "(checked against the package's key)"))
    revoke = keys_commands.add_parser("revoke", help=translate("cli", "stop trusting a key (lost laptop, departed "
                                                               "staff)"))
    revoke.add_argument("holder", help=translate("cli", "the office or region code"))
    revoke.add_argument("fingerprint", help=translate("cli", "the key's fingerprint, or its first 8 or more hex "
                                                      "digits"))
    revoke.add_argument("--db", required=True, help=a_store_or_url)
    revoke.add_argument("--note", help=translate("cli", "why, for the record"))
    rotate = keys_commands.add_parser("rotate", help=translate("cli", "replace this data folder's key; the next "
                                                               "packages carry the change, signed by the old key"))
    rotate.add_argument("--key", type=Path, help=key_file)
    rotate.add_argument("--db", help=key_beside)
    rotate.add_argument("--holder", help=translate("cli", "the office (or region) code the key signs for (default: "
                                                   "the store's office)"))
    keys.set_defaults(run=_run_keys)

    report = commands.add_parser("report", help=translate("cli", "portfolio KPIs of a store, on screen, as JSON or "
                                                          "as a workbook"))
    report.add_argument("--db", help=store_or_url)
    report.add_argument("--period", help=translate("cli", "2023-H2, 2023-Q3 or 2023 (default: all periods)"))
    only_this = {
        "region": translate("cli", "only this region (a code)"),
        "country": translate("cli", "only this country (a code)"),
        "flagship": translate("cli", "only this flagship (a code)"),
        "subprogramme": translate("cli", "only this subprogramme (a code)"),
        "office": translate("cli", "only this office (a code)"),
    }
    for name, help_text in only_this.items():
        report.add_argument(f"--{name}", help=help_text)
    report.add_argument("--out", type=Path, metavar="REPORT.xlsx", help=translate("cli", "write the KPI workbook "
                                                                                  "with charts"))
    report.add_argument("--json", action="store_true", help=translate("cli", "print the figures as JSON"))
    report.set_defaults(run=_run_report)
    return parser


def _store_target(args: argparse.Namespace) -> str | Path:
    from db.store import default_store_path

    return args.db if getattr(args, "db", None) else default_store_path(args.data_dir)


def _run_demo(args: argparse.Namespace) -> int:
    from db.store import open_store
    from desktop.core.demo import DEFAULT_DEMO, DEMO_OFFICES, build_demo

    if args.list:
        for office in DEMO_OFFICES.values():
            initiatives = cli.tr("%n initiative(s)", None, len(office.initiatives))
            print(f"{office.code}\t{office.name}\t{initiatives}")
        return EXIT_OK
    target = _store_target(args)
    if args.headquarters is not None:
        from desktop.core.demo import build_headquarters

        if args.headquarters < 1:
            raise _UsageError(translate("cli", "--headquarters takes a number of offices, 1 or more"))
        with open_store(target) as store:
            records = build_headquarters(store, args.headquarters)
        print(cli.tr("{target}: headquarters demo: %n office(s), {records} records", None,
                     args.headquarters).format(target=target, records=f"{records:,}"))
        return EXIT_OK
    with open_store(target) as store:
        try:
            office = build_demo(store, args.office or DEFAULT_DEMO)
        except ValueError as exc:
            raise UserError(f"{target}: {exc}") from None
        counts = _counts(store)
    print(translate("cli", "{target}: demo office {code} ({name}): {counts}").format(
        target=target, code=office.code, name=office.name, counts=_counts_line(counts)))
    return EXIT_OK


def _run_info(args: argparse.Namespace) -> int:
    target = _store_target(args)
    with _open_for_reading(target) as store:
        counts = _counts(store)
    print(f"{target}: {_counts_line(counts)}")
    return EXIT_OK


def _run_export(args: argparse.Namespace) -> int:
    from desktop.exchange.errors import ExportError
    from desktop.exchange.export import export_package

    if args.seq is not None and args.seq < 1:
        raise _UsageError(translate("cli", "--seq must be 1 or more"))
    target = _store_target(args)
    # Read-only: exporting while the app has the file open is safe (one consistent snapshot; only writers lock).
    with _open_for_reading(target) as store:
        signer, rotation = _signing_key(args, target)  # once the data file is known to be a store
        try:
            result = export_package(store, args.out, period=args.period, sequence=args.seq, signer=signer,
                                    rotation=rotation)
        except ExportError as exc:
            raise UserError(f"{target}: {exc}") from None
    counts = ", ".join(f"{n} {sheet}" for sheet, n in result.row_counts.items())  # sheet names: never translated
    print(cli.tr("{path}: %n record(s) ({counts}); sha256 {digest}", None, result.records).format(
        path=result.path, counts=counts, digest=result.digest))
    return EXIT_OK


#: Problems listed per file on the terminal; --report or --json give them all.
_SHOWN_PROBLEMS = 50


def _run_validate(args: argparse.Namespace) -> int:
    import json

    from desktop.exchange.errors import PackageError
    from desktop.exchange.read import validate_package
    from desktop.exchange.report import write_report

    if args.report is not None and len(args.files) > 1 and not args.report.is_dir():
        raise _UsageError(translate("cli", "with several files, --report must be an existing folder"))
    exit_code = EXIT_OK
    results: list[dict[str, object]] = []
    for path in args.files:
        try:
            report = validate_package(path)
        except PackageError as exc:
            print(f"fieldbook: {exc}", file=sys.stderr)
            results.append({"file": str(path), "valid": False, "fatal": exc.reason})
            exit_code = EXIT_REJECTED
            continue
        if not report.valid:
            exit_code = EXIT_REJECTED
        if args.report is not None:
            out = args.report / f"{path.stem}.report.xlsx" if args.report.is_dir() else args.report
            try:
                write_report(report, out)
            except Exception as exc:  # openpyxl on a file only calamine could read, a folder we cannot write, …
                raise UserError(translate("cli", "{path}: the annotated report {out} could not be written "
                                          "({reason})").format(path=path, out=out, reason=exc)) from None
        if args.json:
            results.append(report.as_json())
            continue
        print(report.summary())
        for problem in report.problems[:_SHOWN_PROBLEMS]:
            print(f"  {problem.line()}")
        if len(report.problems) > _SHOWN_PROBLEMS:
            more = cli.tr("… and %n more (see --report or --json)", None, len(report.problems) - _SHOWN_PROBLEMS)
            print(f"  {more}")
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1, default=str))
    return exit_code


class _TerminalProgress:
    """Progress of a long run on stderr: a line redrawn in place on a terminal, a line per tenth elsewhere."""

    def __init__(self, label: str, quiet: bool = False) -> None:
        self.label, self.quiet, self.shown = label, quiet, -1
        self.tty = sys.stderr is not None and sys.stderr.isatty()  # no stderr at all: a windowed Windows exe

    def set_value(self, done: int, total: int) -> None:
        if self.quiet or total <= 0:
            return
        percent = min(100, done * 100 // total)
        step = percent if self.tty else percent // 10 * 10
        if step == self.shown:
            return
        self.shown = step
        end = "\r" if self.tty and percent < 100 else "\n"
        print(f"{self.label}: {percent:3d}%", end=end, file=sys.stderr, flush=True)

    def clear(self) -> None:
        """Wipe a line being redrawn, so other output starts at the left margin."""
        if self.tty and not self.quiet and 0 <= self.shown < 100:
            print("\r" + " " * (len(self.label) + 6) + "\r", end="", file=sys.stderr, flush=True)

    def cancelled(self) -> bool:
        return False


def _run_merge(args: argparse.Namespace) -> int:
    import json

    from desktop.exchange.errors import ExchangeError
    from desktop.exchange.merge import merge_packages

    progress = _TerminalProgress(cli.tr("merging %n package(s)", None, len(args.files)), quiet=args.json)
    try:
        signer, _ = _signing_key(args, _store_target(args))
        result = merge_packages(list(args.files), args.out, report=args.report, strict=args.strict,
                                period=args.period, label=args.label, progress=progress, editor=args.editor,
                                signer=signer)
    except ExchangeError as exc:
        progress.clear()
        raise UserError(str(exc)) from None
    progress.clear()
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=1, default=str))
    else:
        print(result.line())
        for source in result.left_out:
            problem = (source.problems[0] if source.problems
                       else translate("cli", "invalid", "a package left out of a merge"))
            print("  " + translate("cli", "left out {file}: {problem}").format(file=source.file, problem=problem))
    return EXIT_OK


def _run_import(args: argparse.Namespace) -> int:
    import json

    from db.store import open_store
    from desktop.exchange.errors import ExchangeError
    from desktop.exchange.importer import ImportSummary, import_packages, undo_last_import
    from desktop.exchange.trust import KeyClaim, Policy

    if args.undo_last:
        if args.files or args.dry_run:
            raise _UsageError(translate("cli", "--undo-last takes no files and no --dry-run"))
        with open_store(args.db, create=False) as store:
            try:
                undone = undo_last_import(store)
            except ExchangeError as exc:
                raise UserError(str(exc)) from None
            where = args.db if store.path is not None else store.display_name  # a server: never its password
        last = undone[0]
        if len(undone) == 1:
            line = translate("cli", "{db}: undid the import of {file}: {office} #{sequence}, imported {when} UTC")
        else:
            line = cli.tr("{db}: undid the import of %n packages ({file} the last of them): {office} "
                          "#{sequence}, imported {when} UTC", None, len(undone))
        print(line.format(db=where, file=last.file_name, office=last.office_code, sequence=last.sequence,
                          when=f"{last.imported_at:%Y-%m-%d %H:%M}"))
        return EXIT_OK
    if not args.files:
        raise _UsageError(translate("cli", "name the packages to import"))
    if len(args.files) == 1:
        label = translate("cli", "importing {file}").format(file=args.files[0].name)
    else:
        label = cli.tr("importing %n packages", None, len(args.files))
    progress = _TerminalProgress(label, quiet=args.json)

    def report(summary: ImportSummary) -> None:
        if not args.json:
            progress.clear()
            print(summary.line())
            for problem in summary.problems[1:10]:
                print(f"  {problem}")

            for edit in summary.edits[:20]:
                print("  " + translate("cli", "hand edit: {edit}").format(edit=edit))

    with open_store(args.db) as store:
        def confirm(claim: KeyClaim) -> bool:
            if args.trust_new_keys:  # said once, in the ledger too; a refusal is the package's own line
                progress.clear()
                print(translate("cli", "{file}: {holder} signs with key {fingerprint}, new to this store: trusted "
                                "(--trust-new-keys)").format(file=claim.file, holder=claim.holder,
                                                             fingerprint=claim.fingerprint), file=sys.stderr)
            return bool(args.trust_new_keys)

        policy = Policy(by=store.user, accept_unsigned=args.accept_unsigned, confirm_new_key=confirm)
        summaries = import_packages(store, args.files, dry_run=args.dry_run, progress=progress, on_summary=report,
                                    on_wait=lambda line: print(line, file=sys.stderr, flush=True), policy=policy,
                                    editor=args.editor)
    exit_code = EXIT_REJECTED if any(s.status == "rejected" for s in summaries) else EXIT_OK
    if args.json:
        print(json.dumps([s.as_json() for s in summaries], ensure_ascii=False, indent=1, default=str))
    return exit_code


def _run_report(args: argparse.Namespace) -> int:
    import json

    from desktop.core.kpi import KpiFilters, compute_kpis
    from desktop.core.periods import PeriodError, parse_period
    from desktop.exchange.kpi_report import write_kpi_report

    if args.period:
        try:
            parse_period(args.period)
        except PeriodError as exc:
            raise _UsageError(str(exc)) from None
    filters = KpiFilters(period=args.period, region=args.region, country=args.country, flagship=args.flagship,
                         subprogramme=args.subprogramme, office=args.office)
    target = _store_target(args)
    with _open_for_reading(target) as store:
        kpis = compute_kpis(store, filters)
    if args.out:
        write_kpi_report(kpis, args.out, source=str(target))
    if args.json:
        print(json.dumps(kpis.as_json(), ensure_ascii=False, indent=1, default=str))
        return EXIT_OK
    b, f = kpis.beneficiaries, kpis.funds_by_transaction
    funds = _fund_labels()
    # Each status by its label in the chosen language ("3 Active" in English, as the lists say it).
    by_status = ", ".join(f"{n} {code_label('initiative_statuses', s)}" for s, n in kpis.initiatives_by_status.items())
    rows = [
        (translate("cli", "initiatives"), f"{kpis.initiatives} ({by_status})"),
        (translate("cli", "countries, cities"), f"{kpis.countries}, {kpis.cities}"),
        (translate("cli", "beneficiaries"),
         translate("cli", "{reached} reached of {targeted} targeted (direct); {indirect} reached indirectly").format(
             reached=f"{b['reached']['total']:,}", targeted=f"{b['targeted']['total']:,}",
             indirect=f"{kpis.indirect['reached']:,}")),
        (translate("cli", "funds (USD)"),
         ", ".join(f"{funds.get(name, name)} {value:,.2f}" for name, value in f.items())),
        (translate("cli", "partners"),
         cli.tr("{partners} from %n countries", None, kpis.partner_countries).format(partners=kpis.partners)),
        (translate("cli", "knowledge products"), str(kpis.knowledge_products)),
        (translate("cli", "SDGs"), translate("cli", "{goals} of 17 goals, {targets} of 169 targets").format(
            goals=kpis.sdg_goals, targets=kpis.sdg_targets)),
    ]
    workbook = translate("cli", "workbook")
    if args.out:
        rows.append((workbook, str(args.out)))
    width = max(len(label) for label, _value in [*rows, (workbook, "")])  # the figures in one column
    lines = [translate("cli", "KPIs of {target} ({filters})").format(target=target, filters=filters.describe())]
    lines += [f"  {label.ljust(width)} {value}" for label, value in rows]
    print("\n".join(lines))
    return EXIT_OK


def _fund_labels() -> dict[str, str]:
    """The words for the fund figures on screen (their keys stay English in --json)."""
    return {
        "pledged": translate("cli", "pledged", "funds"),
        "committed": translate("cli", "committed", "funds"),
        "received": translate("cli", "received", "funds"),
        "spent": translate("cli", "spent", "funds"),
    }


def _key_path(args: argparse.Namespace, target: str | Path) -> Path:
    """The signing key to use: --key, else the one beside the SQLite data file, else the data folder's."""
    from db.store import default_store_path
    from desktop.exchange.signing import key_path_for

    if getattr(args, "key", None):
        return Path(args.key)
    if isinstance(target, Path) or "://" not in str(target):
        return key_path_for(Path(target))
    return key_path_for(default_store_path(args.data_dir))


def _signing_key(args: argparse.Namespace, target: str | Path):  # type: ignore[no-untyped-def]
    """The key that signs (made on first use) and the rotation statement it carries, if it replaced another."""
    from desktop.exchange.signing import KeyFileError, carried_rotation, load_or_create_key

    path = _key_path(args, target)
    try:
        key = load_or_create_key(path)
        return key, carried_rotation(path, key)
    except KeyFileError as exc:
        raise UserError(str(exc)) from None


def _run_keys(args: argparse.Namespace) -> int:
    from db.store import open_store
    from desktop.exchange import keys
    from desktop.exchange.errors import ExchangeError, PackageError
    from desktop.exchange.read import validate_package
    from desktop.exchange.signing import KeyFileError, load_key, rotate_key_file

    action = args.keys_command
    try:
        if action in ("mine", "rotate"):
            target = _store_target(args)
            path = _key_path(args, target)
            if action == "mine":
                key = load_key(path)
                print(f"{path}: {key.fingerprint}")
                return EXIT_OK
            holder = args.holder or _office_of(target)
            key, _ = rotate_key_file(path, holder)
            print(translate("cli", "{path}: new key {fingerprint} for {holder}; the previous key was kept beside it, "
                            "and the next packages carry the change signed by it").format(
                path=path, fingerprint=key.fingerprint, holder=holder))
            return EXIT_OK
        if action == "trust":
            try:
                report = validate_package(args.package)
            except PackageError as exc:
                raise UserError(str(exc)) from None
            check = report.signature
            if check is None:
                raise UserError(translate("cli", "{package}: not signed; there is no key to trust").format(
                    package=args.package))
            if not check.valid:
                raise UserError(f"{args.package}: {check.problem}")
            if _hex(args.fingerprint) != _hex(check.fingerprint)[:len(_hex(args.fingerprint))] \
                    or len(_hex(args.fingerprint)) < 8:
                raise UserError(translate("cli", "{package}: signed by key {fingerprint}, not {given}: do not trust "
                                          "it; ask the office which key it uses (fieldbook keys mine)").format(
                    package=args.package, fingerprint=check.fingerprint, given=args.fingerprint))
        if action == "list":  # read-only: works while the app has the data file open
            with _open_for_reading(args.db) as store, store.engine.connect() as conn:
                entries = keys.list_keys(conn)
            for entry in entries:
                print(keys.describe(entry))
            if not entries:
                print(translate("cli", "{db}: no keys yet (the first package of each office asks to confirm its "
                                "key)").format(db=args.db))
            return EXIT_OK
        with open_store(args.db, create=False) as store, store.engine.begin() as conn:
            if action == "trust":
                entry = keys.trust_key(conn, check.holder, check.public_key, by=store.user, how="added by hand")
                print(keys.describe(entry))
            else:
                entry = keys.revoke_key(conn, args.holder, args.fingerprint, by=store.user, note=args.note)
                print(keys.describe(entry))
    except (ExchangeError, KeyFileError) as exc:
        raise UserError(str(exc)) from None
    return EXIT_OK


def _hex(text: str) -> str:
    return "".join(ch for ch in text.lower().removeprefix("sha256:") if ch in "0123456789abcdef")


def _office_of(target: str | Path) -> str:
    from sqlalchemy import select

    from db.models import Office

    with _open_for_reading(target) as store, store.engine.connect() as conn:
        codes = conn.scalars(select(Office.__table__.c.code)).all()
    if len(codes) != 1:
        raise UserError(cli.tr("{target}: name the holder of the key with --holder (the store holds %n offices)",
                               None, len(codes)).format(target=target))
    return codes[0]


class _UsageError(Exception):
    """Arguments that do not fit together; exit code 2, like argparse's own errors."""


def _open_for_reading(target: str | Path):  # type: ignore[no-untyped-def]
    """Read-only, so it works while the app has the file open (WAL readers see the last commit); a store at an
    older schema is opened for writing instead, to be migrated after a backup (refused while it is open elsewhere)."""
    from db.errors import StoreNeedsMigration
    from db.store import open_store

    try:
        return open_store(target, create=False, read_only=True)
    except StoreNeedsMigration:
        return open_store(target, create=False)


def _count_label(kind: str, n: int) -> str:
    """"70 initiatives": a count of records of one kind (an entity, or "tombstone"), for people."""
    if kind == "office":
        return cli.tr("%n office(s)", None, n)
    if kind == "initiative":
        return cli.tr("%n initiative(s)", None, n)
    if kind == "partner":
        return cli.tr("%n partner(s)", None, n)
    if kind == "initiative_partner":
        return cli.tr("%n partner link(s)", None, n)
    if kind == "beneficiary_count":
        return cli.tr("%n beneficiary count(s)", None, n)
    if kind == "funding_line":
        return cli.tr("%n funding line(s)", None, n)
    if kind == "knowledge_product":
        return cli.tr("%n knowledge product(s)", None, n)
    if kind == "tombstone":
        return cli.tr("%n tombstone(s)", None, n)
    return f"{n} {kind}"


def _counts_line(counts: dict[str, int]) -> str:
    return ", ".join(_count_label(kind, n) for kind, n in counts.items())


def _counts(store) -> dict[str, int]:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from db.models import RECORD_TYPES, Tombstone

    with store.read_session() as session:
        counts = {cls.entity: session.scalar(select(func.count()).select_from(cls)) or 0 for cls in RECORD_TYPES}
        counts["tombstone"] = session.scalar(select(func.count()).select_from(Tombstone)) or 0
    return counts


def packages_to_open(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """``fieldbook [--data-dir D] FILE.xlsx …`` — what "Open with Fieldbook" runs — opens the app with those packages
    on its Consolidate page: the package files are taken out of the arguments before the command is parsed. Anything
    after a command is the command's own."""
    rest: list[str] = []
    packages: list[str] = []
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in ("--data-dir", "--lang", "--db"):
            rest += args[i:i + 2]
            i += 2
            continue
        if not arg.startswith("-"):
            if arg.lower().endswith(".xlsx"):
                packages.append(arg)
                i += 1
                continue
            rest += args[i:]  # a command: the rest is its own
            break
        rest.append(arg)
        i += 1
    return rest, packages


def _run_app(args: argparse.Namespace) -> int:
    try:
        from desktop.ui.app import run_app
    except ImportError as exc:  # the desktop app is not built yet in this version
        raise UserError(translate("cli", "the desktop app is not available in this build ({reason}); use a command, "
                                  "see --help").format(reason=exc)) from None
    return run_app(data_dir=args.data_dir, packages=getattr(args, "packages", []), lang=args.lang,
                   db=getattr(args, "app_db", None))


def language_asked(argv: Sequence[str]) -> str | None:
    """The language ``--lang CODE`` (or ``--lang=CODE``) asks for, read before the parser is built: its help is
    written in that language too."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _use_language(asked: str | None) -> None:
    """Messages in the language asked for, else the environment's (LC_ALL, LC_MESSAGES, LANG), else English."""
    from desktop import translations

    from desktop import argparse_i18n

    translations.use(translations.normalize(asked) or translations.from_environment())
    argparse_i18n.install()  # argparse's own words ("usage:", "invalid choice") in that language too


def main(argv: Sequence[str] | None = None) -> int:
    from db.errors import StoreError

    argv, packages = packages_to_open(sys.argv[1:] if argv is None else argv)
    asked = language_asked(argv)
    _use_language(asked)
    parser = _parser()
    args = parser.parse_args(argv)
    args.packages = packages
    run: Callable[[argparse.Namespace], int] = getattr(args, "run", _run_app)
    if args.app_db is not None and args.command is not None:
        parser.print_usage(sys.stderr)
        print("fieldbook: " + translate("cli", "error: --db goes after the command's name (fieldbook {command} --db "
                                        "…); before it, --db opens the app").format(command=args.command),
              file=sys.stderr)
        return EXIT_USAGE
    try:
        return run(args)
    except (UserError, StoreError) as exc:
        print(f"fieldbook: {exc}", file=sys.stderr)
        return EXIT_REJECTED
    except _UsageError as exc:
        parser.print_usage(sys.stderr)
        print("fieldbook: " + translate("cli", "error: {message}").format(message=exc), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("fieldbook: " + translate("cli", "interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # `fieldbook … | head`: the reader has gone, which is fine
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:  # a file or folder the command could not write or read: a full disk, a read-only folder
        from db.files import disk_reason, what_to_do

        where = f"{exc.filename}: " if exc.filename else ""
        print(f"fieldbook: {where}{disk_reason(exc)}; {what_to_do(exc)}", file=sys.stderr)
        return EXIT_REJECTED


if __name__ == "__main__":
    sys.exit(main())
