"""The newcomer's two forms: interest in one listing, and a whole project presented."""

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from enquiries.follow_up import receive
from enquiries.models import (
    Enquiry,
    EnquirySource,
    Need,
    PartnerAnswer,
    ProjectKind,
    ProjectTimeline,
)
from foundation.document_files import (
    MAX_PIXELS,
    NotAcceptedDocument,
    TooManyPixels,
    checked_document,
)
from foundation.forms import DescribedErrorsMixin, PublicForm, consent_version, no_markup
from foundation.image_files import random_name
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


class FileAdditionForm(DescribedErrorsMixin, forms.Form):
    """What the newcomer adds to their settling file: a message, a document, or both."""

    message = forms.CharField(
        label=_("Your message"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        validators=[no_markup],
    )
    document = forms.FileField(
        label=_("A document (optional)"),
        required=False,
        help_text=_("PDF, JPEG or PNG, up to %(size)s MB."),
        widget=forms.ClearableFileInput(
            attrs={"accept": "application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"}
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["document"]
        field.help_text = field.help_text % {"size": settings.SETTLING_FILE_MAX_BYTES // 2**20}

    def clean_document(self):
        upload = self.cleaned_data.get("document")
        if not upload:
            return None
        if upload.size > settings.SETTLING_FILE_MAX_BYTES:
            raise forms.ValidationError(
                _("This document is too large: %(size)s MB at most."),
                code="too_large",
                params={"size": settings.SETTLING_FILE_MAX_BYTES // 2**20},
            )
        upload.seek(0)
        content = upload.read(settings.SETTLING_FILE_MAX_BYTES + 1)
        try:
            content, content_type, extension = checked_document(content)
        except TooManyPixels:
            raise forms.ValidationError(
                _("This picture is too large: %(pixels)s million pixels at most."),
                code="too_many_pixels",
                params={"pixels": MAX_PIXELS // 1_000_000},
            ) from None
        except NotAcceptedDocument:
            raise forms.ValidationError(
                _("Send a PDF, JPEG or PNG document: this file is none of them, or is damaged."),
                code="document_type",
            ) from None
        return content, content_type, random_name(f"document{extension}")

    def clean(self):
        cleaned_data = super().clean()
        if (
            not self.errors
            and not cleaned_data.get("message")
            and not cleaned_data.get("document")
        ):
            raise forms.ValidationError(_("Write a message or choose a document."), code="empty")
        return cleaned_data


class ProjectUpdateForm(DescribedErrorsMixin, forms.ModelForm):
    """The newcomer's project as it is now: what changed goes into the timeline."""

    needs = forms.MultipleChoiceField(
        label=_("What you will need"),
        choices=Need.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Enquiry
        fields = ["description", "timeline", "needs"]
        labels = {
            "description": _("Your project in a few words"),
            "timeline": _("When would you like to settle?"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["description"].widget.attrs["rows"] = 6
        self.fields["description"].validators.append(no_markup)

    def changes(self):
        """What changed, one line per field: the labels in the network's language, as the
        rest of the timeline, the values as the newcomer typed or chose them."""
        with translation.override(settings.LANGUAGE_CODE):
            return self._changes()

    def _changes(self):
        lines = []
        for name in self.changed_data:
            field = self.fields[name]
            value = self.cleaned_data[name]
            if name == "needs":
                value = ", ".join(str(Need(need).label) for need in value) or "—"
            elif name == "timeline":
                value = str(ProjectTimeline(value).label) if value else "—"
            lines.append(f"{field.label}: {value}")
        return "\n".join(lines)


class PartnerAnswerForm(DescribedErrorsMixin, forms.Form):
    """A partner's answer to a hand-over: accepted, declined, or a note."""

    answer = forms.ChoiceField(
        label=_("Your answer"), choices=PartnerAnswer.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Your note"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        validators=[no_markup],
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("answer") == PartnerAnswer.NOTE and not cleaned_data.get("note"):
            self.add_error("note", _("Write your note."))
        return cleaned_data
