"""After the workshop, in the window: start the next session from the File menu, review an
action, mark an irritant solved, answer the self-diagnosis, turn levers into actions, import
a mirror survey — then read the file on disk."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from symetrie_desktop.domain.diagnosis import Level, diagnose, ordered_statements
from symetrie_desktop.domain.followup import Outcome, history
from symetrie_desktop.store import load_file
from symetrie_desktop.ui.after import actions as after_actions


def _page(window, name: str):
    """Show the tab of the page class ``name`` (made on first show) and return its page."""
    tabs = window.tabs
    index = tabs.index_of_key(name)
    assert index >= 0, name
    tabs.setCurrentIndex(index)
    assert type(tabs.currentWidget()).__name__ == name
    return tabs.currentWidget()


def test_follow_up_session_from_the_window_and_a_review_kept_with_its_date(window, tmp_path,
                                                                           qtbot):
    first = window.model.document.path
    titles = {a.title for a in load_file(first).actions.values()}
    nxt = tmp_path / "suivi.symetrie"
    assert after_actions.new_follow_up(window, nxt)
    assert window.model.document.path == nxt
    page = _page(window, "FollowUpPage")
    assert page.table.rowCount() == len(titles)
    page.table.selectRow(0)
    aid = page.selected_action()
    page.status.setCurrentIndex(page.status.findData(Outcome.DONE.value))
    page.note.setText("En production depuis lundi")
    page.when.setDate(QDate(2027, 1, 12))
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    w = load_file(nxt)
    [review] = history(w.reviews, aid)
    assert (review.date, review.status, review.note) == ("2027-01-12", Outcome.DONE,
                                                         "En production depuis lundi")
    assert w.actions[aid].status.value == "done"
    assert page.history.count() == 1 and "12/01/2027" in page.history.item(0).text()
    # an irritant of the previous session, solved by this action
    for row in range(page.table.rowCount()):
        page.table.selectRow(row)
        irritants = [i for i in range(page.evidence.count())
                     if page.evidence.item(i).data(Qt.ItemDataRole.UserRole)[2] == "irritant"]
        if irritants:
            break
    page.evidence.setCurrentRow(irritants[0])
    qtbot.mouseClick(page.solve_button, Qt.MouseButton.LeftButton)
    [solved] = load_file(nxt).solved.values()
    assert solved.action_id == page.selected_action()
    window.undo_action.trigger()
    assert not load_file(nxt).solved


def test_overdue_actions_stand_out(window, tmp_path):
    from symetrie_desktop.commands.decide import update_action

    nxt = tmp_path / "suivi.symetrie"
    assert after_actions.new_follow_up(window, nxt)
    aid = min(window.model.workshop.actions)
    window.model.try_push(update_action, aid, due="2020-01-31", status="doing")
    page = _page(window, "FollowUpPage")
    late_rows = [r for r in range(page.table.rowCount())
                 if "en retard" in page.table.item(r, 3).text()]
    assert [page.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in late_rows] == [aid]
    assert page.table.item(late_rows[0], 0).foreground().color().name() == "#c0392b"


def test_self_diagnosis_answered_in_the_app_gives_the_levels(window, qtbot):
    page = _page(window, "DiagnosisPage")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    statements = ordered_statements(window.model.workshop.statements)
    assert len(statements) == 25
    # two people: the first agrees fully on Sens, not at all elsewhere; the second says 3
    # everywhere. By hand: Sens (4+3)/2 = 3.5 -> 83 %, the others (1+3)/2 = 2 -> 33 %.
    for s in statements:
        page.tick(s.id, 4 if s.dimension == "sens" else 1)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.answers() == {}  # the form is empty for the next person
    for s in statements:
        page.tick(s.id, 3)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    w = load_file(window.model.document.path)
    assert len(w.responses) == 2
    levels = {s.dimension.value: s.level for s in diagnose(w.statements, w.responses).scores}
    assert levels == {"sens": Level.ANCHORED, "epanouissement": Level.TO_BUILD,
                      "connexions": Level.TO_BUILD, "image": Level.TO_BUILD,
                      "ecosysteme": Level.TO_BUILD}
    assert "83 %" in page.levels.text() and "Ancrée" in page.levels.text()
    # levers of the weakest dimensions, two ticked, one gesture
    assert page.levers.count() >= 2
    for i in range(2):
        page.levers.item(i).setCheckState(Qt.CheckState.Checked)
    before = len(w.actions)
    qtbot.mouseClick(page.lever_button, Qt.MouseButton.LeftButton)
    actions = load_file(window.model.document.path).actions
    new = sorted(actions.values(), key=lambda a: a.id)[before:]
    assert len(new) == 2 and all(a.title.startswith("[") for a in new)
    window.undo_action.trigger()
    assert len(load_file(window.model.document.path).actions) == before


def test_mirror_import_from_the_window_refuses_a_bad_row(window, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes("question;etape;population;note\nQ;Livraison;client;3\n"
                    "Q;Livraison;fournisseur;2\n".encode("cp1252"))
    assert not after_actions.import_mirror(window, bad)
    assert "ligne 3" in window.last_message
    assert not load_file(window.model.document.path).mirror
    good = tmp_path / "good.csv"
    good.write_bytes("question;étape;population;note\nQ;Livraison;client;3\n"
                     "Q;Livraison;collaborateur;4\n".encode("cp1252"))
    assert after_actions.import_mirror(window, good)
    assert len(load_file(window.model.document.path).mirror) == 2
    page = _page(window, "MirrorPage")
    assert page.table.rowCount() == 1 and page.table.item(0, 4).text() == "+1,0"


def test_the_radar_on_the_wall_follows_the_answers(window, qtbot):
    from symetrie_desktop.ui.after.radar_wall import WALL_TEXT_PX, RadarWall

    page = _page(window, "DiagnosisPage")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    wall = RadarWall(window.model)
    qtbot.addWidget(wall)
    wall.show()
    assert wall.radar.large and wall.levels.font().pixelSize() == WALL_TEXT_PX >= 24
    assert "0 réponse" in wall.levels.text()
    statements = ordered_statements(window.model.workshop.statements)
    for s in statements:
        page.tick(s.id, 4)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "1 réponse" in wall.levels.text() and wall.levels.text().count("Ancrée") == 6


def _in_thread(qtbot, req) -> tuple[int, bytes]:
    """A phone's request, from another thread: the room answers through the Qt thread, which
    must keep turning meanwhile."""
    import threading
    import urllib.request

    result: dict = {}

    def send():
        with urllib.request.urlopen(req, timeout=10) as r:
            result["reply"] = (r.status, r.read())

    thread = threading.Thread(target=send)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=15000)
    return result["reply"]


def test_with_the_room_open_the_page_gives_the_phones_address(window, qtbot):
    import json
    import urllib.request

    page = _page(window, "DiagnosisPage")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.phone_url() is None and not page.phone_hint.isVisible()
    panel = window.open_room(host="127.0.0.1", port=0)
    try:
        _page(window, "FollowUpPage")
        page = _page(window, "DiagnosisPage")  # shown again: it looks for the room
        url = page.phone_url()
        assert url and url in page.phone_hint.text() and page.phone_qr.isVisible()
        first = ordered_statements(window.model.workshop.statements)[0]
        status, body = _in_thread(qtbot, urllib.request.Request(
            url, headers={"X-Phone": "phone-abcdef12"}))
        assert status == 200 and "Autodiagnostic" in body.decode("utf-8")
        status, _ = _in_thread(qtbot, urllib.request.Request(
            url.removesuffix("diagnostic") + "api/diagnosis", method="POST",
            data=json.dumps({"answers": {str(first.id): 3}}).encode(),
            headers={"Content-Type": "application/json", "X-Phone": "phone-abcdef12"}))
        assert status == 200
        assert len(load_file(window.model.document.path).responses) == 1
        assert "1 réponse" in page.count_label.text()
    finally:
        panel.close_room()
