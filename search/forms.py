"""The search form: whatever the query string holds, its valid part is applied."""

import unicodedata

from django import forms
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from foundation.forms import PublicFilterForm
from foundation.vocabularies import EnergyClass, ServiceCategory, Transaction
from search.documents import PRICE_BANDS, SURFACE_BANDS
from search.models import DocumentKind

MAX_QUERY_LENGTH = 200
MAX_NUMBER = 1_000_000_000
MAX_NOTICES = 5


SORTS = {
    "relevance": _("Relevance"),
    "newest": _("Newest first"),
    "price": _("Price, lowest first"),
    "-price": _("Price, highest first"),
    "-surface": _("Surface, largest first"),
    "surface": _("Surface, smallest first"),
}


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Several values of a facet; unknown ones are set aside rather than voiding the rest."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, value):
        values = self.to_python(value)
        self.rejected = [item for item in values if not self.valid_value(item)]
        return [item for item in dict.fromkeys(values) if self.valid_value(item)]


def printable(text):
    """The query without control characters, which no database stores and no one types."""
    return "".join(char for char in text if unicodedata.category(char)[0] != "C" or char == " ")


class QueryField(forms.CharField):
    """Words typed by a newcomer: control characters go before any validator sees them."""

    def to_python(self, value):
        return printable(super().to_python(value))


class SearchForm(PublicFilterForm):
    q = QueryField(label=_("Search"), required=False, strip=True)
    type = LenientMultipleChoiceField(label=_("Type"), choices=DocumentKind.choices)
    category = LenientMultipleChoiceField(
        label=_("Service category"), choices=ServiceCategory.choices
    )
    area = LenientMultipleChoiceField(label=_("Area"))
    commune = LenientMultipleChoiceField(label=_("Commune"))
    transaction = LenientMultipleChoiceField(label=_("Sale or rent"), choices=Transaction.choices)
    price = LenientMultipleChoiceField(
        label=_("Price"),
        choices=[(key, label) for bands in PRICE_BANDS.values() for key, label, *_r in bands],
    )
    surface = LenientMultipleChoiceField(
        label=_("Surface"), choices=[(key, label) for key, label, *_r in SURFACE_BANDS]
    )
    availability = LenientMultipleChoiceField(
        label=_("Availability"),
        choices=[("available", _("Available")), ("under_offer", _("Under offer"))],
    )
    energy = LenientMultipleChoiceField(label=_("Energy class"), choices=EnergyClass.choices)
    tag = LenientMultipleChoiceField(label=_("Tags"))
    price_min = forms.IntegerField(
        label=_("Price from (€)"), required=False, min_value=0, max_value=MAX_NUMBER
    )
    price_max = forms.IntegerField(
        label=_("Price up to (€)"), required=False, min_value=0, max_value=MAX_NUMBER
    )
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=list(SORTS.items()))
    # Set by the link back from a corrected search: the words as typed, not corrected again.
    as_typed = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, data, *, communities, communes, tags, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["area"].choices = communities
        self.fields["commune"].choices = communes
        self.fields["tag"].choices = tags
        for name in ("price_min", "price_max"):
            self.fields[name].widget.attrs.update({"step": 1, "inputmode": "numeric"})
        self.notices = []

    def clean_q(self):
        query = printable(self.cleaned_data["q"]).strip()
        if len(query) > MAX_QUERY_LENGTH:
            self.notices.append(
                _("Your search was shortened to its first %(count)s characters.")
                % {"count": MAX_QUERY_LENGTH}
            )
            query = query[:MAX_QUERY_LENGTH].strip()
        return query

    def clean(self):
        cleaned_data = super().clean()
        rejected = [
            (field, value)
            for field in self.fields.values()
            for value in getattr(field, "rejected", [])
        ]
        for field, value in rejected[:MAX_NOTICES]:
            self.notices.append(
                _("“%(value)s” is not a choice of “%(filter)s”: it was left out.")
                % {"value": Truncator(printable(value)).chars(40), "filter": field.label}
            )
        if len(rejected) > MAX_NOTICES:
            self.notices.append(
                _("%(count)s more unknown values were left out.")
                % {"count": len(rejected) - MAX_NOTICES}
            )
        low, high = cleaned_data.get("price_min"), cleaned_data.get("price_max")
        if low is not None and high is not None and low > high:
            self.add_error("price_max", _("The highest price must not be below the lowest."))
        return cleaned_data

    @property
    def applied(self):
        """The valid part of the query: every field that cleaned, with its value."""
        return {name: value for name, value in self.cleaned_data.items() if name in self.fields}
