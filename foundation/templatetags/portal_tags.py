from babel import Locale
from babel.numbers import format_currency, format_decimal

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from foundation.locale_trees import shows_source_text, text_language
from foundation.page_cache import SITE, kept, page_tag

register = template.Library()

PRICE_SUFFIXES = {
    "monthly_rent": _("%(price)s per month"),
    "lease": _("%(price)s per year"),
}


def _babel_locale():
    return (get_language() or settings.LANGUAGE_CODE).replace("-", "_")


@register.simple_tag(takes_context=True)
def og_image(context, image):
    """The meta tag that shares a page with ``image``, at an absolute address.

    Wherever the rendition is stored: the site's own media, or a bucket's full address.
    """
    if not image:
        return ""
    url = image.get_rendition("fill-1200x630").url
    return format_html(
        '<meta property="og:image" content="{}">', context["request"].build_absolute_uri(url)
    )


@register.filter
def euros(amount):
    """An amount in euros, written the way the reader's language writes money."""
    if amount in (None, ""):
        return ""
    # Whole euros: listings never quote cents, and "150 000,00 €" reads as noise.
    locale = Locale.parse(_babel_locale())
    pattern = locale.currency_formats["standard"].pattern.replace(".00", "")
    return format_currency(amount, "EUR", locale=locale, format=pattern, currency_digits=False)


@register.filter
def number(value):
    if value in (None, ""):
        return ""
    return format_decimal(value, locale=_babel_locale())


def format_price(price_kind, price):
    """The price in the form its kind calls for: a sale, a rent, on request, free."""
    if price_kind == "free":
        return gettext("Free of charge")
    if price is None or price_kind == "on_request":
        return gettext("Price on request")
    suffix = PRICE_SUFFIXES.get(price_kind)
    return suffix % {"price": euros(price)} if suffix else euros(price)


@register.simple_tag
def price_text(price_kind, price):
    """An offer's price, from a page or a search document alike."""
    return format_price(price_kind, price)


@register.inclusion_tag("components/offer_card.html", takes_context=True)
def offer_card(context, item, heading="h3", loading="lazy"):
    """The card of an offer, or of anything found, from its page or its search document.

    Its photo is asked for when it nears the screen (``loading="lazy"``), unless the card is
    on the first screen.
    """
    page = context.get("page")
    return {
        "card": item.card(reader_locale_id=getattr(page, "locale_id", None)),
        "heading": heading,
        "loading": loading,
        "campaign_key": context.get("campaign_key", ""),
        "request": context.get("request"),
    }


@register.simple_tag(takes_context=True)
def text_lang(context, item):
    """` lang="fr"` on what holds ``item``'s texts when they are not in the reader's language.

    ``item`` is a page or a translatable snippet of a list on the page in ``context``; what it
    is read in is its own page's language when it is that page.
    """
    page = context.get("page")
    language = get_language()
    if page is None:
        return ""
    if item is page:
        written = settings.LANGUAGE_CODE if shows_source_text(page) else language
    else:
        written = text_language(item, page.locale_id, language)
    if written == language:
        return ""
    return format_html(' lang="{}"', written)


@register.simple_tag(takes_context=True)
def page_languages(context, page=None):
    """Every language of the portal, each with the page's translation or that language's home.

    ``alternates`` are the real translations, for ``hreflang`` links; ``choices`` feed the
    language switcher, which never leads to a missing page: a page not translated yet is
    chosen in its alias, under the chosen language's menus.
    """
    request = context.get("request")
    current = get_language()
    view_name = getattr(getattr(request, "resolver_match", None), "url_name", None)
    if page is None and view_name not in (None, "wagtail_serve"):
        # A view of the portal's own, such as the search: the same view in each language.
        translations = {
            code: translate_url(request.get_full_path(), code)
            for code, _name in settings.LANGUAGES
        }
        aliased, homes = set(), {}
    elif isinstance(page, Page) and page.pk:
        # Kept until the page, in any language, or the homes change.
        host = request.get_host() if request is not None else ""
        translations, aliased, homes = kept(
            request,
            f"languages:{host}:{page.pk}",
            lambda: _page_languages(request, page),
            tags=(SITE, page_tag(page)),
        )
    else:
        translations, aliased, homes = {}, set(), _homes(request, settings.LANGUAGES)
    choices = [
        {
            "code": code,
            "name": name,
            "url": translations.get(code) or homes.get(code) or f"/{code}/",
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]
    written = {code: url for code, url in translations.items() if code not in aliased}
    alternates = [{"code": code, "url": url} for code, url in written.items() if len(written) > 1]
    return {"choices": choices, "alternates": alternates}


def _page_languages(request, page):
    translations, aliased = {}, set()
    for translation in page.get_translations(inclusive=True).live().select_related("locale"):
        translations[translation.locale.language_code] = translation.get_url(request)
        if translation.alias_of_id:
            # In a synchronised tree, the page in French under that language's menus.
            aliased.add(translation.locale.language_code)
    missing = [(code, name) for code, name in settings.LANGUAGES if code not in translations]
    return translations, aliased, _homes(request, missing)


def _homes(request, languages):
    """The home page of each of ``languages``, for a page not written in them."""
    if not languages:
        return {}
    homes = Page.objects.filter(
        depth=2, live=True, locale__language_code__in=[code for code, _name in languages]
    ).select_related("locale")
    return {home.locale.language_code: home.get_url(request) for home in homes}


@register.simple_tag(takes_context=True)
def main_menu(context, page=None):
    """The home page of the reader's language and its sections shown in the header."""
    language = get_language() or settings.LANGUAGE_CODE
    home, sections = kept(context.get("request"), f"menu:{language}", lambda: _menu(language))
    if home is None:
        return {"home": None, "sections": []}
    # The kept pages are shared with other requests: which one is current is this request's.
    current_path = getattr(page, "path", "")
    return {
        "home": home,
        "sections": [
            (section, bool(current_path) and current_path.startswith(section.path))
            for section in sections
        ],
    }


def _menu(language):
    home = (
        Page.objects.filter(depth=2, live=True, locale__language_code=language).first()
        or Page.objects.filter(depth=2, live=True).first()
    )
    if home is None:
        return None, []
    sections = (
        home.get_children()
        .live()
        .in_menu()
        .only("id", "title", "url_path", "path", "depth", "locale_id", "content_type_id")
    )
    return home, list(sections)


@register.simple_tag(takes_context=True)
def legal_pages(context, portal_settings):
    """The legal pages, each in the reader's language where a live translation exists, else
    as chosen: ``{"legal_notice": page, "privacy": page, "accessibility": page}``.

    One query for the three, kept until they or the settings change (the footer and a form's
    privacy notice both ask), where asking each for its ``localized`` page costs two apiece.
    """
    language = get_language() or settings.LANGUAGE_CODE
    return kept(
        context.get("request"),
        f"legal:{language}",
        lambda: _legal_pages(portal_settings, language),
    )


def _legal_pages(portal_settings, language):
    chosen = {
        name: getattr(portal_settings, f"{name}_page_id", None)
        for name in ("legal_notice", "privacy", "accessibility")
    }
    ids = [pk for pk in chosen.values() if pk]
    if not ids:
        return {}
    pages = Page.objects.filter(
        translation_key__in=Page.objects.filter(pk__in=ids).values("translation_key")
    ).filter(Q(pk__in=ids) | Q(live=True, locale__language_code=language))
    by_id, translated = {}, {}
    for page in pages.select_related("locale"):
        if page.pk in ids:
            by_id[page.pk] = page
        if page.live and page.locale.language_code == language:
            translated[page.translation_key] = page
    return {
        name: translated.get(by_id[pk].translation_key, by_id[pk])
        for name, pk in chosen.items()
        if pk in by_id
    }


# Open Graph wants a territory; these are the countries most newcomers read each language in.
OPEN_GRAPH_LOCALES = {"fr": "fr_FR", "en": "en_GB", "nl": "nl_NL"}


@register.filter
def open_graph_locale(language_code):
    return OPEN_GRAPH_LOCALES.get(language_code, language_code)
