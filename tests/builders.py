"""Small worlds for the tests: a site in three languages with one page of every type."""

import copy
import datetime
from contextlib import contextmanager
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from django.contrib.messages import ERROR, get_messages
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse

from wagtail.models import Locale, Page, Site
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
    streamfield,
)

from directory.factories import NetworkPageFactory, ReferentFactory, StructurePageFactory
from foundation.factories import (
    LocaleFactory,
    PortalImageFactory,
    SiteFactory,
    StandardPageFactory,
)
from foundation.indexing import indexing_deferred
from foundation.locale_trees import synchronise_languages
from foundation.vocabularies import PriceKind, ServiceCategory
from home.factories import AreaPageFactory, HomePageFactory
from listings.factories import (
    BusinessListingPageFactory,
    HousingListingPageFactory,
    LandListingPageFactory,
    ListingIndexPageFactory,
    PremisesListingPageFactory,
)
from listings.models import LandKind
from search.documents import rebuild as rebuild_search_documents
from services.factories import ServiceIndexPageFactory, ServicePageFactory
from territory.factories import CommuneFactory, CommunityOfCommunesFactory

LANGUAGES = ("fr", "en", "nl")

# What a translator would write: the title of each page of the world in English and Dutch.
TITLES = {
    "home": ("Settle in Livradois-Forez", "Vestig je in Livradois-Forez"),
    "listing_index": ("Opportunities", "Kansen"),
    "service_index": ("Living here", "Hier wonen"),
    "network": ("The network", "Het netwerk"),
    "cci": ("Chamber of commerce of Thiers", "Kamer van koophandel Thiers"),
    "cma": ("Chamber of trades of Ambert", "Ambachtskamer Ambert"),
    "area": ("Thiers, Dore and Mountain", "Thiers, Dore en Gebergte"),
    "standard": ("Legal notice", "Wettelijke vermeldingen"),
    "business": ("Cutlery workshop to take over", "Messenmakerij over te nemen"),
    "premises": ("Shop on the main square", "Winkel aan het dorpsplein"),
    "land": ("Farmland near Ambert", "Landbouwgrond bij Ambert"),
    "housing": ("Village house with garden", "Dorpshuis met tuin"),
    "childcare": ("The Little Steps nursery", "Kinderdagverblijf De Kleine Stapjes"),
    "broadband": ("Fibre broadband", "Glasvezelinternet"),
}


def locales():
    fr = Locale.get_default()
    return fr, LocaleFactory(language_code="en"), LocaleFactory(language_code="nl")


def make_site_root(home):
    """Point the default site at ``home`` and drop Wagtail's welcome page."""
    Site.objects.all().delete()
    site = SiteFactory(root_page=home)
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return site


def translate(page, locale, **fields):
    """Copy ``page`` into ``locale`` as a translator would, change ``fields`` and publish."""
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return type(copy).objects.get(pk=copy.pk)


def publish(page):
    """Publish through a revision, so that dates of publication are set as in real life."""
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def build_skeleton():
    """Home, indexes, network page, a site; French only. Cheap: for counting and admin tests."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    site = make_site_root(home)
    return SimpleNamespace(
        root=root,
        home=home,
        site=site,
        listing_index=ListingIndexPageFactory(parent=home),
        service_index=ServiceIndexPageFactory(parent=home),
        network=NetworkPageFactory(parent=home),
    )


def build_world(translated=True):
    """One page of every type, under /fr/, and translated into English and Dutch.

    Thiers' community has the cutlery workshop (confidential: announced without its town),
    the shop and the house; Ambert's has the farmland. Services: a nursery in Thiers and
    broadband for the whole community of Thiers. Nothing else of the world is in Celles-sur-
    Durolle, the workshop's town: no page may name it.
    """
    # As the demo's loader does: each page is indexed once, when the world is built, rather
    # than at each of its saves (foundation.indexing).
    with indexing_deferred():
        world = _world(translated)
    # Factories make pages live without publishing them: write their search documents.
    rebuild_search_documents()
    return world


def _world(translated):
    fr, en, nl = locales()
    world = build_skeleton()
    world.locales = {"fr": fr, "en": en, "nl": nl}
    world.thiers_cc = CommunityOfCommunesFactory(
        siren="200070712", name="CC Thiers Dore et Montagne"
    )
    world.ambert_cc = CommunityOfCommunesFactory(
        siren="200070761", name="CC Ambert Livradois Forez"
    )
    # The communes' centres are GeoNames', as the project ships them (territory/data).
    world.thiers = CommuneFactory(
        insee_code="63430",
        name="Thiers",
        postcodes=["63300"],
        community=world.thiers_cc,
        latitude=45.85654,
        longitude=3.54758,
    )
    world.celles = CommuneFactory(
        insee_code="63066",
        name="Celles-sur-Durolle",
        postcodes=["63250"],
        community=world.thiers_cc,
        latitude=45.85829,
        longitude=3.6354,
    )
    world.ambert = CommuneFactory(
        insee_code="63003",
        name="Ambert",
        postcodes=["63600"],
        community=world.ambert_cc,
        latitude=45.54944,
        longitude=3.74164,
    )
    world.area = AreaPageFactory(
        parent=world.home,
        community=world.thiers_cc,
        title="Thiers Dore et Montagne",
        slug="thiers-dore-et-montagne",
    )
    world.standard = StandardPageFactory(
        parent=world.home, title="Mentions légales", slug="mentions-legales"
    )
    world.cci = StructurePageFactory(
        parent=world.network,
        title="CCI de Thiers",
        slug="cci-thiers",
        acronym="CCI Thiers",
        communities=[world.thiers_cc],
    )
    world.cma = StructurePageFactory(
        parent=world.network,
        title="Chambre de métiers d'Ambert",
        slug="cma-ambert",
        acronym="CMA Ambert",
        communities=[world.ambert_cc, world.thiers_cc],
    )
    world.referent = ReferentFactory(structure=world.cci, name="Claire Dumas")
    photo = PortalImageFactory(title="Atelier de coutellerie")
    world.business = publish(
        BusinessListingPageFactory(
            parent=world.cci,
            title="Atelier de coutellerie à reprendre",
            slug="atelier-coutellerie",
            reference="CCI-2031-001",
            activity="Coutellerie d'art",
            commune=world.celles,
            latitude=45.8573,
            longitude=3.6342,
            confidential=True,
            price=185_000,
            contact=world.referent,
            gallery__0__photo__image=photo,
            gallery__0__photo__alt_text="L'établi et les meules de l'atelier",
        )
    )
    world.premises = publish(
        PremisesListingPageFactory(
            parent=world.cci,
            title="Boutique sur la place",
            slug="boutique-place",
            commune=world.thiers,
            latitude=45.8561,
            longitude=3.5477,
            price=1_250,
            price_kind=PriceKind.MONTHLY_RENT,
            surface=85,
            available_from=datetime.date(2031, 9, 1),
        )
    )
    world.land = publish(
        LandListingPageFactory(
            parent=world.cma,
            title="Terres agricoles près d'Ambert",
            slug="terres-ambert",
            commune=world.ambert,
            kind=LandKind.AGRICULTURAL,
            surface=125_000,
            price=48_000,
        )
    )
    world.housing = publish(
        HousingListingPageFactory(
            parent=world.cci,
            title="Maison de bourg avec jardin",
            slug="maison-bourg",
            commune=world.thiers,
            energy_class="F",
            climate_class="E",
        )
    )
    world.childcare = ServicePageFactory(
        parent=world.cci,
        title="Crèche Les Petits Pas",
        slug="creche-petits-pas",
        category=ServiceCategory.CHILDCARE,
        commune=world.thiers,
        community=world.thiers_cc,
    )
    world.broadband = ServicePageFactory(
        parent=world.cci,
        title="Fibre optique",
        slug="fibre-optique",
        category=ServiceCategory.BROADBAND,
        commune=None,
        community=world.thiers_cc,
    )
    world.translations = {"en": {}, "nl": {}}
    if translated:
        for name in TITLES:
            page = getattr(world, name)
            for index, language in enumerate(("en", "nl")):
                world.translations[language][name] = translate(
                    page, world.locales[language], title=TITLES[name][index]
                )
    return world


# What a partly translated world has in English and Dutch: its skeleton and one structure.
TRANSLATED_SKELETON = ("home", "listing_index", "service_index", "network", "cci")


def build_partly_translated_world():
    """The world with only its skeleton translated, its languages following the French tree.

    Its offers, services, area, standard page and the CMA exist in English and Dutch as
    wagtail-localize aliases: served under ``/en/`` and ``/nl/``, in French.
    """
    with indexing_deferred():
        world = _world(translated=False)
        for name in TRANSLATED_SKELETON:
            for index, language in enumerate(("en", "nl")):
                world.translations[language][name] = translate(
                    getattr(world, name), world.locales[language], title=TITLES[name][index]
                )
        world.aliases_created = synchronise_languages()
    rebuild_search_documents()
    return world


def version_in(world, name, language):
    """The page standing for ``name`` in ``language``: its translation, or its alias."""
    french = getattr(world, name)
    return Page.objects.get(
        translation_key=french.translation_key, locale__language_code=language
    ).specific


def page_in(world, name, language):
    """The page ``name`` of the world in ``language``."""
    if language == "fr":
        return getattr(world, name)
    return world.translations[language][name]


def page_form(**fields):
    """POST data of a page form in the admin, with the (empty) comments formset it requires."""
    return nested_form_data({"comments": inline_formset([]), **fields})


def logged_in(client, user):
    client.force_login(user)
    return client


def edit_form_data(client, page):
    """What the page's edit form would post to the logged-in ``client``, as a browser would:
    stream fields are drawn by JavaScript, so added, and a ticked box posts "on"."""
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    for box in BeautifulSoup(html, "html.parser").select("#page-edit-form input[checked]"):
        # Django draws a ticked box without a value: what a browser posts is "on".
        if box.get("type") == "checkbox" and not box.get("value"):
            data[box["name"]] = "on"
    if hasattr(page, "gallery"):
        photos = [
            (
                "photo",
                {
                    "image": block.value["image"].pk,
                    "alt_text": block.value["alt_text"],
                    "caption": block.value["caption"],
                },
            )
            for block in page.gallery
        ]
        data.update(nested_form_data({"gallery": streamfield(photos)}))
    return data


def form_ready(built_world, settings):
    """A fresh copy of ``built_world`` for tests that send public forms: no minimum filling
    time and no rate limit in the way, and an empty cache."""
    settings.ENQUIRY_MIN_FILL_SECONDS = 0
    settings.ENQUIRY_RATE_LIMIT = "1000/h"
    cache.clear()
    return fresh(built_world)


def assert_denied(response):
    """Wagtail refuses with a 403, or by sending back to the dashboard with an error message."""
    if response.status_code == 403:
        return
    assert response.status_code == 302, f"expected a refusal, got {response.status_code}"
    assert response["Location"] == reverse("wagtailadmin_home"), response["Location"]
    levels = [message.level for message in get_messages(response.wsgi_request)]
    assert ERROR in levels, "the editor is not told why"


PAGE_TYPES = [
    "home",
    "listing_index",
    "business",
    "premises",
    "land",
    "housing",
    "service_index",
    "childcare",
    "area",
    "network",
    "cci",
    "standard",
]


def text_of(node):
    """Visible text with the thin and no-break spaces of number formats made plain spaces."""
    text = node.get_text(" ", strip=True) if hasattr(node, "get_text") else str(node)
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())


class WorldTestCase:
    """Mixin for a ``WagtailPageTestCase`` sharing one world per class."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = build_world()

    def page(self, name, language="fr"):
        return page_in(self.world, name, language)

    def soup(self, url, **params):
        response = self.client.get(url, params)
        self.assertEqual(response.status_code, 200, url)
        return self.get_soup(response.content)


@contextmanager
def _rolled_back(django_db_blocker):
    """Open a transaction that is rolled back on leaving, whatever was written meanwhile."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
        cache.clear()


def module_world(build):
    """A module fixture: the world ``build()`` makes, built once for the whole module.

    The world is written inside a transaction rolled back after the module's last test. Each
    test asks for ``fresh(world)`` with the ``db`` fixture: it runs in a savepoint of its own,
    so what it writes is gone before the next test, and gets a deep copy of the objects, as
    ``setUpTestData`` gives, so an object one test changes in memory is fresh for the next.
    """

    @pytest.fixture(scope="module")
    def built(django_db_setup, django_db_blocker):
        with _rolled_back(django_db_blocker):
            with django_db_blocker.unblock():
                world = build()
            yield world

    return built


def without_pages():
    """Delete every page but the root, so that a world built next stands alone.

    For a test that builds its own world over its module's, in its own savepoint.
    """
    Page.get_first_root_node().get_children().delete()


def fresh(world):
    return copy.deepcopy(world)
