"""A network with its people, and an enquiry about the confidential workshop, for the private
links' tests: the newcomer's settling file and the partners' hand-overs."""

import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import Resolver404, resolve
from django.utils import timezone, translation

from directory.permissions import give_coordinators, give_structure_editors
from enquiries import follow_up
from enquiries.models import Enquiry
from foundation.models import Notification, NotificationKind
from tests.enquiries.enquiry_world import build_enquiry_world

URL = re.compile(r"https?://\S+")
# The confidential workshop's town, in every way it could be written.
# (The codes as whole numbers: a token or a time may hold the same digits.)
CONFIDENTIAL_TOWN = re.compile(r"celles|durolle|(?<!\d)(63250|63066)(?!\d)", re.IGNORECASE)


def build_link_world():
    world = build_enquiry_world()
    users = get_user_model().objects
    world.cci_editor = users.create_user("cci", "cci@example.org", "pw")
    world.cci_editor.groups.add(give_structure_editors(world.cci))
    world.cma_editor = users.create_user("cma", "cma@example.org", "pw")
    world.cma_editor.groups.add(give_structure_editors(world.cma))
    world.coordinator = users.create_user("coord", "coord@example.org", "pw")
    world.coordinator.groups.add(give_coordinators(world.home))
    # About the confidential cutlery workshop of the CCI: the CCI and the community follow it.
    world.enquiry = receive(world, listing=world.business)
    return world


def receive(world, listing=None, language="en", **fields):
    now = timezone.now()
    enquiry = Enquiry.objects.create(
        source="listing" if listing else "project",
        language=language,
        name="Tom Baker",
        email="tom.baker@example.co.uk",
        phone="+44 7700 900123",
        description="Is the workshop still available? We could visit in March.",
        consent_version="test",
        consent_at=now,
        listing=listing,
        listing_label=f"{listing.title} ({listing.reference})" if listing else "",
        **fields,
    )
    follow_up.receive(enquiry, listing)
    enquiry.refresh_from_db()
    return enquiry


def links_in(text):
    return URL.findall(text)


def link_to(text, view_name):
    """The path of the first link of ``text`` to the view ``view_name``, whatever the language
    of its address (/en/settling-file/..., /fr/dossier-installation/...); None without one."""
    for url in links_in(text):
        path = path_of(url)
        with translation.override(path.split("/")[1]):
            try:
                match = resolve(path)
            except Resolver404:
                continue
        if match.url_name == view_name:
            return path
    return None


def file_path(enquiry):
    """The path of the settling file's link in the last mail that carried one."""
    mails = Notification.objects.filter(
        enquiry=enquiry, kind=NotificationKind.ACKNOWLEDGEMENT
    ).order_by("-pk")
    for notification in mails:
        path = link_to(notification.body, "settling_file")
        if path:
            return path
    raise AssertionError("no settling file link in the newcomer's mail")


def path_of(url):
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def clear_mail():
    mail.outbox.clear()


def refused(response):
    """Forbidden or not found: Django's locale middleware turns an admin 404 into a redirect
    to the same path under /fr/, which is not found either."""
    if response.status_code == 302:
        return response["Location"] == f"/fr{response.wsgi_request.path}"
    return response.status_code in (403, 404)
