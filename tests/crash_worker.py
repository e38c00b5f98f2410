"""Crash harness worker: applies a seeded stream of edits to a workshop file and prints the
state's digest after each edit returns (that is, once the edit is durable). The test kills it
with SIGKILL at a random moment and checks what is on disk."""

from __future__ import annotations

import hashlib
import json
import random
import sys

from symetrie_desktop.commands import Document
from symetrie_desktop.commands import board as edits
from symetrie_desktop.domain.model import Workshop
from symetrie_desktop.exchange.workshop_json import to_exchange


def digest(w: Workshop) -> str:
    return hashlib.sha256(json.dumps(to_exchange(w), sort_keys=True).encode()).hexdigest()[:16]


def next_edit(w: Workshop, rng: random.Random):
    lanes = [x.id for x in w.ordered_lanes()]
    steps = [s.id for s in w.ordered_steps()]
    cards = sorted(w.cards)
    roll = rng.random()
    if roll < 0.4 or len(cards) < 5:
        return edits.add_card(w, rng.choice(lanes), rng.choice(steps), "irritant",
                              f"Post-it n°{rng.randint(1, 10**6)} é 😀")
    if roll < 0.7:
        moving = rng.sample(cards, k=min(len(cards), rng.randint(1, 10)))
        return edits.move_cards(w, moving, rng.choice(lanes), rng.choice(steps), rng.randint(0, 3))
    if roll < 0.85:
        return edits.remove_cards(w, rng.sample(cards, k=min(len(cards), 3)))
    return edits.update_card(w, rng.choice(cards), text="Texte modifié " * rng.randint(1, 50))


def replayed_states(path, base: Workshop, seed: int, printed: int) -> list[str]:
    """The digest after each of the first ``printed + 1`` edits of ``seed``, replayed on a
    fresh copy of ``base`` at ``path``: what the killed writer's file may hold."""
    from symetrie_desktop.store import write_new

    write_new(path, base)
    replay = Document.open(path)
    rng = random.Random(seed)
    states = []
    for _ in range(printed + 1):
        next_edit(replay.workshop, rng).redo(replay)
        states.append(digest(replay.workshop))
    replay.close()
    return states


def main(path: str, seed: int, count: int) -> None:
    doc = Document.open(path)
    rng = random.Random(seed)
    for _ in range(count):
        next_edit(doc.workshop, rng).redo(doc)
        print(digest(doc.workshop), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
