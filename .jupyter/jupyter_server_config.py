"""JupyterLab server settings for this project (`make lab` passes this file with --config).

Notebooks are tracked without outputs: saving one (Ctrl+S) writes its cells and their sources, never the
outputs, execution counts or widget state of a run (`helpers.views.notebook.strip_outputs`). Autosave is
off in .jupyter/overrides.json, so opening and running a notebook changes no file at all.
"""
c = get_config()  # noqa: F821 - provided by Jupyter when it loads this file
c.FileContentsManager.pre_save_hook = "helpers.views.notebook.strip_outputs"
