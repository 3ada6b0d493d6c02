"""The pages every locale of the demo site has: home, indexes, network, areas, legal pages."""

from .structures import AMBERT, BILLOM, THIERS
from .text import T, number

HOME = {
    "title": T(
        "Installez-vous en Livradois-Forez",
        "Settle in the Livradois-Forez",
        "Vestig u in de Livradois-Forez",
    ),
    "slug": T("accueil", "home", "welkom"),
    "summary": T(
        "Le portail du réseau Cap'Actif : activités à reprendre, locaux, terrains, logements et "
        "services pour entreprendre et vivre en Livradois-Forez.",
        "The Cap'Actif network's portal: businesses to take over, premises, land, housing and "
        "services for working and living in the Livradois-Forez.",
        "Het portaal van het Cap'Actif-netwerk: bedrijven om over te nemen, bedrijfsruimten, "
        "gronden, woningen en diensten om in de Livradois-Forez te ondernemen en te wonen.",
    ),
    "hero_title": T(
        "Entreprendre et vivre en Livradois-Forez",
        "Work and live in the Livradois-Forez",
        "Ondernemen en wonen in de Livradois-Forez",
    ),
    "hero_text": T(
        "Commerces et ateliers à reprendre, locaux, terrains, logements, écoles et services : "
        "toutes les opportunités du territoire, et les personnes qui vous accompagnent jusqu'à "
        "votre installation.",
        "Shops and workshops to take over, premises, land, homes, schools and services: every "
        "opportunity in the area, and the people who will support you until you have settled in.",
        "Winkels en werkplaatsen om over te nemen, bedrijfsruimten, gronden, woningen, scholen en "
        "diensten: alle kansen in de streek, en de mensen die u begeleiden tot u zich gevestigd "
        "hebt.",
    ),
    "intro": [
        T(
            "Entre Auvergne et Forez, le Parc naturel régional Livradois-Forez est une terre de "
            "bourgs vivants et de nature préservée. Ici, de nombreux commerçants, artisans et "
            "agriculteurs cherchent un successeur, et les collectivités proposent locaux, "
            "terrains et logements à ceux qui veulent s'installer.",
            "Between the Auvergne and the Forez, the Livradois-Forez regional nature park is a "
            "land of lively small towns and unspoilt countryside. Many shopkeepers, craftspeople "
            "and farmers here are looking for a successor, and local councils offer premises, "
            "land and homes to people who want to settle.",
            "Tussen de Auvergne en de Forez is het regionale natuurpark Livradois-Forez een "
            "streek van levendige stadjes en ongerepte natuur. Veel winkeliers, ambachtslieden en "
            "boeren zoeken hier een opvolger, en de gemeenten bieden bedrijfsruimten, gronden en "
            "woningen aan wie zich hier wil vestigen.",
        ),
        T(
            "Vous avez un projet ? Décrivez-le en une seule demande : le réseau Cap'Actif la "
            "transmet aux bons interlocuteurs et vous accompagne, de la première idée jusqu'à "
            "votre installation.",
            "Do you have a project? Describe it in a single enquiry: the Cap'Actif network passes "
            "it on to the right people and supports you from the first idea until you have "
            "settled in.",
            "Hebt u een project? Beschrijf het in één aanvraag: het Cap'Actif-netwerk bezorgt ze "
            "aan de juiste mensen en begeleidt u van het eerste idee tot uw vestiging.",
        ),
    ],
    "network_title": T("Qui peut vous accompagner ?", "Who can help you?", "Wie kan u helpen?"),
    "network_text": T(
        "Chambres consulaires, communautés de communes, plateformes d'initiative, financeurs et "
        "Parc naturel régional travaillent ensemble : un référent suit votre projet et fait appel "
        "aux autres partenaires quand vous en avez besoin.",
        "Chambers of commerce, trades and agriculture, communities of communes, initiative "
        "platforms, funders and the regional nature park work together: one contact person "
        "follows your project and brings in the other partners whenever you need them.",
        "Kamers van koophandel, ambachten en landbouw, intercommunales, initiatiefplatforms, "
        "financiers en het regionale natuurpark werken samen: één contactpersoon volgt uw project "
        "op en schakelt de andere partners in wanneer u ze nodig hebt.",
    ),
}

LISTING_INDEX = {
    "title": T("Opportunités", "Opportunities", "Kansen"),
    "slug": T("opportunites", "opportunities", "kansen"),
    "summary": T(
        "Activités à reprendre, locaux professionnels, terrains et logements proposés par les "
        "partenaires du réseau Cap'Actif.",
        "Businesses to take over, business premises, land and housing offered by the Cap'Actif "
        "network's partners.",
        "Bedrijven om over te nemen, bedrijfsruimten, gronden en woningen aangeboden door de "
        "partners van het Cap'Actif-netwerk.",
    ),
}

SERVICE_INDEX = {
    "title": T("Vivre ici", "Living here", "Hier wonen"),
    "slug": T("vivre-ici", "living-here", "hier-wonen"),
    "summary": T(
        "Crèches, écoles, santé, transports, emploi du conjoint, commerces, culture et sport, "
        "fibre et services publics : tout ce qui aide une famille à s'installer.",
        "Childcare, schools, health, transport, jobs for partners, shops, culture and sport, "
        "broadband and public services: everything that helps a family settle in.",
        "Kinderopvang, scholen, gezondheid, vervoer, werk voor partners, winkels, cultuur en "
        "sport, glasvezel en openbare diensten: alles wat een gezin helpt zich te vestigen.",
    ),
}

NETWORK = {
    "title": T("Le réseau Cap'Actif", "The Cap'Actif network", "Het Cap'Actif-netwerk"),
    "slug": T("reseau", "network", "netwerk"),
    "summary": T(
        "Les structures qui accueillent et accompagnent les porteurs de projet en "
        "Livradois-Forez, et la personne à contacter dans chacune.",
        "The organisations that welcome and support project holders in the Livradois-Forez, and "
        "who to contact in each of them.",
        "De organisaties die projectdragers in de Livradois-Forez onthalen en begeleiden, en wie "
        "u in elk ervan kunt contacteren.",
    ),
    "body": [
        T(
            "Plutôt qu'un guichet unique, le Livradois-Forez a fait le choix d'un réseau : depuis "
            "2003, les chambres consulaires, les communautés de communes, les plateformes "
            "d'initiative locale, les financeurs et le Parc ont signé une charte commune pour "
            "accueillir et accompagner chaque porteur de projet.",
            "Rather than a single office, the Livradois-Forez chose a network: since 2003, the "
            "chambers of commerce, trades and agriculture, the communities of communes, local "
            "initiative platforms, funders and the park have signed a shared charter to welcome "
            "and support every project holder.",
            "In plaats van één loket koos de Livradois-Forez voor een netwerk: sinds 2003 hebben "
            "de kamers van koophandel, ambachten en landbouw, de intercommunales, de lokale "
            "initiatiefplatforms, financiers en het park een gezamenlijk charter ondertekend om "
            "elke projectdrager te onthalen en te begeleiden.",
        ),
        ("h2", T("Comment ça marche ?", "How does it work?", "Hoe werkt het?")),
        (
            "ul",
            [
                T(
                    "Vous envoyez une demande, depuis une annonce ou pour présenter votre projet.",
                    "You send an enquiry, about a listing or to present your project.",
                    "U stuurt een aanvraag, over een aanbod of om uw project voor te stellen.",
                ),
                T(
                    "Un référent technique (la chambre de votre secteur) et un référent "
                    "territorial (la communauté de communes où vous souhaitez vous installer) "
                    "vous sont proposés.",
                    "You are offered a technical contact (the chamber for your sector) and a "
                    "local contact (the community of communes where you want to settle).",
                    "U krijgt een technische contactpersoon (de kamer van uw sector) en een "
                    "lokale contactpersoon (de intercommunale waar u zich wilt vestigen).",
                ),
                T(
                    "Les partenaires se retrouvent chaque mois pour faire le point sur les "
                    "projets et se passent le relais grâce à une fiche navette.",
                    "The partners meet every month to review projects and hand them over to one "
                    "another with a shared follow-up sheet.",
                    "De partners komen elke maand samen om de projecten te bespreken en geven ze "
                    "aan elkaar door met een gedeelde opvolgingsfiche.",
                ),
            ],
        ),
        T(
            "Chaque année, le réseau rencontre environ 250 porteurs de projet et accompagne une "
            "vingtaine d'installations.",
            "Every year the network meets around 250 project holders and helps some twenty of "
            "them settle in the area.",
            "Elk jaar ontmoet het netwerk zo'n 250 projectdragers en begeleidt het een twintigtal "
            "vestigingen.",
        ),
    ],
}


def area_pages(communities):
    """The presentation of each community of communes, with figures from the imported data."""
    figures = {}
    for siren, community in communities.items():
        communes = list(community.communes.all())
        figures[siren] = {
            "communes": len(communes),
            "population": number(sum(commune.population or 0 for commune in communes)),
        }
    return [
        {
            "siren": AMBERT,
            "title": T(
                "Ambert Livradois Forez", "Ambert Livradois Forez", "Ambert Livradois Forez"
            ),
            "motif": "landscape",
            "summary": T(
                "Au sud-est du Puy-de-Dôme, de la vallée de la Dore aux Hautes-Chaumes du Forez : "
                "un territoire de moyenne montagne, de forêts et de savoir-faire, autour "
                "d'Ambert.",
                "In the south-east of the Puy-de-Dôme, from the Dore valley to the high moorland "
                "of the Forez: upland country of forests and crafts, around Ambert.",
                "In het zuidoosten van de Puy-de-Dôme, van het Dore-dal tot de Hautes-Chaumes van "
                "de Forez: middelgebergte met bossen en ambachten, rond Ambert.",
            ),
            "body": [
                T(
                    "Ambert Livradois Forez rassemble {communes} communes et {population} "
                    "habitants. Ambert, sa mairie ronde et son marché du jeudi en sont le cœur ; "
                    "Arlanc, Cunlhat, Olliergues et Saint-Anthème animent les vallées et les "
                    "plateaux.",
                    "Ambert Livradois Forez brings together {communes} communes and {population} "
                    "inhabitants. Ambert, with its round town hall and Thursday market, is its "
                    "heart; Arlanc, Cunlhat, Olliergues and Saint-Anthème bring life to the "
                    "valleys and plateaus.",
                    "Ambert Livradois Forez telt {communes} gemeenten en {population} inwoners. "
                    "Ambert, met zijn ronde stadhuis en de donderdagmarkt, is het hart; Arlanc, "
                    "Cunlhat, Olliergues en Saint-Anthème brengen de valleien en plateaus tot "
                    "leven.",
                ).format(**figures[AMBERT]),
                T(
                    "L'économie repose sur la filière bois, l'industrie de la tresse et du lacet, "
                    "l'agriculture de montagne avec la fourme d'Ambert, et un tourisme vert en "
                    "plein essor autour des Hautes-Chaumes et des sentiers du Forez.",
                    "The economy rests on timber, the braid and lace industry, upland farming "
                    "with Fourme d'Ambert cheese, and booming green tourism around the "
                    "Hautes-Chaumes and the Forez trails.",
                    "De economie steunt op de houtsector, de vlecht- en veterindustrie, "
                    "berglandbouw met de Fourme d'Ambert-kaas en een snel groeiend groen toerisme "
                    "rond de Hautes-Chaumes en de wandelpaden van de Forez.",
                ),
                T(
                    "Pour les familles, le territoire offre des écoles dans la plupart des "
                    "bourgs, un collège et un lycée à Ambert, un centre hospitalier et des "
                    "maisons de santé, ainsi qu'une vie associative très riche.",
                    "For families, there are schools in most villages, a secondary school and a "
                    "sixth-form college in Ambert, a hospital and health centres, and a very rich "
                    "community life.",
                    "Voor gezinnen zijn er scholen in de meeste dorpen, een middelbare school en "
                    "een lyceum in Ambert, een ziekenhuis en gezondheidscentra, en een zeer rijk "
                    "verenigingsleven.",
                ),
            ],
        },
        {
            "siren": THIERS,
            "title": T(
                "Thiers Dore et Montagne", "Thiers Dore et Montagne", "Thiers Dore et Montagne"
            ),
            "motif": "village",
            "summary": T(
                "Autour de Thiers, capitale de la coutellerie, un bassin industriel et artisanal "
                "entre la plaine de la Dore et la montagne des Bois Noirs.",
                "Around Thiers, the cutlery capital: an industrial and craft area between the "
                "Dore plain and the Bois Noirs mountains.",
                "Rond Thiers, de hoofdstad van het mes: een industriële en ambachtelijke streek "
                "tussen de vlakte van de Dore en de bergen van de Bois Noirs.",
            ),
            "body": [
                T(
                    "Thiers Dore et Montagne rassemble {communes} communes et {population} "
                    "habitants. La ville médiévale de Thiers, accrochée au-dessus de la vallée de "
                    "la Durolle, voisine avec Courpière, Puy-Guillaume et les villages de la "
                    "montagne thiernoise.",
                    "Thiers Dore et Montagne brings together {communes} communes and {population} "
                    "inhabitants. The medieval town of Thiers, clinging to the slopes above the "
                    "Durolle valley, sits alongside Courpière, Puy-Guillaume and the villages of "
                    "the Thiers hills.",
                    "Thiers Dore et Montagne telt {communes} gemeenten en {population} inwoners. "
                    "De middeleeuwse stad Thiers, hoog boven het dal van de Durolle, ligt naast "
                    "Courpière, Puy-Guillaume en de dorpen in de heuvels rond Thiers.",
                ).format(**figures[THIERS]),
                T(
                    "La coutellerie, la métallurgie et la plasturgie y emploient des milliers de "
                    "personnes, et de nombreuses entreprises recrutent. L'autoroute A89 met "
                    "Clermont-Ferrand à 40 minutes et Lyon à moins de deux heures.",
                    "Cutlery, metalworking and plastics employ thousands of people here, and many "
                    "companies are hiring. The A89 motorway puts Clermont-Ferrand 40 minutes away "
                    "and Lyon less than two hours.",
                    "De messenmakerij, de metaalbewerking en de kunststofindustrie stellen er "
                    "duizenden mensen tewerk, en veel bedrijven zoeken personeel. Via de snelweg "
                    "A89 ligt Clermont-Ferrand op 40 minuten en Lyon op minder dan twee uur.",
                ),
                T(
                    "Écoles, collèges et lycées, centre hospitalier, cinéma, piscine et un riche "
                    "patrimoine : la vallée offre les services d'une petite ville à deux pas de "
                    "la campagne.",
                    "Schools, secondary schools and colleges, a hospital, a cinema, a swimming "
                    "pool and a rich heritage: the valley offers the services of a small town on "
                    "the doorstep of the countryside.",
                    "Scholen, middelbare scholen en lycea, een ziekenhuis, een bioscoop, een "
                    "zwembad en een rijk erfgoed: de vallei biedt de voorzieningen van een kleine "
                    "stad op een steenworp van het platteland.",
                ),
            ],
        },
        {
            "siren": BILLOM,
            "title": T("Billom Communauté", "Billom Communauté", "Billom Communauté"),
            "motif": "field",
            "summary": T(
                "Entre Limagne et Livradois, aux portes de Clermont-Ferrand : la douceur de la "
                "vie de bourg autour de la cité médiévale de Billom.",
                "Between the Limagne and the Livradois, on the doorstep of Clermont-Ferrand: "
                "easy-going small-town life around the medieval town of Billom.",
                "Tussen de Limagne en de Livradois, vlak bij Clermont-Ferrand: het rustige leven "
                "van een stadje rond de middeleeuwse stad Billom.",
            ),
            "body": [
                T(
                    "Billom Communauté rassemble {communes} communes et {population} habitants, "
                    "de la plaine de l'Allier aux premières collines du Livradois. Billom, sa "
                    "collégiale et ses ruelles médiévales en sont le centre animé.",
                    "Billom Communauté brings together {communes} communes and {population} "
                    "inhabitants, from the Allier plain to the first hills of the Livradois. "
                    "Billom, with its collegiate church and medieval lanes, is its lively centre.",
                    "Billom Communauté telt {communes} gemeenten en {population} inwoners, van de "
                    "vlakte van de Allier tot de eerste heuvels van de Livradois. Billom, met "
                    "zijn collegiale kerk en middeleeuwse straatjes, is het levendige centrum.",
                ).format(**figures[BILLOM]),
                T(
                    "Terre d'ail et de maraîchage, le territoire attire de jeunes agriculteurs en "
                    "circuits courts, des artisans et des indépendants qui profitent de la "
                    "proximité de la métropole clermontoise.",
                    "Known for its garlic and market gardens, the area attracts young farmers "
                    "selling locally, craftspeople and freelancers who enjoy being close to the "
                    "Clermont-Ferrand metropolitan area.",
                    "De streek staat bekend om haar look en groenteteelt en trekt jonge boeren "
                    "met korte keten, ambachtslieden en zelfstandigen aan, die genieten van de "
                    "nabijheid van de metropool Clermont-Ferrand.",
                ),
                T(
                    "Les familles y trouvent crèches, écoles dans chaque bourg, un collège à "
                    "Billom et des transports vers Clermont-Ferrand pour les lycéens et les "
                    "actifs.",
                    "Families find nurseries, a school in every village, a secondary school in "
                    "Billom and transport to Clermont-Ferrand for older pupils and commuters.",
                    "Gezinnen vinden er kinderdagverblijven, een school in elk dorp, een "
                    "middelbare school in Billom en vervoer naar Clermont-Ferrand voor scholieren "
                    "en pendelaars.",
                ),
            ],
        },
    ]


LEGAL_NOTICE = {
    "setting": "legal_notice_page",
    "title": T("Mentions légales", "Legal notice", "Juridische informatie"),
    "slug": T("mentions-legales", "legal-notice", "juridische-informatie"),
    "summary": T(
        "Éditeur, hébergement et conditions d'utilisation du portail Installez-vous.",
        "Publisher, hosting and terms of use of the Installez-vous portal.",
        "Uitgever, hosting en gebruiksvoorwaarden van het portaal Installez-vous.",
    ),
    "body": [
        ("h2", T("Éditeur du site", "Publisher", "Uitgever")),
        T(
            "Le portail Installez-vous est édité par le Parc naturel régional Livradois-Forez, "
            "syndicat mixte, Maison du Parc, 63880 Saint-Gervais-sous-Meymont, pour le compte des "
            "partenaires du réseau Cap'Actif.",
            "The Installez-vous portal is published by the Livradois-Forez regional nature park, "
            "a joint local authority, Maison du Parc, 63880 Saint-Gervais-sous-Meymont, on behalf "
            "of the partners of the Cap'Actif network.",
            "Het portaal Installez-vous wordt uitgegeven door het regionale natuurpark "
            "Livradois-Forez, een gemengd samenwerkingsverband, Maison du Parc, 63880 "
            "Saint-Gervais-sous-Meymont, namens de partners van het Cap'Actif-netwerk.",
        ),
        T(
            "Directeur de la publication : le président du syndicat mixte du Parc. Contact : "
            "contact@example.org.",
            "Publication director: the chair of the park's joint authority. Contact: "
            "contact@example.org.",
            "Verantwoordelijke uitgever: de voorzitter van het samenwerkingsverband van het park. "
            "Contact: contact@example.org.",
        ),
        ("h2", T("Hébergement", "Hosting", "Hosting")),
        T(
            "Les coordonnées de l'hébergeur sont à compléter lors de la mise en production du "
            "portail.",
            "The host's details are to be completed when the portal goes into production.",
            "De gegevens van de hostingprovider worden aangevuld wanneer het portaal in productie "
            "gaat.",
        ),
        (
            "h2",
            T(
                "Contenus et responsabilité",
                "Content and liability",
                "Inhoud en aansprakelijkheid",
            ),
        ),
        T(
            "Chaque structure partenaire publie et met à jour ses propres annonces et fiches de "
            "services. Les informations sont données à titre indicatif et n'ont pas de valeur "
            "contractuelle : vérifiez-les auprès du référent indiqué sur chaque annonce.",
            "Each partner organisation publishes and updates its own listings and service pages. "
            "The information is given for guidance only and is not contractually binding: please "
            "check it with the contact person named on each listing.",
            "Elke partnerorganisatie publiceert en actualiseert haar eigen aanbod en "
            "dienstenfiches. De informatie is indicatief en niet contractueel bindend: controleer "
            "ze bij de contactpersoon die bij elk aanbod vermeld staat.",
        ),
        ("h2", T("Propriété intellectuelle", "Intellectual property", "Intellectuele eigendom")),
        T(
            "Les textes du portail peuvent être repris en citant la source. Les illustrations de "
            "démonstration sont générées automatiquement et libres de droits.",
            "The portal's texts may be reused with attribution. The demonstration illustrations "
            "are generated automatically and free of rights.",
            "De teksten van het portaal mogen worden overgenomen met bronvermelding. De "
            "demonstratie-illustraties worden automatisch gegenereerd en zijn rechtenvrij.",
        ),
    ],
}

PRIVACY = {
    "setting": "privacy_page",
    "title": T("Politique de confidentialité", "Privacy policy", "Privacybeleid"),
    "slug": T("confidentialite", "privacy", "privacy"),
    "summary": T(
        "Quelles données le portail recueille, pourquoi, qui les reçoit, combien de temps elles "
        "sont conservées et comment exercer vos droits.",
        "What data the portal collects, why, who receives it, how long it is kept and how to "
        "exercise your rights.",
        "Welke gegevens het portaal verzamelt, waarom, wie ze ontvangt, hoelang ze worden bewaard "
        "en hoe u uw rechten uitoefent.",
    ),
    "body": [
        ("h2", T("Responsable du traitement", "Data controller", "Verwerkingsverantwoordelijke")),
        T(
            "Le Parc naturel régional Livradois-Forez est responsable des données recueillies sur "
            "ce portail, au nom des partenaires du réseau Cap'Actif.",
            "The Livradois-Forez regional nature park is responsible for the data collected on "
            "this portal, on behalf of the Cap'Actif network partners.",
            "Het regionale natuurpark Livradois-Forez is verantwoordelijk voor de gegevens die "
            "via dit portaal worden verzameld, namens de partners van het Cap'Actif-netwerk.",
        ),
        (
            "h2",
            T(
                "Données recueillies et finalités",
                "Data collected and purposes",
                "Verzamelde gegevens en doeleinden",
            ),
        ),
        T(
            "Lorsque vous envoyez une demande, nous recueillons votre nom, votre adresse "
            "électronique, votre téléphone si vous le donnez, et la description de votre projet. "
            "Ces données servent uniquement à vous répondre et à vous accompagner dans votre "
            "installation.",
            "When you send an enquiry, we collect your name, email address, phone number if you "
            "give it, and the description of your project. This data is used only to answer you "
            "and support you as you settle.",
            "Wanneer u een aanvraag verstuurt, verzamelen we uw naam, e-mailadres, telefoonnummer "
            "als u dat opgeeft, en de beschrijving van uw project. Deze gegevens dienen enkel om "
            "u te antwoorden en u te begeleiden bij uw vestiging.",
        ),
        T(
            "Le traitement repose sur votre consentement, recueilli au moment de l'envoi de la "
            "demande. Vous pouvez le retirer à tout moment.",
            "Processing is based on your consent, given when you send the enquiry. You can "
            "withdraw it at any time.",
            "De verwerking berust op uw toestemming, die u geeft bij het versturen van de "
            "aanvraag. U kunt ze op elk moment intrekken.",
        ),
        ("h2", T("Destinataires", "Recipients", "Ontvangers")),
        T(
            "Votre demande est transmise aux seules structures du réseau concernées par votre "
            "projet (chambre consulaire, communauté de communes, plateforme d'initiative). Elle "
            "n'est jamais cédée ni vendue à des tiers.",
            "Your enquiry is passed only to the network organisations concerned by your project "
            "(chamber, community of communes, initiative platform). It is never passed on or sold "
            "to third parties.",
            "Uw aanvraag wordt enkel doorgegeven aan de organisaties van het netwerk die bij uw "
            "project betrokken zijn (kamer, intercommunale, initiatiefplatform). Ze wordt nooit "
            "doorgegeven of verkocht aan derden.",
        ),
        ("h2", T("Durée de conservation", "Retention period", "Bewaartermijn")),
        T(
            "Les demandes sont conservées trois ans après le dernier contact, puis supprimées ou "
            "rendues anonymes à des fins statistiques.",
            "Enquiries are kept for three years after the last contact, then deleted or "
            "anonymised for statistics.",
            "Aanvragen worden tot drie jaar na het laatste contact bewaard en daarna verwijderd "
            "of geanonimiseerd voor statistische doeleinden.",
        ),
        ("h2", T("Vos droits", "Your rights", "Uw rechten")),
        T(
            "Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation et "
            "d'opposition, ainsi que du droit à la portabilité de vos données. Écrivez à "
            "contact@example.org. Vous pouvez aussi adresser une réclamation à la CNIL.",
            "You have the right to access, correct, erase and restrict your data, to object to "
            "its processing and to data portability. Write to contact@example.org. You may also "
            "lodge a complaint with the CNIL, the French data protection authority.",
            "U hebt recht op inzage, verbetering, wissing en beperking van uw gegevens, recht van "
            "bezwaar en recht op overdraagbaarheid. Schrijf naar contact@example.org. U kunt ook "
            "een klacht indienen bij de CNIL, de Franse gegevensbeschermingsautoriteit.",
        ),
        ("h2", T("Cookies", "Cookies", "Cookies")),
        T(
            "Le portail n'utilise que les cookies nécessaires à son fonctionnement (langue, "
            "session, sécurité des formulaires). Aucun cookie publicitaire ni de mesure "
            "d'audience tierce n'est déposé.",
            "The portal only uses the cookies it needs to work (language, session, form "
            "security). No advertising or third-party analytics cookies are set.",
            "Het portaal gebruikt enkel de cookies die nodig zijn om te werken (taal, sessie, "
            "beveiliging van formulieren). Er worden geen advertentiecookies of cookies van "
            "derden voor bezoekersstatistieken geplaatst.",
        ),
    ],
}

ACCESSIBILITY = {
    "setting": "accessibility_page",
    "title": T(
        "Déclaration d'accessibilité", "Accessibility statement", "Toegankelijkheidsverklaring"
    ),
    "slug": T("accessibilite", "accessibility", "toegankelijkheid"),
    "summary": T(
        "Le portail Installez-vous est partiellement conforme au référentiel général "
        "d'amélioration de l'accessibilité (RGAA 4.1).",
        "The Installez-vous portal partially complies with the French accessibility standard "
        "(RGAA 4.1).",
        "Het portaal Installez-vous voldoet gedeeltelijk aan de Franse toegankelijkheidsnorm "
        "(RGAA 4.1).",
    ),
    "body": [
        T(
            "Le Parc naturel régional Livradois-Forez s'engage à rendre ses services numériques "
            "accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.",
            "The Livradois-Forez regional nature park is committed to making its digital services "
            "accessible, in accordance with article 47 of French law no. 2005-102 of 11 February "
            "2005.",
            "Het regionale natuurpark Livradois-Forez verbindt zich ertoe zijn digitale diensten "
            "toegankelijk te maken, overeenkomstig artikel 47 van de Franse wet nr. 2005-102 van "
            "11 februari 2005.",
        ),
        T(
            "Cette déclaration d'accessibilité s'applique au portail Installez-vous.",
            "This accessibility statement applies to the Installez-vous portal.",
            "Deze toegankelijkheidsverklaring geldt voor het portaal Installez-vous.",
        ),
        ("h2", T("État de conformité", "Compliance status", "Nalevingsstatus")),
        T(
            "Le portail Installez-vous est partiellement conforme avec le référentiel général "
            "d'amélioration de l'accessibilité (RGAA), version 4.1, en raison des non-conformités "
            "énumérées ci-dessous.",
            "The Installez-vous portal is partially compliant with the French general "
            "accessibility improvement framework (RGAA), version 4.1, because of the "
            "non-compliances listed below.",
            "Het portaal Installez-vous is gedeeltelijk conform het Franse algemene "
            "referentiekader voor de verbetering van de toegankelijkheid (RGAA), versie 4.1, "
            "vanwege de hieronder vermelde non-conformiteiten.",
        ),
        ("h2", T("Résultats des tests", "Test results", "Testresultaten")),
        T(
            "Un audit interne sera réalisé avant la mise en production. Dans l'attente, ce texte "
            "est un modèle de démonstration : le taux de conformité sera publié ici.",
            "An internal audit will be carried out before the portal goes live. Until then, this "
            "text is a demonstration template: the compliance rate will be published here.",
            "Voor de ingebruikname wordt een interne audit uitgevoerd. Tot dan is deze tekst een "
            "demonstratiemodel: het nalevingspercentage wordt hier gepubliceerd.",
        ),
        (
            "h2",
            T("Contenus non accessibles", "Non-accessible content", "Niet-toegankelijke inhoud"),
        ),
        (
            "ul",
            [
                T(
                    "La carte des annonces n'offre pas encore d'alternative textuelle complète ; "
                    "la liste des annonces en tient lieu.",
                    "The map of listings does not yet offer a full text alternative; the list of "
                    "listings serves instead.",
                    "De kaart met het aanbod heeft nog geen volledig tekstueel alternatief; de "
                    "lijst met het aanbod dient als vervanging.",
                ),
                T(
                    "Certains documents PDF déposés par les partenaires ne sont pas balisés.",
                    "Some PDF documents uploaded by partners are not tagged.",
                    "Sommige pdf-documenten die door partners zijn geplaatst, zijn niet getagd.",
                ),
                T(
                    "Certaines photos d'annonces anciennes n'ont pas d'alternative textuelle "
                    "pertinente.",
                    "Some photos on older listings lack a meaningful text alternative.",
                    "Sommige foto's bij oudere aanbiedingen hebben geen zinvol tekstalternatief.",
                ),
            ],
        ),
        (
            "h2",
            T(
                "Établissement de cette déclaration",
                "Preparation of this statement",
                "Opstelling van deze verklaring",
            ),
        ),
        T(
            "Cette déclaration a été établie le 5 janvier 2026. Technologies utilisées : HTML5, "
            "CSS, JavaScript. Tests réalisés avec les lecteurs d'écran NVDA et VoiceOver et les "
            "navigateurs Firefox et Safari.",
            "This statement was drawn up on 5 January 2026. Technologies used: HTML5, CSS, "
            "JavaScript. Tests carried out with the NVDA and VoiceOver screen readers and the "
            "Firefox and Safari browsers.",
            "Deze verklaring werd opgesteld op 5 januari 2026. Gebruikte technologieën: HTML5, "
            "CSS, JavaScript. Tests uitgevoerd met de schermlezers NVDA en VoiceOver en de "
            "browsers Firefox en Safari.",
        ),
        (
            "h2",
            T("Retour d'information et contact", "Feedback and contact", "Feedback en contact"),
        ),
        T(
            "Si vous n'arrivez pas à accéder à un contenu ou à un service, écrivez à "
            "contact@example.org pour être orienté vers une alternative accessible ou obtenir le "
            "contenu sous une autre forme.",
            "If you cannot access a piece of content or a service, write to contact@example.org "
            "to be directed to an accessible alternative or to receive the content in another "
            "form.",
            "Als u een inhoud of dienst niet kunt raadplegen, schrijf dan naar "
            "contact@example.org om naar een toegankelijk alternatief te worden verwezen of de "
            "inhoud in een andere vorm te ontvangen.",
        ),
        ("h2", T("Voies de recours", "Remedies", "Verhaalmogelijkheden")),
        T(
            "Si vous avez signalé un défaut d'accessibilité sans obtenir de réponse "
            "satisfaisante, vous pouvez écrire au Défenseur des droits, utiliser son formulaire "
            "de contact en ligne ou vous adresser à l'un de ses délégués dans votre région.",
            "If you have reported an accessibility problem and not received a satisfactory "
            "answer, you can write to the Défenseur des droits (the French rights ombudsman), use "
            "its online contact form or contact one of its local delegates.",
            "Als u een toegankelijkheidsprobleem hebt gemeld zonder bevredigend antwoord, kunt u "
            "schrijven naar de Défenseur des droits (de Franse ombudsman), het online "
            "contactformulier gebruiken of contact opnemen met een van de regionale "
            "afgevaardigden.",
        ),
    ],
}

STANDARD_PAGES = [LEGAL_NOTICE, PRIVACY, ACCESSIBILITY]
