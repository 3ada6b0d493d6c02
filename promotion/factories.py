import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.utils import timezone

from wagtail.models import Locale

from promotion.models import CampaignPage, EventIndexPage, EventKind, EventPage, Testimonial


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
