"""The command line: `python -m helpers analyze [--format jsonl|table] [--published DATE] PATH...`.

Results stream out as each article is done (one JSON object per line with `--format jsonl`), in the
order the paths were given, so memory stays flat over any number of files. `python -m helpers setup`
installs the NLTK data (what `make setup` runs). `python -m helpers corpus build INPUT... --out DIR` analyses
many articles into a Parquet dataset (see `helpers.corpus`).
"""
from helpers.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
