import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from directory.models import (
    NetworkPage,
    Referent,
    StructureCompetence,
    StructureKind,
    StructurePage,
)
from foundation.vocabularies import Sector


class NetworkPageFactory(wagtail_factories.PageFactory):
    title = "Le réseau"
    slug = "reseau"
    summary = "Les structures qui accompagnent votre projet."
    body = "<p>Chambres consulaires, communautés de communes, plateformes d'initiative.</p>"

    class Meta:
        model = NetworkPage


class StructurePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Chambre de commerce {n}")
    slug = factory.Sequence(lambda n: f"structure-{n}")
    summary = "Accompagne les créateurs et repreneurs d'entreprises commerciales."
    kind = StructureKind.CHAMBER_OF_COMMERCE
    acronym = factory.Sequence(lambda n: f"CCI{n}")
    body = "<p>Conseil, formation, mise en relation avec les cédants.</p>"
    address = "Place de la Mairie, 63300 Thiers"
    phone = "04 73 80 00 00"
    email = factory.Sequence(lambda n: f"contact{n}@structure.example.org")
    website = "https://structure.example.org"

    class Meta:
        model = StructurePage

    @factory.post_generation
    def communities(self, create, extracted, **kwargs):
        if create and extracted:
            self.communities.set(extracted)
            self.save()


class ReferentFactory(DjangoModelFactory):
    structure = factory.SubFactory(StructurePageFactory)
    name = factory.Sequence(lambda n: f"Claire Dumas {n}")
    role = "Conseillère transmission"
    email = factory.Sequence(lambda n: f"referent{n}@structure.example.org")
    phone = "04 73 80 00 01"

    class Meta:
        model = Referent


class StructureCompetenceFactory(DjangoModelFactory):
    structure = factory.SubFactory(StructurePageFactory)
    sector = Sector.COMMERCE

    class Meta:
        model = StructureCompetence
