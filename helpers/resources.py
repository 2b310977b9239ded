"""Where the project lives and the NLTK resources it needs.

NLTK data is kept in a project-local, git-ignored folder (`.nltk_data/`) that is put on
`nltk.data.path` by absolute path, so notebooks, tests and the command line find the same data
whatever their working directory. `python -m helpers setup` fills it (see `setup_nltk_data`).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
NLTK_DATA_DIR = PROJECT_ROOT / ".nltk_data"
# The article every notebook and the report open when not told otherwise.
SEED_ARTICLE = PROJECT_ROOT / "data" / "articles" / "putin-xi-beijing.txt"
SETUP_COMMAND = "make setup"  # also run by `make lab` and `make test`

# resource id (as in nltk.download) -> path inside an nltk_data folder
NLTK_RESOURCES: dict[str, str] = {
    "punkt_tab": "tokenizers/punkt_tab.zip",
    "averaged_perceptron_tagger_eng": "taggers/averaged_perceptron_tagger_eng.zip",
    "stopwords": "corpora/stopwords.zip",
    "wordnet": "corpora/wordnet.zip",
    "names": "corpora/names.zip",
    "brown": "corpora/brown.zip",
}


class MissingResourceError(RuntimeError):
    """An NLTK resource is not installed; the message says how to install it."""


def use_project_nltk_data() -> None:
    """Put the project's NLTK data folder first on nltk's search path (idempotent)."""
    import nltk

    path = str(NLTK_DATA_DIR)
    if path not in nltk.data.path:
        nltk.data.path.insert(0, path)


def require(resource_id: str) -> None:
    """Raise one clear error when an NLTK resource is missing, instead of NLTK's LookupError banner."""
    relative = NLTK_RESOURCES[resource_id]
    folder = relative.removesuffix(".zip")
    use_project_nltk_data()
    import nltk

    for base in nltk.data.path:
        if os.path.exists(os.path.join(base, relative)) or os.path.isdir(os.path.join(base, folder)):
            return
    raise MissingResourceError(
        f"NLTK resource '{resource_id}' is not installed; run `{SETUP_COMMAND}` in {PROJECT_ROOT}"
    )


def default_mirror() -> Path | None:
    """The local NLTK mirror: $NLTK_MIRROR, else ../shared/nltk_data beside the project when it exists."""
    env = os.environ.get("NLTK_MIRROR")
    if env:
        return Path(env)
    shared = PROJECT_ROOT.parent / "shared" / "nltk_data"
    return shared if shared.is_dir() else None


def setup_nltk_data(mirror: Path | None = None, target: Path = NLTK_DATA_DIR) -> list[str]:
    """Make every resource available in `target`: copy from the mirror, else `nltk.download`.

    Returns one line per resource saying where it came from; quick when everything is present.
    """
    mirror = mirror if mirror is not None else default_mirror()
    report = []
    for resource_id, relative in NLTK_RESOURCES.items():
        destination = target / relative
        if destination.exists():
            report.append(f"{resource_id}: present")
            continue
        source = mirror / relative if mirror else None
        if source is not None and source.exists():
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
            report.append(f"{resource_id}: copied from {mirror}")
            continue
        import nltk

        if not nltk.download(resource_id, download_dir=str(target), quiet=True, raise_on_error=False):
            raise MissingResourceError(
                f"could not install NLTK resource '{resource_id}': no local mirror has it "
                f"(set NLTK_MIRROR to a folder laid out like nltk_data) and nltk.download failed"
            )
        report.append(f"{resource_id}: downloaded")
    return report
