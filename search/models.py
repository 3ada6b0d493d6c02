from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.search import index

from foundation.cards import OfferCard
from foundation.vocabularies import Availability, ServiceCategory
from search.synonyms import indexed, split_terms


class DocumentKind(models.TextChoices):
    BUSINESS = "business", _("Business to take over")
    PREMISES = "premises", _("Premises")
    LAND = "land", _("Land")
    HOUSING = "housing", _("Housing")
    SERVICE = "service", _("Service")
    AREA = "area", _("Area")
    STRUCTURE = "structure", _("Structure")
    EVENT = "event", _("Event")
    CAMPAIGN = "campaign", _("Campaign")


LISTING_KINDS = [
    DocumentKind.BUSINESS,
    DocumentKind.PREMISES,
    DocumentKind.LAND,
    DocumentKind.HOUSING,
]


FILTER_FIELDS = [
    index.FilterField(name)
    for name in (
        "page", "shown_fr", "shown_en", "shown_nl", "kind", "category", "community", "commune",
        "transaction", "price", "price_band", "surface", "surface_band", "availability",
        "energy_class", "published_at",
    )
]  # fmt: skip


def uses_elasticsearch():
    return "elasticsearch" in settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]


# The page cache's tag of everything built from the search documents (``foundation.page_cache``).
SEARCH_TAG = "search"


def search_tag(kind):
    """The page cache's tag of the documents of one kind (``foundation.page_cache``)."""
    return f"search:{kind}"


class SearchDocument(index.Indexed, models.Model):
    """What the public search knows of one live page: its words and its facets, in one row.

    Listings of four types, services, areas and structures are found, filtered and counted
    together; keeping their facets in one table lets every backend filter and count them in
    one query. Documents are written when a page is published and removed when it is
    unpublished, deleted, expires or is taken; ``rebuild_search_documents`` rewrites them all.
    """

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_document",
    )
    language = models.CharField(_("language of the text"), max_length=8)
    # The page stands for its translation group in these languages: its own, and, for a
    # French original, every language it is not translated into yet.
    shown_fr = models.BooleanField(default=False)
    shown_en = models.BooleanField(default=False)
    shown_nl = models.BooleanField(default=False)

    kind = models.CharField(_("type"), max_length=20, choices=DocumentKind.choices)
    heading = models.CharField(_("title"), max_length=255)
    text = models.TextField(_("text"), blank=True)
    # What a result card shows, so that a page of results costs the same whatever it holds.
    summary = models.TextField(_("summary"), blank=True)
    image = models.ForeignKey(
        "foundation.PortalImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    price_kind = models.CharField(max_length=20, blank=True)
    listed_price = models.PositiveIntegerField(null=True, blank=True)
    category = models.CharField(
        _("category"), max_length=30, choices=ServiceCategory.choices, blank=True
    )
    community = models.ForeignKey(
        "territory.CommunityOfCommunes",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Empty for a confidential offer: a commune filter must not reveal where it is.
    commune = models.ForeignKey(
        "territory.Commune", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    transaction = models.CharField(max_length=10, blank=True)
    # A sale price, or a rent per month (a yearly lease counts for a twelfth).
    price = models.PositiveIntegerField(null=True, blank=True)
    price_band = models.CharField(max_length=20, blank=True)
    surface = models.PositiveIntegerField(null=True, blank=True)
    surface_band = models.CharField(max_length=20, blank=True)
    availability = models.CharField(max_length=20, blank=True)
    energy_class = models.CharField(max_length=1, blank=True)
    tags = models.ManyToManyField("taggit.Tag", blank=True, related_name="+")
    published_at = models.DateTimeField(null=True, blank=True)

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("body"),
        *FILTER_FIELDS,
    ]
    # With Elasticsearch, the text itself goes to the fields of its language, which that
    # language's analyser reads (search.backends.elasticsearch).
    elasticsearch_fields = [
        *(
            index.SearchField(
                f"{part}_{code}",
                boost=3 if part == "title" else 1,
                es_extra={
                    "analyzer": f"portal_{code}",
                    "search_analyzer": f"portal_{code}_search",
                },
            )
            for code, _name in settings.LANGUAGES
            for part in ("title", "body")
        ),
        *FILTER_FIELDS,
    ]

    class Meta:
        verbose_name = _("search document")
        indexes = [
            models.Index(fields=["shown_fr", "kind"]),
            models.Index(fields=["shown_en", "kind"]),
            models.Index(fields=["shown_nl", "kind"]),
            models.Index(fields=["-published_at"], name="search_doc_newest"),
        ]

    def __str__(self):
        return self.heading

    @property
    def reader_page(self):
        """The page a result links to: ``page``, or its alias in the reader's language."""
        return self.__dict__.get("reader_page", self.page)

    @reader_page.setter
    def reader_page(self, page):
        self.__dict__["reader_page"] = page

    @property
    def is_listing(self):
        return self.kind in LISTING_KINDS

    def card(self, reader_locale_id=None):
        """The card of what this document stands for, on a page of results."""
        kind = self.get_category_display() if self.category else self.get_kind_display()
        return OfferCard(
            page=self.reader_page,
            kicker=f"{kind} · {self.place_label}" if self.place_label else str(kind),
            title=self.heading,
            css_class="result-card",
            image=self.image,
            language=self.language if self.language != get_language() else "",
            price_kind=self.price_kind if self.is_listing else "",
            price=self.listed_price,
            hectares=self.area_hectares,
            surface=self.surface,
            availability=self.availability,
            badge=Availability.UNDER_OFFER.label
            if self.availability == Availability.UNDER_OFFER
            else "",
            summary=self.summary,
        )

    def map_entry(self, request):
        """What a map needs of this page (see ``foundation.maps.map_places``); its point is
        empty for a confidential offer."""
        point = None if self.latitude is None else (self.latitude, self.longitude)
        return {
            "point": point,
            "title": self.heading,
            "url": self.reader_page.get_url(request),
            "place": self.place_label,
        }

    @property
    def place_label(self):
        # A confidential offer has no commune here: its area is all that may be said.
        place = self.commune or self.community
        return place.name if place else ""

    @property
    def area_hectares(self):
        if self.kind == DocumentKind.LAND and self.surface and self.surface >= 10_000:
            return self.surface / 10_000
        return None

    @classmethod
    def get_search_fields(cls):
        return cls.elasticsearch_fields if uses_elasticsearch() else super().get_search_fields()

    def text_in(self, language, text):
        return text if self.language == language else ""

    def title_fr(self):
        return self.text_in("fr", self.heading)

    def body_fr(self):
        return self.text_in("fr", self.text)

    def title_en(self):
        return self.text_in("en", self.heading)

    def body_en(self):
        return self.text_in("en", self.text)

    def title_nl(self):
        return self.text_in("nl", self.heading)

    def body_nl(self):
        return self.text_in("nl", self.text)

    # The database backends store stems, analysed in Python (see search.analysis), with the
    # tokens of the synonym groups the text speaks of (search.synonyms).
    @property
    def title(self):
        return indexed(self.heading, self.language)

    @property
    def body(self):
        return indexed(self.text, self.language)


class SynonymGroup(models.Model):
    """Words and expressions a newcomer uses for one thing, in any language (search.synonyms)."""

    terms = models.TextField(
        _("words and expressions"),
        help_text=_(
            "One per line or separated by commas, in French, English or Dutch: a search for "
            "any of them finds the pages that use any other."
        ),
    )
    note = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonyms")

    def __str__(self):
        return ", ".join(split_terms(self.terms)[:4])

    def clean(self):
        super().clean()
        if len(split_terms(self.terms)) < 2:
            raise ValidationError({"terms": _("A group needs at least two words or expressions.")})


class QueryDay(models.Model):
    """How often a query was typed on one day, in one language, and how often it found nothing."""

    query = models.CharField(_("query"), max_length=255)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)
    empty_hits = models.PositiveIntegerField(_("searches without result"), default=0)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "language", "date"], name="search_queryday_unique"
            )
        ]
        indexes = [models.Index(fields=["language", "date"])]

    def __str__(self):
        return self.query

    @classmethod
    def add_hit(cls, query, language, found):
        """One more search for ``query`` today, counted atomically whoever else counts it."""
        today = timezone.localdate()
        day = cls.objects.filter(query=query, language=language, date=today)
        increments = {"hits": F("hits") + 1, "empty_hits": F("empty_hits") + (0 if found else 1)}
        if day.update(**increments):
            return
        try:
            with transaction.atomic():
                cls.objects.create(
                    query=query, language=language, date=today, hits=1, empty_hits=int(not found)
                )
        except IntegrityError:
            # Another request counted the same query first: add to its row.
            day.update(**increments)
