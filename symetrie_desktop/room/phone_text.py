"""The words of the phone page, in French and English, and the choice between them.

The phone page is not a Qt window, so its words cannot go through Qt's translator: they are
kept here, both languages side by side, and the page is sent in the language the phone asks
for first (its Accept-Language), French when it asks for neither.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "fr": {
        "page_title": "Symétrie — la salle",
        "placeholder": "Votre post-it…",
        "send": "Envoyer",
        "empty": "Écrivez d'abord le texte.",
        "sending": "envoi…",
        "received": "reçu",
        "waiting": "en attente du réseau, il partira tout seul",
        "paused": "la salle est en pause, il partira ensuite",
        "refused": "refusé",
        "removed": "Ce téléphone a été retiré de la salle.",
        "details": "Qui, où, quoi",
        "who": "Je suis",
        "nobody": "— sans nom —",
        "lane": "Vécu",
        "customer": "Client",
        "employee": "Collaborateur",
        "kind": "Type",
        "irritant": "Irritant",
        "enchantment": "Enchantement",
        "step": "Étape",
        "mine": "Mes post-it",
        "vote": "Vote",
        "dots_left": "Points restants : {n} sur {budget}",
        "pick_name": "Choisissez votre nom (Qui, où, quoi) pour voter.",
        "excluded": "Vous ne votez pas dans ce tour.",
        "dots_total": "{n} au total",
        "add_dot": "Ajouter un point",
        "remove_dot": "Retirer un point",
        "board": "Le tableau",
        "offline": "Pas de réseau pour l'instant.",
        "lost": "La salle ne répond plus : l'animateur l'a fermée, ou le réseau est coupé. "
                "Ce qui n'est pas parti reste sur ce téléphone et partira à son retour.",
        "correct": "Corriger",
        "withdraw": "Retirer",
        "withdrawn": "retiré",
        "confirm_withdraw": "Retirer ce post-it du tableau ?",
        "review": "en attente de l'animateur",
        "accepted": "accepté",
        "turned_down": "refusé par l'animateur",
        "other_name": "Mon nom n'est pas dans la liste",
        "name_placeholder": "Prénom Nom",
        "ask_name": "Demander",
        "name_pending": "Demandé : {name} — l'animateur va l'accepter.",
        "name_accepted": "Bienvenue, {name} !",
        "name_refused": "L'animateur n'a pas accepté « {name} ».",
        "why_locked": "L'animateur a verrouillé les post-it : plus de correction ni de retrait.",
        "why_paused": "La salle est en pause ; réessayez dans un moment.",
        "why_removed": "Ce téléphone a été retiré de la salle.",
        "why_too_many": "Trop de demandes d'un coup ; réessayez dans un instant.",
        "why_unknown_step": "Cette étape n'existe plus ; choisissez-en une autre.",
        "why_unknown_participant": "Ce nom n'est plus dans la liste ; choisissez le vôtre.",
        "why_bad_request": "Le portable n'a pas compris ce post-it.",
        "why_too_large": "Texte trop long.",
        "why_not_found": "Ce post-it n'est plus sur le tableau.",
        "why_vote_closed": "Le vote est fermé.",
        "why_vote_refused": "Ce point ne peut pas être placé (plus de points ?).",
        "why_not_saved": "Le portable n'a pas pu l'enregistrer ; il réessaiera.",
        "why_bad_name": "Ce nom ne convient pas (vide ou trop long).",
        "why_conflict": "Déjà fait.",
    },
    "en": {
        "page_title": "Symétrie — the room",
        "placeholder": "Your sticky note…",
        "send": "Send",
        "empty": "Write the text first.",
        "sending": "sending…",
        "received": "received",
        "waiting": "waiting for the network, it will go by itself",
        "paused": "the room is paused, it will go afterwards",
        "refused": "refused",
        "removed": "This phone was removed from the room.",
        "details": "Who, where, what",
        "who": "I am",
        "nobody": "— no name —",
        "lane": "Experience",
        "customer": "Customer",
        "employee": "Employee",
        "kind": "Kind",
        "irritant": "Pain point",
        "enchantment": "Delight",
        "step": "Step",
        "mine": "My sticky notes",
        "vote": "Vote",
        "dots_left": "Dots left: {n} of {budget}",
        "pick_name": "Pick your name (Who, where, what) to vote.",
        "excluded": "You do not vote in this round.",
        "dots_total": "{n} in all",
        "add_dot": "Add a dot",
        "remove_dot": "Take a dot back",
        "board": "The board",
        "offline": "No network for now.",
        "lost": "The room no longer answers: the facilitator closed it, or the network is "
                "down. What has not gone yet stays on this phone and goes when it is back.",
        "correct": "Correct",
        "withdraw": "Withdraw",
        "withdrawn": "withdrawn",
        "confirm_withdraw": "Take this sticky note off the board?",
        "review": "waiting for the facilitator",
        "accepted": "accepted",
        "turned_down": "turned down by the facilitator",
        "other_name": "My name is not in the list",
        "name_placeholder": "First and last name",
        "ask_name": "Ask",
        "name_pending": "Asked: {name} — the facilitator will accept it.",
        "name_accepted": "Welcome, {name}!",
        "name_refused": "The facilitator did not accept “{name}”.",
        "why_locked": ("The facilitator has locked the sticky notes: "
                       "no more corrections or withdrawals."),
        "why_paused": "The room is paused; try again in a moment.",
        "why_removed": "This phone was removed from the room.",
        "why_too_many": "Too many requests at once; try again in a moment.",
        "why_unknown_step": "This step no longer exists; pick another one.",
        "why_unknown_participant": "This name is no longer in the list; pick yours.",
        "why_bad_request": "The laptop did not understand this sticky note.",
        "why_too_large": "Text too long.",
        "why_not_found": "This sticky note is no longer on the board.",
        "why_vote_closed": "The vote is closed.",
        "why_vote_refused": "This dot cannot be placed (no dots left?).",
        "why_not_saved": "The laptop could not save it; it will try again.",
        "why_bad_name": "This name will not do (empty or too long).",
        "why_conflict": "Already done.",
    },
}


def language(accept_language: str) -> str:
    """'fr' or 'en': the first of the phone's languages that the page speaks."""
    ranked = []
    for index, part in enumerate(accept_language.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        ranked.append((-quality, index, tag.strip().lower()[:2]))
    for _q, _i, code in sorted(ranked):
        if code in STRINGS:
            return code
    return "fr"
