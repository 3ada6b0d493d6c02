"""The "Network figures" view of the admin: the coordinators' figures, charts and exports."""

import csv
import io

from openpyxl import Workbook

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views import generic

from directory.models import StructurePage
from directory.permissions import COORDINATE_NETWORK
from enquiries.models import Enquiry
from figures.network import Figures
from foundation.figures import Period
from foundation.i18n import in_source_locale
from foundation.spreadsheets import safe_text, text_only
from territory.models import CommunityOfCommunes

EXPORT_FORMATS = ("csv", "xlsx")


class FiguresFilterForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), coerce=int)
    quarter = forms.TypedChoiceField(
        label=_("Quarter"), coerce=int, required=False, empty_value=None
    )
    structure = forms.ModelChoiceField(
        label=_("Structure"),
        queryset=StructurePage.objects.filter(in_source_locale()).order_by("title"),
        required=False,
        empty_label=_("Every structure"),
    )
    area = forms.ModelChoiceField(
        label=_("Area"),
        queryset=CommunityOfCommunes.objects.filter(communes__isnull=False)
        .distinct()
        .order_by("name"),
        required=False,
        empty_label=_("The whole territory"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        this_year = timezone.localdate().year
        first = Enquiry.objects.order_by("created_at").values_list("created_at", flat=True).first()
        first_year = min(timezone.localtime(first).year if first else this_year, this_year - 1)
        self.fields["year"].choices = [
            (str(year), str(year)) for year in range(this_year, first_year - 1, -1)
        ]
        self.fields["year"].initial = str(this_year)
        self.fields["quarter"].choices = [("", _("Whole year"))] + [
            (str(quarter), _("Quarter %(q)s") % {"q": quarter}) for quarter in range(1, 5)
        ]

    def figures(self):
        """The figures asked for, or the current year's when the query string is wrong."""
        if self.is_bound and self.is_valid():
            data = self.cleaned_data
            return Figures(Period(data["year"], data["quarter"]), data["structure"], data["area"])
        return Figures(Period(timezone.localdate().year))


class NetworkFiguresView(generic.WagtailAdminTemplateMixin, TemplateView):
    template_name = "figures/admin/figures.html"
    page_title = _("Network figures")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(COORDINATE_NETWORK):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        self.form = FiguresFilterForm(request.GET or None)
        self.figures = self.form.figures()
        export = request.GET.get("export")
        if export in EXPORT_FORMATS:
            tables = self.figures.tables()
            wanted = request.GET.get("table")
            if wanted:
                tables = [table for table in tables if table.key == wanted]
                if not tables:
                    return self.render_to_response(
                        {**self.get_context_data(), "export_error": True}, status=400
                    )
            return export_tables(tables, export, self.filename(wanted))
        return super().get(request, *args, **kwargs)

    def filename(self, table):
        figures = self.figures
        parts = ["network-figures", str(figures.period.year)]
        if figures.period.quarter:
            parts.append(f"q{figures.period.quarter}")
        for chosen in (figures.structure, figures.area):
            if chosen is not None:
                parts.append(slugify(str(chosen))[:40])
        if table:
            parts.append(table)
        return "-".join(parts)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("export", None)
        query.pop("table", None)
        context.update(
            {
                "form": self.form,
                "figures": self.figures,
                "headline": self.figures.headline(),
                "tables": self.figures.tables(),
                "query": query.urlencode(),
            }
        )
        return context


def cell(value):
    if value is None:
        return ""
    if isinstance(value, int | float):
        return value
    return str(value)


def export_tables(tables, export, filename):
    if export == "csv":
        output = io.StringIO()
        writer = csv.writer(output)
        for index, table in enumerate(tables):
            if len(tables) > 1:
                if index:
                    writer.writerow([])
                writer.writerow([str(table.title)])
            writer.writerow([str(column) for column in table.columns])
            writer.writerows([[safe_text(cell(value)) for value in row] for row in table.rows])
        response = HttpResponse(
            "\ufeff" + output.getvalue(), content_type="text/csv; charset=utf-8"
        )
        extension = "csv"
    else:
        workbook = Workbook()
        workbook.remove(workbook.active)
        for table in tables:
            sheet = workbook.create_sheet(sheet_title(table, workbook))
            sheet.append([str(column) for column in table.columns])
            for row in table.rows:
                sheet.append([cell(value) for value in row])
                text_only(sheet[sheet.max_row])
        output = io.BytesIO()
        workbook.save(output)
        response = HttpResponse(
            output.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        extension = "xlsx"
    response["Content-Disposition"] = f'attachment; filename="{filename}.{extension}"'
    return response


def sheet_title(table, workbook):
    """A sheet name Excel accepts: 31 characters at most, none of []:*?/\\, and unique."""
    title = "".join(c for c in str(table.title) if c not in "[]:*?/\\")[:31].strip()
    if title in workbook.sheetnames:
        title = f"{title[:27]} ({len(workbook.sheetnames)})"
    return title
