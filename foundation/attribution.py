"""Which campaign brought a visitor: the key its links carry, letters, digits and hyphens."""

import re

from wagtail import hooks

CAMPAIGN_KEY = re.compile(r"^[\w.\-]{1,100}$")


def campaign_of(request):
    """The campaign a link names, by its key or as ``utm_campaign``; "" when it is not a key."""
    key = request.GET.get("campaign") or request.GET.get("utm_campaign") or ""
    return key if CAMPAIGN_KEY.match(key) else ""


CAMPAIGN_TITLES_HOOK = "register_campaign_titles"


def campaign_titles():
    """``{key: title}`` of the campaigns the installed apps know, for the figures."""
    titles = {}
    for titles_of in hooks.get_hooks(CAMPAIGN_TITLES_HOOK):
        titles.update(titles_of())
    return titles
