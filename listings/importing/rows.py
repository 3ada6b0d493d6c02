"""Each row of a file tried in the database: created, updated, unchanged or refused, with why."""

import re
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, models, transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from foundation.indexing import indexing_deferred
from foundation.spreadsheets import FORMULA_SIGNS
from listings.importing.columns import NO, PICTURE_URL, SPECIAL, TYPES, YES, _has_field, own_fields
from listings.models import LISTING_PAGE_MODELS
from territory.models import Commune

# Reading files


# Turning rows into listings


@dataclass
class RowResult:
    line: int
    reference: str = ""
    title: str = ""
    action: str = ""
    errors: list = field(default_factory=list)

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REFUSED = "refused"
    # What a row became, and what it would become on a dry run.
    LABELS = {
        CREATED: pgettext_lazy("import row", "created"),
        UPDATED: pgettext_lazy("import row", "updated"),
        UNCHANGED: pgettext_lazy("import row", "unchanged"),
        REFUSED: pgettext_lazy("import row", "refused"),
    }
    PLANNED_LABELS = {
        **LABELS,
        CREATED: pgettext_lazy("import row", "to create"),
        UPDATED: pgettext_lazy("import row", "to update"),
    }

    @classmethod
    def label(cls, action, done=True):
        return (cls.LABELS if done else cls.PLANNED_LABELS)[action]

    def as_dict(self):
        return {
            "line": self.line,
            "reference": self.reference,
            "title": self.title,
            "action": self.action,
            "errors": [str(error) for error in self.errors],
        }


class RowRefused(Exception):
    def __init__(self, errors):
        self.errors = errors


def run_import(header, rows, structure, user=None, publish=False, dry_run=True):
    """Try every row under ``structure``; keep the result unless ``dry_run`` or any refusal."""
    results = []
    seen = {}
    with indexing_deferred(), transaction.atomic():
        existing = existing_listings(structure)
        for number, cells in enumerate(rows, start=2):
            if not any(str(cell).strip() for cell in cells):
                continue
            result = RowResult(line=number)
            try:
                values = row_values(header, cells)
                result.reference = values.get("reference", "")[:100]
                result.title = values.get("title", "")[:200]
                if result.reference in seen:
                    raise RowRefused(
                        [
                            _("The reference %(reference)s is already on line %(line)d.")
                            % {"reference": result.reference, "line": seen[result.reference]}
                        ]
                    )
                seen[result.reference] = number
                with transaction.atomic():
                    result.action = save_row(values, structure, user, publish, existing)
            except RowRefused as refusal:
                result.action = RowResult.REFUSED
                result.errors = refusal.errors
            except DatabaseError:
                # A value the database refuses (a tag too long for PostgreSQL, say): the row's
                # savepoint is rolled back, the rest of the file goes on.
                result.action = RowResult.REFUSED
                result.errors = [_("A value of this row is refused by the database.")]
            results.append(result)
        if dry_run or any(r.action == RowResult.REFUSED for r in results):
            transaction.set_rollback(True)
    return results


def row_values(header, cells):
    if len(cells) > len(header) and any(str(cell).strip() for cell in cells[len(header) :]):
        raise RowRefused([_("This row has more cells than the file has columns.")])
    values = {
        name: str(cells[i]).strip() if i < len(cells) else "" for i, name in enumerate(header)
    }
    errors = []
    for name, value in values.items():
        if len(value) > settings.LISTING_IMPORT_MAX_CELL:
            errors.append(
                _("%(column)s: %(length)d characters, at most %(max)d.")
                % {
                    "column": name,
                    "length": len(value),
                    "max": settings.LISTING_IMPORT_MAX_CELL,
                }
            )
        elif value.startswith(FORMULA_SIGNS):
            errors.append(
                _("%(column)s: formulas are not imported; write the value itself.")
                % {"column": name}
            )
        elif PICTURE_URL.search(value):
            errors.append(
                _(
                    "%(column)s: pictures cannot be imported from a web address; add them in "
                    "the admin once the listing exists."
                )
                % {"column": name}
            )
    if errors:
        raise RowRefused(errors)
    return values


def existing_listings(structure):
    """The structure's listings by reference, read once for the whole file."""
    found = {}
    for model in LISTING_PAGE_MODELS:
        for page in model.objects.child_of(structure).order_by("pk"):
            found.setdefault(page.reference, page)
    return found


def save_row(values, structure, user, publish, listings):
    kind = values.get("type", "").lower()
    model = TYPES.get(kind) or next(
        (m for m in LISTING_PAGE_MODELS if str(m.listing_type_label).lower() == kind), None
    )
    if model is None:
        raise RowRefused(
            [
                _("type: “%(value)s” is not one of %(types)s.")
                % {"value": values.get("type", ""), "types": ", ".join(TYPES)}
            ]
        )
    if not values.get("reference"):
        raise RowRefused([_("reference: a reference is needed to find the offer again.")])
    existing = listings.get(values["reference"])
    if existing is not None and not isinstance(existing, model):
        raise RowRefused(
            [
                _("reference: %(reference)s is already a listing of another type (%(type)s).")
                % {"reference": values["reference"], "type": existing.listing_type_label}
            ]
        )
    editable = existing is None or user is None or existing.permissions_for_user(user).can_edit()
    if not editable:
        raise RowRefused([_("You may not edit this listing.")])
    if publish and user is not None and not structure.permissions_for_user(user).can_publish():
        # The network review may have been switched on since the file was checked.
        raise RowRefused([_("You may not publish here: import the file as drafts.")])
    page = existing.get_latest_revision_as_object() if existing else model(locale=structure.locale)
    before = snapshot(page)
    if existing is not None:
        # An empty cell keeps what the listing says: a file need not repeat everything, and a
        # blank must not make a confidential offer public or a taken one available again.
        values = {name: value for name, value in values.items() if value != ""}
    assign(page, model, values)
    if page.availability != before["availability"] and not values.get("availability_changed_on"):
        page.availability_changed_on = timezone.localdate()
    if existing is not None and snapshot(page) == before:
        return RowResult.UNCHANGED
    try:
        if existing is None:
            page.slug = free_slug(structure, page.title)
            page.owner = user
            page.live = False
            # Into the tree first, so that Wagtail checks it where it will live; a refusal
            # rolls the row back.
            structure.add_child(instance=page)
        page.full_clean()
        revision = page.save_revision(user=user, log_action=True, clean=False)
        if publish:
            revision.publish(user=user)
    except ValidationError as error:
        raise RowRefused(validation_messages(model, error)) from None
    return RowResult.CREATED if existing is None else RowResult.UPDATED


def snapshot(page):
    names = [f.name for f in own_fields(type(page))] + ["title", "commune_id", "description"]
    values = {name: getattr(page, name, None) for name in names}
    values["tags"] = sorted(tag.name for tag in page.tags.all())
    return values


def assign(page, model, values):
    errors = []
    for name in values:
        if name in ("type", "reference", *SPECIAL) or _has_field(model, name):
            continue
        if values[name]:
            errors.append(
                _("%(column)s: does not apply to this type of offer; leave it empty.")
                % {"column": name}
            )
    page.title = values.get("title", "")
    page.reference = values.get("reference", "")
    if "description" in values:
        page.description = "".join(
            f"<p>{escape(paragraph).replace(chr(10), '<br/>')}</p>"
            for paragraph in re.split(r"\n\s*\n", values["description"])
            if paragraph.strip()
        )
    try:
        page.commune = find_commune(values.get("commune", ""))
    except RowRefused as refusal:
        errors += refusal.errors
    for model_field in own_fields(model):
        if model_field.name not in values:
            continue
        try:
            setattr(page, model_field.attname, clean_value(model_field, values[model_field.name]))
        except ValidationError as error:
            label = model_field.name
            errors += [f"{label}: {message}" for message in error.messages]
    if "tags" in values:
        names = [tag.strip() for tag in values["tags"].split(",") if tag.strip()]
        page.tags.set(names)
    if errors:
        raise RowRefused(errors)


def clean_value(model_field, text):
    if model_field.choices:
        by_label = {str(label).lower(): value for value, label in model_field.choices}
        text = by_label.get(text.lower(), text)
    if isinstance(model_field, models.BooleanField):
        if text.lower() in YES:
            return True
        if text.lower() in NO:
            return False
        raise ValidationError(_("write yes or no."))
    if isinstance(model_field, models.DateField) and re.fullmatch(r"\d\d/\d\d/\d{4}", text):
        day, month, year = text.split("/")
        text = f"{year}-{month}-{day}"
    if isinstance(model_field, (models.IntegerField, models.FloatField)):
        text = text.replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace("€", "")
        if isinstance(model_field, models.FloatField):
            text = text.replace(",", ".")
    form_field = model_field.formfield(required=False)
    if form_field is None:
        return text
    if isinstance(form_field, forms.TypedChoiceField) and not text:
        return model_field.get_default() if model_field.has_default() else ""
    value = form_field.clean(text)
    if value in (None, "") and model_field.has_default():
        return model_field.get_default()
    if value is None and not model_field.null:
        return ""
    return value


def find_commune(text):
    if not text:
        raise RowRefused([_("commune: give its INSEE code or its name.")])
    if re.fullmatch(r"\d[\dAB]\d{3}", text.upper()):
        commune = Commune.objects.filter(insee_code=text.upper()).first()
        if commune is not None:
            return commune
    communes = list(Commune.objects.filter(name__iexact=text)[:2])
    if len(communes) == 1:
        return communes[0]
    if communes:
        raise RowRefused(
            [
                _("commune: several communes are named %(name)s; give the INSEE code.")
                % {"name": text}
            ]
        )
    raise RowRefused([_("commune: no commune %(name)s in the territory.") % {"name": text}])


def free_slug(structure, title):
    base = slugify(title)[:70] or "offre"
    slug, number = base, 2
    siblings = structure.get_children()
    while siblings.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def validation_messages(model, error):
    """Each message prefixed with its column, as the template names it."""
    messages = []
    for name, field_messages in error.message_dict.items():
        prefix = "" if name == "__all__" else f"{name}: "
        messages += [f"{prefix}{message}" for message in field_messages]
    return messages
