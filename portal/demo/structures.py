"""The partners of the Cap'Actif network, as the seeds list them, and their fictional referents.

The structures are real organisations; their contact details are placeholders on example.org
and every person is invented.
"""

from dataclasses import dataclass, field

from network.models import Sector, StructureKind

from .text import T, make_slug

AMBERT = "200070761"  # CC Ambert Livradois Forez
THIERS = "200070712"  # CC Thiers Dore et Montagne
BILLOM = "200067627"  # CC Billom Communauté
ALL_COMMUNITIES = [AMBERT, THIERS, BILLOM]

# The area names the demo texts use, by SIREN code.
AREA_NAMES = {
    AMBERT: "Ambert Livradois Forez",
    THIERS: "Thiers Dore et Montagne",
    BILLOM: "Billom Communauté",
}


@dataclass
class ReferentSpec:
    first_name: str
    last_name: str
    role: str
    phone: str

    @property
    def name(self):
        return f"{self.first_name} {self.last_name}"

    @property
    def email(self):
        first, last = (
            make_slug(part).replace("-", "") for part in (self.first_name, self.last_name)
        )
        return f"{first}.{last}@example.org"


@dataclass
class StructureSpec:
    slug: str
    title: str
    kind: str
    acronym: str
    sectors: list
    communities: list
    summary: T
    body: list
    address: str
    phone: str
    reference_prefix: str
    referents: list = field(default_factory=list)

    @property
    def email(self):
        return f"{self.slug}@example.org"


STRUCTURES = [
    StructureSpec(
        slug="cci-thiers",
        title="CCI Puy-de-Dôme – délégation de Thiers",
        kind=StructureKind.CHAMBER_OF_COMMERCE,
        acronym="CCI Thiers",
        sectors=[Sector.COMMERCE, Sector.SERVICES, Sector.INDUSTRY, Sector.TOURISM],
        communities=[THIERS, BILLOM],
        summary=T(
            "La chambre de commerce et d'industrie accompagne la création, la reprise et la "
            "transmission des commerces, des entreprises de services et de l'industrie du bassin "
            "thiernois.",
            "The chamber of commerce and industry supports people starting, taking over or "
            "handing on shops, service businesses and industries around Thiers.",
            "De kamer van koophandel en industrie begeleidt de oprichting, overname en overdracht "
            "van winkels, dienstverlenende bedrijven en industrie in de regio Thiers.",
        ),
        body=[
            T(
                "Dans le bassin de Thiers, capitale française de la coutellerie, la délégation de "
                "la CCI conseille les porteurs de projet à chaque étape : étude de marché, choix "
                "du statut, plan de financement, formalités d'immatriculation.",
                "Around Thiers, France's cutlery capital, the chamber's local office advises "
                "project holders at every stage: market study, choice of legal form, financing "
                "plan and registration formalities.",
                "In de regio Thiers, de Franse hoofdstad van het mes, adviseert het lokale "
                "kantoor van de kamer ondernemers in elke fase: marktonderzoek, keuze van de "
                "rechtsvorm, financieringsplan en inschrijvingsformaliteiten.",
            ),
            T(
                "Elle tient le fichier des commerces et entreprises à reprendre et met en "
                "relation cédants et repreneurs, en lien avec les autres partenaires du réseau "
                "Cap'Actif.",
                "It keeps the list of shops and businesses for sale and puts sellers in touch "
                "with buyers, together with the other partners of the Cap'Actif network.",
                "Het kantoor houdt het overzicht bij van winkels en bedrijven die een overnemer "
                "zoeken en brengt verkopers en kopers met elkaar in contact, samen met de andere "
                "partners van het Cap'Actif-netwerk.",
            ),
        ],
        address="63300 Thiers",
        phone="04 73 00 20 00",
        reference_prefix="CCI-THI",
        referents=[
            ReferentSpec("Claire", "Besson", "Conseillère création-reprise", "04 73 00 20 11"),
            ReferentSpec(
                "Thomas", "Vernet", "Conseiller transmission et commerce", "04 73 00 20 12"
            ),
        ],
    ),
    StructureSpec(
        slug="cci-ambert",
        title="CCI Puy-de-Dôme – délégation d'Ambert",
        kind=StructureKind.CHAMBER_OF_COMMERCE,
        acronym="CCI Ambert",
        sectors=[Sector.COMMERCE, Sector.SERVICES, Sector.TOURISM, Sector.INDUSTRY],
        communities=[AMBERT],
        summary=T(
            "La délégation d'Ambert de la chambre de commerce et d'industrie accompagne les "
            "créateurs et repreneurs d'entreprises du Livradois-Forez, du commerce de bourg à "
            "l'hôtellerie.",
            "The Ambert office of the chamber of commerce and industry supports people starting "
            "or taking over a business in the Livradois-Forez, from village shops to hotels.",
            "Het kantoor in Ambert van de kamer van koophandel en industrie begeleidt wie in de "
            "Livradois-Forez een bedrijf start of overneemt, van dorpswinkel tot hotel.",
        ),
        body=[
            T(
                "Commerces de proximité, hôtels-restaurants, entreprises de services ou PME "
                "industrielles de la filière bois et de la tresse : les conseillers de la "
                "délégation connaissent le tissu économique local et ses opportunités de reprise.",
                "Local shops, hotel-restaurants, service companies and small manufacturers in the "
                "wood and braiding trades: the office's advisers know the local economy and its "
                "takeover opportunities.",
                "Buurtwinkels, hotel-restaurants, dienstverleners en kleine industriële bedrijven "
                "uit de hout- en vlechtsector: de adviseurs van het kantoor kennen de lokale "
                "economie en de overnamekansen.",
            ),
            T(
                "Ils vous reçoivent sur rendez-vous à Ambert, vous aident à évaluer une affaire "
                "et à préparer le dossier de financement, puis vous orientent vers les "
                "plateformes d'initiative et les banques.",
                "They meet you by appointment in Ambert, help you value a business and prepare "
                "your financing application, then refer you to the initiative platforms and "
                "banks.",
                "Zij ontvangen u op afspraak in Ambert, helpen u een zaak te waarderen en uw "
                "financieringsdossier voor te bereiden, en verwijzen u daarna door naar de "
                "initiatiefplatforms en banken.",
            ),
        ],
        address="63600 Ambert",
        phone="04 73 00 21 00",
        reference_prefix="CCI-AMB",
        referents=[
            ReferentSpec("Sandrine", "Moulin", "Conseillère entreprises", "04 73 00 21 11"),
        ],
    ),
    StructureSpec(
        slug="cma-puy-de-dome",
        title="Chambre de métiers et de l'artisanat du Puy-de-Dôme",
        kind=StructureKind.CHAMBER_OF_TRADES,
        acronym="CMA 63",
        sectors=[Sector.CRAFTS, Sector.SERVICES],
        communities=ALL_COMMUNITIES,
        summary=T(
            "La chambre de métiers et de l'artisanat accompagne les artisans : boulangers, "
            "bouchers, coiffeurs, garagistes, menuisiers, métiers du bâtiment et de l'art.",
            "The chamber of trades and crafts supports craftspeople: bakers, butchers, "
            "hairdressers, mechanics, joiners, the building trades and artisans.",
            "De kamer van ambachten begeleidt ambachtslieden: bakkers, slagers, kappers, "
            "garagehouders, schrijnwerkers, bouwvakkers en kunstambachten.",
        ),
        body=[
            T(
                "Avant de reprendre une entreprise artisanale, vous y trouverez un stage de "
                "préparation à l'installation, un diagnostic de l'affaire et des conseils sur les "
                "qualifications exigées pour votre métier.",
                "Before taking over a craft business, you can follow a preparation course there, "
                "have the business assessed and learn which qualifications your trade requires.",
                "Voordat u een ambachtelijk bedrijf overneemt, kunt u er een voorbereidende "
                "cursus volgen, de zaak laten doorlichten en advies krijgen over de kwalificaties "
                "die uw vak vereist.",
            ),
            T(
                "La chambre tient la bourse des entreprises artisanales à reprendre du "
                "département et accompagne cédants et repreneurs jusqu'à la signature.",
                "The chamber runs the Puy-de-Dôme exchange of craft businesses for sale and "
                "supports sellers and buyers until the deal is signed.",
                "De kamer beheert de overnamebeurs van ambachtelijke bedrijven in de Puy-de-Dôme "
                "en begeleidt verkopers en overnemers tot de ondertekening.",
            ),
        ],
        address="63000 Clermont-Ferrand",
        phone="04 73 00 22 00",
        reference_prefix="CMA63",
        referents=[
            ReferentSpec(
                "Nicolas", "Ferrand", "Conseiller transmission-reprise", "04 73 00 22 11"
            ),
            ReferentSpec(
                "Élodie", "Bardin", "Chargée de développement économique", "04 73 00 22 12"
            ),
        ],
    ),
    StructureSpec(
        slug="cma-haute-loire",
        title="Chambre de métiers et de l'artisanat de la Haute-Loire",
        kind=StructureKind.CHAMBER_OF_TRADES,
        acronym="CMA 43",
        sectors=[Sector.CRAFTS, Sector.SERVICES],
        # Its part of the park (around La Chaise-Dieu) lies outside the demo's three communities.
        communities=[],
        summary=T(
            "La chambre de métiers et de l'artisanat de la Haute-Loire accompagne les artisans "
            "qui s'installent dans la partie altiligérienne du Livradois-Forez.",
            "The Haute-Loire chamber of trades and crafts supports craftspeople who settle on the "
            "Haute-Loire side of the Livradois-Forez.",
            "De kamer van ambachten van de Haute-Loire begeleidt ambachtslieden die zich vestigen "
            "in het deel van de Livradois-Forez dat in de Haute-Loire ligt.",
        ),
        body=[
            T(
                "Autour de La Chaise-Dieu et de Craponne-sur-Arzon, ses conseillers accueillent "
                "les créateurs et repreneurs d'entreprises artisanales, de l'idée au premier "
                "bilan.",
                "Around La Chaise-Dieu and Craponne-sur-Arzon, its advisers welcome people "
                "starting or taking over a craft business, from the first idea to the first "
                "annual accounts.",
                "Rond La Chaise-Dieu en Craponne-sur-Arzon ontvangen de adviseurs wie een "
                "ambachtelijk bedrijf start of overneemt, van het eerste idee tot de eerste "
                "jaarrekening.",
            ),
            T(
                "Elle travaille avec la chambre du Puy-de-Dôme pour les projets situés à la "
                "limite des deux départements.",
                "It works with the Puy-de-Dôme chamber on projects close to the border between "
                "the two départements.",
                "Voor projecten op de grens van de twee departementen werkt zij samen met de "
                "kamer van de Puy-de-Dôme.",
            ),
        ],
        address="43000 Le Puy-en-Velay",
        phone="04 73 00 23 00",
        reference_prefix="CMA43",
        referents=[
            ReferentSpec("Laurent", "Chabrier", "Conseiller création-reprise", "04 73 00 23 11"),
        ],
    ),
    StructureSpec(
        slug="chambre-agriculture-puy-de-dome",
        title="Chambre d'agriculture du Puy-de-Dôme",
        kind=StructureKind.CHAMBER_OF_AGRICULTURE,
        acronym="Chambre d'agriculture 63",
        sectors=[Sector.AGRICULTURE],
        communities=ALL_COMMUNITIES,
        summary=T(
            "Le Point accueil installation de la chambre d'agriculture reçoit toutes les "
            "personnes qui souhaitent s'installer en agriculture, avec ou sans origine agricole.",
            "The chamber of agriculture's installation desk welcomes anyone who wants to start "
            "farming, whether or not they come from a farming family.",
            "Het startersloket van de landbouwkamer ontvangt iedereen die een landbouwbedrijf wil "
            "starten, met of zonder agrarische achtergrond.",
        ),
        body=[
            T(
                "Élevage laitier en AOP Fourme d'Ambert, ovins, caprins, maraîchage, petits "
                "fruits ou agritourisme : les conseillers vous aident à construire votre projet, "
                "à trouver des terres et à bâtir votre plan d'entreprise.",
                "Dairy farming for Fourme d'Ambert PDO cheese, sheep, goats, market gardening, "
                "soft fruit or farm tourism: the advisers help you shape your project, find land "
                "and draw up your business plan.",
                "Melkveehouderij voor de Fourme d'Ambert (BOB), schapen, geiten, groenteteelt, "
                "kleinfruit of agritoerisme: de adviseurs helpen u uw project uit te werken, "
                "grond te vinden en een bedrijfsplan op te stellen.",
            ),
            T(
                "Le répertoire départemental à l'installation met en relation les agriculteurs "
                "qui cèdent leur exploitation et les candidats à la reprise.",
                "The Puy-de-Dôme register of farms for takeover puts farmers handing on their "
                "farm in touch with candidates.",
                "Het departementale overnameregister brengt boeren die hun bedrijf overdragen in "
                "contact met kandidaat-overnemers.",
            ),
        ],
        address="63100 Clermont-Ferrand",
        phone="04 73 00 24 00",
        reference_prefix="CA63",
        referents=[
            ReferentSpec(
                "Aurélie", "Tixier", "Conseillère installation-transmission", "04 73 00 24 11"
            ),
            ReferentSpec("Benoît", "Roux", "Conseiller foncier", "04 73 00 24 12"),
        ],
    ),
    StructureSpec(
        slug="chambre-agriculture-haute-loire",
        title="Chambre d'agriculture de la Haute-Loire",
        kind=StructureKind.CHAMBER_OF_AGRICULTURE,
        acronym="Chambre d'agriculture 43",
        sectors=[Sector.AGRICULTURE],
        communities=[],
        summary=T(
            "La chambre d'agriculture de la Haute-Loire accompagne l'installation agricole sur le "
            "versant altiligérien du Livradois-Forez.",
            "The Haute-Loire chamber of agriculture supports new farmers on the Haute-Loire side "
            "of the Livradois-Forez.",
            "De landbouwkamer van de Haute-Loire begeleidt nieuwe boeren aan de Haute-Loire-kant "
            "van de Livradois-Forez.",
        ),
        body=[
            T(
                "Ses conseillers reçoivent les candidats à l'installation, les orientent vers les "
                "formations et les aides, et suivent les projets de transmission des "
                "exploitations.",
                "Its advisers meet would-be farmers, guide them towards training and grants, and "
                "follow farm handovers.",
                "De adviseurs ontvangen kandidaat-boeren, wijzen hen de weg naar opleidingen en "
                "subsidies, en volgen de overdracht van landbouwbedrijven op.",
            ),
        ],
        address="43000 Le Puy-en-Velay",
        phone="04 73 00 25 00",
        reference_prefix="CA43",
        referents=[
            ReferentSpec("Céline", "Faure", "Conseillère installation", "04 73 00 25 11"),
        ],
    ),
    StructureSpec(
        slug="crea-thiers-initiative",
        title="Créa Thiers Initiative",
        kind=StructureKind.INITIATIVE_PLATFORM,
        acronym="",
        sectors=[Sector.COMMERCE, Sector.CRAFTS, Sector.SERVICES, Sector.INDUSTRY, Sector.TOURISM],
        communities=[THIERS],
        summary=T(
            "Plateforme d'initiative locale du réseau Initiative France, Créa Thiers Initiative "
            "accorde des prêts d'honneur sans intérêt ni garantie aux créateurs et repreneurs du "
            "bassin thiernois.",
            "A local initiative platform of the Initiative France network, Créa Thiers Initiative "
            "grants interest-free honour loans, with no guarantee required, to people starting or "
            "taking over a business around Thiers.",
            "Créa Thiers Initiative, een lokaal initiatiefplatform van het netwerk Initiative "
            "France, verstrekt renteloze ereleningen zonder borg aan starters en overnemers in de "
            "regio Thiers.",
        ),
        body=[
            T(
                "Le prêt d'honneur renforce vos fonds propres et facilite l'obtention d'un prêt "
                "bancaire. Votre projet est présenté à un comité d'agrément composé de chefs "
                "d'entreprise et de banquiers du territoire.",
                "The honour loan strengthens your own funds and makes a bank loan easier to "
                "obtain. Your project is presented to an approval committee of local business "
                "owners and bankers.",
                "De erelening versterkt uw eigen middelen en maakt het makkelijker een banklening "
                "te krijgen. Uw project wordt voorgesteld aan een goedkeuringscomité van lokale "
                "ondernemers en bankiers.",
            ),
            T(
                "Après le financement, un parrain bénévole vous accompagne pendant les premières "
                "années de votre entreprise.",
                "Once funded, a volunteer mentor supports you through the first years of your "
                "business.",
                "Na de financiering begeleidt een vrijwillige mentor u tijdens de eerste jaren "
                "van uw bedrijf.",
            ),
        ],
        address="63300 Thiers",
        phone="04 73 00 26 00",
        reference_prefix="CTI",
        referents=[
            ReferentSpec("Marc", "Delorme", "Chargé de mission", "04 73 00 26 11"),
        ],
    ),
    StructureSpec(
        slug="pays-ambert-initiative",
        title="Pays d'Ambert Initiative",
        kind=StructureKind.INITIATIVE_PLATFORM,
        acronym="",
        sectors=[Sector.COMMERCE, Sector.CRAFTS, Sector.SERVICES, Sector.TOURISM, Sector.INDUSTRY],
        communities=[AMBERT],
        summary=T(
            "Plateforme d'initiative locale, Pays d'Ambert Initiative finance par des prêts "
            "d'honneur les créations et reprises d'entreprises du Livradois-Forez et suit les "
            "entrepreneurs après leur installation.",
            "A local initiative platform, Pays d'Ambert Initiative funds new and taken-over "
            "businesses in the Livradois-Forez with honour loans and follows entrepreneurs after "
            "they settle.",
            "Pays d'Ambert Initiative, een lokaal initiatiefplatform, financiert nieuwe en "
            "overgenomen bedrijven in de Livradois-Forez met ereleningen en volgt ondernemers op "
            "na hun vestiging.",
        ),
        body=[
            T(
                "Le prêt d'honneur, personnel et sans intérêt, complète votre apport et sert de "
                "levier auprès des banques partenaires.",
                "The honour loan, personal and interest-free, adds to your own contribution and "
                "helps you raise loans from partner banks.",
                "De erelening, persoonlijk en renteloos, vult uw eigen inbreng aan en helpt u bij "
                "de partnerbanken een lening te krijgen.",
            ),
            T(
                "La plateforme organise aussi des rencontres entre jeunes entrepreneurs et chefs "
                "d'entreprise installés sur le territoire.",
                "The platform also organises meetings between new entrepreneurs and established "
                "local business owners.",
                "Het platform organiseert ook ontmoetingen tussen jonge ondernemers en gevestigde "
                "bedrijfsleiders uit de streek.",
            ),
        ],
        address="63600 Ambert",
        phone="04 73 00 27 00",
        reference_prefix="PAI",
        referents=[
            ReferentSpec("Isabelle", "Gauthier", "Chargée d'accompagnement", "04 73 00 27 11"),
        ],
    ),
    StructureSpec(
        slug="adie",
        title="Adie – Association pour le droit à l'initiative économique",
        kind=StructureKind.FINANCING_BODY,
        acronym="Adie",
        sectors=[Sector.COMMERCE, Sector.CRAFTS, Sector.SERVICES, Sector.AGRICULTURE],
        communities=ALL_COMMUNITIES,
        summary=T(
            "L'Adie finance par le microcrédit les personnes qui n'ont pas accès au crédit "
            "bancaire et les accompagne dans la création de leur activité.",
            "Adie provides microcredit to people who cannot get a bank loan and supports them in "
            "starting their business.",
            "Adie financiert via microkrediet mensen die geen toegang hebben tot een banklening "
            "en begeleidt hen bij de start van hun activiteit.",
        ),
        body=[
            T(
                "Microcrédit professionnel, prêt d'honneur complémentaire et conseils pour "
                "démarrer : les conseillers de l'Adie reçoivent sur rendez-vous dans les "
                "permanences du territoire.",
                "Business microcredit, an additional honour loan and start-up advice: Adie's "
                "advisers see you by appointment at their local drop-in offices.",
                "Professioneel microkrediet, een aanvullende erelening en advies bij de start: de "
                "adviseurs van Adie ontvangen u op afspraak in hun lokale spreekuren.",
            ),
        ],
        address="63000 Clermont-Ferrand",
        phone="04 73 00 28 00",
        reference_prefix="ADIE",
        referents=[
            ReferentSpec("Karim", "Benali", "Conseiller microcrédit", "04 73 00 28 11"),
        ],
    ),
    StructureSpec(
        slug="puy-de-dome-garantie",
        title="Puy-de-Dôme Garantie",
        kind=StructureKind.FINANCING_BODY,
        acronym="",
        sectors=[Sector.COMMERCE, Sector.CRAFTS, Sector.SERVICES, Sector.INDUSTRY, Sector.TOURISM],
        communities=ALL_COMMUNITIES,
        summary=T(
            "Puy-de-Dôme Garantie se porte garant des prêts bancaires des créateurs et repreneurs "
            "d'entreprise, pour qu'un projet solide ne bute pas sur le manque de caution "
            "personnelle.",
            "Puy-de-Dôme Garantie guarantees the bank loans of people starting or taking over a "
            "business, so that a sound project does not fail for lack of personal security.",
            "Puy-de-Dôme Garantie staat borg voor de bankleningen van starters en overnemers, "
            "zodat een degelijk project niet strandt op een gebrek aan persoonlijke zekerheden.",
        ),
        body=[
            T(
                "La garantie couvre une partie du prêt bancaire et limite la caution demandée au "
                "créateur. Le dossier est instruit avec votre banque et les plateformes "
                "d'initiative locale.",
                "The guarantee covers part of the bank loan and limits the personal guarantee "
                "asked of the founder. Your application is prepared together with your bank and "
                "the local initiative platforms.",
                "De garantie dekt een deel van de banklening en beperkt de persoonlijke borg die "
                "van de ondernemer wordt gevraagd. Het dossier wordt samen met uw bank en de "
                "lokale initiatiefplatforms behandeld.",
            ),
        ],
        address="63000 Clermont-Ferrand",
        phone="04 73 00 29 00",
        reference_prefix="PDG",
        referents=[
            ReferentSpec("Anne", "Lefort", "Chargée d'affaires", "04 73 00 29 11"),
        ],
    ),
    StructureSpec(
        slug="ambert-livradois-forez",
        title="Communauté de communes Ambert Livradois Forez",
        kind=StructureKind.COMMUNITY_OF_COMMUNES,
        acronym="ALF",
        sectors=[Sector.COMMERCE, Sector.CRAFTS, Sector.SERVICES, Sector.TOURISM, Sector.HEALTH],
        communities=[AMBERT],
        summary=T(
            "La communauté de communes accueille les nouveaux actifs : locaux et terrains "
            "d'activité, logements, services à la population et mise en relation avec les "
            "partenaires du réseau.",
            "The community of communes welcomes newcomers who come to work: business premises and "
            "land, housing, public services and introductions to the network's partners.",
            "De intercommunale verwelkomt nieuwe actieven: bedrijfsruimten en -gronden, woningen, "
            "diensten voor de inwoners en contact met de partners van het netwerk.",
        ),
        body=[
            T(
                "Avec 58 communes autour d'Ambert, d'Arlanc, de Cunlhat et de Saint-Anthème, "
                "Ambert Livradois Forez s'étend de la vallée de la Dore aux Hautes-Chaumes du "
                "Forez.",
                "With 58 communes around Ambert, Arlanc, Cunlhat and Saint-Anthème, Ambert "
                "Livradois Forez stretches from the Dore valley to the high moorland of the Forez "
                "mountains.",
                "Met 58 gemeenten rond Ambert, Arlanc, Cunlhat en Saint-Anthème strekt Ambert "
                "Livradois Forez zich uit van het Dore-dal tot de hoogvlakten van de "
                "Forez-bergen.",
            ),
            T(
                "Son service de développement économique gère des ateliers-relais et des zones "
                "d'activités, et son service habitat vous aide à trouver un logement, à l'achat "
                "comme à la location.",
                "Its economic development team manages starter workshops and business parks, and "
                "its housing team helps you find a home to buy or to rent.",
                "De dienst economische ontwikkeling beheert starterswerkplaatsen en "
                "bedrijventerreinen, en de woondienst helpt u een koop- of huurwoning te vinden.",
            ),
        ],
        address="63600 Ambert",
        phone="04 73 00 30 00",
        reference_prefix="ALF",
        referents=[
            ReferentSpec(
                "Julie",
                "Bonnefoy",
                "Chargée de mission développement économique",
                "04 73 00 30 11",
            ),
            ReferentSpec(
                "François",
                "Chassaing",
                "Chargé d'accueil des nouveaux habitants",
                "04 73 00 30 12",
            ),
        ],
    ),
    StructureSpec(
        slug="thiers-dore-et-montagne",
        title="Communauté de communes Thiers Dore et Montagne",
        kind=StructureKind.COMMUNITY_OF_COMMUNES,
        acronym="TDM",
        sectors=[Sector.COMMERCE, Sector.CRAFTS, Sector.INDUSTRY, Sector.SERVICES, Sector.HEALTH],
        communities=[THIERS],
        summary=T(
            "La communauté de communes accompagne les entreprises et les nouveaux habitants : "
            "bâtiments et terrains d'activité, locaux commerciaux, logements et services.",
            "The community of communes supports businesses and new residents: business buildings "
            "and land, shop premises, housing and services.",
            "De intercommunale ondersteunt bedrijven en nieuwe inwoners: bedrijfsgebouwen en "
            "-gronden, winkelpanden, woningen en diensten.",
        ),
        body=[
            T(
                "Trente communes autour de Thiers, Courpière et Puy-Guillaume, entre la plaine de "
                "la Dore et les Bois Noirs : un bassin industriel vivant, porté par la "
                "coutellerie et la métallurgie.",
                "Thirty communes around Thiers, Courpière and Puy-Guillaume, between the Dore "
                "plain and the Bois Noirs forest: a lively industrial area built on cutlery and "
                "metalworking.",
                "Dertig gemeenten rond Thiers, Courpière en Puy-Guillaume, tussen de vlakte van "
                "de Dore en de Bois Noirs: een levendig industriegebied dat draait op "
                "messenmakerij en metaalbewerking.",
            ),
            T(
                "La communauté de communes propose des bâtiments et terrains d'activité, des "
                "locaux commerciaux en centre-bourg et accompagne les nouveaux habitants dans "
                "leur recherche de logement.",
                "The community of communes offers business buildings and land and shop premises "
                "in town centres, and helps new residents find a home.",
                "De intercommunale biedt bedrijfsgebouwen en -gronden en winkelpanden in de "
                "dorpskernen aan, en helpt nieuwe inwoners bij het zoeken naar een woning.",
            ),
        ],
        address="63300 Thiers",
        phone="04 73 00 31 00",
        reference_prefix="TDM",
        referents=[
            ReferentSpec(
                "Sophie", "Arnaud", "Chargée de mission développement économique", "04 73 00 31 11"
            ),
            ReferentSpec(
                "Damien", "Pélissier", "Chargé d'accueil des nouveaux habitants", "04 73 00 31 12"
            ),
        ],
    ),
    StructureSpec(
        slug="billom-communaute",
        title="Billom Communauté",
        kind=StructureKind.COMMUNITY_OF_COMMUNES,
        acronym="",
        sectors=[Sector.COMMERCE, Sector.CRAFTS, Sector.AGRICULTURE, Sector.SERVICES],
        communities=[BILLOM],
        summary=T(
            "La communauté de communes accueille les porteurs de projet et les nouveaux "
            "habitants, entre Limagne et Livradois, aux portes de Clermont-Ferrand.",
            "The community of communes welcomes project holders and new residents, between the "
            "Limagne and the Livradois, on the doorstep of Clermont-Ferrand.",
            "De intercommunale verwelkomt projectdragers en nieuwe inwoners, tussen de Limagne en "
            "de Livradois, vlak bij Clermont-Ferrand.",
        ),
        body=[
            T(
                "Vingt-cinq communes entre la Limagne et les premiers contreforts du Livradois, à "
                "une demi-heure de Clermont-Ferrand : Billom Communauté conjugue la vie de bourg "
                "et la proximité de la métropole.",
                "Twenty-five communes between the Limagne plain and the first foothills of the "
                "Livradois, half an hour from Clermont-Ferrand: Billom Communauté combines "
                "small-town life with easy access to the city.",
                "Vijfentwintig gemeenten tussen de Limagne-vlakte en de eerste uitlopers van de "
                "Livradois, op een halfuur van Clermont-Ferrand: Billom Communauté combineert het "
                "leven in een kleine stad met de nabijheid van de metropool.",
            ),
            T(
                "Le service économie accueille les porteurs de projet, gère les zones d'activités "
                "intercommunales et relaie les offres de locaux et de logements des communes.",
                "The economic team welcomes project holders, manages the intercommunal business "
                "parks and passes on the premises and housing offered by the communes.",
                "De economische dienst ontvangt projectdragers, beheert de intercommunale "
                "bedrijventerreinen en geeft het aanbod aan bedrijfsruimten en woningen van de "
                "gemeenten door.",
            ),
        ],
        address="63160 Billom",
        phone="04 73 00 32 00",
        reference_prefix="BC",
        referents=[
            ReferentSpec("Émilie", "Jarrige", "Chargée de mission économie", "04 73 00 32 11"),
            ReferentSpec("Romain", "Thévenet", "Chargé de mission habitat", "04 73 00 32 12"),
        ],
    ),
    StructureSpec(
        slug="parc-livradois-forez",
        title="Parc naturel régional Livradois-Forez",
        kind=StructureKind.PARK,
        acronym="PNR Livradois-Forez",
        sectors=[Sector.TOURISM, Sector.AGRICULTURE, Sector.CRAFTS, Sector.CULTURE],
        communities=ALL_COMMUNITIES,
        summary=T(
            "Le Parc anime le réseau Cap'Actif, qui rassemble depuis 2003 les structures "
            "d'accueil et d'accompagnement des porteurs de projet du Livradois-Forez.",
            "The park runs the Cap'Actif network, which since 2003 has brought together the "
            "organisations that welcome and support project holders in the Livradois-Forez.",
            "Het park coördineert het Cap'Actif-netwerk, dat sinds 2003 de organisaties "
            "samenbrengt die projectdragers in de Livradois-Forez onthalen en begeleiden.",
        ),
        body=[
            T(
                "Le Parc naturel régional Livradois-Forez couvre près de 300 000 hectares de "
                "montagnes, de forêts et de vallées entre l'Allier et la Loire. Il accompagne un "
                "développement économique respectueux de ses paysages et de ses ressources.",
                "The Livradois-Forez regional nature park covers nearly 300,000 hectares of "
                "mountains, forests and valleys between the Allier and the Loire. It supports "
                "economic development that respects its landscapes and resources.",
                "Het regionale natuurpark Livradois-Forez beslaat bijna 300.000 hectare bergen, "
                "bossen en valleien tussen de Allier en de Loire. Het ondersteunt een economische "
                "ontwikkeling die zijn landschappen en hulpbronnen respecteert.",
            ),
            T(
                "Pour les nouveaux arrivants, le Parc coordonne l'accueil, organise les "
                "rencontres mensuelles des partenaires, promeut les opportunités du territoire et "
                "suit les installations.",
                "For newcomers, the park coordinates the welcome, holds the partners' monthly "
                "meetings, promotes the area's opportunities and follows up each settlement.",
                "Voor nieuwkomers coördineert het park het onthaal, organiseert het de "
                "maandelijkse overleggen van de partners, promoot het de kansen van de streek en "
                "volgt het elke vestiging op.",
            ),
        ],
        address="Maison du Parc\n63880 Saint-Gervais-sous-Meymont",
        phone="04 73 00 33 00",
        reference_prefix="PNR-LF",
        referents=[
            ReferentSpec(
                "Julien", "Fabre", "Chargé de mission économie de proximité", "04 73 00 33 11"
            ),
            ReferentSpec(
                "Mathilde", "Roussel", "Coordinatrice du réseau Cap'Actif", "04 73 00 33 12"
            ),
        ],
    ),
]

STRUCTURES_BY_SLUG = {structure.slug: structure for structure in STRUCTURES}
PARK = "parc-livradois-forez"
# The community of communes structure of each area, by SIREN code.
COMMUNITY_STRUCTURES = {
    AMBERT: "ambert-livradois-forez",
    THIERS: "thiers-dore-et-montagne",
    BILLOM: "billom-communaute",
}

# The network coordinator: the park's second referent, who holds the coordinator account.
COORDINATOR = ReferentSpec(
    "Mathilde", "Roussel", "Coordinatrice du réseau Cap'Actif", "04 73 00 33 12"
)
