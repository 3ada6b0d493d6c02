"""The park's promotion in the demo: a campaign, its calendar of events, portraits of newcomers.

The people of the portraits are fictional; their places and the structures that helped them are
real. Event dates are counted from the day the demo is loaded, so that some are always to come.
"""

from network.models import Sector
from portal.models import EventKind

from .structures import AMBERT, THIERS
from .text import T

CALENDAR = {
    "title": T("Agenda", "Events", "Agenda"),
    "slug": T("agenda", "events", "agenda"),
    "summary": T(
        "Salons, forums, week-ends d'immersion et réunions d'information : venez rencontrer le "
        "réseau Cap'Actif.",
        "Fairs, forums, immersion weekends and information sessions: come and meet the "
        "Cap'Actif network.",
        "Beurzen, forums, kennismakingsweekends en informatiebijeenkomsten: kom kennismaken met "
        "het Cap'Actif-netwerk.",
    ),
}

CAMPAIGN = {
    "key": "commerces-de-bourg",
    "title": T(
        "Reprendre un commerce de bourg",
        "Take over a village shop",
        "Een dorpswinkel overnemen",
    ),
    "slug": T("reprendre-un-commerce-de-bourg", "take-over-a-village-shop", "dorpswinkel"),
    "summary": T(
        "Boulangeries, épiceries, cafés : des commerçants du Livradois-Forez cherchent leur "
        "successeur.",
        "Bakeries, grocers, cafés: shopkeepers in the Livradois-Forez are looking for a "
        "successor.",
        "Bakkerijen, kruideniers, cafés: winkeliers in de Livradois-Forez zoeken een opvolger.",
    ),
    "hero_title": T(
        "Votre commerce au cœur d'un bourg vivant",
        "Your shop at the heart of a lively village",
        "Uw winkel in het hart van een levendig dorp",
    ),
    "hero_text": T(
        "Tout l'hiver, le réseau Cap'Actif présente les commerces à reprendre du territoire et "
        "accompagne leurs repreneurs, du premier rendez-vous à l'ouverture.",
        "All winter, the Cap'Actif network presents the shops to take over in the area and "
        "supports the people who take them on, from the first meeting to the opening day.",
        "De hele winter stelt het Cap'Actif-netwerk de over te nemen winkels van de streek voor "
        "en begeleidt het de overnemers, van de eerste afspraak tot de opening.",
    ),
    "body": [
        T(
            "Dans les bourgs du Livradois-Forez, le commerce fait vivre la place du village. "
            "Quand un commerçant part à la retraite, la chambre de commerce, la communauté de "
            "communes et les plateformes d'initiative se mobilisent pour qu'un repreneur prenne "
            "le relais.",
            "In the villages of the Livradois-Forez, the shop keeps the square alive. When a "
            "shopkeeper retires, the chamber of commerce, the community of communes and the "
            "initiative platforms work together so that someone takes over.",
            "In de dorpen van de Livradois-Forez houdt de winkel het plein levend. Als een "
            "winkelier met pensioen gaat, werken de kamer van koophandel, de intercommunale en de "
            "initiatiefplatforms samen zodat iemand het overneemt.",
        ),
        T(
            "Visite du commerce, étude des comptes, prêt d'honneur, logement pour la famille, "
            "école pour les enfants : un référent suit votre projet et appelle les bons "
            "partenaires.",
            "A visit of the shop, a look at the accounts, an interest-free loan, a home for the "
            "family, a school for the children: one contact person follows your project and "
            "calls in the right partners.",
            "Een bezoek aan de winkel, een blik op de cijfers, een renteloze lening, een woning "
            "voor het gezin, een school voor de kinderen: één contactpersoon volgt uw project en "
            "schakelt de juiste partners in.",
        ),
    ],
    "call_to_action_title": T(
        "Un commerce vous tente ?", "Tempted by a shop?", "Zin in een eigen winkel?"
    ),
    "call_to_action_text": T(
        "Dites-nous ce que vous cherchez : la chambre de commerce et la communauté de communes "
        "concernées vous répondent sous quelques jours.",
        "Tell us what you are looking for: the chamber of commerce and the community of "
        "communes concerned will answer within a few days.",
        "Vertel ons wat u zoekt: de betrokken kamer van koophandel en intercommunale antwoorden "
        "binnen enkele dagen.",
    ),
    "rule_types": ["business", "premises"],
    "rule_sectors": [Sector.COMMERCE],
    # Days from the day the demo is loaded.
    "starts": -30,
    "ends": 120,
}

EVENTS = [
    {
        "key": "immersion-ambert",
        "kind": EventKind.IMMERSION,
        "title": T(
            "Week-end d'immersion à Ambert",
            "Immersion weekend in Ambert",
            "Kennismakingsweekend in Ambert",
        ),
        "summary": T(
            "Deux jours pour découvrir Ambert, ses commerces à reprendre, ses écoles et ceux qui "
            "y vivent.",
            "Two days to discover Ambert, its shops to take over, its schools and the people who "
            "live there.",
            "Twee dagen om Ambert te ontdekken, zijn over te nemen winkels, zijn scholen en de "
            "mensen die er wonen.",
        ),
        "place_name": T("Mairie d'Ambert", "Ambert town hall", "Gemeentehuis van Ambert"),
        "address": "Place de l'Hôtel de Ville",
        "commune": "Ambert",
        "days": 24,
        "start_hour": 9,
        "length_hours": 32,
        "capacity": 24,
        "programme": [
            (
                9,
                30,
                T("Accueil et café", "Welcome and coffee", "Ontvangst en koffie"),
                T(
                    "Présentation du territoire par le Parc naturel régional.",
                    "An introduction to the area by the regional nature park.",
                    "Kennismaking met de streek door het regionale natuurpark.",
                ),
            ),
            (
                11,
                0,
                T(
                    "Visite de commerces à reprendre",
                    "Visit of shops to take over",
                    "Bezoek aan over te nemen winkels",
                ),
                T(
                    "Avec la chambre de commerce et les cédants.",
                    "With the chamber of commerce and the owners.",
                    "Met de kamer van koophandel en de eigenaars.",
                ),
            ),
            (
                14,
                30,
                T(
                    "Vivre ici : écoles, santé, logement",
                    "Living here: schools, health, housing",
                    "Hier wonen: scholen, gezondheid, huisvesting",
                ),
                T(
                    "Rencontre avec la communauté de communes.",
                    "A meeting with the community of communes.",
                    "Ontmoeting met de intercommunale.",
                ),
            ),
        ],
    },
    {
        "key": "reunion-thiers",
        "kind": EventKind.INFORMATION,
        "title": T(
            "Reprendre une entreprise : réunion d'information à Thiers",
            "Taking over a business: information session in Thiers",
            "Een bedrijf overnemen: informatiebijeenkomst in Thiers",
        ),
        "summary": T(
            "Les étapes d'une reprise, les aides et les financements, en deux heures.",
            "The steps of a takeover, grants and funding, in two hours.",
            "De stappen van een overname, subsidies en financiering, in twee uur.",
        ),
        "place_name": T(
            "Chambre de commerce de Thiers",
            "Thiers chamber of commerce",
            "Kamer van koophandel van Thiers",
        ),
        "address": "",
        "commune": "Thiers",
        "days": 9,
        "start_hour": 18,
        "length_hours": 2,
        "capacity": 30,
        "programme": [],
    },
    {
        "key": "forum-transmission",
        "kind": EventKind.FORUM,
        "title": T(
            "Forum de la transmission d'entreprises",
            "Business transfer forum",
            "Forum over bedrijfsoverdracht",
        ),
        "summary": T(
            "Cédants et repreneurs se sont rencontrés à Billom autour des partenaires du réseau.",
            "Owners and buyers met in Billom around the network's partners.",
            "Overdragers en overnemers ontmoetten elkaar in Billom rond de partners van het "
            "netwerk.",
        ),
        "place_name": T("Salle des fêtes", "Village hall", "Dorpshuis"),
        "address": "",
        "commune": "Billom",
        "days": -60,
        "start_hour": 9,
        "length_hours": 8,
        "capacity": None,
        "programme": [],
    },
]

# Fictional people; real places and structures.
TESTIMONIALS = [
    {
        "key": "boulangers-ambert",
        "name": "Anna et Joost",
        "came_from": T("Utrecht, Pays-Bas", "Utrecht, Netherlands", "Utrecht, Nederland"),
        "commune": "Ambert",
        "project": T(
            "ont repris la boulangerie de la place",
            "took over the bakery on the square",
            "namen de bakkerij aan het plein over",
        ),
        "quote": T(
            "Nous avions un rêve et pas de réseau. En trois mois, nous avions visité la "
            "boulangerie, trouvé une maison et inscrit les enfants à l'école.",
            "We had a dream and no contacts. Within three months we had seen the bakery, found a "
            "house and enrolled the children at school.",
            "We hadden een droom en geen netwerk. Binnen drie maanden hadden we de bakkerij "
            "bezocht, een huis gevonden en de kinderen op school ingeschreven.",
        ),
        "settled_in": 2025,
        "structures": ["cci-ambert", "pays-ambert-initiative", "ambert-livradois-forez"],
        "community": AMBERT,
    },
    {
        "key": "coutelier-thiers",
        "name": "Mehdi",
        "came_from": T("Lyon", "Lyon", "Lyon"),
        "commune": "Thiers",
        "project": T(
            "a repris un atelier de coutellerie",
            "took over a cutlery workshop",
            "nam een messenmakerij over",
        ),
        "quote": T(
            "Le cédant m'a formé six mois avant de partir. La chambre de métiers a tout organisé "
            "pour que la transmission se passe bien.",
            "The owner trained me for six months before he left. The chamber of trades organised "
            "everything so that the handover went well.",
            "De eigenaar heeft me zes maanden opgeleid voor hij vertrok. De ambachtskamer regelde "
            "alles zodat de overdracht goed verliep.",
        ),
        "settled_in": 2024,
        "structures": ["cma-puy-de-dome", "crea-thiers-initiative", "thiers-dore-et-montagne"],
        "community": THIERS,
    },
    {
        "key": "gite-olliergues",
        "name": "Rachel et Tom",
        "came_from": T(
            "Bristol, Royaume-Uni", "Bristol, United Kingdom", "Bristol, Verenigd Koninkrijk"
        ),
        "commune": "Olliergues",
        "project": T(
            "ont créé des chambres d'hôtes au bord de la Dore",
            "opened a bed and breakfast on the banks of the Dore",
            "begonnen een bed and breakfast aan de oever van de Dore",
        ),
        "quote": T(
            "On nous a aidés à monter le dossier de financement et à trouver du travail pour "
            "Tom à Ambert.",
            "They helped us put the funding application together and find Tom a job in Ambert.",
            "Ze hielpen ons met de financieringsaanvraag en met werk voor Tom in Ambert.",
        ),
        "settled_in": 2026,
        "structures": ["parc-livradois-forez", "ambert-livradois-forez"],
        "community": AMBERT,
    },
]
