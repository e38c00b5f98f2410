"""The employee-experience self-diagnosis: statements over five dimensions, anonymous answers,
a maturity level per dimension and overall.

The scale has four points (1 « Pas du tout d'accord » … 4 « Tout à fait d'accord »): an even
scale has no middle to hide in, and four words fit on a phone in one tap. A dimension's score
is the mean of every answer to its statements, turned into a share of the way from 1 to 4
(0 % all « pas du tout », 100 % all « tout à fait »). The three levels and their thresholds
are explained in the README.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

SCALE_MIN = 1
SCALE_MAX = 4
#: Below this share a dimension is « À construire »; from it, « En chemin »…
BUILD_BELOW = 40.0
#: …and from this share on, « Ancrée ».
ANCHORED_FROM = 70.0


class Dimension(StrEnum):
    SENS = "sens"
    EPANOUISSEMENT = "epanouissement"
    CONNEXIONS = "connexions"
    IMAGE = "image"
    ECOSYSTEME = "ecosysteme"


DIMENSIONS = tuple(Dimension)

DIMENSION_NAMES = {
    Dimension.SENS: "Sens",
    Dimension.EPANOUISSEMENT: "Épanouissement",
    Dimension.CONNEXIONS: "Connexions",
    Dimension.IMAGE: "Image",
    Dimension.ECOSYSTEME: "Écosystème",
}


class Level(StrEnum):
    TO_BUILD = "to_build"
    ON_THE_WAY = "on_the_way"
    ANCHORED = "anchored"


LEVEL_NAMES = {
    Level.TO_BUILD: "À construire",
    Level.ON_THE_WAY: "En chemin",
    Level.ANCHORED: "Ancrée",
}


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement of the self-diagnosis, answered on the 1..4 scale."""

    id: int
    dimension: Dimension
    text: str
    position: int = 0


@dataclass(frozen=True, slots=True)
class DiagnosisResponse:
    """One person's answers, with no name: statement id -> 1..4. Statements left blank are
    simply absent."""

    id: int
    answers: tuple[tuple[int, int], ...]


#: Our own statements, five per dimension, written for this app.
DEFAULT_STATEMENTS: dict[Dimension, tuple[str, ...]] = {
    Dimension.SENS: (
        "Je sais expliquer en une phrase à quoi sert notre entreprise pour ses clients.",
        "Je vois ce que mon travail change pour le client final.",
        "Les décisions de la direction vont dans le sens de ce qu'elle annonce.",
        "Les objectifs qu'on me fixe m'aident à bien servir le client.",
        "Je peux dire non à une demande qui nuirait au client, sans être sanctionné·e.",
    ),
    Dimension.EPANOUISSEMENT: (
        "J'ai appris quelque chose d'utile dans mon travail ces six derniers mois.",
        "Je peux organiser mon travail comme je le juge bon.",
        "Quand je fais bien mon travail, quelqu'un le remarque.",
        "Je vois comment je peux évoluer ici.",
        "Mes idées d'amélioration sont écoutées et parfois mises en œuvre.",
    ),
    Dimension.CONNEXIONS: (
        "Je peux compter sur mes collègues quand le client attend une réponse.",
        "Mon ou ma manager m'aide à lever ce qui me bloque.",
        "Le back-office traite mes demandes comme celles d'un client.",
        "Je sais à qui m'adresser dans les autres services.",
        "Les informations dont j'ai besoin m'arrivent à temps.",
    ),
    Dimension.IMAGE: (
        "Je recommanderais nos produits ou services à un proche.",
        "Je suis fier·e de dire où je travaille.",
        "Je recommanderais l'entreprise à un ami qui cherche un emploi.",
        "Ce que l'on dit de nous à l'extérieur correspond à ce que je vis.",
        "Je me sens à ma place dans cette équipe.",
    ),
    Dimension.ECOSYSTEME: (
        "Mes outils me font gagner du temps plutôt qu'en perdre.",
        "Mon espace de travail me permet de me concentrer ou d'échanger selon le besoin.",
        "Les procédures sont assez simples pour que je les suive.",
        "Je trouve vite l'information qu'un client me demande.",
        "Quand un outil ne marche pas, il est réparé rapidement.",
    ),
}

#: Levers from the field for a weak dimension: they become plan actions in one gesture.
LEVERS: dict[Dimension, tuple[str, ...]] = {
    Dimension.SENS: (
        "Écrire avec les équipes une raison d'être simple, en une phrase",
        "Revoir les indicateurs individuels qui vont contre la satisfaction client",
    ),
    Dimension.EPANOUISSEMENT: (
        "Associer les collaborateurs à l'innovation (idées, tests, retours)",
        "Équiper et former les équipes au contact client",
    ),
    Dimension.CONNEXIONS: (
        "Mettre le back-office au service de ceux qui servent le client",
        "Casser les silos : une instance commune entre services sur le parcours",
    ),
    Dimension.IMAGE: (
        "Préférer des primes collectives aux primes individuelles",
        "Faire parler les collaborateurs de leur métier aux clients",
    ),
    Dimension.ECOSYSTEME: (
        "Lancer des enquêtes pulse régulières auprès des collaborateurs",
        "Équiper les équipes d'outils qui leur font gagner du temps",
    ),
}


def level_of(share: float) -> Level:
    if share < BUILD_BELOW:
        return Level.TO_BUILD
    if share < ANCHORED_FROM:
        return Level.ON_THE_WAY
    return Level.ANCHORED


@dataclass(frozen=True, slots=True)
class DimensionScore:
    """How one dimension scores across every response."""

    dimension: Dimension
    mean: float | None  # on the 1..4 scale; None with no answer
    answers: int

    @property
    def share(self) -> float | None:
        """0..100: where the mean sits between the bottom and the top of the scale."""
        if self.mean is None:
            return None
        return (self.mean - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * 100

    @property
    def level(self) -> Level | None:
        share = self.share
        return None if share is None else level_of(share)


@dataclass(frozen=True, slots=True)
class Diagnosis:
    """The self-diagnosis scored: one score per dimension and how many answered."""

    scores: tuple[DimensionScore, ...]
    respondents: int

    @property
    def overall_share(self) -> float | None:
        """The mean of the dimensions' shares: each dimension weighs the same, however many
        statements the facilitator gave it."""
        shares = [s.share for s in self.scores if s.share is not None]
        return sum(shares) / len(shares) if shares else None

    @property
    def overall_level(self) -> Level | None:
        share = self.overall_share
        return None if share is None else level_of(share)

    def weakest(self, n: int = 2) -> list[DimensionScore]:
        """The ``n`` lowest-scoring answered dimensions (those « Ancrée » excluded)."""
        answered = [s for s in self.scores
                    if s.share is not None and s.level != Level.ANCHORED]
        return sorted(answered, key=lambda s: (s.share, DIMENSIONS.index(s.dimension)))[:n]


def diagnose(statements: dict[int, Statement],
             responses: dict[int, DiagnosisResponse]) -> Diagnosis:
    """Per-dimension means over every answer given to that dimension's current statements."""
    totals = {d: [0, 0] for d in DIMENSIONS}
    for response in responses.values():
        for sid, value in response.answers:
            statement = statements.get(sid)
            if statement is None or not SCALE_MIN <= value <= SCALE_MAX:
                continue
            totals[statement.dimension][0] += value
            totals[statement.dimension][1] += 1
    scores = tuple(
        DimensionScore(d, total / count if count else None, count)
        for d, (total, count) in totals.items()
    )
    return Diagnosis(scores, len(responses))


def ordered_statements(statements: dict[int, Statement]) -> list[Statement]:
    """Dimension by dimension, in the order the facilitator set inside each."""
    return sorted(statements.values(),
                  key=lambda s: (DIMENSIONS.index(s.dimension), s.position, s.id))


def radar_point(index: int, count: int, share: float) -> tuple[float, float]:
    """Where a dimension's score sits on a radar of unit radius, first spoke straight up,
    clockwise, y growing upwards (flip it for a screen)."""
    import math

    angle = math.pi / 2 - 2 * math.pi * index / count
    radius = max(0.0, min(100.0, share)) / 100
    return radius * math.cos(angle), radius * math.sin(angle)
