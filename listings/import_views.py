"""The admin's spreadsheet import: upload, dry-run report, confirmation, template."""

import csv
import io

import openpyxl

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

from directory.models import StructurePage
from listings.importing import (
    ImportRefused,
    RowResult,
    column_documentation,
    columns,
    read_file,
)
from listings.models import ListingImport
from listings.tasks import apply_listing_import, check_listing_import

EXAMPLES = [
    {
        "type": "premises",
        "reference": "CCI-2031-014",
        "title": "Boutique sur la place du marché",
        "summary": "85 m² en rez-de-chaussée, vitrine sur la place.",
        "commune": "63430",
        "description": "Ancienne mercerie, refaite en 2024.\n\nRéserve et sanitaires.",
        "price": "650",
        "price_kind": "monthly_rent",
        "surface": "85",
        "availability": "available",
        "kind": "shop",
        "transaction": "rent",
        "energy_class": "D",
        "climate_class": "C",
        "tags": "centre-bourg, commerce",
    },
    {
        "type": "business",
        "reference": "CCI-2031-015",
        "title": "Boulangerie-pâtisserie à reprendre",
        "commune": "Ambert",
        "price": "120000",
        "price_kind": "sale",
        "sector": "commerce",
        "activity": "Boulangerie-pâtisserie",
        "staff": "3",
        "transfer_reason": "retirement",
        "transfer_kind": "goodwill",
        "seller_accompaniment": "oui",
    },
]


def values_text(doc):
    """A column's values on one line, by type where the types differ ("kind")."""
    if doc["values_by_type"]:
        return "; ".join(f"{kind}: {', '.join(values)}" for kind, values in doc["values_by_type"])
    return ", ".join(doc["values"])


def importable_structures(user):
    """The French pages of the structures under which the user may add listings."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "add")
    return StructurePage.objects.filter(
        pk__in=editable.values("pk"), locale=Locale.get_default()
    ).order_by("title")


class ImportForm(forms.Form):
    structure = forms.ModelChoiceField(
        label=gettext_lazy("Structure"), queryset=StructurePage.objects.none()
    )
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy("CSV (UTF-8, separated by ; or ,) or XLSX, first row: columns."),
    )
    publish = forms.BooleanField(
        label=gettext_lazy("Publish the listings"),
        required=False,
        help_text=gettext_lazy("Otherwise they are saved as drafts, to publish one by one."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        structures = importable_structures(user)
        self.fields["structure"].queryset = structures
        if len(structures) == 1:
            self.fields["structure"].initial = structures[0]

    def clean(self):
        cleaned = super().clean()
        structure, upload = cleaned.get("structure"), cleaned.get("file")
        publish = structure and cleaned.get("publish")
        if publish and not structure.permissions_for_user(self.user).can_publish():
            self.add_error(
                "publish", _("The network reviews your structure's pages: import them as drafts.")
            )
        if upload:
            try:
                cleaned["header"], cleaned["rows"] = read_file(upload)
            except ImportRefused as refusal:
                self.add_error("file", str(refusal))
        return cleaned


def import_listings(request):
    if not importable_structures(request.user).exists():
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        attempt = ListingImport.objects.create(
            structure=data["structure"],
            user=request.user,
            file_name=data["file"].name[:255],
            header=data["header"],
            rows=data["rows"],
            publish=data["publish"],
            language=get_language() or settings.LANGUAGE_CODE,
        )
        transaction.on_commit(lambda: check_listing_import.enqueue(attempt.pk))
        return redirect("listings_import_report", attempt.pk)
    return TemplateResponse(
        request,
        "listings/admin/import.html",
        {"form": form, "columns": column_documentation()},
    )


def import_report(request, import_id):
    attempt = get_object_or_404(ListingImport, pk=import_id, user=request.user)
    if not importable_structures(request.user).filter(pk=attempt.structure_id).exists():
        raise PermissionDenied
    if request.method == "POST":
        # Only a checked file without refusal is imported, and only once.
        if not attempt.refused and (
            ListingImport.objects.filter(
                pk=attempt.pk, status=ListingImport.Status.CHECKED
            ).update(status=ListingImport.Status.IMPORTING)
        ):
            transaction.on_commit(lambda: apply_listing_import.enqueue(attempt.pk))
        return redirect("listings_import_report", attempt.pk)
    counts = {}
    for row in attempt.report:
        counts[row["action"]] = counts.get(row["action"], 0) + 1
    done = attempt.status == ListingImport.Status.IMPORTED
    rows = [{**row, "result": RowResult.label(row["action"], done)} for row in attempt.report]
    return TemplateResponse(
        request,
        "listings/admin/import_report.html",
        {"attempt": attempt, "rows": rows, "counts": counts, "Status": ListingImport.Status},
    )


def import_template(request):
    if not importable_structures(request.user).exists():
        raise PermissionDenied
    names = columns()
    if request.GET.get("format") == "xlsx":
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = _("Listings")[:31]
        sheet.append(names)
        for example in EXAMPLES:
            sheet.append([example.get(name, "") for name in names])
        legend = workbook.create_sheet(_("Columns")[:31])
        legend.append([_("Column"), _("Meaning"), _("Values"), _("Required"), _("Types")])
        for doc in column_documentation():
            legend.append(
                [
                    doc["name"],
                    f"{doc['label']}. {doc['help']}".strip(". "),
                    values_text(doc),
                    _("yes") if doc["required"] else "",
                    ", ".join(doc["types"]),
                ]
            )
        output = io.BytesIO()
        workbook.save(output)
        response = HttpResponse(
            output.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = 'attachment; filename="listings-template.xlsx"'
        return response
    output = io.StringIO()
    writer = csv.writer(output, delimiter=";")
    writer.writerow(names)
    for example in EXAMPLES:
        writer.writerow([example.get(name, "") for name in names])
    response = HttpResponse("\ufeff" + output.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="listings-template.csv"'
    return response
