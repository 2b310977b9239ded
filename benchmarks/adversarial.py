"""Adversarial benchmark (issue #8): hostile inputs grown 1x, 10x, 100x through the full analysis.

Every case is a generator of text with `n` repeats of a hostile pattern. Each (case, size) runs in its
own process (with a time limit, so a pattern that backtracks catastrophically cannot hang the run): it
loads the models, warms up on a small text, then times `analyze_article(from_text(text))`: cleaning
from memory, sentences, tokens, tags, frequencies, quotes and numbers. Time is the process's CPU time
(other work on a shared machine does not inflate it). The figure is the growth of time per character
from 10x to 100x (1.0 = linear; a quadratic pattern gives ~10): flagged SUPERLINEAR above 2.0. The
1x -> 10x growth is printed too (fixed per-call costs make it read low). A size that runs past the time
limit is reported with a lower bound (the limit over the previous size's cost per character).
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import PYTHON, ROOT, Result, log, machine_line, print_results

TARGET = 2.0
SCALES = (1, 10, 100)
TIMEOUT = 120.0  # seconds for one (case, size) run

PROSE = ("The minister said the talks in Beijing would continue next week, and officials expect "
         "a deal worth $18bn by the end of 2025. ")


def nested_quotes(n: int) -> str:
    """Quotes inside quotes, n levels deep, alternating double and single curly marks."""
    opens = "".join((f"“Level {i} said " if i % 2 == 0 else f"‘level {i} said ") for i in range(n))
    closes = "".join(("”" if i % 2 == 0 else "’") for i in reversed(range(n)))
    return opens + "the end" + closes + " the reporter said."


def unbalanced_quotes(n: int) -> str:
    """Openers that never close: every opener could start a quote that runs to the end."""
    return " ".join(f"“Officials said {i} things, she said." for i in range(n))


def interleaved_quotes(n: int) -> str:
    """Marks of different kinds closing in the wrong order, straight and curly mixed."""
    return " ".join(f"“a ‘b” c’ \"d «e\" f» '{i}" for i in range(n))


def quote_marks_only(n: int) -> str:
    """n quotation marks of several kinds, a few per word (100x = 100,000 marks)."""
    marks = "\"“”‘’'«»"
    return " ".join(marks[i % len(marks)] * 5 + "word" + marks[(i + 3) % len(marks)] * 5 for i in range(n // 10))


def digit_run_separators(n: int) -> str:
    """One figure of n digit groups with thousands separators, then a letter (tempts backtracking)."""
    return "The deficit was $1" + ",000" * n + ".5bnx dollars, officials said 1.2" + ".3" * n + "x."


def digit_run_mixed(n: int) -> str:
    """Many long digit runs mixing separators and spaces, ending in separators."""
    return " ".join("12,345.678 901 234,5" * 3 + "," for _ in range(n // 3)) + " per cent."


def capitalised_run(n: int) -> str:
    """n capitalised words with no punctuation: a name or speaker finder may try every start."""
    words = ["Vladimir", "Xi", "President", "Beijing", "Minister", "John", "Foreign", "Trade", "New", "York"]
    return " ".join(words[i % len(words)] for i in range(n)) + " said the deal was done."


def said_cues(n: int) -> str:
    """Attribution cues without quotes: each cue can look for a quote in every direction."""
    return " ".join(f"he said, she told reporters, Mr Wang added {i}," for i in range(n)) + " ."


def one_long_line(n: int) -> str:
    """Prose with no line break at all (100x = about 5 MB)."""
    return (PROSE * (n * 500 // len(PROSE) + 1))[: n * 500]


def long_word(n: int) -> str:
    """A single "word" of n letters and hyphens, no spaces."""
    return "Word " + "abc-" * n + "end said officials."


# Hostile HTML pages (issue 17), read through `load_article` from a file like any saved page, so they time
# whichever HTML extractor is in place, then analysed in full.
HTML_STORY = "<p>" + PROSE + "“The deal is done,” the minister said.</p>"


def _html(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def html_nested(n: int) -> str:
    """n nested elements around the story, properly closed (100x = 100,000)."""
    return _html("<div>" * n + HTML_STORY + "</div>" * n)


def html_never_closed(n: int) -> str:
    """n nested elements of three kinds, never closed, with story paragraphs among them."""
    return _html(("<div><span><b>" * 30 + HTML_STORY) * (n // 90 + 1))


def html_stray_end_tags(n: int) -> str:
    """n open elements, then n end tags that close none of them (quadratic in a naive tag stack)."""
    return _html("<div>" * n + HTML_STORY + "</span>" * n)


def html_attribute(n: int) -> str:
    """One attribute of n characters on the story's paragraph (100x = 50 MB)."""
    return _html(f'<p title="{"a" * n}">{PROSE}</p>')


def html_scripts(n: int) -> str:
    """n scripts holding markup in strings, and styles: a page with no text at all."""
    return _html("<script>var x = '<p>not text</p>'; document.write('<b>x</b>');</script><style>p{}</style>" * n)


def html_broken(n: int) -> str:
    """Story paragraphs among unclosed and misnested tags, stray '<', broken attributes and references."""
    junk = ("<p>Unclosed <b>bold <i>both</b> crossed</i> <div><p <p <<>> </table></td> "
            "<a href='javascript:alert(1)' onclick=\"alert(2)\">a link</a> &bogus; &#0; &#99999999; ")
    return "<html>" + (HTML_STORY + junk) * n


def html_laughs(n: int) -> str:
    """The billion-laughs DOCTYPE (ten levels of ten-fold entities), then n references to its top entity."""
    def name(level: int) -> str:
        return f"lol{level}" if level else "lol"

    entities = "".join(f'<!ENTITY {name(i)} "{("&" + name(i - 1) + ";") * 10}">' for i in range(1, 10))
    return ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY lol "lol">' + entities + "]><html><body>"
            + (HTML_STORY + "<p>&lol9;</p>") * n + "</body></html>")


def html_lying_charset(n: int) -> bytes:
    """A cp1252 page whose meta charset says UTF-8."""
    story = "Café owners said “no” to the plan, and the mayor’s office agreed on Tuesday. "
    return ("<html><head><meta charset='utf-8'></head><body><p>" + story * n + "</p></body></html>").encode("cp1252")


# name -> (generator, units at 1x). Sizes keep every 100x run within a few seconds when linear.
CASES: dict[str, tuple[Callable[[int], str], int]] = {
    "nested quotes": (nested_quotes, 40),
    "unbalanced quotes": (unbalanced_quotes, 100),
    "interleaved quotes": (interleaved_quotes, 100),
    "quote marks (100x = 100,000)": (quote_marks_only, 1000),
    "digit run, separators": (digit_run_separators, 500),
    "digit runs, mixed": (digit_run_mixed, 100),
    "capitalised words": (capitalised_run, 1000),
    "said cues, no quotes": (said_cues, 100),
    "one line (100x = 5 MB)": (one_long_line, 100),
    "one long word": (long_word, 1000),
    "HTML nested elements (100x = 100,000)": (html_nested, 1000),
    "HTML never-closed elements": (html_never_closed, 1000),
    "HTML end tags closing nothing (100x = 100,000)": (html_stray_end_tags, 1000),
    "HTML attribute (100x = 50 MB)": (html_attribute, 500_000),
    "HTML only scripts": (html_scripts, 100),
    "HTML broken markup": (html_broken, 20),
    "HTML billion laughs": (html_laughs, 20),
    "HTML lying meta charset": (html_lying_charset, 100),
}
HTML_CASES = {name for name in CASES if name.startswith("HTML ")}


def worker(case: str, scale: int) -> dict:
    """In a child process: time the full analysis of one case at one size (an HTML case: loading the page
    from a file, extraction included)."""
    import tempfile

    from helpers.load.article import from_text, load_article
    from helpers.pipeline import analyze_article

    analyze_article(from_text(PROSE * 20 + " “A quote,” he said."))  # load models, compile patterns
    generator, units = CASES[case]
    text = generator(units * scale)
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "page.html"
        if case in HTML_CASES:
            warm = page.with_name("warm.html")
            warm.write_text(_html(HTML_STORY), encoding="utf-8")
            analyze_article(load_article(warm))  # the extractor's first-use costs
            page.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        start, cpu = time.perf_counter(), time.process_time()
        if case in HTML_CASES:
            result = analyze_article(load_article(page, max_mb=200))
        else:
            result = analyze_article(from_text(text))
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"seconds": seconds, "cpu": cpu, "chars": len(text), "tokens": result["tokens"],
            "quotes": len(result["quotes"]), "numbers": len(result["numbers"])}


def measure(case: str, scale: int, timeout: float) -> dict:
    """One (case, size) in a fresh process; {"error": ...} on a crash or timeout."""
    try:
        done = subprocess.run([PYTHON, str(Path(__file__).resolve()), "--worker", case, str(scale)],
                              cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"over {timeout:.0f}s at {scale}x"}
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        return {"error": f"{scale}x: {lines[-1] if lines else 'exit ' + str(done.returncode)}"[:90]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(cases: list[str] | None = None, timeout: float = TIMEOUT) -> list[Result]:
    results, lines = [], []
    for case in cases or list(CASES):
        log(f"adversarial: {case}")
        rows = {}
        for scale in SCALES:
            rows[scale] = measure(case, scale, timeout)
            if "error" in rows[scale]:
                break
            # Even growing linearly, the next size would pass the limit: say so instead of waiting.
            if scale < SCALES[-1] and rows[scale]["seconds"] * 10 > timeout:  # wall: what the limit counts
                rows[scale * 10] = {"error": f"skipped {scale * 10}x: {scale}x took {rows[scale]['seconds']:.1f}s"}
                break
        error = next((r["error"] for r in rows.values() if "error" in r), None)
        per_char = {s: r["cpu"] / r["chars"] for s, r in rows.items() if "error" not in r}
        growth = {s: per_char[s] / per_char[s // 10] for s in per_char if s // 10 in per_char}
        sizes = " ".join(f"{s}x {r['chars']:,} ch {r['cpu']:.2f}s" for s, r in rows.items() if "error" not in r)
        found = rows.get(max(per_char)) if per_char else None
        extra = f"; {found['tokens']:,} tokens, {found['quotes']} quotes, {found['numbers']} numbers" if found else ""
        lines.append(f"- {case}: {sizes}{extra}" + (f" [{error}]" if error else ""))
        last = growth.get(SCALES[-1])
        note = f"1x->10x {growth[10]:.2f}x" if 10 in growth else ""
        timed_out = error is not None and error.startswith("over ") and per_char
        if timed_out:
            # Ran out of time at the next size: the growth is at least the limit over the last size's cost.
            scale = max(per_char) * 10
            chars = len(CASES[case][0](CASES[case][1] * scale))
            bound = (timeout / chars) / per_char[max(per_char)]  # wall limit over CPU cost: a lower bound
            results.append(Result("adversarial", f"{case}: time/char {scale}x vs {scale // 10}x", bound, TARGET,
                                  "<=", note=f"at least: {error}" + ("; SUPERLINEAR" if bound > TARGET else ""),
                                  error=None if bound > TARGET else f"limit too short to tell ({error})"))
        elif error is not None and error.startswith("skipped") and 10 in growth:
            # The largest size would pass the time limit even if linear: judge the decade measured.
            results.append(Result("adversarial", f"{case}: time/char 10x vs 1x", growth[10], TARGET, "<=",
                                  note=f"{error}; raise --timeout for 100x"))
        elif error is not None:
            results.append(Result("adversarial", case, last, TARGET, "<=", error=error))
        else:
            flag = "" if last <= TARGET else "SUPERLINEAR; "
            results.append(Result("adversarial", f"{case}: time/char 100x vs 10x", last, TARGET, "<=",
                                  note=flag + note))
    print(f"\n## Adversarial inputs (full analysis; fresh process per size)\n{machine_line()}")
    print("\n".join(lines))
    return results


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", action="append", choices=list(CASES), help="only these cases (repeatable)")
    parser.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds per (case, size) run")
    parser.add_argument("--worker", nargs=2, metavar=("CASE", "SCALE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker[0], int(args.worker[1]))))
        return
    print_results(run(args.case, args.timeout))


if __name__ == "__main__":
    main()
