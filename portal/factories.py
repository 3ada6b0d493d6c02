import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.models import Collection, Locale, Site

from portal.models import (
    CampaignPage,
    EventIndexPage,
    EventKind,
    EventPage,
    HomePage,
    PortalImage,
    StandardPage,
    Testimonial,
)


class LocaleFactory(DjangoModelFactory):
    language_code = "en"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


class UserFactory(DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    first_name = "Camille"
    last_name = "Martin"
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)


class SuperuserFactory(UserFactory):
    username = factory.Sequence(lambda n: f"admin{n}")
    is_staff = True
    is_superuser = True


class PortalImageFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Photo {n}")
    file = factory.django.ImageField(width=64, height=48, color="green")
    # Into the root collection, not a new root node per image as wagtail-factories does.
    collection = factory.LazyFunction(Collection.get_first_root_node)
    alt_text = factory.Sequence(lambda n: f"Vue de la place du village {n}")

    class Meta:
        model = PortalImage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Installez-vous en Livradois-Forez"
    slug = "accueil"
    summary = "Reprendre une entreprise, trouver un local, une maison, une école."
    hero_title = "Entreprendre et vivre en Livradois-Forez"
    hero_text = "Des commerces à reprendre, des locaux, des terrains et un réseau pour vous aider."
    intro = "<p>Le réseau d'accueil vous accompagne de votre projet à votre installation.</p>"
    network_title = "À qui parler"
    network_text = "Les chambres consulaires, les communautés de communes et le Parc."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Mentions légales {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")
    summary = "Qui publie ce site et comment."
    body = "<p>Éditeur : le Parc naturel régional Livradois-Forez.</p>"

    class Meta:
        model = StandardPage


class SiteFactory(wagtail_factories.SiteFactory):
    hostname = "localhost"
    port = 80
    site_name = "Installez-vous"
    is_default_site = True

    class Meta:
        model = Site
        django_get_or_create = ("hostname", "port")


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Reprendre un commerce en Livradois-Forez {n}")
    slug = factory.Sequence(lambda n: f"campagne-{n}")
    key = factory.Sequence(lambda n: f"campagne-{n}")
    summary = "Des commerces à reprendre dans les bourgs du Parc."
    hero_title = "Votre commerce au cœur d'un bourg vivant"
    hero_text = "Boulangeries, épiceries, cafés : des cédants attendent leur repreneur."
    body = "<p>Le réseau vous accompagne du premier contact à l'installation.</p>"
    starts_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=10))
    ends_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=50))

    class Meta:
        model = CampaignPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"
    summary = "Salons, forums et week-ends d'immersion."

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Week-end d'immersion {n}")
    slug = factory.Sequence(lambda n: f"evenement-{n}")
    summary = "Deux jours pour découvrir le territoire et ses opportunités."
    kind = EventKind.IMMERSION
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + datetime.timedelta(hours=8))
    place_name = "Salle des fêtes"
    address = "Place de la Mairie"
    capacity = 20

    class Meta:
        model = EventPage


class TestimonialFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Anna et Joost {n}")
    came_from = "Utrecht, Pays-Bas"
    project = "ont repris la boulangerie de la place"
    quote = "Le réseau nous a aidés à chaque étape, du financement à l'école des enfants."
    settled_in = 2025
    agreed = True
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Testimonial
