import factory
from factory.django import DjangoModelFactory

from territory.models import Commune, CommunityOfCommunes


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
