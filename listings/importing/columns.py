"""The columns a structure's spreadsheet may have: a field of a listing type each, documented."""

import functools
import re

from django.db import models
from django.utils.translation import gettext as _

from wagtail.models import Page

from listings.models import LISTING_PAGE_MODELS

# Columns that are not the model's own fields, or not plain values.
SPECIAL = ("type", "title", "commune", "description", "tags")

NOT_IMPORTED = ("gallery", "contact")

PICTURE_COLUMNS = ("photo", "photos", "image", "images", "picture", "pictures")

PICTURE_URL = re.compile(r"https?://\S+\.(?:jpe?g|png|gif|webp|avif|heic)\b", re.IGNORECASE)

YES = {"1", "true", "yes", "oui", "ja", "x", "vrai", "waar"}

NO = {"", "0", "false", "no", "non", "nee", "faux", "onwaar"}

REQUIRED_COLUMNS = ("type", "reference", "title", "commune")

TYPES = {model.listing_type: model for model in LISTING_PAGE_MODELS}


@functools.cache
def own_fields(model):
    page_fields = {f.name for f in Page._meta.get_fields()}
    return tuple(
        f
        for f in model._meta.concrete_fields
        if f.name not in page_fields
        and not f.name.endswith("_ptr")
        and f.name not in NOT_IMPORTED
        and f.name not in SPECIAL
    )


def columns():
    """Every column the import reads, in the template's order, with who uses it."""
    result = {
        "type": None,
        "reference": None,
        "title": None,
        "summary": None,
        "commune": None,
        "description": None,
    }
    for model in LISTING_PAGE_MODELS:
        for model_field in own_fields(model):
            result.setdefault(model_field.name, None)
    result["tags"] = None
    return list(result)


def column_documentation():
    """What each column holds, in the reader's language: the template's legend."""
    docs = []
    for name in columns():
        users = [m for m in LISTING_PAGE_MODELS if name in SPECIAL or _has_field(m, name)]
        label, help_text, values = _describe(name, users[0] if users else None)
        # A column several types read with values of their own ("kind") lists them by type.
        by_type = [(str(m.listing_type_label), _describe(name, m)[2]) for m in users]
        if len({tuple(type_values) for _type, type_values in by_type}) < 2:
            by_type = []
        docs.append(
            {
                "name": name,
                "label": label,
                "help": help_text,
                "values": values,
                "values_by_type": by_type,
                "required": name in REQUIRED_COLUMNS or _required(name, users),
                "types": [str(m.listing_type_label) for m in users],
            }
        )
    return docs


def _has_field(model, name):
    return any(f.name == name for f in own_fields(model))


def _required(name, models_using):
    for model in models_using:
        for model_field in own_fields(model):
            if (
                model_field.name == name
                and not model_field.blank
                and not model_field.has_default()
            ):
                return True
    return False


def _describe(name, model):
    if name == "type":
        values = [f"{code} ({m.listing_type_label})" for code, m in TYPES.items()]
        return _("Type"), _("The kind of offer."), values
    if name == "commune":
        return _("Commune"), _("The INSEE code of the commune, or its exact name."), []
    if name == "description":
        return _("Description"), _("Plain text; an empty line starts a new paragraph."), []
    if name == "tags":
        return _("Tags"), _("Separated by commas."), []
    model_field = model._meta.get_field(name)
    values = [f"{value} ({label})" for value, label in model_field.choices or []]
    if isinstance(model_field, models.BooleanField):
        values = [_("yes / no")]
    if isinstance(model_field, models.DateField):
        values = [_("DD/MM/YYYY or YYYY-MM-DD")]
    return str(model_field.verbose_name).capitalize(), str(model_field.help_text), values
