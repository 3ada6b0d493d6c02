"""The services that help a household settle, published mostly by the communities of communes.

One template per category, set in a chosen commune of each community, plus a few services of
the park. Names and details are plausible, not a directory of the real facilities.
"""

from dataclasses import dataclass

from territory.models import ServiceCategory

from .structures import AMBERT, AREA_NAMES, BILLOM, COMMUNITY_STRUCTURES, PARK, THIERS
from .text import T, make_slug, place


@dataclass
class ServiceSpec:
    structure: str
    category: str
    community: str
    commune: str | None
    title: T
    summary: T
    paragraphs: list
    opening_hours: T | None
    address: str
    phone: str
    email: str

    def all_texts(self):
        yield self.title
        yield self.summary
        if self.opening_hours:
            yield self.opening_hours


WEEKDAYS = {
    "monday": T("lundi", "Monday", "maandag"),
    "thursday": T("jeudi", "Thursday", "donderdag"),
    "wednesday": T("mercredi", "Wednesday", "woensdag"),
}

# Where each category's service stands in each community; None covers the whole community.
SERVICE_PLACES = {
    AMBERT: {
        ServiceCategory.CHILDCARE: "Ambert",
        ServiceCategory.SCHOOL: "Cunlhat",
        ServiceCategory.HEALTH: "Arlanc",
        ServiceCategory.TRANSPORT: None,
        ServiceCategory.SPOUSE_EMPLOYMENT: None,
        ServiceCategory.SHOPS: "Ambert",
        ServiceCategory.CULTURE_SPORT: "Ambert",
        ServiceCategory.BROADBAND: None,
        ServiceCategory.PUBLIC_SERVICES: "Olliergues",
    },
    THIERS: {
        ServiceCategory.CHILDCARE: "Courpière",
        ServiceCategory.SCHOOL: "Puy-Guillaume",
        ServiceCategory.HEALTH: "Courpière",
        ServiceCategory.TRANSPORT: None,
        ServiceCategory.SPOUSE_EMPLOYMENT: None,
        ServiceCategory.SHOPS: "Thiers",
        ServiceCategory.CULTURE_SPORT: "Thiers",
        ServiceCategory.BROADBAND: None,
        ServiceCategory.PUBLIC_SERVICES: "Chabreloche",
    },
    BILLOM: {
        ServiceCategory.CHILDCARE: "Vertaizon",
        ServiceCategory.SCHOOL: "Saint-Julien-de-Coppel",
        ServiceCategory.HEALTH: "Billom",
        ServiceCategory.TRANSPORT: None,
        ServiceCategory.SPOUSE_EMPLOYMENT: None,
        ServiceCategory.SHOPS: "Billom",
        ServiceCategory.CULTURE_SPORT: "Billom",
        ServiceCategory.BROADBAND: None,
        ServiceCategory.PUBLIC_SERVICES: "Billom",
    },
}
MARKET_DAYS = {AMBERT: "thursday", THIERS: "thursday", BILLOM: "monday"}
NURSERY_PLACES = {AMBERT: 30, THIERS: 24, BILLOM: 36}
SCHOOL_CLASSES = {AMBERT: 4, THIERS: 7, BILLOM: 5}
EMAIL_NAMES = {
    ServiceCategory.CHILDCARE: "creche",
    ServiceCategory.SCHOOL: "ecole",
    ServiceCategory.HEALTH: "sante",
    ServiceCategory.TRANSPORT: "transport",
    ServiceCategory.SPOUSE_EMPLOYMENT: "emploi",
    ServiceCategory.SHOPS: "marche",
    ServiceCategory.CULTURE_SPORT: "mediatheque",
    ServiceCategory.BROADBAND: "numerique",
    ServiceCategory.PUBLIC_SERVICES: "france-services",
}

TEMPLATES = {
    ServiceCategory.CHILDCARE: {
        "title": T(
            "Crèche multi-accueil {of}", "Day nursery in {name}", "Kinderdagverblijf in {name}"
        ),
        "summary": T(
            "Accueil régulier ou occasionnel des enfants de 10 semaines à 4 ans, du lundi au "
            "vendredi.",
            "Regular or occasional care for children aged 10 weeks to 4 years, Monday to Friday.",
            "Vaste of occasionele opvang voor kinderen van 10 weken tot 4 jaar, van maandag tot "
            "vrijdag.",
        ),
        "paragraphs": [
            T(
                "La crèche de {places} places est gérée par la communauté de communes. Les repas "
                "sont préparés avec des produits locaux et les activités suivent le rythme de "
                "chaque enfant.",
                "The {places}-place nursery is run by the community of communes. Meals are made "
                "with local produce and activities follow each child's pace.",
                "Het kinderdagverblijf met {places} plaatsen wordt beheerd door de "
                "intercommunale. De maaltijden worden bereid met lokale producten en de "
                "activiteiten volgen het ritme van elk kind.",
            ),
            T(
                "Le relais petite enfance vous aide aussi à trouver une assistante maternelle "
                "près de votre domicile ou de votre travail.",
                "The childcare information service also helps you find a registered childminder "
                "near your home or workplace.",
                "De dienst voor kinderopvang helpt u ook een erkende gastouder te vinden dicht "
                "bij uw woning of werk.",
            ),
        ],
        "opening_hours": T(
            "Du lundi au vendredi, de 7 h 30 à 18 h 30",
            "Monday to Friday, 7.30 am to 6.30 pm",
            "Maandag tot vrijdag, van 7.30 tot 18.30 uur",
        ),
    },
    ServiceCategory.SCHOOL: {
        "title": T(
            "École publique {of}",
            "State primary school in {name}",
            "Openbare basisschool in {name}",
        ),
        "summary": T(
            "École maternelle et élémentaire avec restaurant scolaire, garderie du matin et du "
            "soir, et car scolaire depuis les hameaux.",
            "Nursery and primary school with a canteen, before- and after-school care and a "
            "school bus from the hamlets.",
            "Kleuter- en lagere school met schoolrestaurant, voor- en naschoolse opvang en een "
            "schoolbus vanuit de gehuchten.",
        ),
        "paragraphs": [
            T(
                "L'école accueille les enfants de 3 à 11 ans, répartis en {classes} classes. Les "
                "inscriptions se font à la mairie, toute l'année pour les familles qui arrivent.",
                "The school takes children aged 3 to 11 in {classes} classes. Enrolment is at the "
                "town hall, all year round for families who are moving in.",
                "De school ontvangt kinderen van 3 tot 11 jaar, verdeeld over {classes} klassen. "
                "Inschrijven gebeurt op het gemeentehuis, het hele jaar door voor gezinnen die "
                "net aankomen.",
            ),
            T(
                "Le collège de secteur est desservi par les cars scolaires de la Région.",
                "The local secondary school is served by regional school buses.",
                "De middelbare school van de sector is bereikbaar met de regionale schoolbussen.",
            ),
        ],
        "opening_hours": T(
            "Lundi, mardi, jeudi et vendredi, de 8 h 30 à 16 h 30",
            "Monday, Tuesday, Thursday and Friday, 8.30 am to 4.30 pm",
            "Maandag, dinsdag, donderdag en vrijdag, van 8.30 tot 16.30 uur",
        ),
    },
    ServiceCategory.HEALTH: {
        "title": T(
            "Maison de santé pluriprofessionnelle {of}",
            "Health centre in {name}",
            "Gezondheidscentrum in {name}",
        ),
        "summary": T(
            "Médecins généralistes, infirmiers, kinésithérapeutes et sage-femme réunis en un même "
            "lieu, avec prise de rendez-vous en ligne.",
            "GPs, nurses, physiotherapists and a midwife under one roof, with online booking.",
            "Huisartsen, verpleegkundigen, fysiotherapeuten en een vroedvrouw onder één dak, met "
            "online afspraken.",
        ),
        "paragraphs": [
            T(
                "La maison de santé accueille les nouveaux habitants qui cherchent un médecin "
                "traitant. Des consultations sans rendez-vous ont lieu chaque matin.",
                "The health centre takes on new residents looking for a regular doctor. There is "
                "a walk-in clinic every morning.",
                "Het gezondheidscentrum neemt nieuwe inwoners aan die een huisarts zoeken. Elke "
                "ochtend is er een inloopspreekuur.",
            ),
            T(
                "Les urgences et les consultations spécialisées sont assurées par l'hôpital le "
                "plus proche, à moins de 30 minutes.",
                "Emergencies and specialist appointments are handled by the nearest hospital, "
                "less than 30 minutes away.",
                "Spoedgevallen en consultaties bij specialisten gebeuren in het dichtstbijzijnde "
                "ziekenhuis, op minder dan 30 minuten.",
            ),
        ],
        "opening_hours": T(
            "Du lundi au vendredi, de 8 h à 19 h ; le samedi matin",
            "Monday to Friday, 8 am to 7 pm; Saturday morning",
            "Maandag tot vrijdag, van 8 tot 19 uur; zaterdagochtend",
        ),
    },
    ServiceCategory.TRANSPORT: {
        "title": T(
            "Transport à la demande – {area}",
            "On-demand transport – {area}",
            "Vervoer op afroep – {area}",
        ),
        "summary": T(
            "Un minibus vient vous chercher à domicile pour rejoindre le marché, la maison de "
            "santé ou les commerces du bourg-centre, sur simple réservation.",
            "A minibus picks you up at home and takes you to the market, the health centre or the "
            "shops in the main town, on booking.",
            "Een minibus haalt u thuis op en brengt u naar de markt, het gezondheidscentrum of de "
            "winkels in de hoofdplaats, na reservering.",
        ),
        "paragraphs": [
            T(
                "Le service fonctionne du lundi au samedi, sur réservation la veille avant 17 h. "
                "Le trajet coûte 2 euros ; il est gratuit pour les moins de 12 ans.",
                "The service runs Monday to Saturday; book by 5 pm the day before. A trip costs 2 "
                "euros and is free for under-12s.",
                "De dienst rijdt van maandag tot zaterdag; reserveer de dag ervoor vóór 17 uur. "
                "Een rit kost 2 euro, gratis voor kinderen onder 12 jaar.",
            ),
            T(
                "Des lignes régulières de car relient aussi le territoire à Clermont-Ferrand.",
                "Regular coach lines also link the area to Clermont-Ferrand.",
                "Reguliere buslijnen verbinden de streek ook met Clermont-Ferrand.",
            ),
        ],
        "opening_hours": T(
            "Réservations du lundi au vendredi, de 9 h à 17 h",
            "Bookings Monday to Friday, 9 am to 5 pm",
            "Reserveren van maandag tot vrijdag, van 9 tot 17 uur",
        ),
    },
    ServiceCategory.SPOUSE_EMPLOYMENT: {
        "title": T(
            "Emploi du conjoint – {area}",
            "Jobs for partners – {area}",
            "Werk voor partners – {area}",
        ),
        "summary": T(
            "Votre conjoint cherche un emploi ? Le réseau diffuse son profil auprès des "
            "employeurs du territoire et l'accompagne dans sa recherche.",
            "Is your partner looking for work? The network shares their profile with local "
            "employers and supports their job search.",
            "Zoekt uw partner werk? Het netwerk verspreidt zijn of haar profiel bij werkgevers in "
            "de streek en begeleidt de zoektocht.",
        ),
        "paragraphs": [
            T(
                "Le chargé d'accueil des nouveaux habitants reçoit votre conjoint, fait le point "
                "sur son parcours et le met en relation avec les entreprises qui recrutent, les "
                "agences d'emploi et les organismes de formation.",
                "The newcomers' officer meets your partner, reviews their background and puts "
                "them in touch with companies that are hiring, job agencies and training bodies.",
                "De onthaalmedewerker voor nieuwe inwoners ontvangt uw partner, overloopt zijn of "
                "haar loopbaan en brengt hem of haar in contact met bedrijven die aanwerven, "
                "uitzendbureaus en opleidingscentra.",
            ),
            T(
                "Les offres d'emploi du territoire sont aussi affichées à la maison France "
                "services.",
                "Local job offers are also posted at the France services centre.",
                "Vacatures uit de streek hangen ook uit in het France services-loket.",
            ),
        ],
        "opening_hours": T("Sur rendez-vous", "By appointment", "Op afspraak"),
    },
    ServiceCategory.SHOPS: {
        "title": T("Marché hebdomadaire {of}", "Weekly market in {name}", "Weekmarkt in {name}"),
        "summary": T(
            "Chaque {day}, producteurs et commerçants s'installent en centre-ville : fromages, "
            "fruits et légumes, viandes, pain et artisanat.",
            "Every {day}, farmers and traders set up in the town centre: cheese, fruit and "
            "vegetables, meat, bread and crafts.",
            "Elke {day} staan boeren en handelaars in het centrum: kaas, groenten en fruit, "
            "vlees, brood en ambachtelijke producten.",
        ),
        "paragraphs": [
            T(
                "Le marché est aussi un lieu de rencontre : les nouveaux habitants y font "
                "connaissance avec les producteurs et les associations.",
                "The market is also a meeting place where newcomers get to know producers and "
                "local associations.",
                "De markt is ook een ontmoetingsplaats waar nieuwkomers kennismaken met "
                "producenten en verenigingen.",
            ),
            T(
                "Les commerces du centre-ville (boulangeries, boucheries, pharmacies, "
                "supermarché) sont ouverts toute la semaine.",
                "The town-centre shops (bakeries, butchers, pharmacies, supermarket) are open all "
                "week.",
                "De winkels in het centrum (bakkers, slagers, apotheken, supermarkt) zijn de hele "
                "week open.",
            ),
        ],
        "opening_hours": T(
            "Le {day} matin, de 8 h à 13 h",
            "{day_title} morning, 8 am to 1 pm",
            "{day}ochtend, van 8 tot 13 uur",
        ),
    },
    ServiceCategory.CULTURE_SPORT: {
        "title": T("Médiathèque {of}", "Media library in {name}", "Mediatheek in {name}"),
        "summary": T(
            "Livres, films, musique, presse et jeux vidéo, ateliers numériques et animations pour "
            "les enfants ; l'abonnement est gratuit pour les habitants.",
            "Books, films, music, newspapers and video games, digital workshops and children's "
            "activities; membership is free for residents.",
            "Boeken, films, muziek, kranten en videogames, digitale workshops en activiteiten "
            "voor kinderen; het lidmaatschap is gratis voor inwoners.",
        ),
        "paragraphs": [
            T(
                "La médiathèque fait partie du réseau intercommunal de lecture publique : une "
                "seule carte donne accès à toutes les bibliothèques du territoire et aux "
                "ressources en ligne.",
                "The media library is part of the intercommunal library network: one card gives "
                "access to every library in the area and to online resources.",
                "De mediatheek maakt deel uit van het intercommunale bibliotheeknetwerk: met één "
                "kaart hebt u toegang tot alle bibliotheken in de streek en tot de online "
                "bronnen.",
            ),
            T(
                "Elle relaie aussi le programme des clubs sportifs et des associations "
                "culturelles, que vous rencontrerez au forum des associations chaque mois de "
                "septembre.",
                "It also carries the programmes of local sports clubs and cultural associations, "
                "which you can meet at the associations fair every September.",
                "Ze verspreidt ook het programma van de sportclubs en culturele verenigingen, die "
                "u elk jaar in september op de verenigingenbeurs kunt ontmoeten.",
            ),
        ],
        "opening_hours": T(
            "Mardi, mercredi, vendredi et samedi",
            "Tuesday, Wednesday, Friday and Saturday",
            "Dinsdag, woensdag, vrijdag en zaterdag",
        ),
    },
    ServiceCategory.BROADBAND: {
        "title": T(
            "Fibre optique et couverture mobile – {area}",
            "Fibre broadband and mobile coverage – {area}",
            "Glasvezel en mobiele dekking – {area}",
        ),
        "summary": T(
            "Le réseau public très haut débit amène la fibre jusqu'aux logements dans toutes les "
            "communes. Vérifiez l'éligibilité de votre future adresse avant de vous installer.",
            "The public broadband network is bringing fibre to homes in every commune. Check "
            "whether your future address can be connected before you move.",
            "Het publieke breedbandnetwerk brengt glasvezel tot in de woningen in elke gemeente. "
            "Controleer of uw toekomstige adres kan worden aangesloten voordat u verhuist.",
        ),
        "paragraphs": [
            T(
                "La grande majorité des logements et des locaux d'activité sont déjà "
                "raccordables. Pour les hameaux isolés, des solutions par satellite ou par la 4G "
                "fixe sont aidées.",
                "Most homes and business premises can already be connected. Isolated hamlets can "
                "get subsidised satellite or fixed 4G solutions.",
                "De meeste woningen en bedrijfspanden kunnen al worden aangesloten. Afgelegen "
                "gehuchten kunnen gesubsidieerde satelliet- of vaste 4G-oplossingen krijgen.",
            ),
            T(
                "Des tiers-lieux équipés d'une connexion très haut débit accueillent les "
                "télétravailleurs à la journée.",
                "Coworking spaces with very high-speed connections welcome remote workers by the "
                "day.",
                "Coworkingruimtes met een zeer snelle verbinding verwelkomen telewerkers per dag.",
            ),
        ],
        "opening_hours": None,
    },
    ServiceCategory.PUBLIC_SERVICES: {
        "title": T(
            "Maison France services {of}",
            "France services centre in {name}",
            "France services-loket in {name}",
        ),
        "summary": T(
            "Un guichet unique pour vos démarches : impôts, retraite, allocations familiales, "
            "assurance maladie, emploi, carte grise et accès à internet.",
            "A one-stop desk for your paperwork: taxes, pensions, family allowances, health "
            "insurance, employment, vehicle registration and internet access.",
            "Eén loket voor al uw administratie: belastingen, pensioen, kinderbijslag, "
            "ziekteverzekering, werk, inschrijving van voertuigen en internettoegang.",
        ),
        "paragraphs": [
            T(
                "Des agents formés vous accompagnent dans vos démarches en ligne et vous aident à "
                "constituer vos dossiers à votre arrivée.",
                "Trained staff help you with online formalities and with putting your files "
                "together when you arrive.",
                "Opgeleide medewerkers helpen u met online formaliteiten en bij het samenstellen "
                "van uw dossiers bij uw aankomst.",
            ),
            T(
                "Des partenaires (caisse d'allocations familiales, conseiller numérique, "
                "conciliateur de justice) y tiennent des permanences chaque semaine.",
                "Partner organisations (family allowance fund, digital adviser, mediator) hold "
                "weekly sessions there.",
                "Partnerorganisaties (kinderbijslagfonds, digitale adviseur, bemiddelaar) houden "
                "er elke week spreekuur.",
            ),
        ],
        "opening_hours": T(
            "Du lundi au vendredi, de 9 h à 12 h et de 13 h 30 à 17 h",
            "Monday to Friday, 9 am to 12 noon and 1.30 to 5 pm",
            "Maandag tot vrijdag, van 9 tot 12 uur en van 13.30 tot 17 uur",
        ),
    },
}

# Services written one by one: the park's own, and an extra coach line around Billom.
EXTRA_SERVICES = [
    {
        "structure": PARK,
        "category": ServiceCategory.CULTURE_SPORT,
        "community": AMBERT,
        "commune": "Saint-Gervais-sous-Meymont",
        "title": T(
            "Maison du Parc et sentiers de découverte",
            "Park visitor centre and discovery trails",
            "Bezoekerscentrum van het park en ontdekkingspaden",
        ),
        "summary": T(
            "Expositions, guides de randonnée et conseils pour découvrir les paysages, le "
            "patrimoine et les savoir-faire du Livradois-Forez.",
            "Exhibitions, walking guides and tips for discovering the landscapes, heritage and "
            "crafts of the Livradois-Forez.",
            "Tentoonstellingen, wandelgidsen en tips om de landschappen, het erfgoed en de "
            "ambachten van de Livradois-Forez te ontdekken.",
        ),
        "paragraphs": [
            T(
                "La Maison du Parc présente le territoire à travers ses expositions et propose "
                "les topoguides des sentiers balisés, à pied, à VTT ou à cheval.",
                "The park's visitor centre introduces the area through its exhibitions and offers "
                "guides to the waymarked trails on foot, by mountain bike or on horseback.",
                "Het bezoekerscentrum stelt de streek voor met tentoonstellingen en biedt gidsen "
                "aan voor de bewegwijzerde routes te voet, met de mountainbike of te paard.",
            ),
            T(
                "Chaque printemps, les nouveaux habitants y sont invités à une journée d'accueil "
                "pour découvrir le territoire et rencontrer les élus et les associations.",
                "Each spring, new residents are invited there to a welcome day to discover the "
                "area and meet local councillors and associations.",
                "Elk voorjaar worden nieuwe inwoners er uitgenodigd op een onthaaldag om de "
                "streek te ontdekken en lokale verkozenen en verenigingen te ontmoeten.",
            ),
        ],
        "opening_hours": T(
            "D'avril à octobre, du mardi au dimanche",
            "April to October, Tuesday to Sunday",
            "April tot oktober, dinsdag tot zondag",
        ),
        "email": "maison-du-parc@example.org",
    },
    {
        "structure": PARK,
        "category": ServiceCategory.SPOUSE_EMPLOYMENT,
        "community": THIERS,
        "commune": None,
        "title": T(
            "Bourse de l'emploi du Livradois-Forez",
            "Livradois-Forez job exchange",
            "Vacaturebank van de Livradois-Forez",
        ),
        "summary": T(
            "Les offres d'emploi des entreprises, des collectivités et des associations du Parc "
            "rassemblées en un seul endroit, pour vous et votre conjoint.",
            "Job offers from the park's companies, local authorities and associations in one "
            "place, for you and your partner.",
            "Vacatures van bedrijven, overheden en verenigingen in het park op één plek, voor u "
            "en uw partner.",
        ),
        "paragraphs": [
            T(
                "Chaque semaine, le Parc recense les postes à pourvoir sur le territoire et les "
                "transmet aux partenaires du réseau Cap'Actif qui accompagnent des familles en "
                "cours d'installation.",
                "Each week the park gathers the vacancies in the area and passes them on to the "
                "Cap'Actif partners who are helping families to settle.",
                "Elke week verzamelt het park de vacatures in de streek en bezorgt ze aan de "
                "Cap'Actif-partners die gezinnen begeleiden bij hun vestiging.",
            ),
            T(
                "Les métiers les plus recherchés : santé, aide à domicile, industrie, bâtiment, "
                "agriculture et restauration.",
                "The most sought-after skills: health care, home care, industry, building trades, "
                "farming and catering.",
                "De meest gezochte beroepen: gezondheidszorg, thuiszorg, industrie, bouw, "
                "landbouw en horeca.",
            ),
        ],
        "opening_hours": T("Sur rendez-vous", "By appointment", "Op afspraak"),
        "email": "emploi@example.org",
    },
    {
        "structure": PARK,
        "category": ServiceCategory.SHOPS,
        "community": THIERS,
        "commune": "Courpière",
        "title": T(
            "Magasin de producteurs {of}", "Farmers' shop in {name}", "Boerenwinkel in {name}"
        ),
        "summary": T(
            "Une vingtaine de producteurs du Livradois-Forez y vendent en direct viande, "
            "fromages, légumes, miel et pain, et se relaient pour tenir la boutique.",
            "Some twenty Livradois-Forez farmers sell meat, cheese, vegetables, honey and bread "
            "there direct, taking turns to run the shop.",
            "Een twintigtal boeren uit de Livradois-Forez verkopen er rechtstreeks vlees, kaas, "
            "groenten, honing en brood, en houden om beurten de winkel open.",
        ),
        "paragraphs": [
            T(
                "Le Parc soutient les circuits courts : le magasin est un bon endroit pour "
                "rencontrer les agriculteurs du territoire.",
                "The park supports short supply chains: the shop is a good place to meet local "
                "farmers.",
                "Het park steunt de korte keten: de winkel is een goede plek om boeren uit de "
                "streek te ontmoeten.",
            ),
        ],
        "opening_hours": T(
            "Du mercredi au samedi", "Wednesday to Saturday", "Woensdag tot zaterdag"
        ),
        "email": "producteurs-courpiere@example.org",
    },
    {
        "structure": COMMUNITY_STRUCTURES[BILLOM],
        "category": ServiceCategory.TRANSPORT,
        "community": BILLOM,
        "commune": "Billom",
        "title": T(
            "Ligne de car Billom – Clermont-Ferrand",
            "Billom – Clermont-Ferrand coach line",
            "Buslijn Billom – Clermont-Ferrand",
        ),
        "summary": T(
            "Des cars réguliers relient Billom au centre de Clermont-Ferrand en 40 minutes "
            "environ, du lundi au samedi.",
            "Regular coaches link Billom to central Clermont-Ferrand in about 40 minutes, Monday "
            "to Saturday.",
            "Reguliere bussen verbinden Billom met het centrum van Clermont-Ferrand in ongeveer "
            "40 minuten, van maandag tot zaterdag.",
        ),
        "paragraphs": [
            T(
                "La ligne régionale dessert aussi Vertaizon et les communes de la plaine. Les "
                "horaires sont adaptés aux trajets domicile-travail et aux lycéens.",
                "The regional line also serves Vertaizon and the communes of the plain. The "
                "timetable suits commuters and secondary school pupils.",
                "De regionale lijn bedient ook Vertaizon en de gemeenten in de vlakte. De "
                "dienstregeling is afgestemd op pendelaars en scholieren.",
            ),
        ],
        "opening_hours": T("Du lundi au samedi", "Monday to Saturday", "Maandag tot zaterdag"),
        "email": "mobilite-billom@example.org",
    },
]


def all_services(postcodes):
    """Every demo service, in a fixed order. ``postcodes`` maps a commune name to its postcode."""
    specs = []
    phone = 50
    for community, places in SERVICE_PLACES.items():
        area = AREA_NAMES[community]
        day = WEEKDAYS[MARKET_DAYS[community]]
        for category, commune in places.items():
            template = TEMPLATES[category]
            params = {
                **place(commune or area),
                "area": area,
                "places": NURSERY_PLACES[community],
                "classes": SCHOOL_CLASSES[community],
                "day": day,
                "day_title": day.en,
            }
            phone += 1
            specs.append(
                ServiceSpec(
                    structure=COMMUNITY_STRUCTURES[community],
                    category=category,
                    community=community,
                    commune=commune,
                    title=template["title"].format(**params),
                    summary=template["summary"].format(**params),
                    paragraphs=[
                        paragraph.format(**params) for paragraph in template["paragraphs"]
                    ],
                    opening_hours=template["opening_hours"]
                    and template["opening_hours"].format(**params),
                    address=f"{postcodes[commune]} {commune}" if commune else "",
                    phone=f"04 73 00 {phone // 100 + 40} {phone % 100:02d}",
                    email=f"{EMAIL_NAMES[category]}-{make_slug(commune or area)}@example.org",
                )
            )
    for extra in EXTRA_SERVICES:
        phone += 1
        commune = extra["commune"]
        params = place(commune) if commune else {}
        specs.append(
            ServiceSpec(
                structure=extra["structure"],
                category=extra["category"],
                community=extra["community"],
                commune=commune,
                title=extra["title"].format(**params),
                summary=extra["summary"],
                paragraphs=extra["paragraphs"],
                opening_hours=extra["opening_hours"],
                address=f"{postcodes[commune]} {commune}" if commune else "",
                phone=f"04 73 00 {phone // 100 + 40} {phone % 100:02d}",
                email=extra["email"],
            )
        )
    return specs
