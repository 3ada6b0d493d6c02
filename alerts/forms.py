"""The "Get new offers by email" form of the search and the offers' index."""

from django import forms
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext_lazy as _

from alerts.models import Alert, Frequency, Source
from alerts.queries import QueryError, normalise
from foundation.forms import PublicForm

CONSENT_SOURCE = gettext_noop(
    "I agree that the welcome network keeps my email address to send me the new offers of "
    "this search, until I unsubscribe, as the notice above explains."
)


class AlertForm(PublicForm):
    """An email address and how often: the search itself comes from the page's address."""

    consent_source = CONSENT_SOURCE
    text_fields = ()
    prefix = "alert"

    query = forms.CharField(widget=forms.HiddenInput, required=False, max_length=4000)
    source = forms.ChoiceField(widget=forms.HiddenInput, choices=Source.choices)

    class Meta:
        model = Alert
        fields = ["email", "frequency"]
        widgets = {"frequency": forms.RadioSelect}
        labels = {"frequency": _("How often")}

    def __init__(self, *args, query="", source=Source.SEARCH, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["frequency"].choices = Frequency.choices
        if not self.is_bound:
            self.initial.update(query=query, source=source, frequency=Frequency.WEEKLY)

    def clean_query(self):
        try:
            return normalise(self.cleaned_data["query"].lstrip("?"), get_language())
        except QueryError as error:
            raise forms.ValidationError(error.messages, code="query") from None

    def alert(self):
        """The alert this form asks for, unsaved, in the reader's language."""
        alert = self.save(commit=False)
        alert.email = alert.email.strip()
        alert.query = self.cleaned_data["query"]
        alert.source = self.cleaned_data["source"]
        alert.language = get_language()
        alert.consent_version = self.consent_version()
        return alert
