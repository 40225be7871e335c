"""The `verify` command line: analyse stories, evaluate on corpora, start the review app."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .errors import VerifyError

STORY_SUFFIXES = {".txt", ".html", ".htm", ".md"}


def expand_inputs(paths: list[str]) -> list[Path]:
    """Files as given, and the story files inside any directory (sorted, recursive)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in STORY_SUFFIXES))
        else:
            out.append(p)
    return out


def cmd_analyze(args) -> int:
    from .analysis import analyze
    from .export import ledger_csv
    from .textio import read_story

    files = expand_inputs(args.files)
    if not files:
        print("verify: no story files found in " + ", ".join(args.files), file=sys.stderr)
        return 2
    results, failures = [], 0
    for f in files:
        try:
            text = read_story(f)
            results.append(analyze(text, article_id=args.article_id if len(files) == 1 else None,
                                   published=args.published, path=str(f)))
        except VerifyError as exc:
            failures += 1
            print(f"verify: {exc}", file=sys.stderr)
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        if args.format == "csv":
            out.write(ledger_csv(a.claims for a in results))
        elif args.format == "jsonl":
            for a in results:
                out.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
        else:
            doc = [a.to_dict() for a in results]
            json.dump(doc[0] if len(doc) == 1 and len(files) == 1 else doc, out, ensure_ascii=False, indent=2)
            out.write("\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failures else 0


def cmd_eval(args) -> int:
    if args.corpus == "polnear":
        from .evaluate.polnear import evaluate_dir, format_report
    elif args.corpus == "ptc":
        from .evaluate.ptc import evaluate_dir, format_report
    else:
        from .evaluate.quantities import evaluate_file as evaluate_dir, format_report
    if args.agreement:
        if args.corpus != "polnear":
            raise VerifyError("--agreement is for polnear: only it has articles with several annotators.")
        from .evaluate.polnear import agreement_dir
        report = agreement_dir(Path(args.directory))
    else:
        report = evaluate_dir(Path(args.directory), limit=args.limit)
    print(json.dumps(report, indent=2) if args.json else format_report(report))
    return 0


def cmd_batch(args) -> int:
    from .batch import run_batch

    report = run_batch(Path(args.input), Path(args.output), chunk=args.chunk, scheduler=args.scheduler,
                       progress=not args.quiet)
    print(json.dumps(report))
    return 0


def find_app() -> Path:
    """streamlit_app.py beside the package (a checkout) or in the current directory."""
    for candidate in (Path(__file__).resolve().parent.parent / "streamlit_app.py", Path.cwd() / "streamlit_app.py"):
        if candidate.is_file():
            return candidate
    raise VerifyError("streamlit_app.py not found: run `verify app` from the verify repository (pip install -e .).")


def cmd_app(args) -> int:
    import subprocess

    app = find_app()
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
           "--browser.gatherUsageStats", "false", "--server.port", str(args.port)]
    if args.story:
        cmd += ["--", "--story", args.story]
    return subprocess.call(cmd)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="verify", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    a = sub.add_parser("analyze", help="analyse story files or directories")
    a.add_argument("files", nargs="+", help="story files (.txt, .html) or directories of them")
    a.add_argument("--format", choices=["json", "jsonl", "csv"], default="json")
    a.add_argument("-o", "--output", help="write here instead of standard output")
    a.add_argument("--published", help="publication date, YYYY-MM-DD (resolves 'on Friday')")
    a.add_argument("--article-id", help="id for a single story (default: a hash of its text)")
    a.set_defaults(func=cmd_analyze)

    e = sub.add_parser("eval", help="score the engine against an annotated corpus")
    e.add_argument("corpus", choices=["polnear", "ptc", "quantities"])
    e.add_argument("directory", help="../shared/corpora/polnear/dev, ../shared/corpora/ptc, "
                                     "or tests/data/quantity_cases.json")
    e.add_argument("--limit", type=int, default=None, help="only the first N articles")
    e.add_argument("--json", action="store_true", help="print the report as JSON")
    e.add_argument("--agreement", action="store_true",
                   help="polnear: score annotators against each other on doubly annotated articles (the ceiling)")
    e.set_defaults(func=cmd_eval)

    b = sub.add_parser("batch", help="analyse an archive (directory, .jsonl or .csv) into Parquet and CSV")
    b.add_argument("input", help="a directory of stories, or a .jsonl/.csv file with id and text columns")
    b.add_argument("output", help="output directory (parts/*.parquet, ledger.csv, done.txt, failures.jsonl)")
    b.add_argument("--chunk", type=int, default=50, help="stories per Parquet part")
    b.add_argument("--scheduler", help="a Dask scheduler address (tcp://host:8786) to spread the work")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.set_defaults(func=cmd_batch)

    p = sub.add_parser("app", help="start the review app (Streamlit)")
    p.add_argument("story", nargs="?", default=None, help="a story file to open first")
    p.add_argument("--port", type=int, default=8501)
    p.set_defaults(func=cmd_app)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except VerifyError as exc:
        print(f"verify: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
