"""The front-end login (private pages) sends a visitor somewhere that exists."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation


@pytest.mark.django_db
def test_a_login_without_a_next_page_lands_on_the_home_page(client):
    get_user_model().objects.create_user("partenaire", password="un mot de passe")
    with translation.override("fr"):
        login = reverse("wagtailcore_login")
    response = client.post(login, {"username": "partenaire", "password": "un mot de passe"})
    assert response.status_code == 302
    assert response["Location"] == "/"
    # The root then sends the visitor to the home page in their language.
    assert client.get("/")["Location"] == "/fr/"
