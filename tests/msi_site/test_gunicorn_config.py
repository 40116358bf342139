"""The gunicorn config freezes what the master loaded before a worker is forked and lets the
worker collect garbage (msi_site/gunicorn.conf.py, docs/examplebank.md "Measuring")."""

import gc
import runpy

from tests.helpers import ROOT


def test_the_worker_collects_and_skips_what_the_master_loaded():
    was_enabled = gc.isenabled()
    try:
        config = runpy.run_path(str(ROOT / "msi_site" / "gunicorn.conf.py"))
        assert not gc.isenabled(), "the master loads the app without collections"
        assert config["preload_app"] is True
        gc.unfreeze()
        config["pre_fork"](server=None, worker=None)
        assert gc.get_freeze_count() > 0
        config["post_fork"](server=None, worker=None)
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()
        else:
            gc.disable()
