from .campaigns import CampaignListing, CampaignPage, CampaignTag
from .events import (
    EventIndexPage,
    EventKind,
    EventPage,
    EventRegistration,
    EventSeats,
    RegistrationStatus,
)
from .pages import (
    AccessibilityStatus,
    BasePage,
    HeroMixin,
    HomePage,
    PortalImage,
    PortalRendition,
    PortalSettings,
    StandardPage,
)
from .testimonials import Testimonial

__all__ = [
    "AccessibilityStatus",
    "BasePage",
    "CampaignListing",
    "CampaignPage",
    "CampaignTag",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventRegistration",
    "EventSeats",
    "HeroMixin",
    "HomePage",
    "PortalImage",
    "PortalRendition",
    "PortalSettings",
    "RegistrationStatus",
    "StandardPage",
    "Testimonial",
]
