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
        "correct": "Corriger",
        "withdraw": "Retirer",
        "withdrawn": "retiré",
        "confirm_withdraw": "Retirer ce post-it du tableau ?",
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
        "correct": "Correct",
        "withdraw": "Withdraw",
        "withdrawn": "withdrawn",
        "confirm_withdraw": "Take this sticky note off the board?",
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
