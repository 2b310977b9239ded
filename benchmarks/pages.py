"""Web pages: our whole analysis of a saved page against trafilatura's extraction plus our analysis of
the text it extracts.

Both sides start from the same file's bytes, page by page in alternating order, timed in CPU seconds:
- ours: `helpers.pipeline.analyze_path` (decode, one parse, trafilatura's and readability's bodies merged,
  metadata, cleaning, the full analysis);
- baseline: `trafilatura.bare_extraction(html, favor_precision=True, include_comments=False,
  with_metadata=True)` (its precision mode with its own fallbacks, and its metadata), then the same
  analysis of the text it returns (`from_text` + `analyze_article`).
Target: ours costs at most 1.2x the baseline. The pages are `../shared/eval/aeb-dev` (95 news and blog
pages, read into a temporary folder outside the project, never into it); without them, the saved
BBC-style test page.
"""
from __future__ import annotations

import gzip
import shutil
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import ROOT, Result, base_parser, log, machine_line, print_results

AEB = ROOT.parent / "shared" / "eval" / "aeb-dev"
FALLBACK = ROOT / "tests" / "data" / "bbc-style-page.html"
DEFAULT_LIMIT = 95
TARGET = 1.2


def page_files(folder: Path, limit: int | None) -> tuple[list[Path], str]:
    sources = sorted(AEB.glob("*.html.gz"))[:limit]
    if not sources:
        path = folder / FALLBACK.name
        shutil.copyfile(FALLBACK, path)
        return [path], "the saved BBC-style test page"
    paths = []
    for source in sources:
        path = folder / source.name.removesuffix(".gz")
        path.write_bytes(gzip.decompress(source.read_bytes()))
        paths.append(path)
    return paths, f"aeb-dev ({len(paths)} pages)"


def run(limit: int | None = DEFAULT_LIMIT, rounds: int = 2) -> list[Result]:
    import trafilatura

    from helpers.cli import _preload
    from helpers.load.article import decode, from_text
    from helpers.pipeline import analyze_article, analyze_path

    def ours(path: Path) -> None:
        analyze_path(str(path))

    def baseline(path: Path) -> None:
        html, _ = decode(path.read_bytes())
        document = trafilatura.bare_extraction(html, favor_precision=True, include_comments=False,
                                               with_metadata=True)
        analyze_article(from_text(document.text if document is not None else ""))

    sides = {"ours": ours, "trafilatura + our analysis": baseline}
    folder = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    try:
        paths, source = page_files(folder, limit)
        log(f"pages: {source}")
        _preload()
        for side in sides.values():  # warm-up: imports, models, first-use caches
            side(paths[0])
        cpu = dict.fromkeys(sides, 0.0)
        for round_number in range(rounds):
            for number, path in enumerate(paths):
                order = list(sides) if (number + round_number) % 2 == 0 else list(sides)[::-1]
                for name in order:
                    start = time.process_time()
                    sides[name](path)
                    cpu[name] += time.process_time() - start
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    pages = len(paths) * rounds
    print(f"\n## Pages ({source}; {rounds} rounds, one process)\n{machine_line()}")
    for name, seconds in cpu.items():
        print(f"{name:<28} {seconds:>7.2f} s CPU  {1000 * seconds / pages:>7.1f} ms per page")
    ratio = cpu["ours"] / cpu["trafilatura + our analysis"]
    return [Result("pages", "page analysis vs trafilatura + our analysis", ratio, TARGET, "<=",
                   note=f"{1000 * cpu['ours'] / pages:.0f} vs "
                        f"{1000 * cpu['trafilatura + our analysis'] / pages:.0f} ms per page")]


if __name__ == "__main__":
    parser = base_parser(__doc__.splitlines()[0], DEFAULT_LIMIT)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    print_results(run(args.limit, args.rounds))
