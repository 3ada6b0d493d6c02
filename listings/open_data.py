"""The public offers and services as open data: the same records in JSON, GeoJSON and CSV,
under a versioned address (``/api/open/v1/``), with the French administrative codes that let
them be joined to other public data (the commune's INSEE code, the community of communes'
SIREN, the department).

What is published is what the public search shows: live, public pages, and of the offers
those not taken. A confidential offer says where it is as its ``Disclosure`` lets it: its
community of communes only, with no commune, code, postcode, department or point (its
GeoJSON feature has a null geometry, as RFC 7946 allows). Its texts were refused at save if
they named its commune, and its photo's address is a rendition of a file named at random.

Each page of records costs the same number of queries whatever its size: the pages, their
specific rows by type, their languages, places and photos are each read once for the page.
"""

import csv
import datetime
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

from foundation.i18n import in_locale_or_source
from foundation.locale_trees import text_language
from foundation.spreadsheets import safe_text
from foundation.vocabularies import ServiceCategory
from listings.cards import prepare_cards
from listings.models import LISTING_PAGE_MODELS, listing_queryset
from services.models import ServicePage

VERSION = "v1"
LICENCE = {
    "name": "Licence Ouverte / Open Licence 2.0",
    "spdx": "etalab-2.0",
    "url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
}
# The photo of an offer as its card shows it: made when a card is first shown, kept since.
PHOTO_RENDITION = "fill-960x640|format-jpeg"
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 500
MAX_PAGE = 100_000
SIREN = re.compile(r"[0-9]{9}")
UNENCODED_OFFSET = re.compile(r" ([0-9]{2}(?::?[0-9]{2})?)$")
SCHEMAS = Path(__file__).resolve().parent / "schemas"

OFFER_TYPES = {model.listing_type: model for model in LISTING_PAGE_MODELS}

# The columns of the CSV, in order: the keys of each record of the JSON, the properties of
# each GeoJSON feature. Lists (postcodes) are written space-separated in the CSV.
PLACE_COLUMNS = (
    "community",
    "community_siren",
    "department_code",
    "commune",
    "commune_insee",
    "postcodes",
    "latitude",
    "longitude",
    "located_at",
)
OFFER_COLUMNS = (
    "id",
    "type",
    "language",
    "title",
    "summary",
    "url",
    "reference",
    "kind",
    "sector",
    "activity",
    "transaction",
    "price",
    "price_kind",
    "surface",
    "rooms",
    "energy_class",
    "climate_class",
    "availability",
    "available_from",
    *PLACE_COLUMNS,
    "photo",
    "photo_alt",
    "published_at",
    "changed_at",
)
SERVICE_COLUMNS = (
    "id",
    "category",
    "language",
    "title",
    "summary",
    "url",
    *PLACE_COLUMNS,
    "address",
    "phone",
    "website",
    "published_at",
    "changed_at",
)


class BadQuery(ValueError):
    """A query string value the endpoints cannot answer, with what to send instead."""


@dataclass(frozen=True)
class Query:
    kinds: tuple
    area: str
    changed_since: datetime.datetime | None
    page: int
    per_page: int
    language: str


def _single(parameters, name):
    values = parameters.getlist(name)
    if len(values) > 1:
        raise BadQuery(
            _("%(name)s: give it once; separate several values with commas.") % {"name": name}
        )
    return values[0] if values else None


def _kinds(name, value, allowed):
    kinds = tuple(value.split(","))
    if not set(kinds) <= set(allowed):
        raise BadQuery(
            _("%(name)s: one or more of %(values)s, separated by commas.")
            % {"name": name, "values": ", ".join(allowed)}
        )
    return kinds


def _area(value):
    if not SIREN.fullmatch(value):
        raise BadQuery(_("area: the SIREN code of a community of communes, 9 digits."))
    return value


def _changed_since(value):
    """A day (from its start, in the portal's time zone) or a moment, as ISO 8601 writes them.

    A "+" left unencoded in a query string arrives as a space: "08:00:00 02:00" is read as
    the "+02:00" that was meant."""
    value = UNENCODED_OFFSET.sub(r"+\1", value)
    try:
        if len(value) == 10:
            moment = datetime.datetime.combine(datetime.date.fromisoformat(value), datetime.time())
        else:
            moment = datetime.datetime.fromisoformat(value)
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
        return moment.astimezone(datetime.UTC)  # the database's; out of its range, refused
    except (ValueError, OverflowError) as error:
        raise BadQuery(
            _(
                "changed_since: a date (2026-03-31) or a date and time "
                "(2026-03-31T08:00:00Z), as ISO 8601 writes them."
            )
        ) from error


def _number(name, value, maximum):
    if (
        not value.isascii()
        or not value.isdigit()
        or len(value) > len(str(maximum))
        or not 1 <= int(value) <= maximum
    ):
        raise BadQuery(
            _("%(name)s: a whole number from 1 to %(maximum)s.")
            % {"name": name, "maximum": maximum}
        )
    return int(value)


def _language(value):
    codes = [code for code, _name in settings.LANGUAGES]
    if value not in codes:
        raise BadQuery(_("language: one of %(codes)s.") % {"codes": ", ".join(codes)})
    return value


class Dataset:
    """What the published lists share: their parameters and how a query string is read.
    Each list (``Offers``, ``Services``) says what its kinds are called, which pages it
    publishes (``pages``), how a page of them is read at once (``prepared``) and what each
    record holds (``record``)."""

    name = ""
    kind_parameter = ""
    kinds = ()
    columns = ()

    def parameters(self):
        return (self.kind_parameter, "area", "changed_since", "page", "per_page", "language")

    def read_query(self, parameters):
        """The query string, checked: each wrong value is a ``BadQuery`` saying what to send."""
        for name in parameters:
            if name not in self.parameters():
                raise BadQuery(
                    _("%(name)s is not a parameter of this list: use %(parameters)s.")
                    % {"name": name, "parameters": ", ".join(self.parameters())}
                )
        kinds = _single(parameters, self.kind_parameter)
        area = _single(parameters, "area")
        changed_since = _single(parameters, "changed_since")
        page = _single(parameters, "page")
        per_page = _single(parameters, "per_page")
        language = _single(parameters, "language")
        return Query(
            kinds=() if kinds is None else _kinds(self.kind_parameter, kinds, self.kinds),
            area="" if area is None else _area(area),
            changed_since=None if changed_since is None else _changed_since(changed_since),
            page=1 if page is None else _number("page", page, MAX_PAGE),
            per_page=DEFAULT_PER_PAGE
            if per_page is None
            else _number("per_page", per_page, MAX_PER_PAGE),
            language=settings.LANGUAGE_CODE if language is None else _language(language),
        )


def _filtered(pages, query):
    if query.changed_since is not None:
        pages = pages.filter(last_published_at__gte=query.changed_since)
    return pages.order_by(F("first_published_at").desc(nulls_last=True), "-pk")


def _moment(value):
    return value.isoformat() if value else None


def _place(community, commune, point, located_at):
    """Where a record is, with the codes of its community, commune and department."""
    return {
        "community": community.name if community else None,
        "community_siren": community.siren if community else None,
        "department_code": commune.department_code if commune else None,
        "commune": commune.name if commune else None,
        "commune_insee": commune.insee_code if commune else None,
        "postcodes": list(commune.postcodes) if commune else [],
        "latitude": point[0] if point else None,
        "longitude": point[1] if point else None,
        "located_at": located_at if point else None,
    }


class Offers(Dataset):
    name = "offers"
    kind_parameter = "type"
    kinds = tuple(OFFER_TYPES)
    columns = OFFER_COLUMNS

    def pages(self, query, locale):
        pages = listing_queryset(Page.objects.all())
        if query.kinds:
            pages = pages.type(*(OFFER_TYPES[kind] for kind in query.kinds))
        if query.area:
            in_area = Q()
            for model in LISTING_PAGE_MODELS:
                siren = f"{model._meta.model_name}__commune__community__siren"
                in_area |= Q(**{siren: query.area})
            pages = pages.filter(in_area)
        return _filtered(in_locale_or_source(pages, locale), query)

    def prepared(self, pages):
        return prepare_cards(pages)

    def record(self, listing, request, locale):
        disclosure = listing.disclosure
        point = disclosure.search_point()
        photo = getattr(listing, "card_image", None)
        return {
            "id": str(listing.translation_key),
            "type": listing.listing_type,
            "language": text_language(listing, locale.pk, locale.language_code),
            "title": listing.title,
            "summary": listing.summary,
            "url": listing.get_full_url(request),
            "reference": listing.reference,
            "kind": getattr(listing, "kind", None),
            "sector": getattr(listing, "sector", None),
            "activity": getattr(listing, "activity", None),
            "transaction": listing.transaction_kind or None,
            "price": listing.price,
            "price_kind": listing.price_kind,
            "surface": listing.surface,
            "rooms": getattr(listing, "rooms", None),
            "energy_class": getattr(listing, "energy_class", None) or None,
            "climate_class": getattr(listing, "climate_class", None) or None,
            "availability": listing.availability,
            "available_from": _moment(listing.available_from),
            **_place(
                disclosure.community,
                disclosure.commune,
                point,
                "offer" if disclosure.point else "commune",
            ),
            "photo": request.build_absolute_uri(photo.get_rendition(PHOTO_RENDITION).url)
            if photo
            else None,
            "photo_alt": getattr(listing, "card_alt", None) if photo else None,
            "published_at": _moment(listing.first_published_at),
            "changed_at": _moment(listing.last_published_at),
        }


class Services(Dataset):
    name = "services"
    kind_parameter = "category"
    kinds = tuple(ServiceCategory.values)
    columns = SERVICE_COLUMNS

    def pages(self, query, locale):
        pages = ServicePage.objects.live().public()
        if query.kinds:
            pages = pages.filter(category__in=query.kinds)
        if query.area:
            pages = pages.filter(community__siren=query.area)
        return _filtered(in_locale_or_source(pages, locale), query)

    def prepared(self, pages):
        return list(pages.select_related("commune", "community"))

    def record(self, service, request, locale):
        return {
            "id": str(service.translation_key),
            "category": service.category,
            "language": text_language(service, locale.pk, locale.language_code),
            "title": service.title,
            "summary": service.summary,
            "url": service.get_full_url(request),
            **_place(
                service.community,
                service.commune,
                service.point,
                "service" if service.own_point else "commune",
            ),
            "address": service.address,
            "phone": service.phone,
            "website": service.website,
            "published_at": _moment(service.first_published_at),
            "changed_at": _moment(service.last_published_at),
        }


OFFERS = Offers()
SERVICES = Services()
DATASETS = {dataset.name: dataset for dataset in (OFFERS, SERVICES)}


@dataclass
class ResultPage:
    """One page of a dataset's records, and where the pages before and after it are."""

    dataset: Dataset
    query: Query
    count: int
    records: list
    previous: str | None
    next: str | None
    schema: str | None

    def about(self):
        """What every document says of itself: its licence, schema, language and paging."""
        return {
            "licence": LICENCE,
            "schema": self.schema,
            "language": self.query.language,
            "count": self.count,
            "page": self.query.page,
            "per_page": self.query.per_page,
            "previous": self.previous,
            "next": self.next,
        }


def result_page(dataset, query, request, schema):
    """The page of ``dataset`` that ``query`` asks for, read in a fixed number of queries."""
    locale = Locale.objects.filter(language_code=query.language).first() or Locale.get_default()
    pages = dataset.pages(query, locale)
    count = pages.count()
    start = (query.page - 1) * query.per_page
    items = dataset.prepared(pages[start : start + query.per_page]) if start < count else []
    last = max(1, -(-count // query.per_page))
    return ResultPage(
        dataset=dataset,
        query=query,
        count=count,
        records=[dataset.record(item, request, locale) for item in items],
        previous=_page_url(request, min(query.page - 1, last)) if query.page > 1 else None,
        next=_page_url(request, query.page + 1) if query.page < last else None,
        schema=schema,
    )


def _page_url(request, page):
    parameters = request.GET.copy()
    parameters["page"] = str(page)
    return request.build_absolute_uri(f"{request.path}?{urlencode(sorted(parameters.items()))}")


def as_json(result):
    return json.dumps({**result.about(), "results": result.records}, ensure_ascii=False)


def as_geojson(result):
    """A FeatureCollection (RFC 7946): points as [longitude, latitude], a null geometry for
    what may not say where it is; the paging and licence as foreign members."""
    features = [
        {
            "type": "Feature",
            "id": record["id"],
            "geometry": {"type": "Point", "coordinates": [record["longitude"], record["latitude"]]}
            if record["latitude"] is not None
            else None,
            "properties": record,
        }
        for record in result.records
    ]
    document = {"type": "FeatureCollection", **result.about(), "features": features}
    return json.dumps(document, ensure_ascii=False)


def _cell(value):
    if isinstance(value, list):
        return " ".join(value)
    return safe_text(value)


def as_csv(result):
    """A header line, then a line per record; a text that a spreadsheet would take for a
    formula gets a leading quote (``foundation.spreadsheets``)."""
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(result.dataset.columns)
    for record in result.records:
        writer.writerow(_cell(record[column]) for column in result.dataset.columns)
    return output.getvalue()


@dataclass(frozen=True)
class Format:
    content_type: str
    write: object
    # The suffix of the JSON Schema of a dataset's documents in this format, if it has one.
    schema_suffix: str = ""

    def schema_name(self, dataset):
        return f"{dataset.name}{self.schema_suffix}" if self.schema_suffix else ""


FORMATS = {
    "json": Format("application/json", as_json, ".json"),
    "geojson": Format("application/geo+json", as_geojson, ".geojson.json"),
    "csv": Format("text/csv; charset=utf-8; header=present", as_csv),
}


def schema_file(name):
    """The published JSON Schema called ``name``, as kept in ``listings/schemas``; ``None``
    for any other name."""
    known = {path.name: path for path in SCHEMAS.glob("*.json")}
    path = known.get(name)
    return json.loads(path.read_text()) if path else None


# A short answer of ``offers.json``, shown on the page that documents the endpoints (and held
# to the published schema by the tests): an offer that says where it is, a confidential one.
EXAMPLE = json.loads((SCHEMAS / "examples" / "offers.json").read_text())
