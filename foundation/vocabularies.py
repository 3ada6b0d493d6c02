"""Words every room of the portal shares.

Sectors, service categories, prices, availability and energy classes: the facets of the search,
the fields of several page types and the routing of enquiries speak of the same things.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Sector(models.TextChoices):
    COMMERCE = "commerce", _("Commerce")
    CRAFTS = "crafts", _("Crafts")
    AGRICULTURE = "agriculture", _("Agriculture")
    INDUSTRY = "industry", _("Industry")
    SERVICES = "services", pgettext_lazy("sector", "Services")
    TOURISM = "tourism", _("Tourism and hospitality")
    HEALTH = "health", _("Health")
    CULTURE = "culture", _("Culture and leisure")


class ServiceCategory(models.TextChoices):
    CHILDCARE = "childcare", _("Childcare")
    SCHOOL = "school", _("Schools")
    HEALTH = "health", _("Health")
    TRANSPORT = "transport", _("Transport")
    SPOUSE_EMPLOYMENT = "spouse_employment", _("Spouse employment")
    SHOPS = "shops", _("Shops")
    CULTURE_SPORT = "culture_sport", _("Culture and sport")
    BROADBAND = "broadband", _("Broadband")
    PUBLIC_SERVICES = "public_services", _("Public services")


class PriceKind(models.TextChoices):
    SALE = "sale", _("Sale price")
    MONTHLY_RENT = "monthly_rent", _("Monthly rent")
    LEASE = "lease", _("Yearly lease")
    ON_REQUEST = "on_request", _("Price on request")
    FREE = "free", _("Free of charge")


class Availability(models.TextChoices):
    AVAILABLE = "available", _("Available")
    UNDER_OFFER = "under_offer", _("Under offer")
    TAKEN = "taken", _("Taken")


class Transaction(models.TextChoices):
    SALE = "sale", _("For sale")
    RENT = "rent", _("For rent")


class EnergyClass(models.TextChoices):
    A = "A", "A"
    B = "B", "B"
    C = "C", "C"
    D = "D", "D"
    E = "E", "E"
    F = "F", "F"
    G = "G", "G"


# What an offer's or a service's description needs: headings within it, emphasis, lists and
# links. No images (the gallery has them, each with its text alternative), no embedded media.
DESCRIPTION_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
