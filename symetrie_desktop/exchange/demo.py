"""Demo content and a large workshop generator, both in the exchange format (version 1).

Why this module exists:

* :func:`demo_workshop` returns a small but realistic French workshop ("Maison Lumière", an
  invented home-goods e-commerce company, order-to-after-sales journey). It feeds ``make run``,
  the screenshots and the manual tests, so that every view of the application (board, cross
  matrix with its four quadrants, brainstorm, votes including people who have not voted yet,
  action plan, summary) has something meaningful to show.
* :func:`generated_workshop` builds a large workshop of the same realism (thousands of post-its,
  long texts, links, ideas, votes, actions) to measure the performance of the import, the store,
  the board rendering and the PDF summary. It is deterministic for a given seed.

Both functions return plain ``dict``/``list``/``str`` structures ready for ``json.dumps``. The
module uses the standard library only and imports nothing from the rest of the project, so it
can be used by tests, benchmarks and scripts without Qt.
"""

from __future__ import annotations

import random

FORMAT = "symetrie-workshop"
VERSION = 1

PHASES = ("avant", "pendant", "après")

STANDARD_LANES = (
    ("customer", "Vécu client"),
    ("employee", "Vécu collaborateur"),
    ("actors", "Acteurs (front / back-office)"),
    ("channels", "Canaux et volumétrie"),
    ("tools", "Outils"),
    ("indicators", "Indicateurs"),
)

# fmt: off
# id, name, department, office, colour
PARTICIPANTS = (
    ("p1", "Sophie Martin", "Ventes", "front", "#4e79a7"),
    ("p2", "Karim Benali", "Service client", "front", "#f28e2b"),
    ("p3", "Julie Lefèvre", "Service client", "front", "#e15759"),
    ("p4", "Thomas Garnier", "Logistique", "back", "#76b7b2"),
    ("p5", "Nadia Haddad", "Livraison", "front", "#59a14f"),
    ("p6", "Marc Dubois", "Facturation", "back", "#edc948"),
    ("p7", "Élodie Roux", "DSI", "back", "#b07aa1"),
    ("p8", "Antoine Petit", "RH", "back", "#ff9da7"),
    ("p9", "Camille Fontaine", "Marketing", "back", "#9c755f"),
    ("p10", "Lucas Mercier", "Service client", "back", "#2a9d8f"),
    ("p11", "Inès Lambert", "Ventes", "front", "#8cd17d"),
    ("p12", "Hugo Bernard", "Direction qualité", None, "#6b6ecf"),
)
# fmt: on


def _participants() -> list[dict]:
    return [
        {"id": pid, "name": name, "department": dep, "office": office, "colour": colour}
        for pid, name, dep, office, colour in PARTICIPANTS
    ]


def _lanes() -> list[dict]:
    return [
        {"id": f"L{i}", "kind": kind, "name": name}
        for i, (kind, name) in enumerate(STANDARD_LANES, 1)
    ]


# --------------------------------------------------------------------------------------------
# Demo workshop
# --------------------------------------------------------------------------------------------

# fmt: off
_DEMO_STEPS = (
    ("s1", "Découverte de l’offre", "avant"),
    ("s2", "Choix du produit sur le site", "avant"),
    ("s3", "Commande et paiement", "pendant"),
    ("s4", "Préparation et expédition", "pendant"),
    ("s5", "Livraison", "pendant"),
    ("s6", "Facturation et remboursement", "après"),
    ("s7", "Retour et échange", "après"),
    ("s8", "Contact service client", "après"),
)

# Lanes: L1 customer, L2 employee, L3 actors, L4 channels, L5 tools, L6 indicators.
# id, step, lane, kind, author, tags, text
_DEMO_CARDS = (
    # s1 - Découverte de l'offre
    ("c1", "s1", "L1", "irritant", "p9", ("digital",),
     "Vos pubs me suivent partout, même après avoir acheté le canapé"),
    ("c2", "s1", "L1", "irritant", "p2", ("digital",),
     "Le prix vu dans la pub n’est plus le même une fois sur le site"),
    ("c3", "s1", "L1", "enchantment", "p9", ("digital",),
     "La newsletter déco m’a vraiment donné des idées pour mon salon"),
    ("c4", "s1", "L1", "enchantment", "p11", ("relational",),
     "Au showroom, le vendeur m’a conseillé sans me pousser à acheter"),
    ("c5", "s1", "L2", "irritant", "p2", ("connexions",),
     "On découvre les promos en même temps que les clients"),
    ("c6", "s1", "L2", "irritant", "p4", ("connexions", "ecosysteme"),
     "Les campagnes sont lancées sans prévenir l’entrepôt des volumes attendus"),
    ("c7", "s1", "L2", "enchantment", "p9", ("image",),
     "Fière quand une cliente cite notre catalogue comme sa référence déco"),
    ("c8", "s1", "L3", "note", "p9", (),
     "Marketing digital (back) – 6 personnes + agence média externe"),
    ("c9", "s1", "L4", "note", "p9", (),
     "Newsletter : 450 000 abonnés ; réseaux sociaux ; showroom de Lyon"),
    ("c10", "s1", "L6", "note", "p9", (),
     "Taux de clic des campagnes ; coût d’acquisition client"),
    # s2 - Choix du produit sur le site
    ("c11", "s2", "L1", "irritant", "p2", ("digital",),
     "Impossible de savoir si la table passe dans mon ascenseur"),
    ("c12", "s2", "L1", "irritant", "p3", ("digital",),
     "Le chat répond « un conseiller va vous répondre » et personne ne vient"),
    ("c13", "s2", "L1", "enchantment", "p1", ("digital",),
     "Les photos des clients m’ont rassurée sur la vraie couleur du velours"),
    ("c14", "s2", "L1", "enchantment", "p2", ("relational",),
     "Au téléphone, la conseillère a fait mesurer le buffet en entrepôt pour moi"),
    ("c15", "s2", "L2", "irritant", "p2", ("ecosysteme",),
     "Fiches produit incomplètes : je cherche les dimensions dans trois fichiers Excel"),
    ("c16", "s2", "L2", "irritant", "p3", ("ecosysteme",),
     "Le chat nous tombe dessus en plein pic d’appels, impossible de tout tenir"),
    ("c17", "s2", "L2", "enchantment", "p11", ("sens", "epanouissement"),
     "J’adore conseiller sur la déco, c’est pour ça que je suis venue ici"),
    ("c18", "s2", "L5", "note", "p7", (),
     "Site Magento ; chat Zendesk ; PIM non relié au stock"),
    ("c19", "s2", "L6", "note", "p1", (),
     "Taux de conversion du site ; délai de première réponse au chat < 2 min"),
    # s3 - Commande et paiement
    ("c20", "s3", "L1", "irritant", "p6", ("digital",),
     "Mon paiement en trois fois a été refusé sans aucune explication"),
    ("c21", "s3", "L1", "irritant", "p1", ("digital",),
     "Frais de livraison découverts à la toute dernière étape du panier"),
    ("c22", "s3", "L1", "enchantment", "p7", ("digital",),
     "Commande passée en deux minutes sur mon téléphone, c’est simple"),
    ("c23", "s3", "L1", "irritant", "p10", ("digital",),
     "Le fauteuil était « en stock » puis ma commande a été annulée le lendemain"),
    ("c24", "s3", "L2", "irritant", "p7", ("ecosysteme",),
     "Le stock affiché sur le site n’est mis à jour qu’une fois par nuit"),
    ("c25", "s3", "L2", "irritant", "p2", ("ecosysteme", "epanouissement"),
     "C’est nous qui appelons les clients pour annuler, et on se fait incendier"),
    ("c26", "s3", "L2", "enchantment", "p7", ("ecosysteme", "image"),
     "Le nouveau tunnel de paiement a fait chuter les appels « paiement »"),
    ("c27", "s3", "L3", "note", "p3", (),
     "Service client (front) – 18 conseillers ; équipe e-commerce (back) – 4 ETP"),
    ("c28", "s3", "L5", "note", "p7", (),
     "Paiement Adyen ; ERP SAP pour le stock et les commandes"),
    # s4 - Préparation et expédition
    ("c29", "s4", "L1", "irritant", "p3", (),
     "Une semaine sans nouvelles entre la commande et l’expédition"),
    ("c30", "s4", "L1", "irritant", "p4", (),
     "Deux colis pour une seule commande, arrivés à trois jours d’écart"),
    ("c31", "s4", "L1", "enchantment", "p4", (),
     "Colis parfaitement emballé : même le vase en verre est arrivé intact"),
    ("c32", "s4", "L2", "irritant", "p4", ("epanouissement", "sens"),
     "On prépare à la chaîne, on n’a jamais de retour quand un client est content"),
    ("c33", "s4", "L2", "irritant", "p4", ("ecosysteme",),
     "Les scanners tombent en panne, on ressaisit les colis à la main"),
    ("c34", "s4", "L2", "enchantment", "p4", ("sens", "connexions"),
     "Pour un objet fragile, on se met à deux pour l’emballer avec soin"),
    ("c35", "s4", "L2", "irritant", "p4", ("connexions",),
     "Le service client nous appelle dix fois par jour pour savoir « où est le colis »"),
    ("c36", "s4", "L3", "note", "p4", (),
     "Entrepôt de Saint-Quentin-Fallavier (back) – 40 préparateurs dont 15 intérimaires"),
    ("c37", "s4", "L4", "note", "p4", (),
     "2 500 colis expédiés par jour, jusqu’à 6 000 pendant les soldes"),
    ("c38", "s4", "L6", "note", "p4", (),
     "Nb de lignes préparées / heure ; taux d’erreur de préparation"),
    # s5 - Livraison
    ("c39", "s5", "L1", "enchantment", "p5", ("relational",),
     "Le livreur m’appelle 10 min avant, j’ai le temps de descendre"),
    ("c40", "s5", "L1", "irritant", "p5", (),
     "Créneau de livraison 8 h – 18 h : j’ai posé une journée pour rien"),
    ("c41", "s5", "L1", "irritant", "p2", (),
     "Colis déposé chez un voisin que je ne connais même pas"),
    ("c42", "s5", "L1", "enchantment", "p5", ("relational",),
     "Les livreurs ont monté l’armoire au 4e sans ascenseur, adorables"),
    ("c43", "s5", "L1", "irritant", "p3", ("digital",),
     "Le suivi indique « livré » alors que je n’ai rien reçu"),
    ("c44", "s5", "L2", "irritant", "p3", ("ecosysteme", "connexions"),
     "Aucun accès aux outils du transporteur : on ne peut rien dire au client"),
    ("c45", "s5", "L2", "irritant", "p5", ("ecosysteme", "epanouissement"),
     "Nos chauffeurs ont 80 arrêts par jour, monter au 4e les met en retard"),
    ("c46", "s5", "L2", "enchantment", "p5", ("connexions", "sens"),
     "Nos chauffeurs réguliers connaissent leurs clients et aiment ce contact"),
    ("c47", "s5", "L2", "irritant", "p10", ("ecosysteme",),
     "Colis déclaré livré à tort : l’enquête transporteur prend quinze jours"),
    ("c48", "s5", "L4", "note", "p5", (),
     "Colissimo pour les petits colis ; Geodis à deux livreurs pour les meubles"),
    ("c49", "s5", "L6", "note", "p5", (),
     "Taux de livraison au premier passage ; coût par colis livré"),
    # s6 - Facturation et remboursement
    ("c50", "s6", "L1", "irritant", "p6", ("digital",),
     "Facture introuvable dans mon espace client, j’ai dû appeler"),
    ("c51", "s6", "L1", "irritant", "p10", (),
     "Trois semaines pour être remboursée de l’article manquant"),
    ("c52", "s6", "L1", "enchantment", "p6", ("digital",),
     "La facture arrive par mail tout de suite, pratique pour la garantie"),
    ("c53", "s6", "L2", "irritant", "p6", ("ecosysteme",),
     "Les avoirs se font à la main dans SAP, on a un mois de retard"),
    ("c54", "s6", "L2", "irritant", "p6", ("connexions", "sens"),
     "Personne ne nous dit pourquoi les clients appellent au sujet des factures"),
    ("c55", "s6", "L2", "enchantment", "p10", ("epanouissement",),
     "Quand je débloque un remboursement, le client me remercie au téléphone"),
    ("c56", "s6", "L5", "note", "p6", (),
     "SAP FI pour les factures et les avoirs ; export PDF manuel"),
    ("c57", "s6", "L6", "note", "p6", (),
     "Délai moyen de remboursement : 19 jours (objectif 7)"),
    # s7 - Retour et échange
    ("c58", "s7", "L1", "irritant", "p1", ("digital",),
     "Pour renvoyer une chaise il faut imprimer une étiquette : je n’ai pas d’imprimante"),
    ("c59", "s7", "L1", "enchantment", "p11", (),
     "Retour gratuit en point relais, déposé en cinq minutes"),
    ("c60", "s7", "L1", "irritant", "p10", ("relational",),
     "Personne ne vient reprendre le meuble abîmé, je relance depuis un mois"),
    ("c61", "s7", "L2", "irritant", "p4", ("ecosysteme",),
     "Les retours arrivent sans numéro de commande, on joue aux détectives"),
    ("c62", "s7", "L2", "enchantment", "p10", ("ecosysteme",),
     "Depuis la refonte, la procédure retour est claire et on a moins d’appels"),
    ("c63", "s7", "L2", "irritant", "p10", ("connexions", "epanouissement"),
     "Pour un meuble abîmé, il me faut l’accord de trois services"),
    ("c64", "s7", "L3", "note", "p10", (),
     "Cellule retours (back) – 5 personnes ; transporteur à deux pour les reprises"),
    ("c65", "s7", "L6", "note", "p12", (),
     "Taux de retour ; délai de traitement d’un retour"),
    # s8 - Contact service client
    ("c66", "s8", "L1", "irritant", "p12", ("digital",),
     "Le numéro de téléphone est caché tout en bas de la FAQ"),
    ("c67", "s8", "L1", "irritant", "p3", (),
     "20 minutes d’attente, puis on me demande trois fois mon numéro de commande"),
    ("c68", "s8", "L1", "enchantment", "p2", ("relational",),
     "Le conseiller a tout réglé en un appel et m’a rappelée le lendemain"),
    ("c69", "s8", "L1", "irritant", "p12", ("relational",),
     "Je dois tout réexpliquer à chaque nouveau conseiller"),
    ("c70", "s8", "L2", "enchantment", "p3", ("ecosysteme",),
     "Depuis que le numéro est moins visible, on a moins d’appels agressifs"),
    ("c71", "s8", "L2", "irritant", "p2", ("sens", "epanouissement"),
     "On est jugés sur le nb d’appels par heure, pas sur les problèmes résolus"),
    ("c72", "s8", "L2", "irritant", "p2", ("ecosysteme",),
     "Trois écrans et trois mots de passe pour retrouver un seul dossier client"),
    ("c73", "s8", "L2", "enchantment", "p2", ("epanouissement", "sens"),
     "Quand je peux rappeler un client pour boucler son dossier, je rentre contente"),
    ("c74", "s8", "L2", "irritant", "p8", ("epanouissement",),
     "La formation, c’est deux jours en double écoute, puis on est lâchés"),
    ("c75", "s8", "L3", "note", "p3", (),
     "Conseillers (front) – 18 dont 6 intérimaires ; réclamations (back) – 5 ETP"),
    ("c76", "s8", "L4", "note", "p3", (),
     "Téléphone : 1 200 appels/jour ; mails : 400/jour ; chat : 250 conversations/jour"),
    ("c77", "s8", "L5", "note", "p7", (),
     "CRM Salesforce ; téléphonie Genesys ; SAP en consultation"),
    ("c78", "s8", "L6", "note", "p3", (),
     "Nb d’appels / heure ; DMT < 4 min ; taux de décroché > 85 %"),
)

# customer card, employee card
_DEMO_LINKS = (
    # Priorité 1: customer irritant x employee irritant
    ("c11", "c15"),
    ("c12", "c16"),
    ("c23", "c24"),
    ("c29", "c35"),
    ("c43", "c47"),
    ("c51", "c53"),
    ("c60", "c63"),
    ("c69", "c72"),
    # Priorité 2: customer enchantment x employee irritant (goodwill compensating)
    ("c14", "c15"),
    ("c42", "c45"),
    ("c68", "c72"),
    # À examiner: customer irritant x employee enchantment
    ("c58", "c62"),
    ("c66", "c70"),
    # À capitaliser: both enchantments
    ("c22", "c26"),
    ("c31", "c34"),
    ("c39", "c46"),
)

# id, text, addresses, author, theme
_DEMO_IDEAS = (
    ("i1", "Afficher les dimensions du colis et un gabarit « passe-porte » sur chaque fiche",
     ("c11", "c15"), "p2", "Information produit"),
    ("i2", "Synchroniser le stock du site avec SAP en temps réel",
     ("c23", "c24"), "p7", "Outils"),
    ("i3", "Donner aux conseillers un accès en lecture au suivi des transporteurs",
     ("c43", "c44", "c35"), "p3", "Outils"),
    ("i4", "Une vue client unique dans le CRM : commandes, factures et échanges",
     ("c72", "c69", "c67"), "p2", "Outils"),
    ("i5", "Remplacer le nb d’appels par heure par le taux de résolution au premier appel",
     ("c71", "c67"), "p8", "Indicateurs"),
    ("i6", "Proposer des créneaux de livraison de 2 h, confirmés par SMS la veille",
     ("c40",), "p5", "Communication client"),
    ("i7", "Étiquette retour en QR code, à présenter au point relais sans imprimer",
     ("c58",), "p1", "Communication client"),
    ("i8", "Une cellule « meuble abîmé » avec un seul décideur et une réponse en 48 h",
     ("c60", "c63"), "p10", "Organisation"),
    ("i9", "Automatiser les avoirs pour rembourser en moins de 7 jours",
     ("c51", "c53"), "p6", "Outils"),
    ("i10", "Partager chaque mois les mercis des clients avec l’entrepôt et les livreurs",
     ("c32", "c45"), "p8", "Reconnaissance"),
)

# participant -> ideas (p7, p11 and p12 have not voted yet)
_DEMO_VOTES = (
    ("p1", ("i4", "i5", "i1")),
    ("p2", ("i4", "i5", "i3")),
    ("p3", ("i4", "i5", "i8")),
    ("p4", ("i3", "i10", "i2")),
    ("p5", ("i3", "i6", "i10")),
    ("p6", ("i9", "i2", "i4")),
    ("p8", ("i5", "i8")),
    ("p9", ("i1", "i4", "i2")),
    ("p10", ("i8", "i3", "i4")),
)

# id, title, owner, due, status, addresses, ideas
_DEMO_ACTIONS = (
    ("a1", "Déployer la vue client unique dans Salesforce", "Élodie Roux",
     "2027-03-31", "doing", ("c72", "c69", "c67"), ("i4",)),
    ("a2", "Piloter le taux de résolution au premier appel sur une équipe test",
     "Julie Lefèvre", "2027-02-15", "todo", ("c71", "c67"), ("i5",)),
    ("a3", "Ouvrir l’accès aux portails Colissimo et Geodis aux conseillers", "Nadia Haddad",
     "2027-01-15", "done", ("c43", "c44", "c35"), ("i3",)),
    ("a4", "Synchroniser le stock SAP et Magento toutes les 15 minutes", "Élodie Roux",
     "2027-04-30", "todo", ("c23", "c24"), ("i2",)),
    ("a5", "Créer la cellule « meuble abîmé » avec un décideur unique", "Lucas Mercier",
     "2027-02-28", "doing", ("c60", "c63"), ("i8",)),
    ("a6", "Lancer le rituel mensuel « mercis clients » à l’entrepôt et chez Geodis",
     "Antoine Petit", "2027-01-31", "done", ("c32", "c45"), ("i10",)),
    ("a7", "Compléter les dimensions des colis des 500 meubles les plus vendus",
     "Camille Fontaine", "2027-05-31", "todo", ("c11", "c15"), ("i1",)),
)
# fmt: on


def demo_workshop() -> dict:
    """Return the "Maison Lumière" demo workshop (e-commerce order journey, 8 steps)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "workshop": {
            "title": "Atelier symétrie des attentions – Parcours commande",
            "organization": "Maison Lumière",
            "date": "2026-11-20",
            "facilitator": "Claire Moreau",
            "objective": (
                "Croiser le vécu de nos clients et celui de nos équipes sur le parcours de "
                "commande en ligne, de la découverte de l’offre au service client, pour "
                "choisir ensemble les actions prioritaires de 2027."
            ),
            "vote_budget": 3,
        },
        "participants": _participants(),
        "steps": [{"id": sid, "name": name, "phase": phase} for sid, name, phase in _DEMO_STEPS],
        "lanes": _lanes(),
        "cards": [
            {
                "id": cid,
                "lane": lane,
                "step": step,
                "kind": kind,
                "text": text,
                "author": author,
                "tags": list(tags),
            }
            for cid, step, lane, kind, author, tags, text in _DEMO_CARDS
        ],
        "links": [{"customer_card": c, "employee_card": e} for c, e in _DEMO_LINKS],
        "ideas": [
            {
                "id": iid,
                "text": text,
                "addresses": list(addresses),
                "author": author,
                "theme": theme,
            }
            for iid, text, addresses, author, theme in _DEMO_IDEAS
        ],
        "votes": [
            {"participant": pid, "target": target}
            for pid, targets in _DEMO_VOTES
            for target in targets
        ],
        "actions": [
            {
                "id": aid,
                "title": title,
                "owner": owner,
                "due": due,
                "status": status,
                "addresses": list(addresses),
                "ideas": list(ideas),
            }
            for aid, title, owner, due, status, addresses, ideas in _DEMO_ACTIONS
        ],
    }


# --------------------------------------------------------------------------------------------
# Generated workshop (benchmarks)
# --------------------------------------------------------------------------------------------

# fmt: off
_STEP_POOLS = {
    "avant": (
        "Découverte de l’offre", "Recherche d’informations", "Comparaison des offres",
        "Prise de contact", "Prise de rendez-vous", "Simulation en ligne", "Demande de devis",
        "Création du compte client",
    ),
    "pendant": (
        "Souscription", "Commande et paiement", "Constitution du dossier",
        "Signature du contrat", "Préparation et expédition", "Livraison",
        "Visite du technicien", "Mise en service", "Instruction du dossier",
        "Suivi de la demande",
    ),
    "après": (
        "Facturation", "Premier contact avec le service client", "Réclamation",
        "Retour ou échange", "Remboursement", "Assistance technique", "Renouvellement",
        "Enquête de satisfaction", "Résiliation",
    ),
}

_OBJECTS = (
    "ma commande", "mon dossier", "ma facture", "mon remboursement", "mon rendez-vous",
    "ma réclamation", "mon colis", "ma demande", "mon contrat", "mon devis",
)
_DELAYS = ("48 heures", "une semaine", "dix jours", "trois semaines", "un mois")

# (text, tag or None); {obj} and {delay} are filled in.
_CUSTOMER_IRRITANTS = (
    ("J’ai attendu {delay} sans aucune nouvelle de {obj}", None),
    ("On m’a demandé trois fois les mêmes informations pour {obj}", "relational"),
    ("Impossible de joindre quelqu’un au sujet de {obj}", "relational"),
    ("Le site dit une chose, le conseiller m’en dit une autre sur {obj}", "relational"),
    ("Je ne comprends rien au courrier reçu concernant {obj}", None),
    ("Personne ne m’a prévenu du retard de {obj}", None),
    ("J’ai dû tout réexpliquer depuis le début à chaque appel", "relational"),
    ("L’application plante au moment de valider {obj}", "digital"),
    ("Le numéro de contact est introuvable sur le site", "digital"),
    ("On me renvoie d’un service à l’autre pour {obj}", "relational"),
    ("Les frais n’étaient pas clairement annoncés au départ", "digital"),
    ("Le créneau proposé ne correspond pas du tout à mes horaires", None),
    ("Mon mail sur {obj} est resté sans réponse pendant {delay}", "digital"),
    ("Le formulaire efface tout si j’oublie un seul champ", "digital"),
    ("La réponse automatique ne répond pas à ma question", "digital"),
    ("Le conseiller m’a coupé la parole pour finir vite", "relational"),
    ("Mot de passe bloqué, impossible de suivre {obj} en ligne", "digital"),
    ("J’ai reçu un questionnaire de satisfaction avant même d’être servi", "digital"),
)
_CUSTOMER_ENCHANTMENTS = (
    ("La conseillère m’a rappelé comme promis, sans que je relance", "relational"),
    ("Tout était clair dès le premier message au sujet de {obj}", "digital"),
    ("On m’a prévenu avant même que je m’inquiète pour {obj}", "relational"),
    ("Le suivi en ligne de {obj} est simple et toujours à jour", "digital"),
    ("Un geste commercial sans avoir eu à le réclamer", "relational"),
    ("La personne au téléphone connaissait déjà mon dossier", "relational"),
    ("J’ai pu tout faire depuis mon téléphone en cinq minutes", "digital"),
    ("On se souvenait de ma dernière demande, je me suis senti reconnu", "relational"),
    ("Le SMS de rappel la veille m’a évité un oubli", "digital"),
    ("Réponse au chat en moins d’une minute, et c’était la bonne", "digital"),
    ("Le technicien a pris le temps de tout m’expliquer", "relational"),
    ("On m’a proposé une solution à laquelle je n’avais pas pensé", "relational"),
    ("Tout a été réglé en 48 heures, bien plus vite qu’annoncé", None),
)
_EMPLOYEE_IRRITANTS = (
    ("On n’a pas accès à l’historique complet du client", ("ecosysteme",)),
    ("Nos objectifs chiffrés nous poussent à raccrocher vite", ("sens", "epanouissement")),
    ("Personne ne nous prévient des changements de procédure", ("connexions",)),
    ("Je ressaisis les mêmes informations dans deux outils différents", ("ecosysteme",)),
    ("On n’a aucun retour quand un client est satisfait", ("epanouissement",)),
    ("Il me faut l’accord du manager pour le moindre geste commercial", ("epanouissement",)),
    ("Le back-office ne nous répond qu’au bout de trois jours", ("connexions",)),
    ("J’ai honte de répéter au client que « c’est en cours »", ("image",)),
    ("La formation au nouvel outil a duré une heure, en visio", ("epanouissement",)),
    ("Les pics d’activité ne sont jamais anticipés", ("ecosysteme", "connexions")),
    ("On ne sait pas à quoi sert l’indicateur qu’on nous fait remplir", ("sens",)),
    ("Le poste met dix minutes à démarrer chaque matin", ("ecosysteme",)),
    ("On apprend les nouveautés par les clients", ("connexions", "image")),
    ("Mes proches me demandent pourquoi on a si mauvaise réputation", ("image",)),
    ("Impossible de suivre un dossier une fois transmis au siège", ("ecosysteme",)),
    ("On traite les réclamations sans savoir ce qui a été promis avant", ("connexions",)),
)
_EMPLOYEE_ENCHANTMENTS = (
    ("Quand je débloque un dossier coincé, je rentre fière", ("epanouissement",)),
    ("L’entraide dans l’équipe est vraiment forte", ("connexions",)),
    ("J’ai la main pour faire un geste commercial jusqu’à 50 €", ("epanouissement",)),
    ("Le nouveau script nous laisse enfin parler normalement", ("epanouissement", "sens")),
    ("Les clients nous remercient souvent par écrit", ("image",)),
    ("On sait pourquoi on fait ce métier : rendre service", ("sens",)),
    ("Le référent back-office répond dans l’heure", ("connexions",)),
    ("Le nouvel écran regroupe enfin tout le dossier client", ("ecosysteme",)),
    ("Notre manager défend nos idées auprès de la direction", ("connexions", "image")),
    ("On a été associés au choix du nouvel outil", ("ecosysteme", "epanouissement")),
)
_CUSTOMER_IRRITANT_COMPLEMENTS = (
    "c’est la deuxième fois que ça m’arrive", "et personne n’a su me dire pourquoi",
    "j’ai fini par abandonner", "alors que j’avais tout rempli en ligne",
    "du coup j’en ai parlé autour de moi", "et j’ai dû relancer moi-même",
    "j’ai dû poser une demi-journée", "ma voisine a vécu exactement la même chose",
)
_CUSTOMER_ENCHANTMENT_COMPLEMENTS = (
    "franchement je ne m’y attendais pas", "ça change tout",
    "je l’ai dit à toute ma famille", "c’est pour ça que je reste client",
    "alors que j’avais eu une mauvaise expérience ailleurs",
)
_EMPLOYEE_IRRITANT_COMPLEMENTS = (
    "surtout en période de pic", "et le client le ressent tout de suite",
    "depuis le changement d’outil", "on en parle à chaque réunion d’équipe",
    "c’est usant au quotidien", "et on ne sait pas à qui le remonter",
)
_EMPLOYEE_ENCHANTMENT_COMPLEMENTS = (
    "et ça fait partie des raisons de rester", "c’est notre cœur de métier",
    "les nouveaux le remarquent dès le premier jour", "on se sent utiles",
)
_CUSTOMER_IRRITANT_TAILS = (
    "Au final, j’ai passé plus de temps à suivre le dossier qu’à choisir le produit, et je "
    "ne suis pas sûr de vous recommander à mes proches.",
    "Ce qui m’a le plus marqué, c’est d’avoir dû relancer moi-même à chaque étape alors que "
    "tout le monde semblait au courant.",
    "J’ai raconté l’histoire à mes collègues le lendemain ; c’est ce genre de détail qui fait "
    "qu’on revient, ou pas.",
)
_CUSTOMER_ENCHANTMENT_TAILS = (
    "On sent que la personne avait envie de m’aider, pas seulement de clore un dossier, et "
    "c’est exactement ce que je raconte autour de moi.",
    "Je m’attendais au pire après ce que j’avais lu sur les forums ; au contraire, tout a été "
    "simple du début à la fin.",
)
_EMPLOYEE_IRRITANT_TAILS = (
    "On a remonté le problème plusieurs fois en réunion d’équipe sans jamais avoir de retour, "
    "alors on bricole avec un fichier Excel partagé.",
    "Les anciens connaissent les astuces pour contourner, mais les intérimaires n’ont pas le "
    "temps de les apprendre avant le rush.",
    "Si on nous demandait notre avis avant de changer les procédures, on éviterait la moitié "
    "des appels de relance des clients.",
)
_EMPLOYEE_ENCHANTMENT_TAILS = (
    "C’est ce qui me fait tenir les jours difficiles, et c’est ce que je raconte quand on me "
    "demande pourquoi je travaille ici.",
    "On aimerait que ce soit reconnu officiellement, parce que ça repose surtout sur la bonne "
    "volonté de quelques personnes.",
)
# (side, kind) -> (fragments, complements, tails)
_EXPERIENCE = {
    ("customer", "irritant"): (
        _CUSTOMER_IRRITANTS, _CUSTOMER_IRRITANT_COMPLEMENTS, _CUSTOMER_IRRITANT_TAILS),
    ("customer", "enchantment"): (
        _CUSTOMER_ENCHANTMENTS, _CUSTOMER_ENCHANTMENT_COMPLEMENTS, _CUSTOMER_ENCHANTMENT_TAILS),
    ("employee", "irritant"): (
        _EMPLOYEE_IRRITANTS, _EMPLOYEE_IRRITANT_COMPLEMENTS, _EMPLOYEE_IRRITANT_TAILS),
    ("employee", "enchantment"): (
        _EMPLOYEE_ENCHANTMENTS, _EMPLOYEE_ENCHANTMENT_COMPLEMENTS, _EMPLOYEE_ENCHANTMENT_TAILS),
}
_CARD_NOTES = {
    "customer": (
        "Verbatim relevé dans l’enquête de satisfaction à froid",
        "Point soulevé par plusieurs participants, à vérifier",
    ),
    "employee": (
        "Également remonté dans le baromètre interne",
        "À confirmer avec l’équipe de nuit",
    ),
}
_ACTORS = (
    ("Conseillers service client", "front"), ("Techniciens d’intervention", "front"),
    ("Gestionnaires back-office", "back"), ("Préparateurs de commandes", "back"),
    ("Chauffeurs-livreurs sous-traitants", "front"), ("Conseillers en agence", "front"),
    ("Experts indépendants", "front"), ("Équipe facturation", "back"),
    ("Superviseurs plateau", "front"), ("Agents d’accueil", "front"),
    ("Cellule réclamations", "back"),
)
_CHANNELS = (
    ("Téléphone", "appels"), ("Mail", "mails"), ("Chat", "conversations"),
    ("Courrier", "plis"), ("Agence", "visites"), ("Application mobile", "connexions"),
    ("Formulaire web", "demandes"), ("Réseaux sociaux", "messages"),
)
_TOOLS = (
    "CRM Salesforce", "CRM Siebel", "ERP SAP", "Téléphonie Genesys", "GED maison",
    "Fichier Excel partagé", "Outil de planification des tournées", "Portail transporteur",
    "Base de connaissances Confluence", "Ticketing Zendesk",
)
_INDICATORS = (
    "DMT < {n} min", "Nb d’appels traités / jour", "Taux de décroché > {p} %",
    "NPS à chaud après l’échange", "Délai de traitement des dossiers < {n} jours",
    "Taux de résolution au premier contact", "Nb de dossiers clos / semaine",
    "Taux de réclamations", "Nb d’interventions / technicien / jour",
    "Taux de rappel sous 7 jours",
)
_IDEAS = (
    ("Donner aux conseillers l’accès à l’historique complet du client", "Outils"),
    ("Prévenir le client par SMS à chaque changement de statut", "Communication client"),
    ("Nommer un référent back-office joignable par les équipes front", "Organisation"),
    ("Former les nouveaux arrivants avec un parrain pendant un mois", "Formation"),
    ("Remplacer le nb d’appels / heure par le taux de résolution", "Indicateurs"),
    ("Supprimer la double saisie entre le CRM et l’ERP", "Outils"),
    ("Autoriser un geste commercial sans validation jusqu’à 50 €", "Organisation"),
    ("Partager chaque mois les verbatims clients avec toutes les équipes", "Reconnaissance"),
    ("Prévenir toutes les équipes deux semaines avant chaque campagne",
     "Communication interne"),
    ("Rendre le numéro de contact visible sur toutes les pages", "Communication client"),
    ("Une prime collective fondée sur la satisfaction client", "Indicateurs"),
)
_ACTION_VERBS = ("Lancer un pilote :", "Chiffrer :", "Déployer :", "Présenter au comité :")
_STATUSES = ("todo", "todo", "doing", "done")
# fmt: on


def _step_names(n: int, rng: random.Random) -> list[tuple[str, str]]:
    """Return ``n`` (name, phase) pairs, phases in order, names numbered when repeated."""
    phases = [PHASES[min(2, k * 3 // n)] for k in range(n)]
    orders = {phase: rng.sample(pool, len(pool)) for phase, pool in _STEP_POOLS.items()}
    used: dict[str, int] = {}
    result = []
    for phase in phases:
        pool = orders[phase]
        i = used.get(phase, 0)
        used[phase] = i + 1
        name = pool[i % len(pool)]
        if i >= len(pool):
            name = f"{name} ({i // len(pool) + 1})"
        result.append((name, phase))
    return result


def _experience_text(side: str, kind: str, rng: random.Random) -> tuple[str, list[str]]:
    """Compose a post-it text: a core sentence, sometimes a complement, rarely a long tail."""
    fragments, complements, tails = _EXPERIENCE[side, kind]
    core, tags = rng.choice(fragments)
    text = core.format(obj=rng.choice(_OBJECTS), delay=rng.choice(_DELAYS))
    roll = rng.random()
    if roll < 0.12:
        long_text = f"{text}, {rng.choice(complements)}. {rng.choice(tails)}"
        text = long_text if len(long_text) <= 250 else f"{text}. {rng.choice(tails)}"
    elif roll < 0.45:
        text = f"{text}, {rng.choice(complements)}"
    if tags is None:
        return text, []
    if isinstance(tags, str):
        return text, [tags]
    return text, list(tags)


def _info_text(kind: str, rng: random.Random) -> str:
    if kind == "actors":
        role, office = rng.choice(_ACTORS)
        return f"{role} ({office}) – {rng.randint(2, 60)} ETP"
    if kind == "channels":
        channel, unit = rng.choice(_CHANNELS)
        return f"{channel} : {rng.randrange(20, 3000, 10):,} {unit}/jour".replace(",", " ")
    if kind == "tools":
        return rng.choice(_TOOLS)
    return rng.choice(_INDICATORS).format(n=rng.randint(3, 15), p=rng.choice((80, 85, 90)))


def generated_workshop(steps: int = 20, cards: int = 5000, seed: int = 0) -> dict:
    """Return a large, realistic, deterministic workshop for performance measurements.

    ``steps`` steps (>= 1) with phases in order, the six standard lanes, 12 participants,
    exactly ``cards`` post-its (>= 0) spread over every cell when there are enough of them,
    about 10 % of cards linked, ``cards // 50`` ideas, votes within the budget and
    ``cards // 100`` actions.
    """
    if steps < 1:
        raise ValueError("steps must be >= 1")
    if cards < 0:
        raise ValueError("cards must be >= 0")
    rng = random.Random(seed)
    vote_budget = 3
    participants = _participants()
    pids = [p["id"] for p in participants]
    names = [p["name"] for p in participants]
    lanes = _lanes()
    lane_ids = [lane["id"] for lane in lanes]
    lane_kinds = [lane["kind"] for lane in lanes]
    step_list = [
        {"id": f"s{i}", "name": name, "phase": phase}
        for i, (name, phase) in enumerate(_step_names(steps, rng), 1)
    ]
    step_ids = [s["id"] for s in step_list]

    # Cells: one card per cell first (when there are enough cards), then weighted at random:
    # 40 % customer, 40 % employee, 5 % for each info lane.
    n_lanes = len(lanes)
    cells: list[tuple[int, int]] = []
    if cards >= steps * n_lanes:
        cells = [(s, lane) for s in range(steps) for lane in range(n_lanes)]
    rest = cards - len(cells)
    lane_draws = rng.choices(range(n_lanes), weights=(40, 40, 5, 5, 5, 5), k=rest)
    cells.extend((rng.randrange(steps), lane) for lane in lane_draws)
    cells.sort()  # stable order: step, then lane

    card_list = []
    # per step: ids of customer / employee experience cards, and of all irritants
    customer_exp: list[list[str]] = [[] for _ in range(steps)]
    employee_exp: list[list[str]] = [[] for _ in range(steps)]
    irritants: list[list[str]] = [[] for _ in range(steps)]
    for n, (s, lane) in enumerate(cells, 1):
        cid = f"c{n}"
        kind_of_lane = lane_kinds[lane]
        tags: list[str] = []
        if kind_of_lane in ("customer", "employee"):
            roll = rng.random()
            if roll < 0.03:
                kind = "note"
                text = rng.choice(_CARD_NOTES[kind_of_lane])
            else:
                kind = "irritant" if roll < 0.63 else "enchantment"
                text, tags = _experience_text(kind_of_lane, kind, rng)
                side = customer_exp if kind_of_lane == "customer" else employee_exp
                side[s].append(cid)
                if kind == "irritant":
                    irritants[s].append(cid)
        else:
            kind = "note"
            text = _info_text(kind_of_lane, rng)
        card_list.append(
            {
                "id": cid,
                "lane": lane_ids[lane],
                "step": step_ids[s],
                "kind": kind,
                "text": text,
                "author": rng.choice(pids) if rng.random() < 0.9 else None,
                "tags": tags,
            }
        )

    # Links: about 10 % of cards, customer <-> employee card of the same step, no duplicates.
    link_steps = [s for s in range(steps) if customer_exp[s] and employee_exp[s]]
    links = []
    if link_steps:
        wanted = round(cards * 0.1)
        seen: set[tuple[str, str]] = set()
        attempts = 0
        while len(links) < wanted and attempts < wanted * 20:
            attempts += 1
            s = rng.choice(link_steps)
            pair = (rng.choice(customer_exp[s]), rng.choice(employee_exp[s]))
            if pair not in seen:
                seen.add(pair)
                links.append({"customer_card": pair[0], "employee_card": pair[1]})

    # Ideas: cards // 50, each addressing 1 to 3 irritants of one step.
    irritant_steps = [s for s in range(steps) if irritants[s]]
    ideas = []
    for n in range(1, cards // 50 + 1):
        text, theme = rng.choice(_IDEAS)
        addresses: list[str] = []
        if irritant_steps:
            s = rng.choice(irritant_steps)
            k = min(len(irritants[s]), rng.randint(1, 3))
            addresses = rng.sample(irritants[s], k)
            text = f"{text} – étape « {step_list[s]['name']} »"
        ideas.append(
            {
                "id": f"i{n}",
                "text": text,
                "addresses": addresses,
                "author": rng.choice(pids) if rng.random() < 0.8 else None,
                "theme": theme,
            }
        )

    # Votes: two participants have not voted, the others use 1 to vote_budget votes.
    votes = []
    if ideas:
        abstainers = set(rng.sample(pids, 2))
        for pid in pids:
            if pid in abstainers:
                continue
            k = min(len(ideas), rng.randint(1, vote_budget))
            votes.extend(
                {"participant": pid, "target": idea["id"]} for idea in rng.sample(ideas, k)
            )

    # Actions: cards // 100, each carrying one idea and the irritants it addresses.
    actions = []
    for n in range(1, cards // 100 + 1):
        idea = rng.choice(ideas) if ideas else None
        if idea:
            title = f"{rng.choice(_ACTION_VERBS)} {idea['text'][0].lower()}{idea['text'][1:]}"
        else:
            title = "Action à préciser"
        due = (
            ""
            if rng.random() < 0.1
            else (f"2027-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        )
        actions.append(
            {
                "id": f"a{n}",
                "title": title,
                "owner": rng.choice(names),
                "due": due,
                "status": rng.choice(_STATUSES),
                "addresses": list(idea["addresses"]) if idea else [],
                "ideas": [idea["id"]] if idea else [],
            }
        )

    return {
        "format": FORMAT,
        "version": VERSION,
        "workshop": {
            "title": (
                f"Atelier généré – {steps} étape{'s' if steps > 1 else ''}, "
                f"{cards} post-it{'s' if cards > 1 else ''}"
            ),
            "organization": "Entreprise fictive",
            "date": "2026-11-20",
            "facilitator": "Claire Moreau",
            "objective": (
                "Atelier généré automatiquement pour mesurer les performances de "
                f"l’application (graine {seed})."
            ),
            "vote_budget": vote_budget,
        },
        "participants": participants,
        "steps": step_list,
        "lanes": lanes,
        "cards": card_list,
        "links": links,
        "ideas": ideas,
        "votes": votes,
        "actions": actions,
    }
