"""The newcomer's two forms: interest in one listing, and a whole project presented."""

import hashlib
import re

from django import forms
from django.conf import settings
from django.core import signing
from django.core.validators import MaxValueValidator, RegexValidator
from django.utils import timezone
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext_lazy as _

from network.models import Enquiry, EnquirySource, Need, ProjectKind
from portal.campaigns import CAMPAIGN_KEY
from territory.models import Commune, CommunityOfCommunes

# The source text of the consent; its version is derived from it, so changing a word of it
# changes the version stored with every enquiry given under the new wording.
CONSENT_SOURCE = gettext_noop(
    "I agree that the welcome network keeps what I wrote here and passes it on to the "
    "structures that will help me with my project, as the notice above explains."
)
CONSENT_TEXT = _(CONSENT_SOURCE)  # noqa: INT001 (extracted through gettext_noop above)
CONSENT_VERSION = hashlib.sha256(CONSENT_SOURCE.encode()).hexdigest()[:12]

TAG = re.compile(r"<\s*/?\s*[a-z!?][^>]*>", re.IGNORECASE)
phone_validator = RegexValidator(
    r"^\+?[0-9 ().\-]{6,25}$",
    _("Enter a phone number with digits only, for example +33 4 73 00 00 00."),
)
STARTED_SALT = "network.enquiry.started"


def no_markup(value):
    if TAG.search(value or ""):
        raise forms.ValidationError(
            _("Please write plain text, without HTML tags."), code="markup"
        )


class EnquiryForm(forms.ModelForm):
    """What both forms share: the consent, the campaign, and the traps for robots."""

    # A field people never see: robots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)
    campaign = forms.CharField(widget=forms.HiddenInput, required=False, max_length=100)
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Tick this box so that the network may answer you.")},
    )

    text_fields = ("name", "current_place", "description", "partner_occupation")

    def __init__(self, *args, campaign="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].label = _("Your name")
        self.fields["email"].label = _("Your email")
        self.fields["phone"].label = _("Your phone (optional)")
        self.fields["phone"].validators.append(phone_validator)
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["phone"].widget.input_type = "tel"
        for name in self.text_fields:
            if name in self.fields:
                self.fields[name].validators.append(no_markup)
        if not self.is_bound:
            self.initial["started"] = signing.TimestampSigner(salt=STARTED_SALT).sign(
                str(int(timezone.now().timestamp()))
            )
            self.initial["campaign"] = campaign if CAMPAIGN_KEY.match(campaign) else ""

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields and not self[name].use_fieldset:
                described = [f"{self[name].auto_id}-error"]
                if self.fields[name].help_text:
                    described.append(f"{self[name].auto_id}-help")
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": " ".join(described)}
                )

    def clean_campaign(self):
        campaign = self.cleaned_data["campaign"]
        return campaign if CAMPAIGN_KEY.match(campaign) else ""

    def is_spam(self):
        """A robot's submission: the hidden field filled in, or sent faster than one reads."""
        if self.cleaned_data.get("website"):
            return True
        try:
            signed = signing.TimestampSigner(salt=STARTED_SALT).unsign(
                self.cleaned_data.get("started", "")
            )
        except signing.BadSignature:
            return True
        elapsed = timezone.now().timestamp() - int(signed)
        return elapsed < settings.ENQUIRY_MIN_FILL_SECONDS

    def save_enquiry(self, source, listing=None):
        """Store the enquiry and route it; its mail leaves after the transaction commits."""
        from network.follow_up import receive

        enquiry = self.save(commit=False)
        enquiry.source = source
        enquiry.language = get_language()
        enquiry.campaign = self.cleaned_data.get("campaign", "")
        enquiry.consent_version = CONSENT_VERSION
        enquiry.consent_at = timezone.now()
        if listing is not None:
            enquiry.listing = listing
            enquiry.listing_label = f"{listing.title} ({listing.reference})"[:300]
            enquiry.sector = getattr(listing, "sector", "")
        enquiry.save()
        self.save_m2m()
        return receive(enquiry, listing)


class InterestForm(EnquiryForm):
    """ "I am interested": a few lines about one listing."""

    class Meta:
        model = Enquiry
        fields = ["name", "email", "phone", "description"]
        labels = {"description": _("Your message")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["description"].required = True
        self.fields["description"].widget.attrs["rows"] = 4

    def save_enquiry(self, listing):
        return super().save_enquiry(EnquirySource.LISTING, listing)


class CommuneChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, commune):
        return commune.name


class ProjectForm(EnquiryForm):
    """ "Present your project": who, from where, what, where to, with whom, and what is needed."""

    needs = forms.MultipleChoiceField(
        label=_("What you will need"),
        choices=Need.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Enquiry
        fields = [
            "name",
            "email",
            "phone",
            "current_place",
            "project_kind",
            "sector",
            "description",
            "timeline",
            "wished_communities",
            "wished_communes",
            "needs",
            "household_adults",
            "household_children",
            "partner_occupation",
        ]
        widgets = {
            "project_kind": forms.RadioSelect,
            "wished_communities": forms.CheckboxSelectMultiple,
        }
        labels = {
            "current_place": _("Where you live now"),
            "description": _("Your project in a few words"),
            "timeline": _("When would you like to settle?"),
            "wished_communities": _("Areas you have in mind"),
            "wished_communes": _("Communes you have in mind"),
            "household_adults": _("Adults coming"),
            "household_children": _("Children coming"),
        }
        help_texts = {
            "current_place": _("Town and country, e.g. Utrecht, Netherlands."),
            "wished_communes": _("Optional. Hold Ctrl (or ⌘) to choose several."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        fields = self.fields
        fields["project_kind"].required = True
        fields["project_kind"].choices = ProjectKind.choices
        fields["description"].required = True
        fields["description"].widget.attrs["rows"] = 6
        fields["wished_communities"].queryset = CommunityOfCommunes.objects.filter(
            communes__isnull=False
        ).distinct()
        fields["wished_communes"] = CommuneChoiceField(
            label=fields["wished_communes"].label,
            help_text=fields["wished_communes"].help_text,
            queryset=Commune.objects.filter(community__isnull=False).order_by("name"),
            required=False,
            widget=forms.SelectMultiple(attrs={"size": 6}),
        )
        for name in ("household_adults", "household_children"):
            fields[name].validators.append(MaxValueValidator(20))
            fields[name].widget.attrs.update({"min": 0, "max": 20})

    def save_enquiry(self):
        return super().save_enquiry(EnquirySource.PROJECT)
