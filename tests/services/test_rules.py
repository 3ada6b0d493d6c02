import pytest

from django.core.exceptions import ValidationError

from services.factories import ServicePageFactory
from territory.factories import CommuneFactory, CommunityOfCommunesFactory

# Unsaved instances; the database only answers Wagtail's content type lookup.
pytestmark = pytest.mark.django_db


def test_service_refuses_a_commune_outside_its_community():
    thiers_cc = CommunityOfCommunesFactory.build(pk=1, name="CC Thiers Dore et Montagne")
    ambert_cc = CommunityOfCommunesFactory.build(pk=2, name="CC Ambert Livradois Forez")
    ambert = CommuneFactory.build(pk=10, name="Ambert", community=ambert_cc)
    service = ServicePageFactory.build(commune=ambert, community=thiers_cc)
    with pytest.raises(ValidationError) as caught:
        service.clean()
    assert "commune" in caught.value.message_dict


def test_service_accepts_a_commune_of_its_community():
    thiers_cc = CommunityOfCommunesFactory.build(pk=1)
    thiers = CommuneFactory.build(pk=10, name="Thiers", community=thiers_cc)
    ServicePageFactory.build(commune=thiers, community=thiers_cc).clean()


def test_service_for_the_whole_community_needs_no_commune():
    ServicePageFactory.build(
        commune=None, community=CommunityOfCommunesFactory.build(pk=1)
    ).clean()
