"""A deployment collects the static files with the production storage: every file that a
stylesheet or a script refers to must be shipped, or ``collectstatic`` stops the deployment."""

import json

from django.core.management import call_command

from portal.settings import base


def test_the_static_files_collect_with_the_production_storage(tmp_path, settings):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        # What production uses: the base settings' storage, which tests replace.
        "staticfiles": base.STORAGES["staticfiles"],
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    paths = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    # The map's script and stylesheet, and what they refer to, are served under hashed names.
    for name in (
        "vendor/leaflet/leaflet.js",
        "vendor/leaflet/leaflet.js.map",
        "vendor/leaflet/images/layers.png",
        "css/portal.css",
        "img/favicon.svg",
    ):
        assert name in paths, name
        assert (tmp_path / paths[name]).exists()
