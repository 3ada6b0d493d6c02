from .campaigns import CampaignListing, CampaignPage, CampaignTag
from .events import (
    EventIndexPage,
    EventKind,
    EventPage,
    EventRegistration,
    EventSeats,
    RegistrationStatus,
)
from .testimonials import Testimonial

__all__ = [
    "CampaignListing",
    "CampaignPage",
    "CampaignTag",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventRegistration",
    "EventSeats",
    "RegistrationStatus",
    "Testimonial",
]
