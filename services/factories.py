import factory
import wagtail_factories

from foundation.vocabularies import ServiceCategory
from services.models import ServiceIndexPage, ServicePage
from territory.factories import CommuneFactory


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
