"""The pages API (``/api/v2/pages/``) as Wagtail gives it, with its query string checked first.

Wagtail hands ``search``, ``offset`` and ``id`` to the database as they come: a double quote
or six hundred words break the full-text query, an offset beyond 64 bits overflows, a ``find``
by a non-numeric id raises. Each is answered 400 with what to send instead.
"""

import re

from django.utils.translation import gettext as _

from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

# Words as people type them: letters, digits, hyphens and apostrophes between spaces.
SEARCH_TEXT = re.compile(r"[\w\s'’-]*")
MAX_SEARCH_WORDS = 20
MAX_SEARCH_LENGTH = 200
MAX_OFFSET = 1_000_000


def checked_search(value):
    if not SEARCH_TEXT.fullmatch(value):
        raise BadRequestError(
            _("search: use letters, digits, spaces, hyphens and apostrophes only.")
        )
    if len(value) > MAX_SEARCH_LENGTH or len(value.split()) > MAX_SEARCH_WORDS:
        raise BadRequestError(
            _("search: at most %(words)s words and %(characters)s characters.")
            % {"words": MAX_SEARCH_WORDS, "characters": MAX_SEARCH_LENGTH}
        )


def checked_number(name, value, maximum):
    if not value.isascii() or not value.isdigit() or int(value) > maximum:
        raise BadRequestError(
            _("%(name)s: a whole number from 0 to %(maximum)s.")
            % {"name": name, "maximum": maximum}
        )


class PortalPagesAPIViewSet(PagesAPIViewSet):
    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        parameters = self.request.GET
        if "search" in parameters:
            checked_search(parameters["search"])
        if "offset" in parameters:
            checked_number("offset", parameters["offset"], MAX_OFFSET)

    def find_object(self, queryset, request):
        if "id" in request.GET:
            checked_number("id", request.GET["id"], 2**63 - 1)
        return super().find_object(queryset, request)
