"""Set-up: NLTK data from a local mirror, a clear error when a resource is missing, `make lab` answers."""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

import nltk
import pytest

from helpers import resources
from helpers.resources import NLTK_RESOURCES, MissingResourceError, require, setup_nltk_data


def test_setup_copies_every_resource_from_a_mirror(tmp_path):
    mirror = resources.default_mirror()
    if mirror is None:
        pytest.skip("no local NLTK mirror on this machine")
    report = setup_nltk_data(mirror, target=tmp_path)
    assert len(report) == len(NLTK_RESOURCES)
    assert all((tmp_path / relative).is_file() for relative in NLTK_RESOURCES.values())
    # second run: nothing to do
    assert all(line.endswith("present") for line in setup_nltk_data(mirror, target=tmp_path))


def test_missing_resource_names_the_setup_command(monkeypatch, tmp_path):
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    monkeypatch.setattr(resources, "NLTK_DATA_DIR", tmp_path / "empty")
    with pytest.raises(MissingResourceError, match=r"'wordnet' is not installed; run `make setup`"):
        require("wordnet")


def test_project_data_folder_is_on_nltk_path():
    import helpers  # noqa: F401  (importing the package registers the folder)

    assert str(resources.NLTK_DATA_DIR) == nltk.data.path[0]
    for resource_id in NLTK_RESOURCES:
        require(resource_id)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get_when_up(url: str, seconds: float = 60) -> str:
    deadline = time.time() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                return response.read().decode()
        except urllib.error.URLError as error:
            if isinstance(error, urllib.error.HTTPError) or time.time() > deadline:
                raise
            time.sleep(0.5)


@pytest.mark.slow
def test_make_lab_answers_on_localhost_with_a_token():
    port = _free_port()
    process = subprocess.Popen(["make", "lab", f"PORT={port}"], cwd=resources.PROJECT_ROOT, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        url, deadline, output = None, time.time() + 120, []
        while url is None and time.time() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            output.append(line)
            found = re.search(rf"(http://(?:127\.0\.0\.1|localhost):{port}/lab\?token=\w+)", line)
            url = found.group(1) if found else None
        assert url, "JupyterLab printed no URL:\n" + "".join(output[-20:])
        page = _get_when_up(url)
        assert "JupyterLab" in page
        # without the token the API refuses
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/contents", timeout=30)
        assert refused.value.code == 403
        # bound to localhost only
        listening = subprocess.run(["ss", "-ltn"], capture_output=True, text=True).stdout
        assert f"0.0.0.0:{port}" not in listening and f"*:{port}" not in listening
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def test_helpers_import_from_any_folder(tmp_path):
    """Notebook kernels start in notebooks/ (or anywhere): set-up makes the project importable there."""
    import sys

    out = subprocess.run([sys.executable, "-c", "import helpers, sys; print(helpers.__file__)"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == str(resources.PROJECT_ROOT / "helpers" / "__init__.py")
