from .documents import PortalDocument
from .images import PortalImage, PortalRendition
from .keywords import TagName
from .outbox import Notification, NotificationKind, NotificationStatus
from .pages import BasePage, ChoiceListPageForm, HeroMixin, StandardPage, unrestricted
from .places import PlacedMixin
from .settings import AccessibilityStatus, PortalSettings

__all__ = [
    "AccessibilityStatus",
    "BasePage",
    "ChoiceListPageForm",
    "HeroMixin",
    "Notification",
    "NotificationKind",
    "NotificationStatus",
    "PlacedMixin",
    "PortalDocument",
    "PortalImage",
    "PortalRendition",
    "PortalSettings",
    "StandardPage",
    "TagName",
    "unrestricted",
]
