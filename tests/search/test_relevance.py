"""What newcomers type, and what must come back: a relevance set over the demo territory.

Each case gives a query string in one language and what the results must hold: the title
that comes ``first``, titles that must be on the ``first_page``, the ``exact`` set of results
when filters alone decide, and titles that must be ``absent``. The same set runs on SQLite
and on PostgreSQL.
"""

from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup

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

JOINERY = "Menuiserie-agencement à reprendre à Cunlhat"
HAIR_SALON = "Salon de coiffure mixte à céder à Billom"
BUTCHER = "Boucherie-charcuterie traditionnelle à reprendre à Courpière"
GOAT_FARM = "Élevage caprin avec fromagerie fermière à reprendre à Saint-Dier-d'Auvergne"
GARAGE = "Garage automobile avec carrosserie à reprendre dans la vallée de la Dore"
BROADBAND_BILLOM = "Fibre optique et couverture mobile – Billom Communauté"
COWORKING = ["Bureau de 14 m² en tiers-lieu à Ambert", "Bureau de 12 m² en tiers-lieu à Courpière"]
EN_COWORKING = [
    "14 m² office in a coworking space in Ambert",
    "12 m² office in a coworking space in Courpière",
]
EN_BAKERY = "Bakery and patisserie to take over in the heart of Ambert"
NL_BAKERY = "Bakkerij-banketbakkerij over te nemen in het hart van Ambert"
EN_CAMPSITE = "Three-star campsite to take over in Arlanc"
EN_ESTATE = "Estate with three holiday cottages for sale in Saint-Germain-l'Herm"
ESTATE = "Domaine de trois gîtes à vendre à Saint-Germain-l'Herm"
CAMPAIGN = "Reprendre un commerce de bourg"
# Not translated in the demo: found in English and Dutch through their keywords and synonyms.
CUTLERY = "Atelier de coutellerie artisanale à reprendre à Thiers"
HOTEL = "Hôtel-restaurant de 12 chambres à céder en vallée de la Dore"
DAIRY = "Exploitation laitière en AOP Fourme d'Ambert à reprendre à Job"

CASES = [
    # French: stems, accents, plurals, several words.
    ("fr", {"q": "boulanger"}, {"first": BAKERY, "absent": ["Camping trois étoiles"]}),
    ("fr", {"q": "boulangerie Ambert"}, {"first": BAKERY}),
    ("fr", {"q": "BOULANGERIES"}, {"first": BAKERY}),
    ("fr", {"q": "local commercial"}, {"first_page": SHOPS, "top": 3}),
    ("fr", {"q": "locaux commerciaux"}, {"first_page": SHOPS}),
    ("fr", {"q": "creche"}, {"first_page": NURSERIES, "all_start": "Crèche"}),
    ("fr", {"q": "crèches"}, {"first_page": NURSERIES, "all_start": "Crèche"}),
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
                "Ancienne ferme à rénover à Vollore-Ville",
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
                "12 hectares de terres agricoles à Saint-Anthème",
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
            "all_start": "École",
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
        {
            "exact": [
                "Crèche multi-accueil d'Ambert",
                "Crèche multi-accueil d'Arlanc",
                "Crèche multi-accueil de Cunlhat",
                "Crèche multi-accueil de Marsac-en-Livradois",
                "Crèche multi-accueil de Saint-Anthème",
            ]
        },
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
    ("en", {"q": "nurseries"}, {"first_page": ["Day nursery in Ambert"], "all_start": "Day"}),
    (
        "en",
        {"q": "flats to rent"},
        {
            "first_page": ["3-room flat to rent in Billom", "2-room flat to rent in Ambert"],
            "top": 2,
        },
    ),
    (
        "en",
        {"q": "farmland"},
        {
            "first_page": [
                "8.5 hectares of farmland in Fournols",
                "12 hectares of farmland in Saint-Anthème",
            ],
            "top": 2,
        },
    ),
    (
        "en",
        {"q": "workshops"},
        {
            "first_page": [
                "300 m² starter workshop to let in Ambert",
                "250 m² starter workshop to let in Saint-Rémy-sur-Durolle",
            ],
            "top": 3,
        },
    ),
    ("en", {"q": "campsite"}, {"first": "Three-star campsite to take over in Arlanc"}),
    (
        "en",
        {"q": "broadband"},
        {
            "first_page": ["Fibre broadband and mobile coverage – Thiers Dore et Montagne"],
            "top": 3,
        },
    ),
    ("en", {"q": "library"}, {"first": "Media library in Billom"}),
    # A French word finds the English page through its synonym group.
    (
        "en",
        {"q": "fromagerie"},
        {"first": "Goat farm with cheese dairy to take over in Saint-Dier-d'Auvergne"},
    ),
    ("en", {"q": "coiffure"}, {"first": "Hair salon for sale in Billom"}),
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
    (
        "nl",
        {"q": "kinderdagverblijven"},
        {"first_page": ["Kinderdagverblijf in Ambert"], "all_start": "Kinderdagverblijf"},
    ),
    (
        "nl",
        {"q": "landbouwgrond"},
        {
            "first_page": [
                "8,5 hectare landbouwgrond in Fournols",
                "12 hectare landbouwgrond in Saint-Anthème",
            ],
            "top": 2,
        },
    ),
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
        {"first_page": ["Glasvezel en mobiele dekking – Thiers Dore et Montagne"], "top": 3},
    ),
    (
        "nl",
        {"q": "appartementen"},
        {"first_page": ["Appartement met 3 kamers te huur in Billom"], "top": 3},
    ),
    # Trade names find their activity, and the activity its trade (search.synonyms).
    ("fr", {"q": "menuisier"}, {"first_page": [JOINERY], "top": 3}),
    ("fr", {"q": "ébéniste"}, {"first_page": [JOINERY], "top": 3}),
    ("fr", {"q": "coiffeur"}, {"first": HAIR_SALON}),
    ("fr", {"q": "coiffeuse"}, {"first": HAIR_SALON}),
    ("fr", {"q": "boucher"}, {"first": BUTCHER}),
    ("fr", {"q": "charcutier"}, {"first": BUTCHER}),
    ("fr", {"q": "pâtissier"}, {"first": BAKERY}),
    ("fr", {"q": "fromager"}, {"first": GOAT_FARM}),
    ("fr", {"q": "libraire"}, {"first": "Librairie-maison de la presse à reprendre à Ambert"}),
    ("fr", {"q": "épicier"}, {"first": "Épicerie multiservice à reprendre à Saint-Anthème"}),
    ("fr", {"q": "coutelier"}, {"first": CUTLERY}),
    ("fr", {"q": "hôtelier"}, {"first_page": [HOTEL], "top": 3}),
    ("fr", {"q": "garagiste"}, {"first": GARAGE}),
    ("fr", {"q": "mécanicien"}, {"first_page": [GARAGE], "top": 3}),
    # Everyday words find the offers' vocabulary.
    # A health centre, or a medical office in one, in the first three.
    ("fr", {"q": "médecin"}, {"all_contain": "santé", "top": 3}),
    ("fr", {"q": "généraliste"}, {"all_contain": "santé", "top": 3}),
    ("fr", {"q": "gîte"}, {"first": ESTATE}),
    ("fr", {"q": "chambres d'hôtes"}, {"first_page": [ESTATE], "top": 3}),
    ("fr", {"q": "tiers-lieu"}, {"first_page": COWORKING, "top": 2}),
    ("fr", {"q": "espace de travail partagé"}, {"first_page": COWORKING, "top": 3}),
    ("fr", {"q": "haut débit"}, {"first_page": [BROADBAND_BILLOM], "top": 3}),
    ("fr", {"q": "micro-crèche"}, {"first_page": NURSERIES, "all_start": "Crèche"}),
    # Misspellings with no result are corrected at once.
    ("fr", {"q": "boulangrie"}, {"first": BAKERY, "corrected": True}),
    ("fr", {"q": "menuserie"}, {"first": JOINERY, "corrected": True}),
    ("fr", {"q": "coifure"}, {"first": HAIR_SALON, "corrected": True}),
    ("en", {"q": "bakry"}, {"first": EN_BAKERY, "corrected": True}),
    ("nl", {"q": "bakkrij"}, {"first": NL_BAKERY, "corrected": True}),
    # Not every word matches: the pages with the most words come first.
    ("fr", {"q": "boulangerie ambert xylophone"}, {"nearest_first": BAKERY}),
    ("en", {"q": "campsite arlanc unicorn"}, {"nearest_first": EN_CAMPSITE}),
    ("nl", {"q": "bakkerij ambert eenhoorn"}, {"nearest_first": NL_BAKERY}),
    # English and Dutch words for pages only in French, through keywords and synonyms.
    ("en", {"q": "cutlery"}, {"first_page": [CUTLERY], "top": 3}),
    ("nl", {"q": "messenmakerij"}, {"first_page": [CUTLERY], "top": 3}),
    ("en", {"q": "hotel"}, {"first": HOTEL}),
    ("nl", {"q": "hotel"}, {"first": HOTEL}),
    ("en", {"q": "dairy farm"}, {"first_page": [DAIRY], "top": 3}),
    ("nl", {"q": "melkveehouderij"}, {"first_page": [DAIRY], "top": 3}),
    ("en", {"q": "joinery"}, {"first": "Joinery and fit-out business to take over in Cunlhat"}),
    ("en", {"q": "doctor"}, {"all_contain": "health centre", "top": 3}),
    ("nl", {"q": "huisarts"}, {"first_page": ["Gezondheidscentrum in Billom"], "top": 3}),
    ("nl", {"q": "kapper"}, {"first": "Kapsalon te koop in Billom"}),
    # The trade finds its shop above the markets that name it once (the issue's "bakker").
    ("nl", {"q": "bakker"}, {"first": NL_BAKERY}),
    ("en", {"q": "baker"}, {"first": EN_BAKERY}),
    ("en", {"q": "butcher"}, {"first": "Traditional butcher's shop to take over in Courpière"}),
    (
        "nl",
        {"q": "slager"},
        {"first_page": ["Traditionele slagerij over te nemen in Courpière"], "top": 3},
    ),
    ("en", {"q": "bed and breakfast"}, {"first": EN_ESTATE}),
    ("en", {"q": "remote work"}, {"first_page": EN_COWORKING, "top": 2}),
    ("nl", {"q": "bedrijventerrein"}, {"all_start": "Perceel", "top": 3}),
    ("en", {"q": "business park"}, {"all_start": "3,500 m² plot", "top": 1}),
    # Events, campaigns and structures, with their kind.
    ("en", {"q": "immersion weekend"}, {"first": "Immersion weekend in Ambert", "kind": "Event"}),
    ("fr", {"q": "reprendre un commerce de bourg"}, {"first": CAMPAIGN, "kind": "Campagne"}),
    ("fr", {"q": "initiative"}, {"first_page": ["Créa Thiers Initiative"], "top": 3}),
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
    soup = BeautifulSoup(response.content, "html.parser")
    titles = [text_of(link) for link in soup.select(".results__list .card__title a")]
    if "first" in expected:
        assert titles[:1] == [expected["first"]], titles
    if "first_page" in expected:
        top = titles[: expected.get("top", len(titles))]
        missing = [title for title in expected["first_page"] if title not in top]
        assert not missing, titles
    if "all_start" in expected:
        # The first results, five unless said otherwise, are all of the kind wanted.
        top = titles[: expected.get("top", 5)]
        assert top and all(title.startswith(expected["all_start"]) for title in top), titles
    if "all_contain" in expected:
        top = titles[: expected["top"]]
        assert top and all(expected["all_contain"] in title.lower() for title in top), titles
    if "exact" in expected:
        assert sorted(titles) == sorted(expected["exact"])
    for title in expected.get("absent", []):
        assert not any(found.startswith(title) for found in titles), titles
    if "corrected" in expected:
        assert soup.select_one(".search-corrected") is not None
    if "nearest_first" in expected:
        nearest = [text_of(link) for link in soup.select(".empty-state .card__title a")]
        assert titles == [] and nearest[:1] == [expected["nearest_first"]], nearest
    if "kind" in expected:
        kicker = text_of(soup.select_one(".results__list .card__kicker"))
        assert kicker.startswith(expected["kind"]), kicker


def test_the_set_is_large_enough():
    assert len(CASES) >= 80
    languages = [language for language, _params, _expected in CASES]
    assert {language: languages.count(language) >= 15 for language in ("fr", "en", "nl")} == {
        "fr": True,
        "en": True,
        "nl": True,
    }
