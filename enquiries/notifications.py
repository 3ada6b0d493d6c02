"""The mail an enquiry causes: the acknowledgement to the newcomer, the word to each structure."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Site

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


def public_url(name, args, language):
    """The address of one of the portal's public views in ``language``, for a mail."""
    with translation.override(language):
        path = reverse(name, args=args)
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/") + path


def file_url(enquiry, token):
    return public_url("settling_file", [token], enquiry.language)


def partner_url(link, token):
    return public_url("partner_link", [token], link.language)


def acknowledge(enquiry, technical, territorial, file_url=""):
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
            "file_url": file_url,
            "file_days": settings.SETTLING_FILE_DAYS_AFTER_CLOSING,
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


def send_file_link(enquiry, url):
    """A new link to the settling file, after the old one was revoked."""
    language = enquiry.language
    with translation.override(language):
        subject = gettext("Your settling file %(reference)s: your new link") % {
            "reference": enquiry.reference
        }
    return compose(
        NotificationKind.ACKNOWLEDGEMENT,
        enquiry.email,
        language,
        subject,
        "enquiries/mail/settling_file_link.txt",
        {
            "enquiry": enquiry,
            "file_url": url,
            "file_days": settings.SETTLING_FILE_DAYS_AFTER_CLOSING,
        },
        about=enquiry,
    )


def tell_partner(link, url):
    """The hand-over to a partner outside the portal, in the language the editor chose."""
    with translation.override(link.language):
        subject = gettext("A project handed over to you by the welcome network (%(reference)s)")
        subject %= {"reference": link.enquiry.reference}
        structure = localized_title(link.structure, link.language)
    return compose(
        NotificationKind.HANDOVER,
        link.email,
        link.language,
        subject,
        "enquiries/mail/partner_handover.txt",
        {"link": link, "enquiry": link.enquiry, "structure": structure, "url": url},
        about=link.enquiry,
    )
