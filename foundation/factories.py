import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.contrib.auth import get_user_model

from wagtail.models import Collection, Locale, Site

from foundation.models import PortalImage, StandardPage


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
