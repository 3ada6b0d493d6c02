"""The interface speaks French, English and Dutch completely: CI fails on a missing string."""

import os
import shutil
from pathlib import Path

import polib
import pytest

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

LOCALE = Path(settings.BASE_DIR) / "locale"
LANGUAGES = [code for code, _name in settings.LANGUAGES]
# The project's own apps (every installed app inside the project), the site package, templates.
SOURCES = [
    *(
        Path(app.path).name
        for app in apps.get_app_configs()
        if Path(app.path).parent == Path(settings.BASE_DIR)
    ),
    "portal",
    "templates",
]


def catalogue(language):
    return polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_and_none_is_fuzzy(language):
    po = catalogue(language)
    assert len(po) > 100
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language):
    po = catalogue(language)
    mo = polib.mofile(str(LOCALE / language / "LC_MESSAGES" / "django.mo"))
    compiled = {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural for entry in mo}
    for entry in po.translated_entries():
        key = (entry.msgctxt, entry.msgid)
        expected = entry.msgstr or {int(k): v for k, v in entry.msgstr_plural.items()}
        found = compiled.get(key)
        if isinstance(found, dict):
            found = {int(k): v for k, v in found.items()}
        assert found == expected, f"{language}: recompile, {entry.msgid!r} is stale"


def test_catalogues_hold_every_string_of_the_code(tmp_path):
    if not shutil.which("xgettext"):
        if os.environ.get("CI"):
            pytest.fail("gettext must be installed in CI to check the catalogues")
        pytest.skip("gettext is not installed (apt-get install gettext)")
    for source in SOURCES:
        shutil.copytree(
            Path(settings.BASE_DIR) / source,
            tmp_path / source,
            ignore=shutil.ignore_patterns("__pycache__", "migrations"),
        )
    for language in LANGUAGES:
        (tmp_path / "locale" / language / "LC_MESSAGES").mkdir(parents=True)
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
            call_command("makemessages", locale=LANGUAGES, verbosity=0)
    finally:
        os.chdir(cwd)
    for language in LANGUAGES:
        in_code = {
            (entry.msgctxt, entry.msgid)
            for entry in polib.pofile(
                str(tmp_path / "locale" / language / "LC_MESSAGES" / "django.po")
            )
        }
        in_catalogue = {(entry.msgctxt, entry.msgid) for entry in catalogue(language)}
        missing = sorted(msgid for _context, msgid in in_code - in_catalogue)
        assert missing == [], f"{language}: run `make messages` and translate {missing}"
