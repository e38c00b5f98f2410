"""A large workshop written straight as exchange JSON, independently of ``exchange/demo.py``.

The bench must not measure the app on data the app itself shaped, so this generator
writes the exchange format by hand: 20 steps, the six standard lanes, 12 participants,
and per 5,000 post-its 800 links, 200 ideas, 100 actions, with short texts that carry
``&``, ``<b>`` and ``<`` (what breaks naive markup in tables and tooltips).
"""

from __future__ import annotations

import random

LANES = (("customer", "Vécu client"), ("employee", "Vécu collaborateur"),
         ("actors", "Acteurs"), ("channels", "Canaux et volumétrie"), ("tools", "Outils"),
         ("indicators", "Indicateurs"))
PHASES = ("avant", "pendant", "après")
WORDS = ("attente", "appel", "facture", "livraison", "conseiller", "dossier", "relance",
         "écran", "outil", "client", "délai", "rappel", "courriel", "agence", "devis",
         "remboursement", "panne", "rendez-vous", "accueil", "suivi")
ODD = ("R&D", "<b>urgent</b>", "< 48 h", "Q&A", "a < b", "&amp;", "<i>", "SAV & co")
COLOURS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
           "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#ff7f0e")


def _text(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(3, 14))]
    words.insert(rng.randrange(len(words) + 1), rng.choice(ODD))
    return " ".join(words).capitalize()


def workload(cards: int = 5000, steps: int = 20, seed: int = 11) -> dict:
    """The exchange document: ``cards`` post-its, links, ideas and actions in proportion."""
    rng = random.Random(seed)
    participants = [{"id": f"p{n}", "name": f"Participant {n} Nom{n}", "department": "Service",
                     "office": "front" if n % 2 else "back", "colour": COLOURS[n - 1]}
                    for n in range(1, 13)]
    step_list = [{"id": f"s{n}", "name": f"Étape {n} & <suite>",
                  "phase": PHASES[min(2, 3 * (n - 1) // steps)]} for n in range(1, steps + 1)]
    lanes = [{"id": f"L{n}", "kind": kind, "name": name}
             for n, (kind, name) in enumerate(LANES, 1)]
    out_cards = []
    by_step: dict[tuple[str, int], list[str]] = {}
    irritants: list[str] = []
    for n in range(1, cards + 1):
        lane = rng.choices(range(6), weights=(40, 40, 5, 5, 5, 5))[0]
        step = rng.randrange(steps)
        experience = lane < 2
        kind = rng.choice(("irritant", "irritant", "enchantment")) if experience else "note"
        cid = f"c{n}"
        out_cards.append({"id": cid, "lane": f"L{lane + 1}", "step": f"s{step + 1}",
                          "kind": kind, "text": _text(rng),
                          "author": f"p{rng.randint(1, 12)}" if rng.random() < 0.8 else None,
                          "tags": rng.sample(("relational", "digital", "sens", "image"),
                                             rng.randint(0, 2)) if experience else []})
        if experience and kind != "note":
            by_step.setdefault((LANES[lane][0], step), []).append(cid)
            if kind == "irritant":
                irritants.append(cid)
    links: set[tuple[str, str]] = set()
    want = cards * 4 // 25
    while len(links) < want:
        step = rng.randrange(steps)
        a, b = by_step.get(("customer", step)), by_step.get(("employee", step))
        if a and b:
            links.add((rng.choice(a), rng.choice(b)))
    ideas = [{"id": f"i{n}", "text": _text(rng), "author": f"p{rng.randint(1, 12)}",
              "theme": f"Thème {n % 7} & co", "addresses": rng.sample(irritants, 2)}
             for n in range(1, cards // 25 + 1)]
    votes = [{"participant": f"p{p}", "target": f"i{rng.randint(1, len(ideas))}"}
             for p in range(1, 13) for _ in range(3)] if ideas else []
    actions = [{"id": f"a{n}", "title": _text(rng), "owner": f"Participant {n % 12 + 1}",
                "due": f"2027-{n % 12 + 1:02d}-15", "status": ("todo", "doing", "done")[n % 3],
                "addresses": rng.sample(irritants, 1), "ideas": [f"i{n}"] if n <= len(ideas)
                else []} for n in range(1, cards // 50 + 1)]
    return {"format": "symetrie-workshop", "version": 1,
            "workshop": {"title": f"Bench {cards} post-its", "organization": "R&D <b>",
                         "date": "2026-11-27", "facilitator": "Bench", "objective": "Mesurer",
                         "vote_budget": 3},
            "participants": participants, "steps": step_list, "lanes": lanes,
            "cards": out_cards,
            "links": [{"customer_card": a, "employee_card": b} for a, b in sorted(links)],
            "ideas": ideas, "votes": votes, "actions": actions, "settings": {}}
