"""Listings imported from a structure's spreadsheet, CSV or XLSX, under that structure only.

A file is read whole and checked before anything is written: a file that cannot be read, or
lacks a required column, or holds too many rows, is refused; each row is then tried in the
database and reported as created, updated, unchanged or refused with the reasons, in the
reader's language. The dry run rolls everything back. The import itself runs the same code in
one transaction, and only when no row is refused: a file is never half-imported.

Re-importing a file updates the listings that have the same reference under the structure.
"""

import csv
import datetime
import functools
import io
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
from django.utils.translation import gettext_lazy

from listings.models import LISTING_PAGE_MODELS
from portal.indexing import indexing_deferred
from territory.models import Commune

# Columns that are not the model's own fields, or not plain values.
SPECIAL = ("type", "title", "commune", "description", "tags")
NOT_IMPORTED = ("gallery", "contact")
PICTURE_COLUMNS = ("photo", "photos", "image", "images", "picture", "pictures")
FORMULA_START = ("=", "+", "@")
PICTURE_URL = re.compile(r"https?://\S+\.(?:jpe?g|png|gif|webp|avif|heic)\b", re.IGNORECASE)
YES = {"1", "true", "yes", "oui", "ja", "x", "vrai", "waar"}
NO = {"", "0", "false", "no", "non", "nee", "faux", "onwaar"}
REQUIRED_COLUMNS = ("type", "reference", "title", "commune")
TYPES = {model.listing_type: model for model in LISTING_PAGE_MODELS}


class ImportRefused(Exception):
    """The file as a whole cannot be imported; the message says why, translated."""


@functools.cache
def own_fields(model):
    from wagtail.models import Page

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
        docs.append(
            {
                "name": name,
                "label": label,
                "help": help_text,
                "values": values,
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


# Reading files


def read_file(uploaded):
    """The header and the rows of an uploaded CSV or XLSX file, as lists of strings."""
    name = (getattr(uploaded, "name", "") or "").lower()
    if uploaded.size > settings.LISTING_IMPORT_MAX_BYTES:
        raise ImportRefused(
            _("The file is too large: at most %(size)d MB.")
            % {"size": settings.LISTING_IMPORT_MAX_BYTES // (1024 * 1024)}
        )
    data = uploaded.read()
    if name.endswith(".xlsx"):
        header, rows = read_xlsx(data)
    elif name.endswith(".csv"):
        header, rows = read_csv(data)
    else:
        raise ImportRefused(_("Choose a CSV or XLSX file."))
    header = check_header(header)
    if not any(str(cell).strip() for row in rows for cell in row):
        raise ImportRefused(_("The file has no rows below its columns."))
    return header, rows


def read_csv(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRefused(
            _(
                "The file is not in UTF-8 (error at byte %(position)d). In your spreadsheet, "
                "save it as “CSV UTF-8”, or as XLSX."
            )
            % {"position": error.start}
        ) from None
    if "\x00" in text:
        raise ImportRefused(_("This is not a text file: choose a CSV or XLSX file."))
    first_line = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first_line.count)
    # A long cell is reported on its row, not taken for a broken file.
    csv.field_size_limit(settings.LISTING_IMPORT_MAX_BYTES)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, [])
        rows, counter = [], RowCounter()
        for row in reader:
            rows.append(row)
            counter.add(row)
    except csv.Error as error:
        raise ImportRefused(
            _("The file cannot be read as CSV (line %(line)d): %(error)s")
            % {"line": reader.line_num, "error": error}
        ) from None
    return header, rows


def read_xlsx(data):
    import openpyxl

    if not data.startswith(b"PK\x03\x04"):
        raise ImportRefused(_("This is not an XLSX file: choose a CSV or XLSX file."))
    workbook = None
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        sheet = workbook.worksheets[0]
        lines = sheet.iter_rows()
        header = [_cell_text(cell) for cell in next(lines, [])]
        rows, counter = [], RowCounter()
        for line in lines:
            rows.append([_cell_text(cell) for cell in line])
            counter.add(rows[-1])
    except ImportRefused:
        raise
    except Exception:  # noqa: BLE001 - whatever openpyxl or the zip module meet, the file is bad
        raise ImportRefused(_("The XLSX file cannot be read: save it again and retry.")) from None
    finally:
        if workbook is not None:
            workbook.close()
    return header, rows


def _cell_text(cell):
    value = cell.value
    if value is None:
        return ""
    if getattr(cell, "data_type", "") == "f":
        # Formulas are not evaluated: flagged as such on their row.
        text = str(value)
        return text if text.startswith("=") else f"={text}"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class RowCounter:
    """Refuses a file of too many rows as it is read; blank rows (formatted, often, in XLSX)
    do not count, up to fifty times the limit."""

    def __init__(self):
        self.filled = self.read = 0

    def add(self, row):
        self.read += 1
        self.filled += any(str(cell).strip() for cell in row)
        limit = settings.LISTING_IMPORT_MAX_ROWS
        if self.filled > limit or self.read > 50 * limit:
            raise ImportRefused(
                _("The file has more than %(max)d rows: split it into several files.")
                % {"max": limit}
            )


def check_header(header):
    header = [str(name).strip().lower() for name in header]
    while header and not header[-1]:
        header.pop()
    pictures = [name for name in header if name in PICTURE_COLUMNS]
    if pictures:
        raise ImportRefused(
            _(
                "Pictures cannot be imported (column “%(column)s”): add them in the admin "
                "once the listings exist."
            )
            % {"column": pictures[0]}
        )
    known = set(columns())
    unknown = [name or f"#{number}" for number, name in enumerate(header, 1) if name not in known]
    if unknown:
        raise ImportRefused(
            _("Unknown columns: %(columns)s. Use the names of the template.")
            % {"columns": ", ".join(unknown)}
        )
    duplicated = sorted({name for name in header if header.count(name) > 1})
    if duplicated:
        raise ImportRefused(
            _("Columns given twice: %(columns)s.") % {"columns": ", ".join(duplicated)}
        )
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise ImportRefused(_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})
    return header


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
    LABELS = {
        CREATED: gettext_lazy("created"),
        UPDATED: gettext_lazy("updated"),
        UNCHANGED: gettext_lazy("unchanged"),
        REFUSED: gettext_lazy("refused"),
    }

    @property
    def action_label(self):
        return self.LABELS[self.action]

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
        elif value.startswith(FORMULA_START):
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
