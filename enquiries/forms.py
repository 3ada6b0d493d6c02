"""The newcomer's two forms: interest in one listing, and a whole project presented."""

from django import forms
from django.core.validators import MaxValueValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from enquiries.follow_up import receive
from enquiries.models import Enquiry, EnquirySource, Need, ProjectKind
from foundation.forms import PublicForm, consent_version
from territory.models import Commune, CommunityOfCommunes

# The source text of the consent; its version is derived from it, so changing a word of it
# changes the version stored with every enquiry given under the new wording.
CONSENT_SOURCE = gettext_noop(
    "I agree that the welcome network keeps what I wrote here and passes it on to the "
    "structures that will help me with my project, as the notice above explains."
)
CONSENT_VERSION = consent_version(CONSENT_SOURCE)


class EnquiryForm(PublicForm):
    """What both enquiry forms share: the public form's consent, campaign and traps."""

    consent_source = CONSENT_SOURCE
    text_fields = ("name", "current_place", "description", "partner_occupation")

    def save_enquiry(self, source, listing=None):
        """Store the enquiry and route it; its mail leaves after the transaction commits."""
        enquiry = self.consented(self.save(commit=False))
        enquiry.source = source
        if listing is not None:
            if listing.alias_of_id:
                # Sent from the offer's page in another language, not translated yet: the
                # enquiry is about the offer itself, whose page the network edits.
                listing = listing.alias_of.specific
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
