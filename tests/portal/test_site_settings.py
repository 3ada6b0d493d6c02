"""What the portal says of itself comes from its settings, not from the code."""

import pytest

from foundation.models import PortalSettings
from tests.builders import build_skeleton, text_of

pytestmark = pytest.mark.django_db


def footer_and_brand(client, soup_of):
    soup = soup_of(client.get("/fr/").content)
    return text_of(soup.select_one(".site-footer")), text_of(soup.select_one(".brand"))


@pytest.fixture
def soup_of():
    from bs4 import BeautifulSoup

    return lambda content: BeautifulSoup(content, "html.parser")


def test_territory_network_and_accessibility_status_come_from_the_settings(client, soup_of):
    world = build_skeleton()
    footer, brand = footer_and_brand(client, soup_of)
    assert brand == "Installez-vous"
    assert "réseau" not in footer

    portal_settings = PortalSettings.for_site(world.site)
    portal_settings.territory_name = "Pays de Figeac"
    portal_settings.network_name = "RAIL"
    portal_settings.accessibility_status = "partially_compliant"
    portal_settings.accessibility_page = world.home
    portal_settings.save()
    footer, brand = footer_and_brand(client, soup_of)
    assert brand == "Installez-vous en Pays de Figeac"
    assert "Un service du réseau d'accueil RAIL" in footer
    assert "Accessibilité : partiellement conforme" in footer
