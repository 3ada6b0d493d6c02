import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from territory.models import (
    AreaPage,
    Commune,
    CommunityOfCommunes,
    ServiceCategory,
    ServiceIndexPage,
    ServicePage,
)


class CommunityOfCommunesFactory(DjangoModelFactory):
    siren = factory.Sequence(lambda n: f"2990{n:05d}")
    name = factory.Sequence(lambda n: f"CC des Monts {n}")
    kind = "CC"

    class Meta:
        model = CommunityOfCommunes
        django_get_or_create = ("siren",)


class CommuneFactory(DjangoModelFactory):
    insee_code = factory.Sequence(lambda n: f"9{n:04d}")
    name = factory.Sequence(lambda n: f"Saint-Test-{n}")
    postcodes = factory.LazyAttribute(lambda commune: [f"63{commune.insee_code[-3:]}"])
    department_code = "63"
    population = 850
    community = factory.SubFactory(CommunityOfCommunesFactory)
    latitude = 45.6
    longitude = 3.7

    class Meta:
        model = Commune
        django_get_or_create = ("insee_code",)


class AreaPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda area: area.community.name)
    slug = factory.Sequence(lambda n: f"territoire-{n}")
    summary = "Un territoire de moyenne montagne, entre forêts et bocage."
    community = factory.SubFactory(CommunityOfCommunesFactory)
    body = "<p>Des villages vivants, des écoles et une gare.</p>"

    class Meta:
        model = AreaPage


class ServiceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Vivre ici"
    slug = "vivre-ici"
    summary = "Crèches, écoles, santé, transports : tout ce qui aide une famille à s'installer."

    class Meta:
        model = ServiceIndexPage


class ServicePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Crèche des Petits Pas {n}")
    slug = factory.Sequence(lambda n: f"service-{n}")
    summary = "Accueil des enfants de 10 semaines à 3 ans."
    category = ServiceCategory.CHILDCARE
    commune = factory.SubFactory(CommuneFactory)
    community = factory.LazyAttribute(lambda service: service.commune.community)
    description = "<p>Ouverte du lundi au vendredi.</p>"
    phone = "04 73 00 00 00"

    class Meta:
        model = ServicePage
