"""The mail an enquiry causes: the acknowledgement to the newcomer, the word to each structure."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from directory.models import referent_addresses
from foundation.models import NotificationKind
from foundation.outbox import compose


def admin_url(enquiry):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "enquiries:inspect", args=[enquiry.pk]
    )


def localized_title(structure, language):
    if structure is None:
        return ""
    with translation.override(language):
        return structure.localized.title


def acknowledge(enquiry, technical, territorial):
    language = enquiry.language
    with translation.override(language):
        subject = gettext("Your enquiry %(reference)s is received") % {
            "reference": enquiry.reference
        }
    followers = [s for s in dict.fromkeys((technical, territorial)) if s is not None]
    return compose(
        NotificationKind.ACKNOWLEDGEMENT,
        enquiry.email,
        language,
        subject,
        "enquiries/mail/acknowledgement.txt",
        {
            "enquiry": enquiry,
            "structures": [
                {
                    "title": localized_title(structure, language),
                    "referents": list(structure.referents.all()),
                }
                for structure in followers
            ],
        },
        about=enquiry,
    )


def tell_structure(kind, enquiry, structure, template, subject, **context):
    """One notification per referent of ``structure``, in the network's working language."""
    language = settings.LANGUAGE_CODE
    with translation.override(language):
        subject = str(subject) % {"reference": enquiry.reference}
    return [
        compose(
            kind,
            address,
            language,
            subject,
            template,
            {"enquiry": enquiry, "structure": structure, "url": admin_url(enquiry), **context},
            about=enquiry,
        )
        for address in referent_addresses(structure)
    ]
