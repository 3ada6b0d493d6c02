import factory
import wagtail_factories

from home.models import AreaPage, HomePage
from territory.factories import CommunityOfCommunesFactory


class AreaPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda area: area.community.name)
    slug = factory.Sequence(lambda n: f"territoire-{n}")
    summary = "Un territoire de moyenne montagne, entre forêts et bocage."
    community = factory.SubFactory(CommunityOfCommunesFactory)
    body = "<p>Des villages vivants, des écoles et une gare.</p>"

    class Meta:
        model = AreaPage


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
