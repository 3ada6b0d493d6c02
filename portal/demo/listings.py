"""Sixty fictional but plausible offers: businesses, premises, land and housing.

Businesses are written one by one; premises, land and housing come from a template per kind,
filled with the place, the surface and the price. Every text exists in French, English and
Dutch, so any listing can be translated. A seeded random generator picks dates and photos: the
same command always yields the same offers.
"""

import random
from dataclasses import dataclass, field
from datetime import date

from listings.models import (
    Availability,
    BusinessListingPage,
    HousingKind,
    HousingListingPage,
    LandKind,
    LandListingPage,
    PremisesKind,
    PremisesListingPage,
    PriceKind,
    Transaction,
    TransferKind,
    TransferReason,
    TurnoverBracket,
)
from network.models import Sector, StructureKind

from .structures import AMBERT, BILLOM, PARK, STRUCTURES_BY_SLUG, THIERS
from .text import T, decimal, number, place

REFERENCE_YEAR = 2026

MOTIF_ALT = {
    "village": T(
        "Illustration : un bourg aux toits de tuile autour de son clocher, au pied des monts "
        "boisés du Livradois",
        "Illustration: a village of tiled roofs around its church spire, below the wooded "
        "Livradois hills",
        "Illustratie: een dorp met pannendaken rond de kerktoren, aan de voet van de beboste "
        "heuvels van de Livradois",
    ),
    "landscape": T(
        "Illustration : collines boisées de sapins et prairies du Livradois-Forez sous un ciel "
        "clair",
        "Illustration: fir-covered hills and meadows of the Livradois-Forez under a clear sky",
        "Illustratie: met sparren beboste heuvels en weiden van de Livradois-Forez onder een "
        "heldere hemel",
    ),
    "shop": T(
        "Illustration : rue de bourg avec une boutique à auvent rayé entre deux maisons",
        "Illustration: a village street with a shop under a striped awning between two houses",
        "Illustratie: een dorpsstraat met een winkel onder een gestreepte luifel tussen twee "
        "huizen",
    ),
    "workshop": T(
        "Illustration : atelier au toit en sheds avec grande porte et cheminée de briques",
        "Illustration: a workshop with a sawtooth roof, a large door and a brick chimney",
        "Illustratie: een werkplaats met sheddak, een grote poort en een bakstenen schoorsteen",
    ),
    "farm": T(
        "Illustration : grange en bois, silo et balles de foin derrière une clôture",
        "Illustration: a wooden barn, a silo and hay bales behind a fence",
        "Illustratie: een houten schuur, een silo en hooibalen achter een omheining",
    ),
    "hotel": T(
        "Illustration : hôtel de trois étages aux volets verts, avec terrasse et parasols",
        "Illustration: a three-storey hotel with green shutters, a terrace and parasols",
        "Illustratie: een hotel van drie verdiepingen met groene luiken, een terras en parasols",
    ),
    "office": T(
        "Illustration : immeuble de bureaux moderne entouré d'arbres",
        "Illustration: a modern office building among trees",
        "Illustratie: een modern kantoorgebouw tussen de bomen",
    ),
    "warehouse": T(
        "Illustration : bâtiment d'activité en bardage métallique avec trois portes de quai et un "
        "parking",
        "Illustration: a metal-clad industrial building with three loading doors and a car park",
        "Illustratie: een bedrijfshal met metalen gevelbekleding, drie laaddeuren en een parking",
    ),
    "medical": T(
        "Illustration : maison de santé de plain-pied à grandes baies vitrées, avec une croix "
        "verte",
        "Illustration: a single-storey health centre with large windows and a green cross",
        "Illustratie: een gelijkvloers gezondheidscentrum met grote ramen en een groen kruis",
    ),
    "coworking": T(
        "Illustration : ancien bâtiment en pierre aux grandes baies cintrées, vélos devant "
        "l'entrée",
        "Illustration: an old stone building with large arched windows and bicycles by the "
        "entrance",
        "Illustratie: een oud stenen gebouw met grote boogramen en fietsen bij de ingang",
    ),
    "plot": T(
        "Illustration : terrain nu délimité par des piquets, au bord d'une route",
        "Illustration: an empty plot marked out with stakes beside a road",
        "Illustratie: een leeg perceel afgebakend met paaltjes langs een weg",
    ),
    "field": T(
        "Illustration : parcelles cultivées et prairies avec des vaches, bordées de haies",
        "Illustration: fields and meadows with cows, lined with hedges",
        "Illustratie: akkers en weiden met koeien, omzoomd door hagen",
    ),
    "house": T(
        "Illustration : maison à étage avec un jardin clos d'une barrière blanche",
        "Illustration: a two-storey house with a garden behind a white fence",
        "Illustratie: een huis met verdieping en een tuin achter een wit hek",
    ),
    "farmhouse": T(
        "Illustration : longue ferme en pierre avec porte de grange cintrée",
        "Illustration: a long stone farmhouse with an arched barn door",
        "Illustratie: een lange stenen boerderij met een gewelfde schuurpoort",
    ),
    "flat": T(
        "Illustration : petit immeuble de trois étages avec balcons",
        "Illustration: a small three-storey block of flats with balconies",
        "Illustratie: een klein appartementsgebouw van drie verdiepingen met balkons",
    ),
    "campsite": T(
        "Illustration : tentes colorées près d'un plan d'eau, entre les sapins",
        "Illustration: colourful tents by a lake among fir trees",
        "Illustratie: kleurrijke tenten bij een meer tussen de sparren",
    ),
    "sawmill": T(
        "Illustration : hangar de scierie et piles de grumes",
        "Illustration: a sawmill shed and stacks of logs",
        "Illustratie: een zagerijloods en stapels boomstammen",
    ),
}

# The title each generated picture gets in the image library (images are not translated).
MOTIF_TITLE = {
    "village": "Bourg et clocher",
    "landscape": "Paysage du Livradois-Forez",
    "shop": "Commerce de centre-bourg",
    "workshop": "Atelier",
    "farm": "Ferme d'élevage",
    "hotel": "Hôtel-restaurant",
    "office": "Immeuble de bureaux",
    "warehouse": "Bâtiment d'activité",
    "medical": "Maison de santé",
    "coworking": "Tiers-lieu",
    "plot": "Terrain à bâtir",
    "field": "Terres agricoles",
    "house": "Maison avec jardin",
    "farmhouse": "Ferme en pierre",
    "flat": "Petit immeuble",
    "campsite": "Camping",
    "sawmill": "Scierie",
}

LANDSCAPE_CAPTION = T(
    "Les paysages du Livradois-Forez",
    "The Livradois-Forez landscape",
    "Het landschap van de Livradois-Forez",
)
VILLAGE_CAPTION = T("{name} et ses environs", "{name} and its surroundings", "{name} en omgeving")


@dataclass
class Photo:
    motif: str
    caption: T | None = None

    @property
    def alt_text(self):
        return MOTIF_ALT[self.motif]


@dataclass
class ListingSpec:
    model: type
    structure: str
    commune: str
    title: T
    summary: T
    paragraphs: list
    photos: list
    tags: list
    price: int | None
    price_kind: str
    surface: int | None
    availability: str = Availability.AVAILABLE
    confidential: bool = False
    fields: dict = field(default_factory=dict)
    texts: dict = field(default_factory=dict)
    reference: str = ""
    available_from: date | None = None

    def all_texts(self):
        yield self.title
        yield self.summary
        yield from self.texts.values()
        for photo in self.photos:
            yield photo.alt_text
            if photo.caption:
                yield photo.caption


# What each kind of structure adds at the end of its offers: who to talk to next.
CLOSINGS = {
    StructureKind.CHAMBER_OF_COMMERCE: T(
        "Les conseillers de la CCI vous accompagnent pour évaluer l'affaire, bâtir le plan de "
        "financement et préparer la reprise avec le cédant.",
        "The chamber's advisers help you value the business, build your financing plan and "
        "prepare the takeover with the seller.",
        "De adviseurs van de kamer helpen u de zaak te waarderen, het financieringsplan op te "
        "stellen en de overname met de verkoper voor te bereiden.",
    ),
    StructureKind.CHAMBER_OF_TRADES: T(
        "La Chambre de métiers et de l'artisanat vous accompagne : stage de préparation à "
        "l'installation, évaluation de l'entreprise, plan de financement.",
        "The Chamber of Trades and Crafts supports you with a preparation course, a valuation of "
        "the business and your financing plan.",
        "De kamer van ambachten begeleidt u met een voorbereidende cursus, een waardering van het "
        "bedrijf en uw financieringsplan.",
    ),
    StructureKind.CHAMBER_OF_AGRICULTURE: T(
        "Le Point accueil installation de la chambre d'agriculture vous accompagne : parcours à "
        "l'installation, recherche de financements, stage de parrainage sur l'exploitation.",
        "The chamber of agriculture's installation desk guides you through the start-up process, "
        "the search for funding and a mentored placement on the farm.",
        "Het startersloket van de landbouwkamer begeleidt u bij het installatietraject, het "
        "zoeken naar financiering en een begeleide stage op het bedrijf.",
    ),
    StructureKind.COMMUNITY_OF_COMMUNES: T(
        "Contactez le service développement économique de la communauté de communes : il organise "
        "les visites et vous met en relation avec les partenaires du réseau Cap'Actif.",
        "Contact the community of communes' economic development team: they arrange visits and "
        "put you in touch with the Cap'Actif network's partners.",
        "Neem contact op met de dienst economische ontwikkeling van de intercommunale: zij "
        "regelen bezichtigingen en brengen u in contact met de partners van het "
        "Cap'Actif-netwerk.",
    ),
    StructureKind.PARK: T(
        "Le Parc naturel régional vous met en relation avec le propriétaire et avec les "
        "partenaires du réseau Cap'Actif qui accompagnent votre installation.",
        "The regional nature park puts you in touch with the owner and with the Cap'Actif "
        "partners who will support you as you settle.",
        "Het regionale natuurpark brengt u in contact met de eigenaar en met de "
        "Cap'Actif-partners die u bij uw vestiging begeleiden.",
    ),
}
HOUSING_CLOSINGS = {
    StructureKind.COMMUNITY_OF_COMMUNES: T(
        "Le service habitat de la communauté de communes organise les visites et vous renseigne "
        "sur les aides à l'accession et à la rénovation.",
        "The community of communes' housing team arranges visits and tells you about grants for "
        "buying and renovating a home.",
        "De woondienst van de intercommunale regelt bezichtigingen en informeert u over premies "
        "voor de aankoop en renovatie van een woning.",
    ),
    StructureKind.PARK: CLOSINGS[StructureKind.PARK],
}


def closing(structure_slug, housing=False):
    kind = STRUCTURES_BY_SLUG[structure_slug].kind
    return (HOUSING_CLOSINGS if housing else CLOSINGS)[kind]


# Businesses -----------------------------------------------------------------------------------


def business(
    structure,
    commune,
    *,
    sector,
    activity,
    title,
    summary,
    paragraphs,
    included,
    caption,
    motifs,
    price,
    surface,
    turnover,
    staff,
    reason,
    tags,
    kind=TransferKind.GOODWILL,
    price_kind=PriceKind.SALE,
    accompaniment=True,
    confidential=False,
    availability=Availability.AVAILABLE,
):
    where = place(commune)
    return ListingSpec(
        model=BusinessListingPage,
        structure=structure,
        commune=commune,
        title=title.format(**where),
        summary=summary,
        paragraphs=[*paragraphs, closing(structure)],
        photos=[Photo(motifs[0], caption), *(Photo(motif) for motif in motifs[1:])],
        tags=tags,
        price=price,
        price_kind=price_kind,
        surface=surface,
        availability=availability,
        confidential=confidential,
        fields={
            "sector": sector,
            "turnover": turnover,
            "staff": staff,
            "transfer_reason": reason,
            "transfer_kind": kind,
            "seller_accompaniment": accompaniment,
        },
        texts={"activity": activity, "included": included},
    )


def businesses():
    return [
        business(
            "cma-puy-de-dome",
            "Ambert",
            sector=Sector.CRAFTS,
            activity=T(
                "Boulangerie-pâtisserie", "Bakery and patisserie", "Bakkerij-banketbakkerij"
            ),
            title=T(
                "Boulangerie-pâtisserie à reprendre au cœur {of}",
                "Bakery and patisserie to take over in the heart of {name}",
                "Bakkerij-banketbakkerij over te nemen in het hart van {name}",
            ),
            summary=T(
                "Boulangerie artisanale tenue depuis 22 ans, à deux pas de la mairie ronde. "
                "Clientèle fidèle, four à sole récent, logement de 90 m² à l'étage.",
                "A craft bakery run by the same owners for 22 years, a stone's throw from the "
                "round town hall. Loyal customers, a recent deck oven and a 90 m² flat upstairs.",
                "Ambachtelijke bakkerij, al 22 jaar in dezelfde handen, op een steenworp van het "
                "ronde stadhuis. Trouwe klanten, een recente vloeroven en een woning van 90 m² op "
                "de verdieping.",
            ),
            paragraphs=[
                T(
                    "Les propriétaires partent à la retraite et cherchent un repreneur pour "
                    "poursuivre l'activité. Le magasin de 45 m² donne sur une rue commerçante "
                    "fréquentée, avec un fournil de 70 m² et une réserve.",
                    "The owners are retiring and are looking for someone to carry on the "
                    "business. The 45 m² shop opens onto a busy shopping street, with a 70 m² "
                    "bakehouse and a storeroom.",
                    "De eigenaars gaan met pensioen en zoeken een opvolger die de zaak voortzet. "
                    "De winkel van 45 m² ligt aan een drukke winkelstraat, met een bakkerij van "
                    "70 m² en een opslagruimte.",
                ),
                T(
                    "Le chiffre d'affaires est stable, porté par le pain au levain, la "
                    "viennoiserie et les commandes des restaurants et de la cantine. Deux "
                    "salariés (un ouvrier boulanger et une vendeuse) souhaitent rester.",
                    "Turnover is steady, driven by sourdough bread, pastries and regular orders "
                    "from restaurants and the school canteen. Two employees (a baker and a shop "
                    "assistant) wish to stay on.",
                    "De omzet is stabiel, gedragen door zuurdesembrood, viennoiserie en vaste "
                    "bestellingen van restaurants en de schoolkantine. Twee medewerkers (een "
                    "bakker en een verkoopster) willen graag blijven.",
                ),
            ],
            included=T(
                "Fonds de commerce, matériel (four à sole, pétrin, chambre de pousse), droit au "
                "bail, logement à l'étage.",
                "Goodwill, equipment (deck oven, kneader, proofing cabinet), lease rights, flat "
                "upstairs.",
                "Handelszaak, uitrusting (vloeroven, kneedmachine, rijskast), huurrecht, woning "
                "op de verdieping.",
            ),
            caption=T(
                "Le magasin donne sur une rue commerçante",
                "The shop opens onto a busy shopping street",
                "De winkel ligt aan een drukke winkelstraat",
            ),
            motifs=["shop", "village"],
            price=145_000,
            surface=115,
            turnover=TurnoverBracket.FROM_300K_TO_1M,
            staff=2,
            reason=TransferReason.RETIREMENT,
            tags=["boulangerie", "centre-ville", "logement inclus", "départ en retraite"],
        ),
        business(
            "cma-puy-de-dome",
            "Courpière",
            sector=Sector.CRAFTS,
            activity=T(
                "Boucherie-charcuterie", "Butcher's and delicatessen", "Slagerij-charcuterie"
            ),
            title=T(
                "Boucherie-charcuterie traditionnelle à reprendre {at}",
                "Traditional butcher's shop to take over {at}",
                "Traditionele slagerij over te nemen {at}",
            ),
            summary=T(
                "Boucherie-charcuterie de centre-ville avec laboratoire aux normes, salaisons "
                "maison et service traiteur. Clientèle fidèle et fournisseurs parmi les élevages "
                "locaux.",
                "A town-centre butcher's with an up-to-standard workshop, home-made cured meats "
                "and a catering service. Loyal customers and suppliers among local livestock "
                "farms.",
                "Slagerij in het centrum met een werkplaats die aan alle normen voldoet, eigen "
                "gezouten en gedroogde vleeswaren en een cateringservice. Trouwe klanten en "
                "leveranciers uit lokale veehouderijen.",
            ),
            paragraphs=[
                T(
                    "Le boucher, installé depuis trente ans, prend sa retraite. Le magasin de 60 "
                    "m² est équipé d'une vitrine réfrigérée récente, d'une chambre froide et d'un "
                    "laboratoire de 50 m² où sont préparés jambons, saucissons et plats cuisinés.",
                    "The butcher, established for thirty years, is retiring. The 60 m² shop has a "
                    "recent refrigerated counter, a cold room and a 50 m² workshop where hams, "
                    "sausages and ready meals are prepared.",
                    "De slager, al dertig jaar gevestigd, gaat met pensioen. De winkel van 60 m² "
                    "heeft een recente koeltoonbank, een koelcel en een werkplaats van 50 m² waar "
                    "hammen, worsten en bereide gerechten worden gemaakt.",
                ),
                T(
                    "La viande provient d'éleveurs du Livradois et du Forez, en races Salers et "
                    "Aubrac. Le service traiteur (repas de famille, associations) représente un "
                    "quart du chiffre d'affaires et peut encore se développer.",
                    "Meat comes from Livradois and Forez farmers raising Salers and Aubrac "
                    "cattle. Catering (family meals, local clubs) brings in a quarter of the "
                    "turnover and has room to grow.",
                    "Het vlees komt van veehouders uit de Livradois en de Forez, met Salers- en "
                    "Aubracrunderen. De catering (familiefeesten, verenigingen) is goed voor een "
                    "kwart van de omzet en kan nog groeien.",
                ),
            ],
            included=T(
                "Fonds de commerce, matériel de boucherie et de laboratoire, véhicule "
                "frigorifique, droit au bail.",
                "Goodwill, butchery and workshop equipment, refrigerated van, lease rights.",
                "Handelszaak, slagerij- en werkplaatsuitrusting, koelwagen, huurrecht.",
            ),
            caption=T(
                "Une boutique en centre-ville",
                "A shop in the town centre",
                "Een winkel in het centrum",
            ),
            motifs=["shop"],
            price=90_000,
            surface=110,
            turnover=TurnoverBracket.FROM_300K_TO_1M,
            staff=1,
            reason=TransferReason.RETIREMENT,
            tags=["boucherie", "circuits courts", "centre-ville", "départ en retraite"],
        ),
        business(
            "cma-puy-de-dome",
            "Billom",
            sector=Sector.CRAFTS,
            activity=T("Salon de coiffure mixte", "Hair salon", "Kapsalon voor dames en heren"),
            title=T(
                "Salon de coiffure mixte à céder {at}",
                "Hair salon for sale {at}",
                "Kapsalon te koop {at}",
            ),
            summary=T(
                "Salon lumineux de quatre postes de coiffage et deux bacs, refait à neuf en 2021, "
                "dans une rue passante du centre médiéval. Idéal pour une première installation.",
                "A bright salon with four styling stations and two wash basins, refurbished in "
                "2021, on a busy street of the medieval town centre. Ideal for a first business.",
                "Lichte salon met vier kapstoelen en twee wasbakken, in 2021 volledig vernieuwd, "
                "in een drukke straat van de middeleeuwse binnenstad. Ideaal als eerste zaak.",
            ),
            paragraphs=[
                T(
                    "La gérante quitte la région pour suivre son conjoint et cède son salon, "
                    "ouvert depuis huit ans. Le fichier compte plus de 900 clients actifs, avec "
                    "une forte part d'hommes et d'enfants.",
                    "The owner is leaving the area to follow her partner and is selling her "
                    "salon, open for eight years. Its customer file lists over 900 active "
                    "clients, with many men and children.",
                    "De zaakvoerster verlaat de streek om haar partner te volgen en verkoopt haar "
                    "salon, dat al acht jaar open is. Het klantenbestand telt meer dan 900 "
                    "actieve klanten, met veel mannen en kinderen.",
                ),
                T(
                    "Le loyer est modéré et le bail commercial récent. Le local, accessible aux "
                    "personnes à mobilité réduite, dispose d'un espace de vente de produits "
                    "capillaires.",
                    "The rent is moderate and the commercial lease recent. The premises are "
                    "accessible to people with reduced mobility and include a corner for selling "
                    "hair products.",
                    "De huur is gematigd en het handelshuurcontract recent. Het pand is "
                    "toegankelijk voor mensen met beperkte mobiliteit en heeft een verkoophoek "
                    "voor haarproducten.",
                ),
            ],
            included=T(
                "Fonds de commerce, mobilier et matériel de coiffure, fichier clients, droit au "
                "bail.",
                "Goodwill, salon furniture and equipment, customer file, lease rights.",
                "Handelszaak, meubilair en kappersmateriaal, klantenbestand, huurrecht.",
            ),
            caption=T(
                "Le salon au rez-de-chaussée d'une maison de ville",
                "The salon on the ground floor of a town house",
                "De salon op de benedenverdieping van een herenhuis",
            ),
            motifs=["shop", "village"],
            price=48_000,
            surface=55,
            turnover=TurnoverBracket.UNDER_100K,
            staff=1,
            reason=TransferReason.RELOCATION,
            availability=Availability.UNDER_OFFER,
            tags=["coiffure", "première installation", "centre-ville"],
        ),
        business(
            "cma-puy-de-dome",
            "Puy-Guillaume",
            sector=Sector.CRAFTS,
            activity=T(
                "Garage automobile, mécanique et carrosserie",
                "Car repair and body shop",
                "Autogarage, mechaniek en carrosserie",
            ),
            title=T(
                "Garage automobile avec carrosserie à reprendre dans la vallée de la Dore",
                "Car repair and body shop to take over in the Dore valley",
                "Autogarage met carrosserie over te nemen in het Dore-dal",
            ),
            summary=T(
                "Garage indépendant réputé, agent d'une marque généraliste, avec atelier "
                "mécanique, cabine de peinture et station de lavage. Trois salariés qualifiés. "
                "Localisation communiquée après un premier entretien.",
                "A well-regarded independent garage, agent for a mainstream brand, with a "
                "mechanical workshop, a paint booth and a car wash. Three qualified employees. "
                "Location given after a first interview.",
                "Gerenommeerde onafhankelijke garage, agent van een algemeen automerk, met "
                "mechanische werkplaats, spuitcabine en wasstraat. Drie gekwalificeerde "
                "medewerkers. Locatie na een eerste gesprek.",
            ),
            paragraphs=[
                T(
                    "Le dirigeant souhaite transmettre l'entreprise qu'il a développée pendant "
                    "vingt-cinq ans. Le bâtiment de 600 m² sur un terrain de 2 500 m² peut être "
                    "racheté ou loué.",
                    "The owner wishes to hand on the business he has built up over twenty-five "
                    "years. The 600 m² building on a 2,500 m² plot can be bought or rented.",
                    "De eigenaar wil het bedrijf overdragen dat hij in vijfentwintig jaar heeft "
                    "uitgebouwd. Het gebouw van 600 m² op een perceel van 2.500 m² kan worden "
                    "gekocht of gehuurd.",
                ),
                T(
                    "La clientèle mêle particuliers, artisans et exploitations agricoles des "
                    "environs. La vente de véhicules d'occasion peut être développée.",
                    "Customers include private motorists, tradespeople and farms in the area. The "
                    "used-car sales side could be expanded.",
                    "De klanten zijn particulieren, ambachtslieden en landbouwbedrijven uit de "
                    "omgeving. De verkoop van tweedehandswagens kan verder worden uitgebouwd.",
                ),
            ],
            included=T(
                "Fonds de commerce, outillage et ponts élévateurs, cabine de peinture, stock de "
                "pièces, contrat d'agent.",
                "Goodwill, tools and vehicle lifts, paint booth, parts stock, agency contract.",
                "Handelszaak, gereedschap en hefbruggen, spuitcabine, onderdelenvoorraad, "
                "agentschapscontract.",
            ),
            caption=T(
                "Un atelier spacieux en bord de route",
                "A spacious workshop by the main road",
                "Een ruime werkplaats aan de doorgaande weg",
            ),
            motifs=["workshop", "landscape"],
            price=220_000,
            surface=600,
            turnover=TurnoverBracket.FROM_300K_TO_1M,
            staff=3,
            reason=TransferReason.RETIREMENT,
            confidential=True,
            tags=["garage", "mécanique", "salariés", "transmission"],
        ),
        business(
            "cma-puy-de-dome",
            "Cunlhat",
            sector=Sector.CRAFTS,
            activity=T(
                "Menuiserie bois et agencement",
                "Joinery and interior fittings",
                "Schrijnwerkerij en interieurbouw",
            ),
            title=T(
                "Menuiserie-agencement à reprendre {at}",
                "Joinery and fit-out business to take over {at}",
                "Schrijnwerkerij en interieurbouw over te nemen {at}",
            ),
            summary=T(
                "Entreprise de menuiserie bois (fenêtres, escaliers, agencement) avec atelier "
                "équipé de 400 m² et carnet de commandes rempli pour six mois.",
                "A wood joinery business (windows, staircases, fitted interiors) with a fully "
                "equipped 400 m² workshop and an order book full for six months.",
                "Houtschrijnwerkerij (ramen, trappen, interieurinrichting) met een volledig "
                "uitgeruste werkplaats van 400 m² en een orderboek dat voor zes maanden vol is.",
            ),
            paragraphs=[
                T(
                    "Le dirigeant, bientôt retraité, emploie quatre compagnons formés à la "
                    "maison. L'entreprise travaille le bois local, notamment le sapin et le "
                    "douglas du Livradois, dans un rayon de 40 km.",
                    "The owner, soon to retire, employs four craftsmen trained in-house. The firm "
                    "works local timber, notably Livradois fir and Douglas fir, within a radius "
                    "of 40 km.",
                    "De eigenaar, die binnenkort met pensioen gaat, heeft vier zelf opgeleide "
                    "vakmensen in dienst. Het bedrijf werkt met lokaal hout, vooral spar en "
                    "douglas uit de Livradois, binnen een straal van 40 km.",
                ),
                T(
                    "Le parc machines (centre d'usinage, scie à format, dégauchisseuse-raboteuse) "
                    "est entretenu et en partie récent. Le bâtiment peut être vendu avec "
                    "l'entreprise.",
                    "The machinery (CNC machining centre, panel saw, planer-thicknesser) is well "
                    "kept and partly recent. The building can be sold with the business.",
                    "Het machinepark (CNC-bewerkingscentrum, formaatzaag, vlak- en vandiktebank) "
                    "is goed onderhouden en deels recent. Het gebouw kan samen met het bedrijf "
                    "worden verkocht.",
                ),
            ],
            included=T(
                "Fonds artisanal, machines et outillage, véhicules utilitaires, stock de bois "
                "sec.",
                "Goodwill, machinery and tools, vans, stock of seasoned timber.",
                "Handelszaak, machines en gereedschap, bestelwagens, voorraad gedroogd hout.",
            ),
            caption=T(
                "L'atelier, en sortie de bourg",
                "The workshop, on the edge of the village",
                "De werkplaats aan de rand van het dorp",
            ),
            motifs=["workshop", "village", "landscape"],
            price=160_000,
            surface=400,
            turnover=TurnoverBracket.FROM_300K_TO_1M,
            staff=4,
            reason=TransferReason.RETIREMENT,
            tags=["menuiserie", "bois local", "artisanat", "salariés"],
        ),
        business(
            "cci-thiers",
            "Thiers",
            sector=Sector.CRAFTS,
            activity=T("Coutellerie artisanale", "Craft cutlery", "Ambachtelijke messenmakerij"),
            title=T(
                "Atelier de coutellerie artisanale à reprendre {at}",
                "Craft cutlery workshop to take over {at}",
                "Ambachtelijke messenmakerij over te nemen {at}",
            ),
            summary=T(
                "Atelier de couteaux de poche et de table, avec marque déposée, boutique dans la "
                "ville haute et vente en ligne : un savoir-faire à transmettre au cœur de la "
                "capitale de la coutellerie.",
                "A workshop making pocket and table knives, with a registered brand, a shop in "
                "the old town and online sales: a craft to take on at the heart of the cutlery "
                "capital.",
                "Werkplaats voor zak- en tafelmessen, met gedeponeerd merk, een winkel in de "
                "bovenstad en onlineverkoop: een vakmanschap om over te nemen in het hart van de "
                "messenhoofdstad.",
            ),
            paragraphs=[
                T(
                    "Le coutelier cède l'atelier qu'il a créé il y a vingt ans et propose six "
                    "mois de transmission pour former le repreneur à chaque étape : forge, "
                    "émouture, montage et affûtage.",
                    "The cutler is selling the workshop he founded twenty years ago and offers a "
                    "six-month handover to train the buyer in every step: forging, grinding, "
                    "assembly and sharpening.",
                    "De messenmaker verkoopt de werkplaats die hij twintig jaar geleden oprichtte "
                    "en biedt zes maanden overdracht aan om de overnemer op te leiden in elke "
                    "stap: smeden, slijpen, monteren en aanzetten.",
                ),
                T(
                    "La boutique attire les visiteurs de la ville médiévale et la vente en ligne "
                    "représente un tiers du chiffre d'affaires, avec des clients en France et en "
                    "Europe du Nord.",
                    "The shop draws visitors to the medieval town, and online sales make up a "
                    "third of turnover, with customers in France and northern Europe.",
                    "De winkel trekt bezoekers van de middeleeuwse stad aan en de onlineverkoop "
                    "is goed voor een derde van de omzet, met klanten in Frankrijk en "
                    "Noord-Europa.",
                ),
            ],
            included=T(
                "Marque et site marchand, machines d'émouture et de polissage, forge, stock de "
                "lames et de manches, boutique.",
                "Brand and online shop, grinding and polishing machines, forge, stock of blades "
                "and handles, shop.",
                "Merk en webwinkel, slijp- en polijstmachines, smidse, voorraad lemmeten en "
                "heften, winkel.",
            ),
            caption=T(
                "L'atelier de fabrication",
                "The knife-making workshop",
                "De werkplaats waar de messen worden gemaakt",
            ),
            motifs=["workshop", "shop", "village"],
            price=180_000,
            surface=160,
            turnover=TurnoverBracket.FROM_100K_TO_300K,
            staff=2,
            reason=TransferReason.RETIREMENT,
            tags=["coutellerie", "savoir-faire", "vente en ligne", "ville médiévale"],
        ),
        business(
            "cci-thiers",
            "Saint-Rémy-sur-Durolle",
            sector=Sector.INDUSTRY,
            activity=T(
                "Décolletage et mécanique de précision",
                "Bar turning and precision engineering",
                "Draaiwerk en precisiemechanica",
            ),
            title=T(
                "PME de décolletage et de mécanique de précision à transmettre dans le bassin "
                "thiernois",
                "Bar turning and precision engineering company for sale near Thiers",
                "Bedrijf in draaiwerk en precisiemechanica over te nemen in de regio Thiers",
            ),
            summary=T(
                "Sous-traitant reconnu de la coutellerie, de l'automobile et du médical : 14 "
                "salariés, tours à commande numérique récents. Cession des parts sociales, avec "
                "l'accompagnement du dirigeant.",
                "A recognised subcontractor to the cutlery, automotive and medical industries: 14 "
                "employees and recent CNC lathes. Sale of shares, with the owner's support.",
                "Erkende toeleverancier van de messen-, auto- en medische industrie: 14 "
                "medewerkers en recente CNC-draaibanken. Verkoop van de aandelen, met begeleiding "
                "door de eigenaar.",
            ),
            paragraphs=[
                T(
                    "Fondée il y a quarante ans, l'entreprise produit des pièces tournées en "
                    "petites et moyennes séries pour une cinquantaine de clients fidèles. Aucun "
                    "client ne pèse plus de 15 % du chiffre d'affaires.",
                    "Founded forty years ago, the company turns small and medium batches of parts "
                    "for some fifty loyal customers. No single customer accounts for more than "
                    "15% of turnover.",
                    "Het bedrijf werd veertig jaar geleden opgericht en produceert kleine en "
                    "middelgrote series draaiwerk voor een vijftigtal vaste klanten. Geen enkele "
                    "klant vertegenwoordigt meer dan 15% van de omzet.",
                ),
                T(
                    "L'équipe est stable et qualifiée, avec un responsable d'atelier prêt à "
                    "épauler le repreneur. Le bâtiment de 1 800 m² appartient à une société "
                    "civile immobilière qui propose un bail de longue durée.",
                    "The team is stable and skilled, with a workshop manager ready to back the "
                    "new owner. The 1,800 m² building belongs to a property company offering a "
                    "long lease.",
                    "Het team is stabiel en vakkundig, met een werkplaatsleider die de overnemer "
                    "wil bijstaan. Het gebouw van 1.800 m² is eigendom van een "
                    "vastgoedvennootschap die een langlopend huurcontract aanbiedt.",
                ),
            ],
            included=T(
                "100 % des parts sociales, parc machines, outillages, certifications qualité, "
                "portefeuille clients.",
                "100% of the shares, machinery, tooling, quality certifications, customer "
                "portfolio.",
                "100% van de aandelen, machinepark, gereedschappen, kwaliteitscertificaten, "
                "klantenportefeuille.",
            ),
            caption=T(
                "Un bâtiment industriel fonctionnel",
                "A practical industrial building",
                "Een functioneel bedrijfsgebouw",
            ),
            motifs=["warehouse", "workshop"],
            price=390_000,
            surface=1800,
            turnover=TurnoverBracket.OVER_1M,
            staff=14,
            reason=TransferReason.RETIREMENT,
            kind=TransferKind.SHARES,
            confidential=True,
            tags=["industrie", "sous-traitance", "mécanique", "salariés"],
        ),
        business(
            "cci-thiers",
            "Châteldon",
            sector=Sector.TOURISM,
            activity=T(
                "Café-restaurant multiservice",
                "Café-restaurant and village shop",
                "Café-restaurant met dorpswinkel",
            ),
            title=T(
                "Café-restaurant multiservice en location-gérance {at}",
                "Café-restaurant and village shop under lease management {at}",
                "Café-restaurant met dorpswinkel in gerantschap {at}",
            ),
            summary=T(
                "La commune confie en location-gérance son café-restaurant, avec épicerie "
                "d'appoint, dépôt de pain et point poste, dans un bourg touristique réputé pour "
                "son eau minérale.",
                "The commune is offering its café-restaurant under lease management, with a small "
                "grocery, a bread depot and a post office counter, in a tourist village famous "
                "for its mineral water.",
                "De gemeente geeft haar café-restaurant in gerantschap, met kleine "
                "kruidenierszaak, broodafhaalpunt en postpunt, in een toeristisch dorp dat "
                "bekendstaat om zijn mineraalwater.",
            ),
            paragraphs=[
                T(
                    "Le commerce, entièrement équipé, compte une salle de 40 couverts et une "
                    "terrasse ombragée sur la place. Un logement de trois pièces à l'étage est "
                    "loué avec le commerce.",
                    "The fully equipped business has a 40-seat dining room and a shaded terrace "
                    "on the square. A three-room flat upstairs is let with the business.",
                    "De volledig uitgeruste zaak heeft een eetzaal met 40 couverts en een "
                    "schaduwrijk terras op het plein. Een woning met drie kamers op de verdieping "
                    "wordt samen met de zaak verhuurd.",
                ),
                T(
                    "La commune recherche un couple ou des associés motivés pour faire vivre ce "
                    "lieu de rencontre, ouvert toute l'année. Une redevance réduite est prévue la "
                    "première année.",
                    "The commune is looking for a motivated couple or partners to bring this "
                    "meeting place to life, open all year round. A reduced fee is planned for the "
                    "first year.",
                    "De gemeente zoekt een gemotiveerd koppel of vennoten om deze "
                    "ontmoetingsplek, die het hele jaar open is, nieuw leven in te blazen. Het "
                    "eerste jaar geldt een verlaagde vergoeding.",
                ),
            ],
            included=T(
                "Licence IV, matériel de cuisine et de bar, mobilier, logement de fonction.",
                "Full drinks licence, kitchen and bar equipment, furniture, staff flat.",
                "Volledige drankvergunning, keuken- en baruitrusting, meubilair, dienstwoning.",
            ),
            caption=T(
                "Le commerce donne sur la place du village",
                "The business looks onto the village square",
                "De zaak kijkt uit op het dorpsplein",
            ),
            motifs=["shop", "village"],
            price=9_600,
            price_kind=PriceKind.LEASE,
            surface=140,
            turnover=TurnoverBracket.FROM_100K_TO_300K,
            staff=0,
            reason=TransferReason.OTHER,
            kind=TransferKind.LEASE_MANAGEMENT,
            accompaniment=False,
            tags=["multiservice", "restauration", "location-gérance", "logement inclus"],
        ),
        business(
            "cci-thiers",
            "Vertaizon",
            sector=Sector.COMMERCE,
            activity=T("Fleuriste", "Florist", "Bloemenwinkel"),
            title=T(
                "Boutique de fleuriste à reprendre {at}",
                "Florist's shop to take over {at}",
                "Bloemenwinkel over te nemen {at}",
            ),
            summary=T(
                "Fleuriste installée sur l'axe principal, avec parking, livraisons et "
                "partenariats avec les pompes funèbres et les salles de réception des environs.",
                "A florist's on the main road with parking, a delivery round and partnerships "
                "with local funeral directors and wedding venues.",
                "Bloemenwinkel aan de hoofdweg, met parking, leveringen en samenwerkingen met "
                "begrafenisondernemers en feestzalen uit de omgeving.",
            ),
            paragraphs=[
                T(
                    "La boutique de 70 m² dispose d'une chambre froide et d'un atelier de "
                    "composition. La commune, en pleine croissance, accueille de nombreuses "
                    "jeunes familles.",
                    "The 70 m² shop has a cold room and a flower-arranging workroom. The commune "
                    "is growing fast and attracts many young families.",
                    "De winkel van 70 m² heeft een koelcel en een werkruimte voor bloemschikken. "
                    "De gemeente groeit snel en trekt veel jonge gezinnen aan.",
                ),
                T(
                    "La cédante accompagne le repreneur pendant la fête des mères et la "
                    "Toussaint, les deux temps forts de l'année.",
                    "The seller will support the buyer through Mother's Day and All Saints' Day, "
                    "the two busiest times of the year.",
                    "De verkoopster begeleidt de overnemer tijdens Moederdag en Allerheiligen, de "
                    "twee drukste periodes van het jaar.",
                ),
            ],
            included=T(
                "Fonds de commerce, chambre froide, mobilier, véhicule de livraison, fichier "
                "clients.",
                "Goodwill, cold room, furniture, delivery van, customer file.",
                "Handelszaak, koelcel, meubilair, bestelwagen, klantenbestand.",
            ),
            caption=T(
                "Une vitrine sur l'axe principal",
                "A shop window on the main road",
                "Een etalage aan de hoofdweg",
            ),
            motifs=["shop"],
            price=55_000,
            surface=70,
            turnover=TurnoverBracket.FROM_100K_TO_300K,
            staff=1,
            reason=TransferReason.NEW_PROJECT,
            availability=Availability.TAKEN,
            tags=["fleuriste", "commerce", "parking"],
        ),
        business(
            "cci-thiers",
            "Celles-sur-Durolle",
            sector=Sector.SERVICES,
            activity=T(
                "Taxi conventionné",
                "Licensed taxi approved for patient transport",
                "Erkende taxi voor ziekenvervoer",
            ),
            title=T(
                "Entreprise de taxi conventionné à reprendre {at}",
                "Licensed taxi business to take over {at}",
                "Taxibedrijf met erkenning voor ziekenvervoer over te nemen {at}",
            ),
            summary=T(
                "Autorisation de stationnement et véhicule récent, avec convention de l'Assurance "
                "maladie pour conduire les patients vers les hôpitaux de Thiers et de "
                "Clermont-Ferrand.",
                "A taxi licence and a recent vehicle, with a health insurance agreement to take "
                "patients to hospitals in Thiers and Clermont-Ferrand.",
                "Taxivergunning en een recent voertuig, met een overeenkomst met de "
                "ziekteverzekering voor het vervoer van patiënten naar de ziekenhuizen van Thiers "
                "en Clermont-Ferrand.",
            ),
            paragraphs=[
                T(
                    "Le transport de patients assure une activité régulière toute l'année, "
                    "complétée par les trajets vers les gares et l'aéroport. Le titulaire aide le "
                    "repreneur dans ses démarches auprès de la mairie et de l'Assurance maladie.",
                    "Patient transport keeps the business busy all year round, topped up by runs "
                    "to railway stations and the airport. The current holder will help the buyer "
                    "with the formalities at the town hall and the health insurance fund.",
                    "Het patiëntenvervoer zorgt het hele jaar voor regelmatig werk, aangevuld met "
                    "ritten naar stations en de luchthaven. De huidige houder helpt de overnemer "
                    "met de formaliteiten bij het gemeentehuis en de ziekteverzekering.",
                ),
                T(
                    "Le certificat de capacité professionnelle de conducteur de taxi est requis. "
                    "La CCI vous renseigne sur la formation et l'examen.",
                    "A taxi driver's professional certificate is required. The chamber of "
                    "commerce can tell you about the training and the exam.",
                    "Een bekwaamheidsattest als taxichauffeur is vereist. De kamer van koophandel "
                    "informeert u over de opleiding en het examen.",
                ),
            ],
            included=T(
                "Autorisation de stationnement, véhicule de moins de deux ans, taximètre, "
                "clientèle.",
                "Taxi licence, vehicle under two years old, taximeter, customers.",
                "Taxivergunning, voertuig van minder dan twee jaar oud, taximeter, "
                "klantenbestand.",
            ),
            caption=T(
                "Un bourg de la montagne thiernoise",
                "A village in the hills above Thiers",
                "Een dorp in de heuvels boven Thiers",
            ),
            motifs=["village", "landscape"],
            price=95_000,
            surface=None,
            turnover=TurnoverBracket.FROM_100K_TO_300K,
            staff=0,
            reason=TransferReason.HEALTH,
            tags=["taxi", "transport de patients", "services"],
        ),
        business(
            "cci-ambert",
            "Saint-Anthème",
            sector=Sector.COMMERCE,
            activity=T("Épicerie multiservice", "Grocery and village shop", "Dorpswinkel"),
            title=T(
                "Épicerie multiservice à reprendre {at}",
                "Grocery and village shop to take over {at}",
                "Dorpswinkel met kruidenierswaren over te nemen {at}",
            ),
            summary=T(
                "Dernier commerce alimentaire du bourg, au pied des Hautes-Chaumes : épicerie, "
                "produits locaux, gaz, relais colis. Une activité qui double en saison "
                "touristique.",
                "The village's last food shop, below the high moorland of the Forez: groceries, "
                "local produce, gas bottles and a parcel point. Trade doubles in the tourist "
                "season.",
                "De laatste levensmiddelenwinkel van het dorp, aan de voet van de Hautes-Chaumes: "
                "kruidenierswaren, streekproducten, gasflessen en een pakjespunt. In het "
                "toeristenseizoen verdubbelt de omzet.",
            ),
            paragraphs=[
                T(
                    "Le magasin de 120 m² appartient à la commune, qui le loue à prix modéré et "
                    "soutient sa reprise. Le domaine de ski nordique et le plan d'eau attirent de "
                    "nombreux visiteurs, l'hiver comme l'été.",
                    "The 120 m² shop belongs to the commune, which lets it at a moderate rent and "
                    "backs its takeover. The cross-country ski area and the lake draw many "
                    "visitors in winter and summer alike.",
                    "De winkel van 120 m² is eigendom van de gemeente, die hem tegen een "
                    "gematigde huur verhuurt en de overname steunt. Het langlaufgebied en het "
                    "meer trekken zowel in de winter als in de zomer veel bezoekers.",
                ),
                T(
                    "Les cédants partent à la retraite après quinze ans. Un dépôt de pain et une "
                    "tournée de livraison auprès des personnes âgées complètent l'activité.",
                    "The owners are retiring after fifteen years. A bread depot and a delivery "
                    "round to elderly residents round off the business.",
                    "De eigenaars gaan na vijftien jaar met pensioen. Een broodafhaalpunt en een "
                    "leverronde bij oudere inwoners vullen de activiteit aan.",
                ),
            ],
            included=T(
                "Fonds de commerce, mobilier réfrigéré, caisse, véhicule de tournée.",
                "Goodwill, refrigerated displays, till, delivery van.",
                "Handelszaak, koelmeubelen, kassa, bestelwagen.",
            ),
            caption=T(
                "Le commerce au cœur du bourg",
                "The shop in the heart of the village",
                "De winkel in het hart van het dorp",
            ),
            motifs=["shop", "landscape"],
            price=40_000,
            surface=120,
            turnover=TurnoverBracket.FROM_100K_TO_300K,
            staff=0,
            reason=TransferReason.RETIREMENT,
            tags=["épicerie", "multiservice", "tourisme", "dernier commerce"],
        ),
        business(
            "cci-ambert",
            "Olliergues",
            sector=Sector.TOURISM,
            activity=T("Hôtel-restaurant", "Hotel and restaurant", "Hotel-restaurant"),
            title=T(
                "Hôtel-restaurant de 12 chambres à céder en vallée de la Dore",
                "12-room hotel and restaurant for sale in the Dore valley",
                "Hotel-restaurant met 12 kamers te koop in het Dore-dal",
            ),
            summary=T(
                "Établissement familial au bord de la rivière : 12 chambres rénovées, restaurant "
                "de 60 couverts et terrasse. Clientèle de randonneurs, de pêcheurs et "
                "d'entreprises. Adresse communiquée après un premier entretien.",
                "A family-run establishment by the river, with 12 renovated rooms, a 60-seat "
                "restaurant and a terrace. Guests are hikers, anglers and business travellers. "
                "Address given after a first interview.",
                "Familiebedrijf aan de rivier, met 12 gerenoveerde kamers, een restaurant met 60 "
                "couverts en een terras. Gasten zijn wandelaars, vissers en zakenreizigers. Adres "
                "na een eerste gesprek.",
            ),
            paragraphs=[
                T(
                    "Les propriétaires cèdent le fonds et les murs après dix-huit ans "
                    "d'exploitation. Les chambres respectent les normes d'accessibilité et de "
                    "sécurité, et la cuisine a été rénovée en 2022.",
                    "The owners are selling the business and the building after eighteen years. "
                    "The rooms meet accessibility and safety standards, and the kitchen was "
                    "renovated in 2022.",
                    "De eigenaars verkopen de zaak en het gebouw na achttien jaar uitbating. De "
                    "kamers voldoen aan de toegankelijkheids- en veiligheidsnormen en de keuken "
                    "werd in 2022 gerenoveerd.",
                ),
                T(
                    "L'établissement ouvre dix mois par an. Il accueille les marcheurs des "
                    "sentiers de grande randonnée et les entreprises de la vallée, et pourrait "
                    "développer les séminaires.",
                    "The hotel opens ten months a year. It welcomes walkers on the long-distance "
                    "trails and companies from the valley, and could develop business seminars.",
                    "Het hotel is tien maanden per jaar open. Het ontvangt wandelaars van de "
                    "langeafstandspaden en bedrijven uit de vallei, en kan seminaries verder "
                    "ontwikkelen.",
                ),
            ],
            included=T(
                "Fonds de commerce et murs, mobilier et équipement de cuisine, licence de "
                "restaurant, appartement des exploitants.",
                "Business and building, furniture and kitchen equipment, restaurant licence, "
                "owners' flat.",
                "Zaak en gebouw, meubilair en keukenuitrusting, restaurantvergunning, woning voor "
                "de uitbaters.",
            ),
            caption=T(
                "Un hôtel familial en bord de rivière",
                "A family hotel by the river",
                "Een familiehotel aan de rivier",
            ),
            motifs=["hotel", "landscape"],
            price=320_000,
            surface=650,
            turnover=TurnoverBracket.FROM_300K_TO_1M,
            staff=5,
            reason=TransferReason.RETIREMENT,
            kind=TransferKind.ASSETS,
            confidential=True,
            tags=["hôtellerie", "restauration", "tourisme", "murs et fonds"],
        ),
        business(
            "cci-ambert",
            "Arlanc",
            sector=Sector.TOURISM,
            activity=T("Camping", "Campsite", "Camping"),
            title=T(
                "Camping trois étoiles à reprendre {at}",
                "Three-star campsite to take over {at}",
                "Driesterrencamping over te nemen {at}",
            ),
            summary=T(
                "Camping de 80 emplacements et 12 chalets avec piscine chauffée, au bord de la "
                "Dolore. Ouvert d'avril à octobre, il accueille une clientèle familiale fidèle, "
                "en partie néerlandaise et belge.",
                "An 80-pitch campsite with 12 chalets and a heated pool beside the Dolore river. "
                "Open from April to October, it has loyal family guests, many from the "
                "Netherlands and Belgium.",
                "Camping met 80 staanplaatsen, 12 chalets en een verwarmd zwembad, aan de oever "
                "van de Dolore. Open van april tot oktober, met trouwe gezinnen als gasten, voor "
                "een deel uit Nederland en België.",
            ),
            paragraphs=[
                T(
                    "Les exploitants cèdent l'entreprise pour se consacrer à un nouveau projet. "
                    "Les chalets ont moins de dix ans et le bloc sanitaire a été refait en 2023.",
                    "The owners are selling to devote themselves to a new project. The chalets "
                    "are less than ten years old and the shower block was rebuilt in 2023.",
                    "De uitbaters verkopen om zich aan een nieuw project te wijden. De chalets "
                    "zijn minder dan tien jaar oud en het sanitair blok werd in 2023 vernieuwd.",
                ),
                T(
                    "Une maison d'habitation de 110 m² est comprise dans la vente. Le taux de "
                    "remplissage dépasse 85 % en juillet et août.",
                    "A 110 m² house is included in the sale. Occupancy is over 85% in July and "
                    "August.",
                    "Een woonhuis van 110 m² is bij de verkoop inbegrepen. De bezettingsgraad "
                    "ligt boven 85% in juli en augustus.",
                ),
            ],
            included=T(
                "Fonds de commerce, terrain de 3 hectares, chalets, piscine, maison d'habitation.",
                "Goodwill, 3-hectare grounds, chalets, pool, house.",
                "Handelszaak, terrein van 3 hectare, chalets, zwembad, woonhuis.",
            ),
            caption=T(
                "Le camping au bord de la rivière",
                "The campsite by the river",
                "De camping aan de rivier",
            ),
            motifs=["campsite", "landscape"],
            price=290_000,
            surface=None,
            turnover=TurnoverBracket.FROM_100K_TO_300K,
            staff=2,
            reason=TransferReason.NEW_PROJECT,
            tags=["camping", "tourisme", "saisonnier", "logement inclus"],
        ),
        business(
            "cci-ambert",
            "Ambert",
            sector=Sector.COMMERCE,
            activity=T(
                "Librairie-presse", "Bookshop and newsagent", "Boekhandel en krantenwinkel"
            ),
            title=T(
                "Librairie-maison de la presse à reprendre {at}",
                "Bookshop and newsagent to take over {at}",
                "Boekhandel met krantenwinkel over te nemen {at}",
            ),
            summary=T(
                "Librairie généraliste et maison de la presse sur la place principale, avec rayon "
                "jeunesse, papeterie et billetterie des spectacles.",
                "A general bookshop and newsagent on the main square, with a children's section, "
                "stationery and a ticket desk for local shows.",
                "Algemene boekhandel en krantenwinkel aan het centrale plein, met een "
                "kinderafdeling, kantoorbenodigdheden en een ticketverkoop voor voorstellingen.",
            ),
            paragraphs=[
                T(
                    "Seule librairie du bassin, le commerce travaille avec les écoles, la "
                    "médiathèque et les associations pour les commandes et les rencontres "
                    "d'auteurs.",
                    "As the only bookshop in the area, it works with schools, the media library "
                    "and local clubs on orders and author events.",
                    "Als enige boekhandel in de streek werkt de zaak samen met scholen, de "
                    "mediatheek en verenigingen voor bestellingen en auteursontmoetingen.",
                ),
                T(
                    "La gérante souhaite changer de région. Elle propose d'accompagner le "
                    "repreneur pendant deux mois, dont la période de la rentrée scolaire.",
                    "The owner wishes to move to another region. She offers to support the buyer "
                    "for two months, including the back-to-school period.",
                    "De zaakvoerster wil naar een andere streek verhuizen. Ze begeleidt de "
                    "overnemer twee maanden, inclusief de periode van de start van het "
                    "schooljaar.",
                ),
            ],
            included=T(
                "Fonds de commerce, stock de livres, mobilier, logiciel de gestion, droit au "
                "bail.",
                "Goodwill, book stock, fittings, management software, lease rights.",
                "Handelszaak, boekenvoorraad, meubilair, beheersoftware, huurrecht.",
            ),
            caption=T(
                "La librairie sur la place principale",
                "The bookshop on the main square",
                "De boekhandel aan het centrale plein",
            ),
            motifs=["shop", "village"],
            price=65_000,
            surface=130,
            turnover=TurnoverBracket.FROM_100K_TO_300K,
            staff=1,
            reason=TransferReason.RELOCATION,
            availability=Availability.UNDER_OFFER,
            tags=["librairie", "presse", "culture", "centre-ville"],
        ),
        business(
            "cci-ambert",
            "Vertolaye",
            sector=Sector.INDUSTRY,
            activity=T("Scierie", "Sawmill", "Zagerij"),
            title=T(
                "Scierie et négoce de bois à transmettre {at}",
                "Sawmill and timber trade for sale {at}",
                "Zagerij en houthandel over te nemen {at}",
            ),
            summary=T(
                "Scierie de résineux de la vallée de la Dore : 8 salariés, séchoir et raboteuse, "
                "clientèle de charpentiers et de négociants. Cession des parts sociales.",
                "A softwood sawmill in the Dore valley with 8 employees, a drying kiln and a "
                "planer, selling to carpenters and timber merchants. Sale of shares.",
                "Zagerij voor naaldhout in het Dore-dal: 8 medewerkers, droogoven en "
                "schaafmachine, met timmerlieden en houthandelaars als klanten. Verkoop van de "
                "aandelen.",
            ),
            paragraphs=[
                T(
                    "L'entreprise scie chaque année environ 12 000 m³ de sapin et de douglas "
                    "issus des forêts du Livradois. Le site de 4 hectares comprend les bâtiments, "
                    "le parc à grumes et un logement.",
                    "The company saws some 12,000 m³ of fir and Douglas fir from Livradois "
                    "forests each year. The 4-hectare site includes the buildings, the log yard "
                    "and a house.",
                    "Het bedrijf zaagt jaarlijks ongeveer 12.000 m³ spar en douglas uit de bossen "
                    "van de Livradois. Het terrein van 4 hectare omvat de gebouwen, de "
                    "stammenopslag en een woning.",
                ),
                T(
                    "Les deux associés partent à la retraite et souhaitent une reprise "
                    "progressive sur un an. La filière bois du Parc soutient le projet.",
                    "The two partners are retiring and would like a gradual takeover over one "
                    "year. The park's timber network supports the project.",
                    "De twee vennoten gaan met pensioen en wensen een geleidelijke overname over "
                    "een jaar. De houtsector van het park steunt het project.",
                ),
            ],
            included=T(
                "Parts sociales, ligne de sciage, séchoir, raboteuse, engins de manutention, "
                "stock.",
                "Shares, sawing line, drying kiln, planer, handling machinery, stock.",
                "Aandelen, zaaglijn, droogoven, schaafmachine, laadmaterieel, voorraad.",
            ),
            caption=T(
                "Le parc à grumes et le hangar de sciage",
                "The log yard and the sawing shed",
                "De stammenopslag en de zaagloods",
            ),
            motifs=["sawmill", "landscape"],
            price=350_000,
            surface=None,
            turnover=TurnoverBracket.OVER_1M,
            staff=8,
            reason=TransferReason.RETIREMENT,
            kind=TransferKind.SHARES,
            tags=["bois", "filière forêt-bois", "industrie", "salariés"],
        ),
        business(
            "cci-ambert",
            "Saint-Germain-l'Herm",
            sector=Sector.TOURISM,
            activity=T("Gîtes ruraux", "Holiday cottages", "Vakantiewoningen"),
            title=T(
                "Domaine de trois gîtes à vendre {at}",
                "Estate with three holiday cottages for sale {at}",
                "Domein met drie vakantiewoningen te koop {at}",
            ),
            summary=T(
                "Ancienne ferme restaurée en trois gîtes, avec maison des propriétaires, piscine "
                "et 2 hectares de prés, sur le plateau entre Livradois et Haut-Allier.",
                "A restored farmstead with three holiday cottages, an owners' house, a pool and 2 "
                "hectares of meadow, on the plateau between the Livradois and the upper Allier.",
                "Gerestaureerde boerderij met drie vakantiewoningen, een eigenaarswoning, zwembad "
                "en 2 hectare weiland, op het plateau tussen de Livradois en de Haut-Allier.",
            ),
            paragraphs=[
                T(
                    "Les gîtes, de 4 à 8 personnes, sont loués de mai à septembre et pendant les "
                    "vacances d'hiver. Le lieu se prête à l'accueil de groupes ou à une activité "
                    "complémentaire : chambres d'hôtes, stages, table paysanne.",
                    "The cottages sleep 4 to 8 and are let from May to September and during the "
                    "winter holidays. The place would suit group stays or an extra activity: bed "
                    "and breakfast, courses or farm meals.",
                    "De vakantiewoningen, voor 4 tot 8 personen, worden van mei tot september en "
                    "tijdens de wintervakantie verhuurd. Het domein leent zich voor "
                    "groepsverblijven of een bijkomende activiteit: gastenkamers, cursussen of "
                    "boerenmaaltijden.",
                ),
                T(
                    "Les propriétaires, venus des Pays-Bas il y a douze ans, rentrent près de "
                    "leur famille. Ils transmettront volontiers leurs contacts avec les "
                    "plateformes de réservation et l'office de tourisme.",
                    "The owners, who came from the Netherlands twelve years ago, are moving back "
                    "near their family. They will gladly pass on their contacts with booking "
                    "platforms and the tourist office.",
                    "De eigenaars, die twaalf jaar geleden uit Nederland kwamen, keren terug naar "
                    "hun familie. Ze geven graag hun contacten met boekingsplatforms en het "
                    "toeristenbureau door.",
                ),
            ],
            included=T(
                "Bâtiments et terrain, mobilier des gîtes, site internet, fichier clients.",
                "Buildings and land, cottage furniture, website, customer file.",
                "Gebouwen en grond, inrichting van de vakantiewoningen, website, klantenbestand.",
            ),
            caption=T(
                "Une ferme restaurée sur le plateau",
                "A restored farmhouse on the plateau",
                "Een gerestaureerde boerderij op het plateau",
            ),
            motifs=["farmhouse", "landscape"],
            price=395_000,
            surface=380,
            turnover=TurnoverBracket.UNDER_100K,
            staff=0,
            reason=TransferReason.RELOCATION,
            kind=TransferKind.ASSETS,
            tags=["gîtes", "tourisme", "hébergement", "maison incluse"],
        ),
        business(
            "chambre-agriculture-puy-de-dome",
            "Saint-Dier-d'Auvergne",
            sector=Sector.AGRICULTURE,
            activity=T(
                "Élevage caprin et fromagerie fermière",
                "Goat farm with on-farm cheese dairy",
                "Geitenhouderij met hoevekaasmakerij",
            ),
            title=T(
                "Élevage caprin avec fromagerie fermière à reprendre {at}",
                "Goat farm with cheese dairy to take over {at}",
                "Geitenhouderij met kaasmakerij over te nemen {at}",
            ),
            summary=T(
                "Troupeau de 70 chèvres, fromagerie aux normes et vente directe sur les marchés "
                "et à la ferme. 25 hectares de prairies et de bois autour des bâtiments.",
                "A herd of 70 goats, an up-to-standard cheese dairy and direct sales at markets "
                "and on the farm. 25 hectares of grassland and woods around the buildings.",
                "Kudde van 70 geiten, een kaasmakerij die aan de normen voldoet en rechtstreekse "
                "verkoop op markten en op de boerderij. 25 hectare grasland en bos rond de "
                "gebouwen.",
            ),
            paragraphs=[
                T(
                    "L'éleveuse prend sa retraite et souhaite transmettre à un porteur de projet "
                    "hors cadre familial. Les fromages lactiques sont vendus sur trois marchés "
                    "hebdomadaires et à deux épiceries de Billom et de Clermont-Ferrand.",
                    "The farmer is retiring and would like to hand over to a newcomer from "
                    "outside her family. The lactic cheeses are sold at three weekly markets and "
                    "to two grocers in Billom and Clermont-Ferrand.",
                    "De boerin gaat met pensioen en wil haar bedrijf overdragen aan iemand van "
                    "buiten de familie. De kazen worden verkocht op drie weekmarkten en aan twee "
                    "kruideniers in Billom en Clermont-Ferrand.",
                ),
                T(
                    "Une période de travail en binôme de six à douze mois est possible, dans le "
                    "cadre d'un stage de parrainage rémunéré. Le bâtiment d'élevage et la maison "
                    "peuvent être loués ou achetés.",
                    "A six- to twelve-month period working side by side is possible, as a paid "
                    "mentored placement. The livestock building and the house can be rented or "
                    "bought.",
                    "Een periode van zes tot twaalf maanden samenwerken is mogelijk, als betaalde "
                    "begeleide stage. De stal en het woonhuis kunnen gehuurd of gekocht worden.",
                ),
            ],
            included=T(
                "Troupeau, matériel de traite et de fromagerie, clientèle, baux ruraux.",
                "Herd, milking and cheese-making equipment, customers, farm tenancies.",
                "Kudde, melk- en kaasmaakmateriaal, klanten, pachtcontracten.",
            ),
            caption=T(
                "Les bâtiments d'élevage et les prés",
                "The farm buildings and meadows",
                "De stallen en de weiden",
            ),
            motifs=["farm", "field"],
            price=240_000,
            surface=None,
            turnover=TurnoverBracket.FROM_100K_TO_300K,
            staff=1,
            reason=TransferReason.RETIREMENT,
            tags=["agriculture", "chèvres", "fromage", "vente directe"],
        ),
        business(
            "chambre-agriculture-puy-de-dome",
            "Job",
            sector=Sector.AGRICULTURE,
            activity=T(
                "Élevage bovin laitier en AOP Fourme d'Ambert",
                "Dairy farm supplying Fourme d'Ambert PDO cheese",
                "Melkveebedrijf voor de Fourme d'Ambert (BOB)",
            ),
            title=T(
                "Exploitation laitière en AOP Fourme d'Ambert à reprendre {at}",
                "Dairy farm in the Fourme d'Ambert PDO area to take over {at}",
                "Melkveebedrijf in het gebied van de Fourme d'Ambert over te nemen {at}",
            ),
            summary=T(
                "Exploitation de 65 hectares avec 45 vaches laitières, stabulation libre récente "
                "et robot de traite. Le lait est collecté par une coopérative de l'appellation.",
                "A 65-hectare farm with 45 dairy cows, a recent loose-housing barn and a milking "
                "robot. The milk is collected by a cooperative of the appellation.",
                "Bedrijf van 65 hectare met 45 melkkoeien, een recente loopstal en een melkrobot. "
                "De melk wordt opgehaald door een coöperatie van de appellatie.",
            ),
            paragraphs=[
                T(
                    "Le couple d'exploitants part à la retraite sans successeur familial. Les "
                    "terres, groupées autour du corps de ferme, sont en prairies naturelles à 900 "
                    "mètres d'altitude, au pied des monts du Forez.",
                    "The farming couple are retiring with no family successor. The land, all "
                    "around the farmstead, is natural grassland at 900 metres, at the foot of the "
                    "Forez mountains.",
                    "Het boerenkoppel gaat met pensioen zonder opvolger in de familie. De grond "
                    "ligt rond de hoeve en bestaat uit natuurlijk grasland op 900 meter hoogte, "
                    "aan de voet van de Forez-bergen.",
                ),
                T(
                    "La reprise peut se faire seul ou en association, et les aides à "
                    "l'installation des jeunes agriculteurs facilitent le financement.",
                    "You can take over alone or with partners, and young farmers' start-up grants "
                    "make financing easier.",
                    "U kunt alleen of met vennoten overnemen, en de installatiesteun voor jonge "
                    "landbouwers maakt de financiering eenvoudiger.",
                ),
            ],
            included=T(
                "Cheptel, bâtiments, robot de traite, matériel, baux sur 65 hectares, maison "
                "d'habitation.",
                "Herd, buildings, milking robot, machinery, tenancies on 65 hectares, farmhouse.",
                "Veestapel, gebouwen, melkrobot, machines, pachtcontracten op 65 hectare, "
                "woonhuis.",
            ),
            caption=T(
                "La stabulation et les prairies d'altitude",
                "The barn and the upland meadows",
                "De stal en de hooggelegen weiden",
            ),
            motifs=["farm", "field", "landscape"],
            price=380_000,
            surface=None,
            turnover=TurnoverBracket.FROM_300K_TO_1M,
            staff=0,
            reason=TransferReason.RETIREMENT,
            availability=Availability.UNDER_OFFER,
            tags=["agriculture", "lait", "AOP", "installation"],
        ),
    ]


# Premises -------------------------------------------------------------------------------------

DEAL = {
    Transaction.RENT: T("à louer", "to let", "te huur"),
    Transaction.SALE: T("à vendre", "for sale", "te koop"),
}
DEAL_PARAGRAPHS = {
    Transaction.RENT: T(
        "Le local est proposé à la location, avec un bail adapté à votre activité.",
        "The premises are offered for rent, with a lease suited to your business.",
        "Het pand wordt verhuurd, met een huurcontract dat bij uw activiteit past.",
    ),
    Transaction.SALE: T(
        "Le local est proposé à la vente ; des aides à l'immobilier d'entreprise peuvent "
        "compléter votre plan de financement.",
        "The premises are for sale; business property grants may add to your financing plan.",
        "Het pand is te koop; steun voor bedrijfsvastgoed kan uw financieringsplan aanvullen.",
    ),
}
ROAD_ACCESS = {
    THIERS: T(
        "à quelques minutes de l'autoroute A89",
        "a few minutes from the A89 motorway",
        "op enkele minuten van de snelweg A89",
    ),
    BILLOM: T(
        "à vingt minutes de Clermont-Ferrand",
        "twenty minutes from Clermont-Ferrand",
        "op twintig minuten van Clermont-Ferrand",
    ),
    AMBERT: T(
        "sur l'axe de la vallée de la Dore",
        "on the main road through the Dore valley",
        "aan de hoofdweg door het Dore-dal",
    ),
}

PREMISES_TEMPLATES = {
    PremisesKind.SHOP: {
        "motif": "shop",
        "title": T(
            "Local commercial de {surface} m² {deal} en centre-bourg {of}",
            "{surface} m² shop premises {deal} in the centre of {name}",
            "Winkelruimte van {surface} m² {deal} in het centrum van {name}",
        ),
        "summary": T(
            "Local commercial en rez-de-chaussée avec vitrine sur rue, idéal pour un commerce de "
            "proximité ou une activité de services.",
            "Ground-floor shop premises with a street-front window, ideal for a local shop or a "
            "service business.",
            "Winkelruimte op de benedenverdieping met etalage aan de straat, ideaal voor een "
            "buurtwinkel of een dienstverlenende activiteit.",
        ),
        "paragraphs": [
            T(
                "Le local de {surface} m² comprend un espace de vente, une réserve et un "
                "sanitaire. Il se situe près de la mairie, de la boulangerie et d'un parking "
                "public.",
                "The {surface} m² premises include a sales area, a storeroom and a toilet. They "
                "are close to the town hall, the bakery and a public car park.",
                "Het pand van {surface} m² omvat een verkoopruimte, een opslagruimte en een "
                "toilet. Het ligt vlak bij het gemeentehuis, de bakker en een openbare parking.",
            ),
            T(
                "La commune souhaite y accueillir une activité qui complète l'offre commerciale "
                "du bourg.",
                "The commune would like to welcome a business that adds to what the village "
                "already offers.",
                "De gemeente wil er een zaak verwelkomen die het bestaande winkelaanbod aanvult.",
            ),
        ],
        "tags": ["local commercial", "centre-bourg"],
    },
    PremisesKind.WORKSHOP: {
        "motif": "workshop",
        "title": T(
            "Atelier-relais de {surface} m² {deal} {at}",
            "{surface} m² starter workshop {deal} {at}",
            "Starterswerkplaats van {surface} m² {deal} {at}",
        ),
        "summary": T(
            "Atelier-relais avec bureau, sanitaires et porte sectionnelle, dans une zone "
            "d'activités desservie par la fibre.",
            "A starter workshop with an office, toilets and a sectional door, in a business park "
            "with fibre broadband.",
            "Starterswerkplaats met kantoor, sanitair en sectionaalpoort, op een bedrijventerrein "
            "met glasvezel.",
        ),
        "paragraphs": [
            T(
                "Conçu pour les artisans et les petites entreprises de production, l'atelier "
                "offre 6 mètres de hauteur sous plafond, une alimentation électrique triphasée et "
                "une aire de manœuvre pour les poids lourds.",
                "Designed for craftspeople and small manufacturers, the workshop has a 6-metre "
                "ceiling height, a three-phase power supply and a turning area for lorries.",
                "De werkplaats is ontworpen voor ambachtslieden en kleine productiebedrijven en "
                "heeft een plafondhoogte van 6 meter, een driefasige stroomaansluiting en een "
                "manoeuvreerruimte voor vrachtwagens.",
            ),
            T(
                "L'atelier-relais s'adresse aux entreprises en création ou en développement, qui "
                "peuvent ensuite s'installer durablement sur la zone.",
                "Starter workshops are meant for new or growing businesses, which can later "
                "settle permanently in the business park.",
                "Starterswerkplaatsen zijn bedoeld voor nieuwe of groeiende bedrijven, die zich "
                "daarna blijvend op het bedrijventerrein kunnen vestigen.",
            ),
        ],
        "tags": ["atelier", "artisanat", "zone d'activités"],
    },
    PremisesKind.OFFICE: {
        "motif": "office",
        "title": T(
            "Bureaux de {surface} m² {deal} {at}",
            "{surface} m² offices {deal} {at}",
            "Kantoorruimte van {surface} m² {deal} {at}",
        ),
        "summary": T(
            "Plateau de bureaux rénové, lumineux et raccordé à la fibre, à quelques minutes à "
            "pied des commerces et des écoles.",
            "Renovated, bright offices with fibre broadband, a few minutes' walk from shops and "
            "schools.",
            "Gerenoveerde, lichte kantoorruimte met glasvezel, op enkele minuten wandelen van "
            "winkels en scholen.",
        ),
        "paragraphs": [
            T(
                "Les bureaux de {surface} m² se répartissent en trois pièces, une salle de "
                "réunion et un espace de pause. Ils conviennent à un cabinet, une agence ou une "
                "équipe en télétravail.",
                "The {surface} m² offices are split into three rooms, a meeting room and a break "
                "area. They would suit a professional practice, an agency or a remote-working "
                "team.",
                "De kantoren van {surface} m² bestaan uit drie ruimtes, een vergaderzaal en een "
                "pauzeruimte. Ze zijn geschikt voor een praktijk, een agentschap of een team dat "
                "op afstand werkt.",
            ),
            T(
                "Le bâtiment dispose d'un stationnement réservé et d'un local à vélos.",
                "The building has reserved parking and a bicycle store.",
                "Het gebouw heeft eigen parkeerplaatsen en een fietsenstalling.",
            ),
        ],
        "tags": ["bureaux", "fibre", "télétravail"],
    },
    PremisesKind.WAREHOUSE: {
        "motif": "warehouse",
        "title": T(
            "Bâtiment d'activité de {surface} m² {deal} {at}",
            "{surface} m² industrial building {deal} {at}",
            "Bedrijfshal van {surface} m² {deal} {at}",
        ),
        "summary": T(
            "Bâtiment de stockage et de production avec quais de chargement, en zone d'activités, "
            "{access}.",
            "A storage and production building with loading bays in a business park, {access}.",
            "Opslag- en productiegebouw met laadkades op een bedrijventerrein, {access}.",
        ),
        "paragraphs": [
            T(
                "Le bâtiment de {surface} m² offre 7 mètres de hauteur utile, deux portes "
                "sectionnelles, des bureaux et des vestiaires. Le terrain clos permet le "
                "stationnement des poids lourds.",
                "The {surface} m² building offers 7 metres of clear height, two sectional doors, "
                "offices and changing rooms. The fenced site has room for lorries to park.",
                "Het gebouw van {surface} m² biedt een vrije hoogte van 7 meter, twee "
                "sectionaalpoorten, kantoren en kleedruimtes. Op het omheinde terrein kunnen "
                "vrachtwagens parkeren.",
            ),
            T(
                "Il convient à une activité de logistique, de négoce ou de production légère.",
                "It would suit logistics, wholesale or light manufacturing.",
                "Het is geschikt voor logistiek, groothandel of lichte productie.",
            ),
        ],
        "tags": ["bâtiment industriel", "logistique", "zone d'activités"],
    },
    PremisesKind.MEDICAL_OFFICE: {
        "motif": "medical",
        "title": T(
            "Cabinet médical de {surface} m² {deal} dans la maison de santé {of}",
            "{surface} m² consulting room {deal} in the health centre of {name}",
            "Praktijkruimte van {surface} m² {deal} in het gezondheidscentrum van {name}",
        ),
        "summary": T(
            "La maison de santé pluriprofessionnelle recherche un médecin généraliste, un "
            "kinésithérapeute ou un orthophoniste pour compléter son équipe.",
            "The multidisciplinary health centre is looking for a GP, a physiotherapist or a "
            "speech therapist to join its team.",
            "Het multidisciplinaire gezondheidscentrum zoekt een huisarts, een fysiotherapeut of "
            "een logopedist om het team te versterken.",
        ),
        "paragraphs": [
            T(
                "Le cabinet de {surface} m², de plain-pied, partage une salle d'attente, un "
                "secrétariat et une salle de réunion avec les médecins, infirmiers et pharmaciens "
                "de la maison de santé.",
                "The {surface} m² ground-floor consulting room shares a waiting room, a reception "
                "desk and a meeting room with the centre's doctors, nurses and pharmacists.",
                "De gelijkvloerse praktijkruimte van {surface} m² deelt een wachtzaal, een "
                "secretariaat en een vergaderzaal met de artsen, verpleegkundigen en apothekers "
                "van het centrum.",
            ),
            T(
                "Les professionnels de santé qui s'installent peuvent bénéficier d'aides de "
                "l'Agence régionale de santé et de la communauté de communes, et d'un "
                "accompagnement pour l'emploi du conjoint et la recherche de logement.",
                "Health professionals who settle here can receive grants from the regional health "
                "agency and the community of communes, and help with their partner's job search "
                "and with finding a home.",
                "Zorgverleners die zich hier vestigen, kunnen steun krijgen van het regionale "
                "gezondheidsagentschap en de intercommunale, en hulp bij het zoeken naar werk "
                "voor hun partner en naar een woning.",
            ),
        ],
        "tags": ["santé", "maison de santé", "installation médicale"],
    },
    PremisesKind.COWORKING: {
        "motif": "coworking",
        "title": T(
            "Bureau de {surface} m² en tiers-lieu {at}",
            "{surface} m² office in a coworking space {at}",
            "Kantoor van {surface} m² in een coworkingruimte {at}",
        ),
        "summary": T(
            "Bureau privatif dans un tiers-lieu installé dans un ancien bâtiment industriel "
            "rénové : fibre, salle de réunion, cuisine partagée et communauté d'indépendants.",
            "A private office in a coworking space set in a renovated former factory: fibre "
            "broadband, a meeting room, a shared kitchen and a community of freelancers.",
            "Privékantoor in een coworkingruimte in een gerenoveerd voormalig fabrieksgebouw: "
            "glasvezel, vergaderzaal, gedeelde keuken en een gemeenschap van zelfstandigen.",
        ),
        "paragraphs": [
            T(
                "Le tiers-lieu accueille des indépendants, des télétravailleurs et des "
                "associations. Des postes nomades sont aussi proposés à la journée.",
                "The space is home to freelancers, remote workers and associations. Hot desks are "
                "also available by the day.",
                "De ruimte verwelkomt zelfstandigen, telewerkers en verenigingen. Er zijn ook "
                "flexplekken per dag.",
            ),
            T(
                "C'est une bonne porte d'entrée pour découvrir le territoire et rencontrer ceux "
                "qui y travaillent avant de s'installer durablement.",
                "It is a good way into the area: a place to meet the people who work here before "
                "settling for good.",
                "Het is een goede manier om de streek te leren kennen en de mensen te ontmoeten "
                "die er werken, voordat u zich definitief vestigt.",
            ),
        ],
        "tags": ["tiers-lieu", "coworking", "télétravail"],
    },
}

TDM, ALF, BC = "thiers-dore-et-montagne", "ambert-livradois-forez", "billom-communaute"
RENT, SALE = Transaction.RENT, Transaction.SALE
UNDER_OFFER, TAKEN = Availability.UNDER_OFFER, Availability.TAKEN

# structure, kind, commune, sale or rent, surface, price, energy, climate, accessible, status
PREMISES = [
    (TDM, PremisesKind.SHOP, "Courpière", RENT, 85, 650, "C", "B", True, None),
    (TDM, PremisesKind.WAREHOUSE, "Thiers", SALE, 1200, 380_000, "D", "C", True, UNDER_OFFER),
    (TDM, PremisesKind.MEDICAL_OFFICE, "Puy-Guillaume", RENT, 24, 350, "B", "A", True, None),
    (TDM, PremisesKind.WORKSHOP, "Saint-Rémy-sur-Durolle", RENT, 250, 900, "E", "D", False, None),
    (TDM, PremisesKind.OFFICE, "Thiers", RENT, 110, 1100, "C", "A", True, None),
    (ALF, PremisesKind.SHOP, "Arlanc", RENT, 70, 450, "D", "D", False, TAKEN),
    (ALF, PremisesKind.WORKSHOP, "Ambert", RENT, 300, 1200, "E", "C", True, None),
    (ALF, PremisesKind.MEDICAL_OFFICE, "Cunlhat", RENT, 22, 320, "B", "A", True, None),
    (ALF, PremisesKind.COWORKING, "Ambert", RENT, 14, 300, "C", "B", True, None),
    (ALF, PremisesKind.SHOP, "Olliergues", SALE, 95, 68_000, "F", "E", False, None),
    (BC, PremisesKind.OFFICE, "Billom", RENT, 65, 750, "D", "B", True, None),
    (BC, PremisesKind.WAREHOUSE, "Vertaizon", RENT, 600, 1500, "C", "B", True, UNDER_OFFER),
    (BC, PremisesKind.SHOP, "Billom", RENT, 55, 600, "E", "D", False, None),
    (
        BC,
        PremisesKind.MEDICAL_OFFICE,
        "Saint-Julien-de-Coppel",
        RENT,
        26,
        380,
        "A",
        "A",
        True,
        None,
    ),
    (PARK, PremisesKind.WORKSHOP, "Marsac-en-Livradois", RENT, 180, 550, "D", "C", False, None),
    (PARK, PremisesKind.COWORKING, "Courpière", RENT, 12, 300, "C", "B", True, None),
]


def premises(community_of):
    specs = []
    for row in PREMISES:
        structure, kind, commune, deal, surface, price, energy, climate, accessible, status = row
        template = PREMISES_TEMPLATES[kind]
        params = {
            **place(commune),
            "surface": number(surface),
            "deal": DEAL[deal],
            "access": ROAD_ACCESS[community_of[commune]],
        }
        specs.append(
            ListingSpec(
                model=PremisesListingPage,
                structure=structure,
                commune=commune,
                title=template["title"].format(**params),
                summary=template["summary"].format(**params),
                paragraphs=[
                    *(paragraph.format(**params) for paragraph in template["paragraphs"]),
                    DEAL_PARAGRAPHS[deal],
                    closing(structure),
                ],
                photos=[
                    Photo(template["motif"]),
                    Photo("village", VILLAGE_CAPTION.format(**params)),
                ],
                tags=template["tags"],
                price=price,
                price_kind=PriceKind.MONTHLY_RENT if deal == RENT else PriceKind.SALE,
                surface=surface,
                availability=status or Availability.AVAILABLE,
                fields={
                    "kind": kind,
                    "transaction": deal,
                    "accessible": accessible,
                    "energy_class": energy,
                    "climate_class": climate,
                },
            )
        )
    return specs


# Land -----------------------------------------------------------------------------------------

LAND_TEMPLATES = {
    LandKind.BUILDING_PLOT: {
        "motif": "plot",
        "title": T(
            "Terrain à bâtir de {surface} m² {at}",
            "{surface} m² building plot {at}",
            "Bouwgrond van {surface} m² {at}",
        ),
        "summary": {
            True: T(
                "Terrain constructible viabilisé (eau, électricité, assainissement), classé "
                "{zoning} au plan local d'urbanisme, dans un quartier calme proche de l'école.",
                "A serviced building plot (water, electricity, sewerage), zoned {zoning} in the "
                "local plan, in a quiet area close to the school.",
                "Bouwrijp perceel (water, elektriciteit, riolering), zone {zoning} in het lokale "
                "bestemmingsplan, in een rustige wijk vlak bij de school.",
            ),
            False: T(
                "Terrain constructible classé {zoning} au plan local d'urbanisme, à viabiliser, "
                "en entrée de bourg avec une vue dégagée.",
                "A building plot zoned {zoning} in the local plan, still to be serviced, at the "
                "entrance to the village with an open view.",
                "Bouwgrond in zone {zoning} van het lokale bestemmingsplan, nog bouwrijp te "
                "maken, aan de rand van het dorp met een open uitzicht.",
            ),
        },
        "paragraphs": [
            T(
                "La parcelle de {surface} m², plate et bien exposée, permet de construire une "
                "maison individuelle avec jardin. Le bourg dispose d'une école, d'une boulangerie "
                "et d'un arrêt de car.",
                "The flat, sunny {surface} m² plot has room for a detached house with a garden. "
                "The village has a school, a bakery and a bus stop.",
                "Het vlakke, zonnige perceel van {surface} m² biedt plaats aan een vrijstaande "
                "woning met tuin. Het dorp heeft een school, een bakker en een bushalte.",
            ),
            T(
                "La commune peut vous mettre en relation avec l'architecte conseil du Parc pour "
                "un projet bien intégré au paysage.",
                "The commune can put you in touch with the park's consultant architect for a "
                "design that fits the landscape.",
                "De gemeente kan u in contact brengen met de adviserende architect van het park "
                "voor een ontwerp dat goed in het landschap past.",
            ),
        ],
        "tags": ["terrain à bâtir", "maison individuelle"],
    },
    LandKind.BUSINESS_PARK: {
        "motif": "plot",
        "title": T(
            "Parcelle de {surface} m² en zone d'activités {at}",
            "{surface} m² plot in a business park {at}",
            "Perceel van {surface} m² op een bedrijventerrein {at}",
        ),
        "summary": {
            True: T(
                "Terrain viabilisé en zone d'activités intercommunale (zone {zoning}), raccordé à "
                "la fibre, {access}.",
                "A serviced plot in an intercommunal business park (zone {zoning}) with fibre "
                "broadband, {access}.",
                "Bouwrijp perceel op een intercommunaal bedrijventerrein (zone {zoning}) met "
                "glasvezel, {access}.",
            ),
        },
        "paragraphs": [
            T(
                "La parcelle de {surface} m² est destinée aux activités artisanales, "
                "industrielles et de services, et peut être redécoupée selon vos besoins.",
                "The {surface} m² plot is intended for craft, industrial and service businesses "
                "and can be divided to suit your needs.",
                "Het perceel van {surface} m² is bestemd voor ambachtelijke, industriële en "
                "dienstverlenende bedrijven en kan naar behoefte worden opgesplitst.",
            ),
            T(
                "Le prix au mètre carré est fixé par le conseil communautaire. Des aides à "
                "l'implantation peuvent s'y ajouter pour les projets créateurs d'emplois.",
                "The price per square metre is set by the community council. Grants may be added "
                "for projects that create jobs.",
                "De prijs per vierkante meter wordt vastgesteld door de raad van de "
                "intercommunale. Voor projecten die banen scheppen, kan extra steun worden "
                "toegekend.",
            ),
        ],
        "tags": ["zone d'activités", "terrain d'entreprise"],
    },
    LandKind.AGRICULTURAL: {
        "motif": "field",
        "title": T(
            "{hectares} hectares de terres agricoles {at}",
            "{hectares} hectares of farmland {at}",
            "{hectares} hectare landbouwgrond {at}",
        ),
        "summary": {
            False: T(
                "Prairies et parcelles cultivables d'un seul tenant, en zone agricole, pour une "
                "installation en élevage, en maraîchage ou en petits fruits.",
                "Grassland and arable fields in a single block, in an agricultural zone, for a "
                "new livestock, market-garden or soft-fruit farm.",
                "Grasland en akkers in één blok, in landbouwgebied, voor een nieuwe veehouderij, "
                "groenteteelt of kleinfruitteelt.",
            ),
        },
        "paragraphs": [
            T(
                "Les terres, à {altitude} mètres d'altitude, sont desservies par un chemin "
                "communal et disposent d'un point d'eau. Un bâtiment agricole peut y être "
                "construit sous conditions.",
                "The land, at {altitude} metres, is reached by a council track and has a water "
                "point. A farm building may be built subject to conditions.",
                "De grond ligt op {altitude} meter hoogte, is bereikbaar via een gemeenteweg en "
                "heeft een waterpunt. Een landbouwgebouw kan er onder voorwaarden worden gebouwd.",
            ),
            T(
                "Le Parc et la chambre d'agriculture accompagnent les porteurs de projet : étude "
                "de faisabilité, mise en relation avec le propriétaire, recherche de "
                "financements.",
                "The park and the chamber of agriculture support project holders with a "
                "feasibility study, an introduction to the owner and help with funding.",
                "Het park en de landbouwkamer begeleiden projectdragers met een "
                "haalbaarheidsstudie, contact met de eigenaar en hulp bij de financiering.",
            ),
        ],
        "tags": ["terres agricoles", "installation agricole"],
    },
}
LAND_DEAL = {
    PriceKind.SALE: T(
        "Le terrain est proposé à la vente.", "The land is for sale.", "De grond is te koop."
    ),
    PriceKind.LEASE: T(
        "Les terres sont proposées en location par bail rural ; le montant indiqué est le fermage "
        "annuel.",
        "The land is offered under a farm tenancy; the amount shown is the yearly rent.",
        "De grond wordt verpacht met een landbouwpachtcontract; het vermelde bedrag is de "
        "jaarlijkse pacht.",
    ),
}

# structure, kind, commune, surface (m²), price, price kind, zoning, serviced, altitude, status
LAND = [
    (TDM, LandKind.BUSINESS_PARK, "Thiers", 4500, 90_000, PriceKind.SALE, "UX", True, 0, None),
    (TDM, LandKind.BUILDING_PLOT, "Escoutoux", 900, 36_000, PriceKind.SALE, "Ub", True, 0, TAKEN),
    (
        TDM,
        LandKind.BUSINESS_PARK,
        "Puy-Guillaume",
        2800,
        42_000,
        PriceKind.SALE,
        "UX",
        True,
        0,
        None,
    ),
    (
        ALF,
        LandKind.BUILDING_PLOT,
        "Marsac-en-Livradois",
        1100,
        27_500,
        PriceKind.SALE,
        "AU",
        False,
        0,
        None,
    ),
    (ALF, LandKind.BUSINESS_PARK, "Ambert", 6000, 96_000, PriceKind.SALE, "UX", True, 0, None),
    (
        ALF,
        LandKind.BUILDING_PLOT,
        "Saint-Anthème",
        800,
        18_000,
        PriceKind.SALE,
        "Ub",
        True,
        0,
        None,
    ),
    (
        BC,
        LandKind.BUILDING_PLOT,
        "Chauriat",
        650,
        71_500,
        PriceKind.SALE,
        "Ub",
        True,
        0,
        UNDER_OFFER,
    ),
    (BC, LandKind.BUSINESS_PARK, "Billom", 3500, 87_500, PriceKind.SALE, "UX", True, 0, None),
    (
        PARK,
        LandKind.AGRICULTURAL,
        "Valcivières",
        120_000,
        54_000,
        PriceKind.SALE,
        "A",
        False,
        1050,
        None,
    ),
    (
        PARK,
        LandKind.AGRICULTURAL,
        "Fournols",
        85_000,
        1_100,
        PriceKind.LEASE,
        "A",
        False,
        1000,
        None,
    ),
]


def land(community_of):
    specs = []
    for row in LAND:
        (
            structure,
            kind,
            commune,
            surface,
            price,
            price_kind,
            zoning,
            serviced,
            altitude,
            status,
        ) = row
        template = LAND_TEMPLATES[kind]
        params = {
            **place(commune),
            "surface": number(surface),
            "hectares": decimal(surface / 10_000),
            "zoning": zoning,
            "altitude": number(altitude),
            "access": ROAD_ACCESS[community_of[commune]],
        }
        specs.append(
            ListingSpec(
                model=LandListingPage,
                structure=structure,
                commune=commune,
                title=template["title"].format(**params),
                summary=template["summary"][serviced].format(**params),
                paragraphs=[
                    *(paragraph.format(**params) for paragraph in template["paragraphs"]),
                    LAND_DEAL[price_kind],
                    closing(structure),
                ],
                photos=[Photo(template["motif"]), Photo("landscape", LANDSCAPE_CAPTION)],
                tags=template["tags"],
                price=price,
                price_kind=price_kind,
                surface=surface,
                availability=status or Availability.AVAILABLE,
                fields={"kind": kind, "serviced": serviced},
                texts={"zoning": T(zoning, zoning, zoning)},
            )
        )
    return specs


# Housing --------------------------------------------------------------------------------------

HOUSE, FLAT, TRANSITIONAL = HousingKind.HOUSE, HousingKind.FLAT, HousingKind.TRANSITIONAL
FARMHOUSE = "farmhouse"  # a house to renovate: its own template, stored as a house

RENT_TERMS = T(
    "Le loyer est indiqué hors charges ; un dépôt de garantie d'un mois est demandé.",
    "The rent shown excludes service charges; a one-month deposit is required.",
    "De vermelde huur is exclusief kosten; er wordt een waarborg van één maand gevraagd.",
)
EXCESSIVE_USE = T(
    "Logement classé {energy} : sa consommation d'énergie est excessive. Des aides à la "
    "rénovation énergétique (MaPrimeRénov', éco-prêt à taux zéro) peuvent financer une grande "
    "partie des travaux ; le conseiller France Rénov' du territoire vous aide à les obtenir.",
    "The home is rated {energy}: its energy use is excessive. Energy renovation grants "
    "(MaPrimeRénov', zero-interest eco-loan) can fund much of the work; the local France Rénov' "
    "adviser will help you apply.",
    "De woning heeft energieklasse {energy}: het energieverbruik is buitensporig. Premies voor "
    "energierenovatie (MaPrimeRénov', renteloze ecolening) kunnen een groot deel van de werken "
    "financieren; de lokale France Rénov'-adviseur helpt u ze aan te vragen.",
)

HOUSING_TEMPLATES = {
    (HOUSE, SALE): {
        "motif": "house",
        "title": T(
            "Maison de {rooms} pièces avec jardin {at}",
            "{rooms}-room house with garden {at}",
            "Woning met {rooms} kamers en tuin {at}",
        ),
        "summary": T(
            "Maison de {surface} m² sur un terrain arboré, à quelques minutes à pied des écoles "
            "et des commerces. Garage, cave et chauffage central.",
            "A {surface} m² house on a leafy plot, a few minutes' walk from schools and shops. "
            "Garage, cellar and central heating.",
            "Woning van {surface} m² op een perceel met bomen, op enkele minuten wandelen van "
            "scholen en winkels. Garage, kelder en centrale verwarming.",
        ),
        "paragraphs": [
            T(
                "Au rez-de-chaussée, une cuisine ouverte sur le séjour et une chambre ; à "
                "l'étage, les autres chambres et une salle de bains. Le jardin clos est exposé au "
                "sud.",
                "Downstairs, a kitchen open to the living room and a bedroom; upstairs, the other "
                "bedrooms and a bathroom. The enclosed garden faces south.",
                "Beneden een open keuken met woonkamer en een slaapkamer; boven de andere "
                "slaapkamers en een badkamer. De omheinde tuin ligt op het zuiden.",
            ),
            T(
                "Le quartier est calme et la maison est raccordée à la fibre.",
                "The neighbourhood is quiet and the house has fibre broadband.",
                "De buurt is rustig en de woning is aangesloten op glasvezel.",
            ),
        ],
        "tags": ["maison", "jardin", "achat"],
    },
    (HOUSE, RENT): {
        "motif": "house",
        "title": T(
            "Maison de {rooms} pièces à louer {at}",
            "{rooms}-room house to rent {at}",
            "Huurwoning met {rooms} kamers {at}",
        ),
        "summary": T(
            "Maison de {surface} m² avec petit jardin, libre rapidement, proche de l'école et du "
            "centre-bourg.",
            "A {surface} m² house with a small garden, available soon, close to the school and "
            "the village centre.",
            "Woning van {surface} m² met kleine tuin, snel beschikbaar, vlak bij de school en het "
            "dorpscentrum.",
        ),
        "paragraphs": [
            T(
                "La maison comprend un séjour lumineux, une cuisine équipée, {bedrooms} et une "
                "salle d'eau. Un abri de jardin et une place de stationnement complètent le "
                "logement.",
                "The house has a bright living room, a fitted kitchen, {bedrooms} and a shower "
                "room. A garden shed and a parking space complete it.",
                "De woning heeft een lichte woonkamer, een ingerichte keuken, {bedrooms} en een "
                "doucheruimte. Een tuinhuisje en een parkeerplaats maken het geheel af.",
            ),
            RENT_TERMS,
        ],
        "tags": ["maison", "location"],
    },
    (FLAT, RENT): {
        "motif": "flat",
        "title": T(
            "Appartement T{rooms} à louer {at}",
            "{rooms}-room flat to rent {at}",
            "Appartement met {rooms} kamers te huur {at}",
        ),
        "summary": T(
            "Appartement de {surface} m² au deuxième étage d'un immeuble ancien rénové, en "
            "centre-ville, près des commerces et des transports.",
            "A {surface} m² flat on the second floor of a renovated older building in the town "
            "centre, close to shops and transport.",
            "Appartement van {surface} m² op de tweede verdieping van een gerenoveerd oud gebouw "
            "in het centrum, dicht bij winkels en openbaar vervoer.",
        ),
        "paragraphs": [
            T(
                "Il comprend un séjour avec cuisine ouverte, {bedrooms} donnant sur cour et une "
                "salle d'eau refaite à neuf. Cave et local à vélos.",
                "It has a living room with an open kitchen, {bedrooms} overlooking the courtyard "
                "and a newly refitted shower room. Cellar and bicycle store.",
                "Het omvat een woonkamer met open keuken, {bedrooms} aan de binnenplaats en een "
                "volledig vernieuwde doucheruimte. Kelder en fietsenberging.",
            ),
            RENT_TERMS,
        ],
        "tags": ["appartement", "centre-ville", "location"],
    },
    (TRANSITIONAL, RENT): {
        "motif": "house",
        "title": T(
            "Logement passerelle meublé {at}",
            "Furnished transitional home {at}",
            "Gemeubelde overbruggingswoning {at}",
        ),
        "summary": T(
            "Logement meublé de {surface} m² loué pour quelques mois aux nouveaux arrivants, le "
            "temps de trouver une maison et de découvrir le territoire.",
            "A furnished {surface} m² home let for a few months to newcomers while they look for "
            "a house and get to know the area.",
            "Gemeubelde woning van {surface} m², voor enkele maanden verhuurd aan nieuwkomers "
            "terwijl ze een huis zoeken en de streek leren kennen.",
        ),
        "paragraphs": [
            T(
                "Le logement passerelle est réservé aux personnes qui s'installent pour créer ou "
                "reprendre une activité, ou pour occuper un emploi sur le territoire. Le bail est "
                "de six mois, renouvelable une fois.",
                "Transitional homes are for people who move here to start or take over a "
                "business, or to take up a job in the area. The lease runs for six months and can "
                "be renewed once.",
                "Overbruggingswoningen zijn bestemd voor wie zich hier vestigt om een zaak op te "
                "starten of over te nemen, of om in de streek te gaan werken. Het huurcontract "
                "loopt zes maanden en kan één keer worden verlengd.",
            ),
            T(
                "Entièrement équipé (linge de maison, vaisselle, connexion internet), il vous "
                "permet d'arriver avec une simple valise.",
                "Fully equipped (bed linen, crockery, internet connection), it lets you arrive "
                "with just a suitcase.",
                "Volledig uitgerust (beddengoed, servies, internetverbinding), zodat u met enkel "
                "een koffer kunt aankomen.",
            ),
        ],
        "tags": ["logement passerelle", "meublé", "nouveaux arrivants"],
    },
    (FARMHOUSE, SALE): {
        "motif": "farmhouse",
        "title": T(
            "Ancienne ferme à rénover {at}",
            "Old farmhouse to renovate {at}",
            "Oude boerderij om te renoveren {at}",
        ),
        "summary": T(
            "Ferme traditionnelle en pierre de {surface} m² habitables avec grange attenante et "
            "terrain. Beau potentiel ; travaux d'isolation et de chauffage à prévoir.",
            "A traditional stone farmhouse with {surface} m² of living space, an adjoining barn "
            "and land. Great potential; insulation and heating work needed.",
            "Traditionele stenen boerderij met {surface} m² woonoppervlak, aangebouwde schuur en "
            "grond. Veel potentieel; isolatie- en verwarmingswerken nodig.",
        ),
        "paragraphs": [
            T(
                "La partie habitation compte {rooms} pièces sur deux niveaux, avec cheminée et "
                "poutres apparentes. La grange offre de belles possibilités d'extension ou "
                "d'atelier.",
                "The living quarters have {rooms} rooms over two floors, with a fireplace and "
                "exposed beams. The barn offers plenty of scope for an extension or a workshop.",
                "Het woongedeelte telt {rooms} kamers over twee verdiepingen, met open haard en "
                "zichtbare balken. De schuur biedt mooie mogelijkheden voor een uitbreiding of "
                "een werkplaats.",
            ),
            EXCESSIVE_USE,
        ],
        "tags": ["ferme", "à rénover", "grange", "achat"],
    },
}

# structure, kind, deal, commune, rooms, surface, price, energy, climate, cost min, cost max,
# status
HOUSING = [
    (TDM, HOUSE, SALE, "Courpière", 5, 120, 168_000, "D", "D", 1400, 1950, None),
    (TDM, FLAT, RENT, "Thiers", 3, 68, 520, "E", "E", 1100, 1550, None),
    (TDM, FARMHOUSE, SALE, "Vollore-Montagne", 6, 160, 95_000, "G", "F", 4200, 5700, None),
    (TDM, HOUSE, RENT, "Puy-Guillaume", 4, 90, 720, "C", "A", 900, 1250, TAKEN),
    (TDM, TRANSITIONAL, RENT, "Thiers", 2, 45, 400, "C", "C", 520, 740, None),
    (ALF, HOUSE, SALE, "Ambert", 5, 110, 139_000, "E", "E", 1900, 2600, None),
    (ALF, FLAT, RENT, "Ambert", 2, 48, 410, "D", "D", 700, 980, UNDER_OFFER),
    (ALF, FARMHOUSE, SALE, "Saint-Amant-Roche-Savine", 5, 140, 78_000, "F", "F", 3300, 4500, None),
    (ALF, HOUSE, RENT, "Cunlhat", 4, 85, 600, "D", "C", 1200, 1650, None),
    (ALF, TRANSITIONAL, RENT, "Arlanc", 3, 60, 450, "C", "B", 600, 850, None),
    (ALF, HOUSE, SALE, "Marsac-en-Livradois", 4, 95, 118_000, "C", "A", 800, 1100, None),
    (BC, HOUSE, SALE, "Billom", 6, 150, 249_000, "B", "A", 950, 1300, UNDER_OFFER),
    (BC, FLAT, RENT, "Billom", 3, 72, 650, "D", "B", 900, 1250, None),
    (BC, HOUSE, RENT, "Mur-sur-Allier", 5, 105, 890, "C", "A", 1000, 1400, None),
    (BC, FARMHOUSE, SALE, "Saint-Dier-d'Auvergne", 4, 88, 62_000, "G", "G", 3900, 5300, None),
    (PARK, TRANSITIONAL, RENT, "Saint-Germain-l'Herm", 3, 65, 420, "D", "C", 950, 1300, None),
]


def bedrooms(count):
    if count == 1:
        return T("une chambre", "one bedroom", "één slaapkamer")
    return T(f"{count} chambres", f"{count} bedrooms", f"{count} slaapkamers")


def housing():
    specs = []
    for row in HOUSING:
        structure, kind, deal, commune, rooms, surface, price, energy, climate, *costs, status = (
            row
        )
        template = HOUSING_TEMPLATES[kind, deal]
        params = {
            **place(commune),
            "rooms": rooms,
            "surface": number(surface),
            "bedrooms": bedrooms(rooms - 1),
            "energy": energy,
        }
        specs.append(
            ListingSpec(
                model=HousingListingPage,
                structure=structure,
                commune=commune,
                title=template["title"].format(**params),
                summary=template["summary"].format(**params),
                paragraphs=[
                    *(paragraph.format(**params) for paragraph in template["paragraphs"]),
                    closing(structure, housing=True),
                ],
                photos=[
                    Photo(template["motif"]),
                    Photo("village", VILLAGE_CAPTION.format(**params)),
                ],
                tags=template["tags"],
                price=price,
                price_kind=PriceKind.MONTHLY_RENT if deal == RENT else PriceKind.SALE,
                surface=surface,
                availability=status or Availability.AVAILABLE,
                fields={
                    "kind": HOUSE if kind == FARMHOUSE else kind,
                    "transaction": deal,
                    "rooms": rooms,
                    "furnished": kind == TRANSITIONAL,
                    "energy_class": energy,
                    "climate_class": climate,
                    "energy_cost_min": costs[0],
                    "energy_cost_max": costs[1],
                    "energy_prices_year": 2025,
                },
            )
        )
    return specs


def interleave(*groups):
    """Mix the types, so that every third listing (the translated ones) covers them all."""
    mixed = []
    longest = max(len(group) for group in groups)
    for index in range(longest):
        mixed.extend(group[index] for group in groups if index < len(group))
    return mixed


AVAILABLE_FROM = [
    None,
    None,
    date(2026, 3, 1),
    date(2026, 4, 1),
    date(2026, 6, 1),
    date(2026, 9, 1),
    date(2027, 1, 1),
]


def all_listings(community_of):
    """Every demo listing, in a fixed order, with its reference, photos and dates settled.

    ``community_of`` maps a commune name to its community's SIREN code.
    """
    rng = random.Random(REFERENCE_YEAR)
    specs = interleave(businesses(), premises(community_of), land(community_of), housing())
    numbers = {}
    for spec in specs:
        structure = STRUCTURES_BY_SLUG[spec.structure]
        numbers[spec.structure] = numbers.get(spec.structure, 10) + 1
        spec.reference = (
            f"{structure.reference_prefix}-{REFERENCE_YEAR}-{numbers[spec.structure]:03d}"
        )
        if spec.availability == Availability.AVAILABLE:
            spec.available_from = rng.choice(AVAILABLE_FROM)
        # Between one and three photos: the main one always, the others as the dice say.
        extra = rng.randint(0, len(spec.photos) - 1)
        spec.photos = spec.photos[: 1 + extra]
        if spec.confidential:
            # A confidential offer must not show its village, even in a caption.
            spec.photos = [
                photo if photo.motif != "village" else Photo("landscape", LANDSCAPE_CAPTION)
                for photo in spec.photos
            ]
        elif (
            len(spec.photos) > 1
            and spec.photos[1].motif == "village"
            and not spec.photos[1].caption
        ):
            spec.photos[1] = Photo("village", VILLAGE_CAPTION.format(**place(spec.commune)))
    return specs
