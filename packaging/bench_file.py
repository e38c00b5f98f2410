"""The workshop file's figures on a generated 20-step workshop: write, read, and one edit.

Prints the median of several runs; figures for notes and issues come from here, never from
timed tests.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from symetrie_desktop.commands import Document
from symetrie_desktop.commands import board as edits
from symetrie_desktop.exchange.demo import generated_workshop
from symetrie_desktop.exchange.workshop_json import dumps, from_exchange, loads
from symetrie_desktop.store import load_file, write_new


def timed(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    for cards in (500, 5000):
        data = generated_workshop(20, cards)
        w = from_exchange(data)
        path = folder / f"w{cards}.symetrie"
        write_new(path, w)
        text = dumps(w)
        print(f"{cards} cards: import JSON {timed(lambda d=data: from_exchange(d)):.0f} ms, "
              f"write file {timed(lambda p=path, w=w: write_new(p, w)):.0f} ms, "
              f"read file {timed(lambda p=path: load_file(p)):.0f} ms, "
              f"export JSON {timed(lambda w=w: dumps(w)):.0f} ms, "
              f"parse JSON {timed(lambda t=text: loads(t)):.0f} ms")
        doc = Document.open(path)
        wk = doc.workshop
        customer = wk.lane_of_kind("customer")
        steps = wk.ordered_steps()
        ids = [c.id for c in wk.cell(customer.id, steps[0].id)][:10]

        def drag(doc=doc, ids=ids, lane=customer.id, steps=steps):
            edit = edits.move_cards(doc.workshop, ids, lane, steps[-1].id, 0)
            edit.redo(doc)
            edit.undo(doc)

        def add(doc=doc, lane=customer.id, step=steps[0].id):
            edit = edits.add_card(doc.workshop, lane, step, "irritant", "Nouveau post-it")
            edit.redo(doc)
            edit.undo(doc)

        print(f"{cards} cards: drag of {len(ids)} cards + undo {timed(drag, 10):.1f} ms, "
              f"add a card + undo {timed(add, 10):.1f} ms (two durable transactions each)")
        doc.close()


if __name__ == "__main__":
    main()
