from django import forms
from django.utils.translation import gettext_lazy as _

from territory.models import CommunityOfCommunes


class AreaChoiceField(forms.ModelChoiceField):
    """A community of communes of the territory, named in URLs by its SIREN code."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Area"))
        kwargs.setdefault("required", False)
        kwargs.setdefault("empty_label", _("The whole territory"))
        super().__init__(
            queryset=CommunityOfCommunes.objects.filter(communes__isnull=False).distinct(),
            to_field_name="siren",
            **kwargs,
        )
