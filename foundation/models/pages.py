from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.search import index

from foundation.page_cache import SITE, kept, page_tag


def restricted_paths():
    return sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))


def unrestricted(pages):
    """``pages`` under no view restriction, theirs or an ancestor's.

    Wagtail's ``public()`` reads the restrictions for each list it filters; they are few and
    seldom change, so they are read once and kept until one does (``SITE``).
    """
    paths = kept(None, "restricted-paths", restricted_paths)
    if not paths:
        return pages
    restricted = Q()
    for path in paths:
        restricted |= Q(path__startswith=path)
    return pages.exclude(restricted)


class PortalPageQuerySet(PageQuerySet):
    def public(self):
        return unrestricted(self)


class BasePage(Page):
    """What every page of the portal shares: a summary used as meta description and teaser."""

    objects = PageManager.from_queryset(PortalPageQuerySet)()

    summary = models.TextField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences, shown in lists and to search engines."),
    )

    search_fields = [*Page.search_fields, index.SearchField("summary")]
    content_panels = [*Page.content_panels, FieldPanel("summary")]

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """The view restrictions of this page and its ancestors, which Wagtail checks before
        serving it: none, without a query, for a page outside every restricted branch (the
        restricted paths are kept until a restriction or a page's place changes)."""
        paths = kept(None, "restricted-paths", restricted_paths)
        if not any(self.path.startswith(path) for path in paths):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @property
    def localized(self):
        """This page in the visitor's language: for a site's home page, from the translations
        kept with the site (``page_cache.site_with_root``), without a query."""
        roots = self.__dict__.get("localized_roots")
        if roots is not None and (found := roots.get(get_language())) is not None:
            return found
        return super().localized

    @property
    def meta_description(self):
        """What search engines show under the page's title: a page left without a summary
        still says what it is, in the reader's language (read at each rendering: the kept
        home page is shared by the languages that have none of their own)."""
        return (
            self.search_description
            or self.summary
            or gettext(
                "%(title)s, on Installez-vous: the offers, the services and the people who help "
                "you settle and work in the territory."
            )
            % {"title": self.title}
        )

    # What the page cache knows it by (``foundation.page_cache``): the kind of content it is,
    # which pages listing that kind show, and the kinds it lists itself without ``kept``
    # (what it reads through ``kept`` brings its own tags).
    cache_kind = "pages"
    cache_shows = ()
    # The relations every rendering of the page reads, fetched with it when it is routed to.
    route_related = ()

    def cache_tags(self):
        """What this page shows: itself in every language, what it lists, and the site's own."""
        return {SITE, page_tag(self), *self.cache_shows}

    def cache_changes(self):
        """What a change of this page (published, unpublished, moved, deleted) makes stale.

        A page next to the home page may be in the menu, the footer or the language
        switcher's fallbacks, which every page shows.
        """
        changes = {page_tag(self), self.cache_kind}
        if self.depth <= 3:
            changes.add(SITE)
        return changes

    def route(self, request, path_components):
        """The page at ``path_components`` under this one, found by its address in one query
        where Wagtail asks each level in turn (and each level's specific page after it).
        No page of the portal routes its subpages itself."""
        if not path_components:
            return super().route(request, path_components)
        url_path = f"{self.url_path}{'/'.join(path_components)}/"
        pages = Page.objects.filter(url_path=url_path, path__startswith=self.path)
        found = pages.values_list("pk", "content_type_id").first()
        if found is None:
            raise Http404
        model = ContentType.objects.get_for_id(found[1]).model_class() or Page
        # With its language and what its type shows of its relations: no query more for them.
        related = ["locale", *getattr(model, "route_related", ())]
        return model._default_manager.select_related(*related).get(pk=found[0]).route(request, [])

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        response.cache_tags = self.cache_tags()
        return response

    # Whether the public search's verdict on a live page changes with the date (an event that
    # ends): the nightly ``rebuild_search_documents --dated`` asks such pages again.
    search_changes_with_time = False

    def canonical_url(self, request=None):
        """The address search engines should index: an alias stands for its French page."""
        page = Page.objects.get(pk=self.alias_of_id) if self.alias_of_id else self
        return page.get_full_url(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["canonical_url"] = self.canonical_url(request)
        return context

    def is_shown_in_search(self):
        """Whether the public search may show this live page now, pinned or found.

        A page type with a state of its own (an offer taken, a campaign over) says no.
        """
        return True


class HeroMixin(models.Model):
    """A page that opens on a large title, a sentence and a picture."""

    hero_title = models.CharField(_("hero title"), max_length=120)
    hero_text = models.TextField(_("hero text"), max_length=400, blank=True)
    hero_image = models.ForeignKey(
        "foundation.PortalImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    hero_panels = [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Hero"),
        )
    ]

    class Meta:
        abstract = True


class ChoiceListPageForm(WagtailAdminPageForm):
    """A page form whose JSON list fields are shown as boxes to tick, from ``list_choices()``."""

    def list_choices(self):
        return {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, choices in self.list_choices().items():
            if name in self.fields:
                field = self.fields[name]
                self.fields[name] = forms.MultipleChoiceField(
                    label=field.label,
                    help_text=field.help_text,
                    choices=choices,
                    required=False,
                    widget=forms.CheckboxSelectMultiple,
                )


class StandardPage(BasePage):
    body = RichTextField(_("body"))

    parent_page_types = ["home.HomePage", "foundation.StandardPage"]
    subpage_types = ["foundation.StandardPage"]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")

    def cache_changes(self):
        # The legal pages, in every footer, are standard pages wherever they stand.
        return {*super().cache_changes(), SITE}
