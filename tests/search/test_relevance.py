"""What newcomers type, and what must come back: a relevance set over the demo territory.

Each case gives a query string in one language and what the results must hold: the title
that comes ``first``, titles that must be on the ``first_page``, the ``exact`` set of results
when filters alone decide, and titles that must be ``absent``. The same set runs on SQLite
and on PostgreSQL.
"""

from urllib.parse import urlencode

import pytest

from django.urls import reverse
from django.utils import translation

from tests.builders import text_of

pytestmark = pytest.mark.django_db

THIERS_CC = "200070712"
AMBERT_CC = "200070761"

BAKERY = "Boulangerie-pâtisserie à reprendre au cœur d'Ambert"
SHOPS = [
    "Local commercial de 55 m² à louer en centre-bourg de Billom",
    "Local commercial de 85 m² à louer en centre-bourg de Courpière",
    "Local commercial de 95 m² à vendre en centre-bourg d'Olliergues",
]
NURSERIES = [
    "Crèche multi-accueil d'Ambert",
    "Crèche multi-accueil de Courpière",
    "Crèche multi-accueil de Vertaizon",
]
HOUSES_WITH_GARDEN = [
    "Maison de 6 pièces avec jardin à Billom",
    "Maison de 5 pièces avec jardin à Ambert",
    "Maison de 5 pièces avec jardin à Courpière",
    "Maison de 4 pièces avec jardin à Marsac-en-Livradois",
]
FLATS = [
    "Appartement T3 à louer à Thiers",
    "Appartement T3 à louer à Billom",
    "Appartement T2 à louer à Ambert",
]

CASES = [
    # French: stems, accents, plurals, several words.
    ("fr", {"q": "boulanger"}, {"first": BAKERY, "absent": ["Camping trois étoiles"]}),
    ("fr", {"q": "boulangerie Ambert"}, {"first": BAKERY}),
    ("fr", {"q": "BOULANGERIES"}, {"first": BAKERY}),
    ("fr", {"q": "local commercial"}, {"first_page": SHOPS, "top": 3}),
    ("fr", {"q": "locaux commerciaux"}, {"first_page": SHOPS}),
    ("fr", {"q": "creche"}, {"first_page": NURSERIES, "top": 3}),
    ("fr", {"q": "crèches"}, {"first_page": NURSERIES, "top": 3}),
    (
        "fr",
        {"q": "cafe"},
        {"first": "Café-restaurant multiservice en location-gérance à Châteldon"},
    ),
    (
        "fr",
        {"q": "café restaurant"},
        {"first": "Café-restaurant multiservice en location-gérance à Châteldon"},
    ),
    (
        "fr",
        {"q": "hotel"},
        {"first": "Hôtel-restaurant de 12 chambres à céder en vallée de la Dore"},
    ),
    ("fr", {"q": "coiffure"}, {"first": "Salon de coiffure mixte à céder à Billom"}),
    ("fr", {"q": "menuiserie"}, {"first": "Menuiserie-agencement à reprendre à Cunlhat"}),
    ("fr", {"q": "camping"}, {"first": "Camping trois étoiles à reprendre à Arlanc"}),
    (
        "fr",
        {"q": "taxi"},
        {"first": "Entreprise de taxi conventionné à reprendre à Celles-sur-Durolle"},
    ),
    (
        "fr",
        {"q": "ferme à rénover"},
        {
            "first_page": [
                "Ancienne ferme à rénover à Vollore-Montagne",
                "Ancienne ferme à rénover à Saint-Dier-d'Auvergne",
                "Ancienne ferme à rénover à Saint-Amant-Roche-Savine",
            ],
            "top": 3,
        },
    ),
    (
        "fr",
        {"q": "appartement à louer"},
        {"first_page": FLATS, "top": 3, "absent": HOUSES_WITH_GARDEN},
    ),
    ("fr", {"q": "maison jardin"}, {"first_page": HOUSES_WITH_GARDEN, "top": 4}),
    (
        "fr",
        {"q": "terrain à bâtir"},
        {
            "first_page": [
                "Terrain à bâtir de 650 m² à Chauriat",
                "Terrain à bâtir de 800 m² à Saint-Anthème",
                "Terrain à bâtir de 1 100 m² à Marsac-en-Livradois",
            ],
            "top": 3,
        },
    ),
    (
        "fr",
        {"q": "zone d'activités"},
        {
            "first_page": [
                "Parcelle de 4 500 m² en zone d'activités à Thiers",
                "Parcelle de 3 500 m² en zone d'activités à Billom",
                "Parcelle de 6 000 m² en zone d'activités à Ambert",
            ],
            "top": 4,
        },
    ),
    (
        "fr",
        {"q": "terres agricoles"},
        {
            "first_page": [
                "8,5 hectares de terres agricoles à Fournols",
                "12 hectares de terres agricoles à Valcivières",
            ],
            "top": 2,
        },
    ),
    (
        "fr",
        {"q": "cabinet médical"},
        {
            "first_page": [
                "Cabinet médical de 22 m² à louer dans la maison de santé de Cunlhat",
                "Cabinet médical de 24 m² à louer dans la maison de santé de Puy-Guillaume",
            ],
            "top": 3,
        },
    ),
    (
        "fr",
        {"q": "ecole"},
        {
            "first_page": ["École publique de Cunlhat", "École publique de Puy-Guillaume"],
            "top": 3,
        },
    ),
    (
        "fr",
        {"q": "fibre"},
        {"first_page": ["Fibre optique et couverture mobile – Billom Communauté"], "top": 3},
    ),
    (
        "fr",
        {"q": "transport"},
        {"first_page": ["Transport à la demande – Ambert Livradois Forez"], "top": 3},
    ),
    (
        "fr",
        {"q": "emploi conjoint"},
        {"first_page": ["Emploi du conjoint – Thiers Dore et Montagne"], "top": 4},
    ),
    ("fr", {"q": "médiathèque"}, {"first_page": ["Médiathèque de Thiers"], "top": 3}),
    ("fr", {"q": "marché"}, {"first_page": ["Marché hebdomadaire de Billom"], "top": 3}),
    (
        "fr",
        {"q": "chambre de métiers"},
        {"first_page": ["Chambre de métiers et de l'artisanat du Puy-de-Dôme"], "top": 2},
    ),
    (
        "fr",
        {"q": "fromagerie"},
        {"first": "Élevage caprin avec fromagerie fermière à reprendre à Saint-Dier-d'Auvergne"},
    ),
    (
        "fr",
        {"q": "coutellerie"},
        {"first": "Atelier de coutellerie artisanale à reprendre à Thiers"},
    ),
    ("fr", {"q": "scierie"}, {"first": "Scierie et négoce de bois à transmettre à Vertolaye"}),
    ("fr", {"q": "épicerie"}, {"first": "Épicerie multiservice à reprendre à Saint-Anthème"}),
    ("fr", {"q": "librairie"}, {"first": "Librairie-maison de la presse à reprendre à Ambert"}),
    (
        "fr",
        {"q": "boucherie"},
        {"first": "Boucherie-charcuterie traditionnelle à reprendre à Courpière"},
    ),
    (
        "fr",
        {"q": "coworking"},
        {
            "first_page": [
                "Bureau de 14 m² en tiers-lieu à Ambert",
                "Bureau de 12 m² en tiers-lieu à Courpière",
            ],
            "top": 2,
        },
    ),
    # Filters alone: "premises for rent under 800 € in the Thiers area".
    (
        "fr",
        {"type": "premises", "transaction": "rent", "price_max": "800", "area": THIERS_CC},
        {
            "exact": [
                "Bureau de 12 m² en tiers-lieu à Courpière",
                "Cabinet médical de 24 m² à louer dans la maison de santé de Puy-Guillaume",
                "Local commercial de 85 m² à louer en centre-bourg de Courpière",
            ]
        },
    ),
    (
        "fr",
        {"type": "housing", "energy": ["A", "B"]},
        {"exact": ["Maison de 6 pièces avec jardin à Billom"]},
    ),
    (
        "fr",
        {"category": "childcare", "area": AMBERT_CC},
        {"exact": ["Crèche multi-accueil d'Ambert"]},
    ),
    (
        "fr",
        {"q": "maison", "type": "housing", "sort": "price", "transaction": "sale"},
        {"first": "Ancienne ferme à rénover à Saint-Dier-d'Auvergne"},
    ),
    # English: its own stemmer, and French pages not translated yet.
    (
        "en",
        {"q": "bakery"},
        {"first": "Bakery and patisserie to take over in the heart of Ambert"},
    ),
    (
        "en",
        {"q": "shop premises"},
        {
            "first_page": [
                "55 m² shop premises to let in the centre of Billom",
                "85 m² shop premises to let in the centre of Courpière",
                "95 m² shop premises for sale in the centre of Olliergues",
            ],
            "top": 3,
        },
    ),
    ("en", {"q": "nurseries"}, {"first": "Day nursery in Ambert"}),
    (
        "en",
        {"q": "flats to rent"},
        {
            "first_page": ["3-room flat to rent in Billom", "2-room flat to rent in Ambert"],
            "top": 2,
        },
    ),
    ("en", {"q": "farmland"}, {"first": "8.5 hectares of farmland in Fournols"}),
    (
        "en",
        {"q": "workshops"},
        {
            "first_page": [
                "300 m² starter workshop to let in Ambert",
                "250 m² starter workshop to let in Saint-Rémy-sur-Durolle",
            ],
            "top": 2,
        },
    ),
    ("en", {"q": "campsite"}, {"first": "Three-star campsite to take over in Arlanc"}),
    (
        "en",
        {"q": "broadband"},
        {"first": "Fibre broadband and mobile coverage – Thiers Dore et Montagne"},
    ),
    ("en", {"q": "library"}, {"first": "Media library in Billom"}),
    (
        "en",
        {"q": "fromagerie"},
        {"first": "Élevage caprin avec fromagerie fermière à reprendre à Saint-Dier-d'Auvergne"},
    ),
    ("en", {"q": "coiffure"}, {"first": "Salon de coiffure mixte à céder à Billom"}),
    # Dutch.
    (
        "nl",
        {"q": "bakkerij"},
        {"first": "Bakkerij-banketbakkerij over te nemen in het hart van Ambert"},
    ),
    (
        "nl",
        {"q": "winkelruimte"},
        {
            "first_page": [
                "Winkelruimte van 55 m² te huur in het centrum van Billom",
                "Winkelruimte van 85 m² te huur in het centrum van Courpière",
                "Winkelruimte van 95 m² te koop in het centrum van Olliergues",
            ],
            "top": 3,
        },
    ),
    ("nl", {"q": "kinderdagverblijven"}, {"first": "Kinderdagverblijf in Ambert"}),
    ("nl", {"q": "landbouwgrond"}, {"first": "8,5 hectare landbouwgrond in Fournols"}),
    (
        "nl",
        {"q": "bouwgrond"},
        {
            "first_page": [
                "Bouwgrond van 650 m² in Chauriat",
                "Bouwgrond van 1.100 m² in Marsac-en-Livradois",
            ],
            "top": 2,
        },
    ),
    (
        "nl",
        {"q": "glasvezel"},
        {"first": "Glasvezel en mobiele dekking – Thiers Dore et Montagne"},
    ),
    ("nl", {"q": "scierie"}, {"first": "Scierie et négoce de bois à transmettre à Vertolaye"}),
    (
        "nl",
        {"q": "appartementen"},
        {"first_page": ["Appartement met 3 kamers te huur in Billom"], "top": 3},
    ),
]


def case_id(case):
    language, params, _expected = case
    return f"{language}:{urlencode(params, doseq=True)}"


@pytest.mark.parametrize("case", CASES, ids=[case_id(case) for case in CASES])
def test_relevance(demo, client, case):
    language, params, expected = case
    with translation.override(language):
        url = reverse("search")
    response = client.get(url, params)
    assert response.status_code == 200
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(response.content, "html.parser")
    titles = [text_of(link) for link in soup.select(".results__list .card__title a")]
    if "first" in expected:
        assert titles[:1] == [expected["first"]], titles
    if "first_page" in expected:
        top = titles[: expected.get("top", len(titles))]
        missing = [title for title in expected["first_page"] if title not in top]
        assert not missing, titles
    if "exact" in expected:
        assert sorted(titles) == sorted(expected["exact"])
    for title in expected.get("absent", []):
        assert not any(found.startswith(title) for found in titles), titles


def test_the_set_is_large_enough():
    assert len(CASES) >= 40
    assert {language for language, _params, _expected in CASES} == {"fr", "en", "nl"}
