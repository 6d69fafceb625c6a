"""IR-to-IR rewrites, one per file; driver.py runs them in order (see PYTHON_PASSES there)."""
