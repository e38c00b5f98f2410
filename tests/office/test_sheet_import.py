"""A workshop from a spreadsheet: our own workbook back, a hand-made one, CSV as French Excel
saves it, and bad cells named by sheet, row and column with nothing written."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from openpyxl import Workbook, load_workbook

from symetrie_desktop.cli import main
from symetrie_desktop.domain.model import LaneKind, Office
from symetrie_desktop.exchange.workshop_json import to_exchange
from symetrie_desktop.exchange.xlsx_export import write_xlsx
from symetrie_desktop.store import load_file, write_new


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def workbook(path, sheets: dict[str, list[list]]) -> None:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    book.save(path)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_our_workbook_imports_back_to_the_same_workshop(tmp_path, capsys, demo, lang):
    src = tmp_path / "demo.symetrie"
    write_new(src, demo)
    xlsx = tmp_path / "demo.xlsx"
    assert run(capsys, "export-xlsx", src, "-o", xlsx, "--lang", lang)[0] == 0
    back = tmp_path / "back.symetrie"
    code, _, err = run(capsys, "import", xlsx, "-o", back)
    assert (code, err) == (0, "")
    for f, name in ((src, "a.json"), (back, "b.json")):
        assert run(capsys, "export", f, "-o", tmp_path / name)[0] == 0
    a = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    a.pop("settings"), b.pop("settings")  # agenda and vote-round state are not in a workbook
    assert b == a
    assert len(a["cards"]) > 50 and a["links"] and a["votes"] and a["actions"]


def test_a_hand_made_workbook_with_steps_and_participants_is_a_ready_board(tmp_path, capsys):
    xlsx = tmp_path / "préparation.xlsx"
    workbook(xlsx, {
        "Étapes": [["Étape", "Phase"], ["Recherche en ligne", "Avant"],
                   ["Visite en agence", "pendant"], [None, None], ["Suivi", "Après"]],
        "Participants": [["Nom", "Métier", "Front/back"], ["Léa Roux", "Accueil", "front"],
                         ["Marc Petit", "Facturation", "back-office"]],
        "Notes du chef": [["rien", "à lire"]],
    })
    out = tmp_path / "atelier.symetrie"
    code, _, err = run(capsys, "import", xlsx, "-o", out)
    assert code == 0, err
    w = load_file(out)
    assert [s.name for s in w.ordered_steps()] == ["Recherche en ligne", "Visite en agence",
                                                   "Suivi"]
    assert [s.phase.value for s in w.ordered_steps()] == ["avant", "pendant", "après"]
    assert [(p.name, p.department, p.office) for p in w.ordered_participants()] == [
        ("Léa Roux", "Accueil", Office.FRONT), ("Marc Petit", "Facturation", Office.BACK)]
    kinds = [lane.kind for lane in w.ordered_lanes()]
    assert kinds[:2] == [LaneKind.CUSTOMER, LaneKind.EMPLOYEE] and len(kinds) == 6
    assert w.info.title == "préparation" and not w.cards


def test_hand_made_post_its_votes_and_plan_by_names_and_french_dates(tmp_path, capsys):
    xlsx = tmp_path / "p.xlsx"
    workbook(xlsx, {
        "Étapes": [["Étape"], ["Commande"], ["Livraison"]],
        "Participants": [["Nom"], ["Léa Roux"]],
        "Post-it": [["Réf.", "Étape", "Couloir", "Nature", "Texte", "Auteur", "Relié à"],
                    ["c1", "Livraison", "Vécu client", "Irritant", "Colis en retard", "Léa Roux",
                     "c2"],
                    ["c2", "livraison", "collaborateur", "irritant", "Pas de suivi transporteur",
                     None, None]],
        "Idées": [["Idée", "Votes", "Répond à"], ["Accès au portail transporteur", 3, "c1"]],
        "Plan d'actions": [["Action", "Porteur", "Échéance", "Statut"],
                           ["Ouvrir le portail", "Léa", "15/01/2027", "En cours"],
                           ["Former l'équipe", "Marc", datetime(2027, 2, 1), None]],
    })
    out = tmp_path / "a.symetrie"
    code, _, err = run(capsys, "import", xlsx, "-o", out)
    assert code == 0, err
    w = load_file(out)
    assert len(w.links) == 1 and len(w.votes) == 3
    assert sorted((a.title, a.due, a.status.value) for a in w.actions.values()) == [
        ("Former l'équipe", "2027-02-01", "todo"), ("Ouvrir le portail", "2027-01-15", "doing")]


@pytest.mark.parametrize(("sheets", "where"), [
    ({"Étapes": [["Étape"], ["Commande"]],
      "Post-it": [["Étape", "Couloir", "Texte"], ["Commande", "Vécu client", "ok"],
                  ["Commande", "Vécu client", "   "]]},
     "Post-it, row 3, column C (Texte): empty text"),
    ({"Étapes": [["Étape"], ["Commande"]],
      "Post-it": [["Étape", "Couloir", "Texte"], ["Livraison", "Vécu client", "x"]]},
     "Post-it, row 2, column A (Étape): step 'Livraison': not on the steps sheet"),
    ({"Étapes": [["Étape", "Phase"], ["Commande", "Pendant"], ["Facture", "plus tard"]]},
     "Étapes, row 3, column B (Phase)"),
    ({"Étapes": [["Étape"], ["Commande"]],
      "Plan d'actions": [["Action", "Échéance"], ["Relancer", "31/02/2027"]]},
     "Plan d'actions, row 2, column B (Échéance): '31/02/2027' is not a date"),
    ({"Étapes": [["Étape"], ["Commande"]], "Participants": [["Nom"], ["Léa"]],
      "Idées": [["Réf.", "Idée"], ["i1", "A"], ["i2", "B"]],
      "Votes": [["Participant", "Idée ou post-it"], ["Léa", "i1"], ["Léa", "i3 : C"]]},
     "Votes, row 3, column B (Idée ou post-it): unknown idea or card 'i3'"),
    ({"Étapes": [["Étape"], ["Commande"]], "Participants": [["Nom"], ["Léa"]],
      "Idées": [["Réf.", "Idée", "Auteur"], ["i1", "A", "Léon"]]},
     "Idées, row 2, column C (Auteur): unknown participant 'Léon'"),
])
def test_a_bad_cell_is_named_and_nothing_is_written(tmp_path, capsys, sheets, where):
    xlsx = tmp_path / "bad.xlsx"
    workbook(xlsx, sheets)
    out = tmp_path / "a.symetrie"
    code, _, err = run(capsys, "import", xlsx, "-o", out)
    assert code == 1
    assert where in err and err.count("\n") == 1
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["bad.xlsx"]


def test_csv_sheets_as_french_excel_saves_them(tmp_path, capsys):
    folder = tmp_path / "prépa"
    folder.mkdir()
    # "CSV (séparateur : point-virgule)": Windows-1252, no BOM, CRLF
    (folder / "étapes.csv").write_bytes("N°;Étape;Phase\r\n1;Découverte;Avant\r\n"
                                        "2;Réception;Après\r\n".encode("cp1252"))
    # "CSV UTF-8": BOM, and a name with a ';' quoted; the file name says nothing
    (folder / "liste.csv").write_bytes('Nom;Métier;Front/back\r\n"Zoé ; la cheffe";Qualité;'
                                       'front\r\nÉmile;SAV;\r\n'.encode("utf-8-sig"))
    out = tmp_path / "a.symetrie"
    code, _, err = run(capsys, "import", folder, "-o", out)
    assert code == 0, err
    w = load_file(out)
    assert [s.name for s in w.ordered_steps()] == ["Découverte", "Réception"]
    assert [p.name for p in w.ordered_participants()] == ["Zoé ; la cheffe", "Émile"]
    one = tmp_path / "b.symetrie"
    assert run(capsys, "import", folder / "étapes.csv", "-o", one)[0] == 0
    assert not load_file(one).participants


def test_a_csv_error_names_the_file_row_and_column(tmp_path, capsys):
    sheet = tmp_path / "participants.csv"
    sheet.write_bytes("Nom;Couleur\r\nLéa;#12345\r\n".encode("cp1252"))
    code, _, err = run(capsys, "import", sheet, "-o", tmp_path / "a.symetrie")
    assert code == 1
    assert "participants.csv, row 2, column B (Couleur)" in err
    assert not (tmp_path / "a.symetrie").exists()


def test_a_workbook_written_in_english_reads_its_own_headers(tmp_path, demo):
    xlsx = tmp_path / "en.xlsx"
    write_xlsx(demo, xlsx, "en")
    book = load_workbook(xlsx)
    assert book["Steps"]["B1"].value == "Step"
    from symetrie_desktop.exchange.sheet_import import read_spreadsheet

    assert to_exchange(read_spreadsheet([xlsx]))["steps"] == to_exchange(demo)["steps"]
