"""Sizes, colours and French labels of the board, in one place.

Kept free of widgets so that the layout, the items, the PNG export and the tests
agree on the same numbers. Colours were chosen to stay readable on a washed-out
projector: dark text on light fills, and a shape for each kind so that nobody has
to tell red from green.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.model import CardKind, LaneKind, Phase, Tag

# -- geometry (scene units = pixels at zoom 100 %) --------------------------------------------

CARD_W = 184
CARD_H = 118  # on the laptop; see Display for the projector
CARD_GAP = 10  # between two cards of a cell
CELL_PAD = 14  # around the cards of a cell; the link curves run in this margin
COLUMN_W = CARD_W + 2 * CELL_PAD
LANE_HEADER_W = 190
PHASE_H = 30
STEP_HEADER_H = 54
TOP = PHASE_H + STEP_HEADER_H
ADD_BUTTON = 40  # the "+" column after the last step and row after the last lane
MIN_SLOTS = 1  # an empty cell still has room for one card, so it can be double-clicked


class Display:
    """What differs between the laptop and the projector: card height, type sizes, contrast.

    Read at paint and layout time (``style.D.card_h``), so that projector mode is a switch
    of profile followed by one relayout, not a second board.
    """

    def __init__(self, projector: bool = False) -> None:
        self.projector = projector
        # The projector sizes are set so that a 10-step journey fitted to the width of a
        # 1920-pixel screen shows card text at 19 screen pixels (the room reads it at 4 m).
        self.card_h = 176 if projector else CARD_H
        self.text_px = 24 if projector else 13
        self.small_px = 15 if projector else 10
        self.header_px = 17 if projector else 14
        self.phase_px = 18 if projector else 13
        self.note_px = 14 if projector else 11
        self.text_colour = "#000000" if projector else "#1f1f1f"
        self.edge_width = 2.2 if projector else 1.2


#: The display profile in use; ``set_projector`` switches it.
D = Display()


def set_projector(on: bool) -> bool:
    """Switch the profile; True when it changed (the caller lays the board out again)."""
    global D
    if D.projector == on:
        return False
    D = Display(on)
    return True


# -- colours ----------------------------------------------------------------------------------

#: kind -> (fill, edge/accent)
CARD_COLOURS = {
    CardKind.IRRITANT: ("#f9c4b8", "#c0392b"),
    CardKind.ENCHANTMENT: ("#c5e8bc", "#2e7d32"),
    CardKind.NOTE: ("#fff4b8", "#b08d00"),
}
TEXT_COLOUR = "#1f1f1f"
SELECTION_COLOUR = "#1565c0"
LINK_COLOUR = "#5c6bc0"
GRID_COLOUR = "#d5d8dc"
HEADER_FILL = "#eceff1"
HEADER_TEXT = "#263238"
CURRENT_STEP_FILL = "#fff8e1"
LANE_FILLS = {
    LaneKind.CUSTOMER: "#eaf2fb",
    LaneKind.EMPLOYEE: "#fdf0e4",
}
INFO_LANE_FILL = "#f7f7f7"
PHASE_FILLS = {
    Phase.BEFORE: "#cfd8dc",
    Phase.DURING: "#b0bec5",
    Phase.AFTER: "#cfd8dc",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Board", text)


def phase_label(phase: Phase) -> str:
    return {
        Phase.BEFORE: tr("Avant"),
        Phase.DURING: tr("Pendant"),
        Phase.AFTER: tr("Après"),
    }[phase]


def kind_label(kind: CardKind) -> str:
    return {
        CardKind.IRRITANT: tr("Irritant"),
        CardKind.ENCHANTMENT: tr("Enchantement"),
        CardKind.NOTE: tr("Note"),
    }[kind]


def tag_label(tag: str) -> str:
    """The full French name of a tag, shown in menus and tooltips."""
    return {
        Tag.RELATIONAL: tr("Relationnel"),
        Tag.DIGITAL: tr("Digital"),
        Tag.SENS: tr("Sens"),
        Tag.EPANOUISSEMENT: tr("Épanouissement"),
        Tag.CONNEXIONS: tr("Connexions"),
        Tag.IMAGE: tr("Image"),
        Tag.ECOSYSTEME: tr("Écosystème"),
    }.get(tag, tag)


_BADGES: dict[str, str] = {}


def tag_badge(tag: str) -> str:
    """A short label that fits a badge on a post-it (looked up once: painting asks often)."""
    if not _BADGES:
        _BADGES.update(_badges())
    return _BADGES.get(tag) or tag[:8]


def _badges() -> dict[str, str]:
    return {
        Tag.RELATIONAL: tr("Relat."),
        Tag.DIGITAL: tr("Digital"),
        Tag.SENS: tr("Sens"),
        Tag.EPANOUISSEMENT: tr("Épan."),
        Tag.CONNEXIONS: tr("Conn."),
        Tag.IMAGE: tr("Image"),
        Tag.ECOSYSTEME: tr("Écosys."),
    }


def lane_kind_label(kind: LaneKind) -> str:
    return {
        LaneKind.CUSTOMER: tr("Vécu client"),
        LaneKind.EMPLOYEE: tr("Vécu collaborateur"),
        LaneKind.ACTORS: tr("Acteurs (front / back-office)"),
        LaneKind.CHANNELS: tr("Canaux et volumétrie"),
        LaneKind.TOOLS: tr("Outils"),
        LaneKind.INDICATORS: tr("Indicateurs"),
        LaneKind.CUSTOM: tr("Autre couloir"),
    }[kind]
