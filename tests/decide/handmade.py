"""A small workshop built by hand, card by card, whose matrix is worked out from DOMAIN.md.

Steps: S1 Commande, S2 Livraison, S3 Facture, S4 Service client (no employee card).
Lanes: customer (1), employee (2), channels (3), indicators (4).
"""

from __future__ import annotations

from symetrie_desktop.domain.model import (
    Card,
    CardKind,
    Lane,
    LaneKind,
    Link,
    Participant,
    Step,
    Workshop,
    WorkshopInfo,
)

IRR, ENC, N = CardKind.IRRITANT, CardKind.ENCHANTMENT, CardKind.NOTE
CUSTOMER, EMPLOYEE, CHANNELS, INDICATORS = 1, 2, 3, 4


def handmade() -> Workshop:
    w = Workshop(WorkshopInfo("Atelier fait main", vote_budget=2))
    for pid, name in enumerate(["Anne Roy", "Bruno Cas", "Chloé Dia", "Hugo Animateur"], 1):
        w.participants[pid] = Participant(pid, name, position=pid)
    for sid, name in enumerate(["Commande", "Livraison", "Facture", "Service client"], 1):
        w.steps[sid] = Step(sid, name, position=sid)
    for lid, kind, name in [
        (CUSTOMER, LaneKind.CUSTOMER, "Vécu client"),
        (EMPLOYEE, LaneKind.EMPLOYEE, "Vécu collaborateur"),
        (CHANNELS, LaneKind.CHANNELS, "Canaux"),
        (INDICATORS, LaneKind.INDICATORS, "Indicateurs"),
    ]:
        w.lanes[lid] = Lane(lid, kind, name, lid)
    cards = [
        # id, lane, step, kind, tags, text
        (1, CUSTOMER, 1, IRR, ("digital",), "Paiement refusé sans explication"),
        (2, EMPLOYEE, 1, IRR, ("ecosysteme",), "Aucun motif de refus dans l'outil"),
        (3, CUSTOMER, 1, ENC, ("relational",), "Le conseiller a débloqué ma commande"),
        (4, EMPLOYEE, 1, ENC, ("sens",), "J'aime débloquer les clients"),
        (5, CUSTOMER, 2, IRR, (), "Colis déposé chez un voisin"),
        (6, EMPLOYEE, 2, ENC, ("connexions",), "Moins d'appels depuis le dépôt voisin"),
        (7, CUSTOMER, 2, ENC, ("relational", "digital"), "SMS puis appel du livreur"),
        (8, EMPLOYEE, 2, IRR, ("ecosysteme", "epanouissement"), "80 arrêts par jour"),
        (9, CHANNELS, 2, N, (), "2 500 colis par jour"),
        (10, INDICATORS, 2, N, (), "Coût par colis livré"),
        (11, INDICATORS, 2, N, (), "Taux de premier passage"),
        (12, CUSTOMER, 3, IRR, ("digital",), "Facture introuvable"),
        (13, EMPLOYEE, 3, IRR, (), "Avoirs saisis à la main"),
        (14, CUSTOMER, 4, IRR, (), "Vingt minutes d'attente"),
        (15, CUSTOMER, 4, ENC, ("digital",), "Réponse rapide par chat"),
        (16, EMPLOYEE, 3, N, (), "Une note dans le couloir collaborateur"),
        (17, CUSTOMER, 3, ENC, ("relational",), "Geste commercial spontané"),
    ]
    for cid, lane, step, kind, tags, text in cards:
        w.cards[cid] = Card(cid, lane, step, kind, text, None, tags, cid)
    w.links |= {
        Link(1, 2),  # I x I -> Priorité 1 (S1)
        Link(12, 13),  # I x I -> Priorité 1 (S3)
        Link(7, 8),  # E x I -> Priorité 2 (S2)
        Link(3, 2),  # E x I -> Priorité 2 (S1)
        Link(5, 6),  # I x E -> À examiner (S2)
        Link(3, 4),  # E x E -> À capitaliser (S1)
        Link(17, 16),  # with an employee note: no quadrant
        Link(14, 8),  # cards of different steps (hand-edited file): no quadrant
    }
    return w


#: The matrix DOMAIN.md gives for the workshop above: quadrant -> (customer, employee) pairs in
#: journey order.
EXPECTED = {
    1: [(1, 2), (12, 13)],
    2: [(3, 2), (7, 8)],
    3: [(5, 6)],
    4: [(3, 4)],
}
