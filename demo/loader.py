"""Load the demo territory: what ``manage.py load_demo`` runs.

Idempotent: every page carries a translation key derived from its demo identity, so a page
already there — even renamed or edited in the admin — is found again and left alone. Only what
is missing is created, translated or granted.
"""

import datetime
import uuid
from collections import Counter

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.functional import cached_property

from wagtail.coreutils import find_available_slug
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from directory.models import NetworkPage, Referent, StructureCompetence, StructurePage
from directory.permissions import (
    COORDINATORS_GROUP_NAME,
    give_coordinators,
    give_structure_editors,
)
from enquiries.models import RoutingRule
from foundation.indexing import indexing_deferred
from foundation.locale_trees import synchronise_languages
from foundation.models import PortalSettings, StandardPage, TagName
from home.models import AreaPage, HomePage
from listings.models import LISTING_PAGE_MODELS, ListingIndexPage
from listings.reviews import next_review
from promotion.models import CampaignListing, CampaignPage, EventIndexPage, EventPage, Testimonial
from services.models import ServiceIndexPage, ServicePage
from territory.models import Commune, CommunityOfCommunes

from . import content
from .content import (
    ALL_COMMUNITIES,
    COORDINATOR,
    MOTIF_ALT,
    MOTIF_TITLE,
    PARK,
    ROUTING_RULES,
    STRUCTURES,
)
from .enquiries import load_enquiries, load_registrations, load_searches
from .images import image_file
from .listings import all_listings
from .services import all_services
from .text import Glossary, T, make_slug, same, slug_of
from .translation import translate_page, translate_snippet

# One demo listing in twelve is due for review within the fortnight: the report of listings to
# review, and ``review_listings``, have something to show.
DUE_FOR_REVIEW_EVERY = 12


def review_date(index):
    if index % DUE_FOR_REVIEW_EVERY == DUE_FOR_REVIEW_EVERY - 1:
        return timezone.now() + datetime.timedelta(days=3 + index % 10)
    return next_review()


# Public on purpose: the README and the command print it for every demo account.
DEMO_PASSWORD = "installez-vous"  # noqa: S105
ADMIN_USERNAME = "admin"
COORDINATOR_USERNAME = "coordination"
TARGET_LANGUAGES = ("en", "nl")
IMAGE_CREDIT = "Illustration générée"
SITE_COLLECTION = "Installez-vous"
# Demo pages get translation keys derived from their identity in the demo, so that a page is
# recognised on the next run whatever an editor did to its title or slug.
KEY_NAMESPACE = uuid.UUID("6f1c0c2e-5b0a-4a43-9d0e-6a1c2d7e8b11")


def most_of_each_type(pages, left_out_every=6):
    """All the pages but one in ``left_out_every`` of each type, balanced across types.

    The ones left out show what a newcomer sees of a page not translated yet: its alias.
    """
    seen = Counter()
    chosen = []
    for page in pages:
        if seen[type(page)] % left_out_every != left_out_every - 1:
            chosen.append(page)
        seen[type(page)] += 1
    return chosen


def demo_key(*parts):
    return uuid.uuid5(KEY_NAMESPACE, ":".join(("installez-vous-demo", *parts)))


class DemoLoader:
    def __init__(self):
        self.glossary = Glossary()
        self.created = Counter()
        self.translated = Counter()
        self.missing = Counter()
        self.images_created = 0
        self.aliases_created = 0
        self.enquiries_created = 0
        self.users_created = 0
        self.images = {}
        self.accounts = []

    # The whole run --------------------------------------------------------------------------

    def load(self):
        self.started = timezone.now()
        with transaction.atomic(), indexing_deferred():
            self.load_everything()
        return self

    def load_everything(self):
        self.french = self.ensure_locales()
        self.communities = {
            community.siren: community
            for community in CommunityOfCommunes.objects.filter(siren__in=ALL_COMMUNITIES)
        }
        communes = Commune.objects.filter(community__in=self.communities.values())
        self.communes = {commune.name: commune for commune in communes.select_related("community")}
        self.users = self.ensure_accounts()

        home = self.ensure_home()
        site = self.ensure_site(home)
        listing_index = self.ensure_simple_page(
            home, "listing-index", ListingIndexPage, content.LISTING_INDEX
        )
        service_index = self.ensure_simple_page(
            home, "service-index", ServiceIndexPage, content.SERVICE_INDEX
        )
        areas = [self.ensure_area(home, area) for area in content.area_pages(self.communities)]
        network = self.ensure_network(home)
        standard_pages = {
            spec["setting"]: self.ensure_standard_page(home, spec)
            for spec in content.STANDARD_PAGES
        }
        structures = {spec.slug: self.ensure_structure(network, spec) for spec in STRUCTURES}
        listings = [
            self.ensure_listing(structures[spec.structure], spec, index)
            for index, spec in enumerate(self.listing_specs())
        ]
        services = [
            self.ensure_service(structures[spec.structure], spec)
            for spec in all_services(self.postcodes())
        ]
        self.ensure_settings(site, standard_pages)
        calendar = self.ensure_simple_page(home, "calendar", EventIndexPage, content.CALENDAR)
        events = [self.ensure_event(calendar, spec) for spec in content.EVENTS]
        testimonials = [self.ensure_testimonial(spec, structures) for spec in content.TESTIMONIALS]
        campaign = self.ensure_campaign(home, content.CAMPAIGN, listings, testimonials)
        for event, spec in zip(events, content.EVENTS, strict=True):
            if spec["days"] > 0 and spec["capacity"]:
                load_registrations(event, spec["capacity"] * 2 // 3)

        # Parents before children: a translation is created under its parent's translation.
        for page in [
            home,
            listing_index,
            service_index,
            *areas,
            network,
            *standard_pages.values(),
            *structures.values(),
            *most_of_each_type(listings),
            *most_of_each_type(services),
            calendar,
            *events,
            campaign,
        ]:
            self.ensure_translations(page)
        self.ensure_keyword_translations()
        # Every other page is served in English and Dutch too, in French, until translated.
        self.aliases_created = synchronise_languages()
        for testimonial in testimonials:
            self.ensure_testimonial_translations(testimonial, content.TESTIMONIALS)

        self.date_listings(listings)
        self.ensure_routing_rules(structures)
        self.enquiries_created = load_enquiries(self.communities.values(), content.CAMPAIGN["key"])
        load_searches()
        coordinators = give_coordinators(home)
        self.users[COORDINATOR_USERNAME].groups.add(coordinators)
        for slug, structure in structures.items():
            self.users[slug].groups.add(give_structure_editors(structure))

    def date_listings(self, listings):
        """Spread the first publication of the offers created now over the last 20 months,
        in every language, as a network publishes them: the figures of the last complete year
        count premises offered, and the newest offers are not all of the same minute.
        """
        now = timezone.now()
        # The pages of an earlier run, perhaps edited since, are left as they are.
        created = set(
            Page.objects.filter(
                pk__in=[listing.pk for listing in listings], first_published_at__gte=self.started
            ).values_list("pk", flat=True)
        )
        for index, listing in enumerate(listings):
            if listing.pk not in created:
                continue
            published = now - datetime.timedelta(days=30 * (index % 20) + index % 7, hours=index)
            Page.objects.filter(translation_key=listing.translation_key).update(
                first_published_at=published
            )

    def ensure_routing_rules(self, structures):
        for role, sector, siren, slug, priority in ROUTING_RULES:
            RoutingRule.objects.get_or_create(
                role=role,
                sector=sector,
                community=self.communities.get(siren) if siren else None,
                structure=structures[slug],
                defaults={"priority": priority},
            )

    # Locales, site and settings -------------------------------------------------------------

    def ensure_locales(self):
        for code in ("fr", *TARGET_LANGUAGES):
            Locale.objects.get_or_create(language_code=code)
        self.locales = {code: Locale.objects.get(language_code=code) for code in TARGET_LANGUAGES}
        return Locale.objects.get(language_code="fr")

    def ensure_site(self, home):
        """Point the default site at the French home page and remove Wagtail's welcome page."""
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            site = Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True
            )
        elif not isinstance(site.root_page.specific, HomePage):
            site.root_page = home
            site.save()
        welcome_pages = Page.objects.filter(
            depth=2,
            numchild=0,
            content_type=ContentType.objects.get_for_model(Page),
            title__startswith="Welcome",
        ).exclude(sites_rooted_here__isnull=False)
        for page in welcome_pages:
            page.delete()
        return site

    def ensure_settings(self, site, standard_pages):
        """Fill what is empty in the portal settings, never overwriting an edited value."""
        portal_settings = PortalSettings.for_site(site)
        for name, value in content.SETTINGS.items():
            if not getattr(portal_settings, name):
                setattr(portal_settings, name, value)
        if portal_settings._state.adding:
            portal_settings.accessibility_status = "partially_compliant"
        for name, page in standard_pages.items():
            if getattr(portal_settings, f"{name}_id") is None:
                setattr(portal_settings, name, page)
        portal_settings.save()

    # Accounts ---------------------------------------------------------------------------------

    def ensure_accounts(self):
        users = {
            ADMIN_USERNAME: self.ensure_user(
                ADMIN_USERNAME,
                "",
                "",
                "admin@example.org",
                "superuser, the coordinator's technical account",
                superuser=True,
            ),
            COORDINATOR_USERNAME: self.ensure_user(
                COORDINATOR_USERNAME,
                COORDINATOR.first_name,
                COORDINATOR.last_name,
                COORDINATOR.email,
                f"network coordinator ({COORDINATORS_GROUP_NAME})",
            ),
        }
        for structure in STRUCTURES:
            referent = structure.referents[0]
            users[structure.slug] = self.ensure_user(
                structure.slug,
                referent.first_name,
                referent.last_name,
                referent.email,
                f"editor of {structure.title}",
            )
        return users

    @cached_property
    def password_hash(self):
        # One hash for every demo account: hashing is slow by design, and they share a password.
        return make_password(DEMO_PASSWORD)

    def ensure_user(self, username, first_name, last_name, email, role, superuser=False):
        self.accounts.append((username, role))
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            user = get_user_model().objects.create(
                username=username,
                first_name=first_name,
                last_name=last_name,
                email=email,
                password=self.password_hash,
                is_staff=superuser,
                is_superuser=superuser,
            )
            self.users_created += 1
        return user

    # Pages ------------------------------------------------------------------------------------

    def ensure_page(self, parent, key, model, fields, prepare=None, owner=None):
        """The French page of ``key``, created under ``parent`` and published if missing.

        ``fields`` must hold a slug; ``prepare`` completes a new page before it is saved (its
        pictures are only painted when the page is really created).
        """
        page = model.objects.filter(translation_key=key, locale=self.french).first()
        if page is not None:
            return page
        sibling = parent.get_children().filter(slug=fields["slug"]).specific().first()
        if isinstance(sibling, model):
            return sibling
        if sibling is not None:
            fields["slug"] = find_available_slug(parent, fields["slug"])
        page = model(translation_key=key, locale=self.french, owner=owner, **fields)
        if prepare:
            prepare(page)
        parent.add_child(instance=page)
        page.save_revision(user=owner).publish(user=owner, skip_permission_checks=True)
        self.created[model] += 1
        return page

    def texts(self, spec, *names):
        """The French side of the named texts of ``spec``, remembered for translation."""
        return {name: self.glossary.add(spec[name]) for name in names}

    def slug(self, title, slug=None):
        return self.glossary.add(slug or slug_of(title))

    def ensure_home(self):
        spec = content.HOME
        fields = {
            **self.texts(spec, "title", "summary", "hero_title", "hero_text"),
            **self.texts(spec, "network_title", "network_text"),
            "slug": self.slug(spec["title"], spec["slug"]),
            "intro": self.glossary.rich(spec["intro"]),
            "key_figures": ["received", "premises", "settled"],
        }
        root = Page.get_first_root_node()
        existing = HomePage.objects.filter(locale=self.french, depth=2).first()
        key = existing.translation_key if existing else demo_key("home")

        def prepare(home):
            home.hero_image = self.site_image("village", "home", spec["hero_image_title"])

        return self.ensure_page(root, key, HomePage, fields, prepare, self.coordinator)

    def ensure_simple_page(self, home, name, model, spec):
        fields = {
            **self.texts(spec, "title", "summary"),
            "slug": self.slug(spec["title"], spec["slug"]),
            "show_in_menus": True,
        }
        return self.ensure_page(home, demo_key(name), model, fields, owner=self.coordinator)

    def ensure_area(self, home, spec):
        community = self.communities[spec["siren"]]
        fields = {
            **self.texts(spec, "title", "summary"),
            "slug": self.slug(spec["title"]),
            "community": community,
            "body": self.glossary.rich(spec["body"]),
        }

        def prepare(area):
            area.image = self.site_image(
                spec["motif"],
                community.siren,
                f"{MOTIF_TITLE[spec['motif']]} – {spec['title'].fr}",
            )

        key = demo_key("area", community.siren)
        return self.ensure_page(home, key, AreaPage, fields, prepare, self.coordinator)

    def ensure_network(self, home):
        spec = content.NETWORK
        fields = {
            **self.texts(spec, "title", "summary"),
            "slug": self.slug(spec["title"], spec["slug"]),
            "body": self.glossary.rich(spec["body"]),
            "show_in_menus": True,
        }
        return self.ensure_page(
            home, demo_key("network"), NetworkPage, fields, owner=self.coordinator
        )

    def ensure_standard_page(self, home, spec):
        fields = {
            **self.texts(spec, "title", "summary"),
            "slug": self.slug(spec["title"], spec["slug"]),
            "body": self.glossary.rich(spec["body"]),
        }
        key = demo_key("standard", spec["setting"])
        return self.ensure_page(home, key, StandardPage, fields, owner=self.coordinator)

    def ensure_structure(self, network, spec):
        title = same(spec.title)
        fields = {
            "title": self.glossary.add(title),
            "slug": self.glossary.add(same(spec.slug)),
            "summary": self.glossary.add(spec.summary),
            "kind": spec.kind,
            "acronym": self.glossary.add(same(spec.acronym)),
            "body": self.glossary.rich(spec.body),
            "address": self.glossary.add(same(spec.address)),
            "phone": self.glossary.add(same(spec.phone)),
            "email": spec.email,
        }

        def prepare(structure):
            structure.communities = [self.communities[siren] for siren in spec.communities]
            structure.competences = [StructureCompetence(sector=sector) for sector in spec.sectors]
            accounts = {spec.referents[0].email: self.users[spec.slug]}
            if spec.slug == PARK:
                accounts[COORDINATOR.email] = self.coordinator
            structure.referents = [
                Referent(
                    name=referent.name,
                    role=referent.role,
                    email=referent.email,
                    phone=referent.phone,
                    user=accounts.get(referent.email),
                )
                for referent in spec.referents
            ]

        key = demo_key("structure", spec.slug)
        return self.ensure_page(network, key, StructurePage, fields, prepare, self.coordinator)

    # Listings and services --------------------------------------------------------------------

    def listing_specs(self):
        community_of = {name: commune.community.siren for name, commune in self.communes.items()}
        return all_listings(community_of)

    def position(self, commune_name):
        """A demo page stands at its commune's centre, as GeoNames gives it (never made up)."""
        centre = self.communes[commune_name].centre
        if centre is None:
            raise ValueError(f"The demo's commune {commune_name} has no known centre.")
        return {"latitude": centre[0], "longitude": centre[1]}

    def postcodes(self):
        return {name: commune.postcodes[0] for name, commune in self.communes.items()}

    def ensure_listing(self, structure, spec, index):
        fields = {
            "title": self.glossary.add(spec.title),
            "slug": self.slug(spec.title),
            "summary": self.glossary.add(spec.summary),
            "description": self.glossary.rich(spec.paragraphs),
            "reference": spec.reference,
            "commune": self.communes[spec.commune],
            "price": spec.price,
            "price_kind": spec.price_kind,
            "surface": spec.surface,
            "availability": spec.availability,
            "available_from": spec.available_from,
            "confidential": spec.confidential,
            # A confidential offer has no point: only its area may be shown.
            **({} if spec.confidential else self.position(spec.commune)),
            "expire_at": review_date(index),
            **spec.fields,
            **{name: self.glossary.add(text) for name, text in spec.texts.items()},
        }
        photos = [
            (
                photo.motif,
                self.glossary.add(photo.alt_text),
                self.glossary.add(photo.caption or ""),
            )
            for photo in spec.photos
        ]
        owner = self.users[spec.structure]

        def prepare(listing):
            referents = list(structure.referents.all())
            listing.contact = referents[index % len(referents)]
            listing.gallery = [
                {
                    "type": "photo",
                    "value": {
                        "image": self.structure_image(structure, motif).pk,
                        "alt_text": alt_text,
                        "caption": caption,
                    },
                }
                for motif, alt_text, caption in photos
            ]
            listing.tags.add(*spec.tags)

        key = demo_key("listing", spec.reference)
        return self.ensure_page(structure, key, spec.model, fields, prepare, owner)

    def ensure_service(self, structure, spec):
        fields = {
            "title": self.glossary.add(spec.title),
            "slug": self.slug(spec.title),
            "summary": self.glossary.add(spec.summary),
            "category": spec.category,
            "community": self.communities[spec.community],
            "commune": self.communes[spec.commune] if spec.commune else None,
            **self.position(spec.seat),
            "description": self.glossary.rich(spec.paragraphs),
            "address": self.glossary.add(same(spec.address)),
            "phone": self.glossary.add(same(spec.phone)),
            "email": spec.email,
            "opening_hours": self.glossary.add(spec.opening_hours) if spec.opening_hours else "",
        }
        key = demo_key("service", spec.structure, fields["slug"])
        return self.ensure_page(
            structure, key, ServicePage, fields, owner=self.users[spec.structure]
        )

    # Promotion: events, portraits, the campaign ----------------------------------------------

    def ensure_event(self, calendar, spec):
        day = timezone.localdate() + datetime.timedelta(days=spec["days"])
        starts_at = timezone.make_aware(
            datetime.datetime.combine(day, datetime.time(spec["start_hour"]))
        )
        fields = {
            **self.texts(spec, "title", "summary", "place_name"),
            "slug": self.slug(spec["title"]),
            "kind": spec["kind"],
            "starts_at": starts_at,
            "ends_at": starts_at + datetime.timedelta(hours=spec["length_hours"]),
            "address": spec["address"],
            "commune": self.communes[spec["commune"]],
            "capacity": spec["capacity"],
            "programme": [
                (
                    "step",
                    {
                        "starts_at": datetime.time(hour, minute),
                        "title": self.glossary.add(title),
                        "text": self.glossary.add(text),
                    },
                )
                for hour, minute, title, text in spec["programme"]
            ],
        }

        def prepare(event):
            event.image = self.site_image("village", spec["key"], spec["title"].fr)

        key = demo_key("event", spec["key"])
        return self.ensure_page(calendar, key, EventPage, fields, prepare, self.coordinator)

    def ensure_testimonial(self, spec, structures):
        key = demo_key("testimonial", spec["key"])
        testimonial = Testimonial.objects.filter(translation_key=key, locale=self.french).first()
        if testimonial is None:
            testimonial = Testimonial(
                translation_key=key,
                locale=self.french,
                name=spec["name"],
                commune=self.communes[spec["commune"]],
                settled_in=spec["settled_in"],
                agreed=True,
                photo=self.site_image("village", spec["key"], spec["name"]),
                **{name: spec[name].fr for name in ("came_from", "project", "quote")},
            )
            testimonial.structures = [structures[slug] for slug in spec["structures"]]
            testimonial.save()
            self.created[Testimonial] += 1
        return testimonial

    def ensure_testimonial_translations(self, testimonial, specs):
        spec = next(
            s for s in specs if demo_key("testimonial", s["key"]) == testimonial.translation_key
        )
        existing = set(testimonial.get_translations().values_list("locale_id", flat=True))
        for code, locale in self.locales.items():
            if locale.pk in existing:
                continue
            copy = testimonial.copy_for_translation(locale)
            for name in ("came_from", "project", "quote"):
                setattr(copy, name, spec[name].get(code))
            copy.save()
            self.translated[code] += 1

    def ensure_campaign(self, home, spec, listings, testimonials):
        today = timezone.localdate()
        fields = {
            **self.texts(spec, "title", "summary", "hero_title", "hero_text"),
            **self.texts(spec, "call_to_action_title", "call_to_action_text"),
            "slug": self.slug(spec["title"], spec["slug"]),
            "key": spec["key"],
            "body": self.glossary.rich(spec["body"]),
            "starts_on": today + datetime.timedelta(days=spec["starts"]),
            "ends_on": today + datetime.timedelta(days=spec["ends"]),
            "rule_types": spec["rule_types"],
            "rule_sectors": spec["rule_sectors"],
        }
        chosen = next(
            listing
            for listing in listings
            if getattr(listing, "sector", "") in spec["rule_sectors"]
        )

        def prepare(campaign):
            campaign.hero_image = self.site_image("village", spec["key"], spec["title"].fr)
            campaign.featured_listings = [CampaignListing(listing=chosen)]
            campaign.testimonials = testimonials

        key = demo_key("campaign", spec["key"])
        return self.ensure_page(home, key, CampaignPage, fields, prepare, self.coordinator)

    # Pictures ---------------------------------------------------------------------------------

    @property
    def coordinator(self):
        return self.users[COORDINATOR_USERNAME]

    def structure_image(self, structure, motif):
        """A picture of ``motif`` in the structure's own collection, painted on first use."""
        title = f"{MOTIF_TITLE[motif]} – {structure.acronym or structure.title}"
        return self.image(
            title, motif, structure.slug, structure.collection, self.users.get(structure.slug)
        )

    def site_image(self, motif, seed, title):
        """A picture for the site's own pages, in a collection of the portal's."""
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=SITE_COLLECTION).first()
        if collection is None:
            collection = root.add_child(name=SITE_COLLECTION)
        return self.image(title, motif, seed, collection, self.coordinator)

    def image(self, title, motif, seed, collection, owner):
        key = (title, collection.pk)
        if key not in self.images:
            image_model = get_image_model()
            picture = image_model.objects.filter(title=title, collection=collection).first()
            if picture is None:
                picture = image_model(
                    title=title,
                    alt_text=MOTIF_ALT[motif].fr,
                    credit=IMAGE_CREDIT,
                    collection=collection,
                    uploaded_by_user=owner,
                    file=image_file(motif, seed, f"demo-{make_slug(seed)}-{motif}.jpg"),
                )
                picture._set_image_file_metadata()
                picture.save()
                self.images_created += 1
            self.images[key] = picture
        return self.images[key]

    # Translations -----------------------------------------------------------------------------

    def ensure_translations(self, page):
        translations = page.get_translations().filter(alias_of__isnull=True)
        existing = set(translations.values_list("locale_id", flat=True))
        locales = [locale for locale in self.locales.values() if locale.pk not in existing]
        if locales:
            self.missing.update(translate_page(page, locales, self.glossary))
            self.translated.update(locale.language_code for locale in locales)

    def ensure_keyword_translations(self):
        """The demo's keywords in English and Dutch, through wagtail-localize."""
        keywords = {
            french: T(french, english, dutch)
            for french, (english, dutch) in content.load("keywords")["keywords"].items()
        }
        for french in keywords.values():
            self.glossary.add(french)
        names = TagName.objects.filter(locale=self.french, name__in=list(keywords))
        for name in names:
            translated = set(name.get_translations().values_list("locale_id", flat=True))
            locales = [locale for locale in self.locales.values() if locale.pk not in translated]
            if locales:
                self.missing.update(translate_snippet(name, locales, self.glossary))

    # Report -----------------------------------------------------------------------------------

    def page_counts(self):
        """Live pages per type and locale, as the summary shows them."""
        models = [
            HomePage,
            AreaPage,
            StructurePage,
            *LISTING_PAGE_MODELS,
            ServicePage,
            EventPage,
            CampaignPage,
            StandardPage,
        ]
        codes = ["fr", *TARGET_LANGUAGES]
        rows = []
        for model in models:
            live = model.objects.live()
            rows.append(
                (
                    model,
                    [live.filter(locale__language_code=code).count() for code in codes],
                )
            )
        return codes, rows
