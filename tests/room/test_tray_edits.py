"""The tray's edits: a moderated post-it waits in the file, then is accepted (as sent or
corrected), merged, refused or withdrawn — each an ordinary edit, undone like any other."""

from __future__ import annotations

import pytest

from symetrie_desktop.commands.room import received_card, room_cards
from symetrie_desktop.commands.room_names import accept_typed_name
from symetrie_desktop.commands.tray import (
    REFUSED,
    accept_pending,
    change_pending,
    hold_phone_cards,
    merge_pending,
    pending,
    refuse_pending,
    status,
    tray,
)
from symetrie_desktop.domain.model import LaneKind
from symetrie_desktop.domain.rules import RuleError
from symetrie_desktop.store import load_file


def _item(phone_id: str, text: str, **more) -> dict:
    return {"phone_id": phone_id, "lane": "customer", "step_id": 2, "kind": "irritant",
            "text": text, "author_id": None, "phone": "phone-of-anna", **more}


def _hold(doc, *items) -> list[str]:
    edit, answers = hold_phone_cards(doc.workshop, items)
    if not edit.empty:
        edit.redo(doc)
    return answers


def test_a_held_post_it_is_in_the_file_and_a_resend_is_kept_once(demo_doc):
    cards = dict(demo_doc.workshop.cards)
    answers = _hold(demo_doc, _item("tray-post-1", "Attente au guichet"),
                    _item("tray-post-2", "Colis abîmé"), _item("tray-post-1", "Attente"),
                    _item("tray-post-3", "x", step_id=999), _item("tray-post-4", "x", lane="tools"))
    assert answers[:3] == ["pending"] * 3 and "step" in answers[3] and "lane" in answers[4]
    on_disk = load_file(demo_doc.path)  # durable before the phone is told « reçu »
    assert [p.text for p in tray(on_disk)] == ["Attente au guichet", "Colis abîmé"]
    assert on_disk.cards == cards  # nothing on the board yet
    assert _hold(demo_doc, _item("tray-post-1", "encore")) == ["pending"]
    assert len(tray(load_file(demo_doc.path))) == 2


def test_accepting_puts_it_on_the_board_and_undo_puts_it_back_in_the_tray(demo_doc):
    _hold(demo_doc, _item("tray-post-1", "Attente au guichet", author_id=2))
    edit = accept_pending(demo_doc.workshop, "tray-post-1", text="Attente au guichet (corrigé)")
    edit.redo(demo_doc)
    on_disk = load_file(demo_doc.path)
    card = on_disk.cards[edit.created]
    assert card.text == "Attente au guichet (corrigé)" and card.author_id == 2
    assert on_disk.lanes[card.lane_id].kind == LaneKind.CUSTOMER and card.step_id == 2
    assert edit.created in room_cards(on_disk)
    assert not tray(on_disk) and status(on_disk, "tray-post-1") == "accepted"
    edit.undo(demo_doc)
    on_disk = load_file(demo_doc.path)
    assert edit.created not in on_disk.cards
    assert pending(on_disk, "tray-post-1").text == "Attente au guichet"
    with pytest.raises(RuleError):
        accept_pending(demo_doc.workshop, "never-sent-01")


def test_merging_adds_the_text_to_a_post_it_on_the_board(demo_doc):
    target = min(demo_doc.workshop.cards)
    before = demo_doc.workshop.cards[target].text
    _hold(demo_doc, _item("tray-post-1", "Même chose vue de la salle"))
    merge_pending(demo_doc.workshop, "tray-post-1", target).redo(demo_doc)
    on_disk = load_file(demo_doc.path)
    assert on_disk.cards[target].text == f"{before}\nMême chose vue de la salle"
    assert received_card(on_disk, "tray-post-1") == target and not tray(on_disk)


def test_refusing_is_remembered_and_a_resend_stays_refused(demo_doc):
    cards = dict(demo_doc.workshop.cards)
    _hold(demo_doc, _item("tray-post-1", "Hors sujet"))
    refuse_pending(demo_doc.workshop, "tray-post-1").redo(demo_doc)
    on_disk = load_file(demo_doc.path)
    assert received_card(on_disk, "tray-post-1") == REFUSED and not tray(on_disk)
    assert status(on_disk, "tray-post-1") == "refused" and on_disk.cards == cards
    assert _hold(demo_doc, _item("tray-post-1", "Hors sujet")) == ["refused"]
    assert not tray(load_file(demo_doc.path))


def test_the_phone_corrects_or_withdraws_a_waiting_post_it(demo_doc):
    _hold(demo_doc, _item("tray-post-1", "fote"), _item("tray-post-2", "à retirer"))
    change_pending(demo_doc.workshop, "tray-post-1", "faute").redo(demo_doc)
    change_pending(demo_doc.workshop, "tray-post-2", None).redo(demo_doc)
    assert [p.text for p in tray(load_file(demo_doc.path))] == ["faute"]


def test_a_typed_name_takes_the_phone_post_its_on_the_board_and_in_the_tray(demo_doc):
    from symetrie_desktop.commands.room import add_phone_card

    on_board = add_phone_card(demo_doc.workshop, "named-post-1", "employee", 1, "irritant",
                              "Avant mon nom")
    on_board.redo(demo_doc)
    _hold(demo_doc, _item("named-post-2", "En attente sans nom"),
          _item("named-post-3", "Un autre téléphone", phone="phone-of-bob"))
    edit = accept_typed_name(demo_doc.workshop, "Zoé Martin", "phone-of-anna",
                             ["named-post-1", "named-post-2"])
    edit.redo(demo_doc)
    on_disk = load_file(demo_doc.path)
    assert on_disk.participants[edit.created].name == "Zoé Martin"
    assert on_disk.cards[on_board.created].author_id == edit.created
    assert pending(on_disk, "named-post-2").author_id == edit.created
    assert pending(on_disk, "named-post-3").author_id is None
    edit.undo(demo_doc)
    assert load_file(demo_doc.path).cards[on_board.created].author_id is None
