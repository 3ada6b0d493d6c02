from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.views.account import PasswordResetView
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from alerts.views import (
    confirm_view,
    manage_view,
    none_left_view,
    sent_view,
    subscribe_view,
    unsubscribe_view,
)
from directory.accounts import throttled_password_reset
from enquiries.views import (
    enquiry_thanks_view,
    listing_enquiry_view,
    partner_link_view,
    present_project_view,
    settling_file_document_view,
    settling_file_view,
)
from foundation.api import PortalPagesAPIViewSet
from foundation.sitemap import MultilingualSitemap
from foundation.views import robots_txt
from listings.views import (
    offers_feed_view,
    open_data_page_view,
    open_data_schema_view,
    open_data_view,
    shortlist_view,
)
from promotion.views import (
    campaign_link_view,
    event_calendar_view,
    event_cancel_view,
    event_register_view,
    event_registered_view,
    events_calendar_view,
)
from search.views import search_view, suggestions_view

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)

urlpatterns = [
    # Before Wagtail's own: the same view, with a limit on how many mails it sends.
    path(
        "admin/password_reset/",
        throttled_password_reset(PasswordResetView.as_view()),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    # Open data: versioned, the same in every language (``language=`` picks the texts).
    path("api/open/v1/schema/<str:name>", open_data_schema_view, name="open_data_schema"),
    path("api/open/v1/<slug:dataset>.<slug:extension>", open_data_view, name="open_data_endpoint"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("robots.txt", robots_txt),
    path("c/<slug:key>/", campaign_link_view, name="campaign_link"),
]

if settings.SERVE_MEDIA:
    # Renditions only: originals keep nothing public, and a document goes through Wagtail's
    # view, which checks its privacy.
    urlpatterns.append(
        path(
            f"{settings.MEDIA_URL.strip('/')}/images/<path:path>",
            serve,
            {"document_root": f"{settings.MEDIA_ROOT}/images"},
        )
    )

urlpatterns += i18n_patterns(
    path(_("search/"), search_view, name="search"),
    path(_("search/suggestions/"), suggestions_view, name="search_suggestions"),
    path(_("present-my-project/"), present_project_view, name="present_project"),
    path(_("present-my-project/thanks/"), enquiry_thanks_view, name="enquiry_thanks"),
    path(
        _("present-my-project/listing/<int:listing_id>/"),
        listing_enquiry_view,
        name="listing_enquiry",
    ),
    # Private links mailed to a newcomer and to a partner: the token is the secret.
    path(_("settling-file/<str:token>/"), settling_file_view, name="settling_file"),
    path(
        _("settling-file/<str:token>/documents/<int:event_id>/"),
        settling_file_document_view,
        name="settling_file_document",
    ),
    path(_("hand-over/<str:token>/"), partner_link_view, name="partner_link"),
    path(_("registrations/event/<int:event_id>/"), event_register_view, name="event_register"),
    path(_("registrations/thanks/"), event_registered_view, name="event_registered"),
    path(_("registrations/cancel/<str:token>/"), event_cancel_view, name="event_cancel"),
    path(_("events/calendar.ics"), events_calendar_view, name="events_calendar"),
    path(_("events/<int:event_id>/calendar.ics"), event_calendar_view, name="event_calendar"),
    path(_("offers.atom"), offers_feed_view, name="offers_feed"),
    path(_("open-data/"), open_data_page_view, name="open_data"),
    path(_("shortlist/"), shortlist_view, name="shortlist"),
    path(_("alerts/"), subscribe_view, name="alert_subscribe"),
    path(_("alerts/sent/"), sent_view, name="alert_sent"),
    path(_("alerts/none-left/"), none_left_view, name="alert_sent_none"),
    path(_("alerts/<int:pk>/<str:token>/"), manage_view, name="alert_manage"),
    path(_("alerts/<int:pk>/<str:token>/confirm/"), confirm_view, name="alert_confirm"),
    path(
        _("alerts/<int:pk>/<str:token>/unsubscribe/"), unsubscribe_view, name="alert_unsubscribe"
    ),
    path("", include(wagtail_urls)),
)
