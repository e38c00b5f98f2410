"""The mirror survey: customers answer about their own experience, employees answer as they
think customers would. What matters is the gap, question by question and step by step.

A gap is the employees' estimate minus the customers' mean, in points of the survey's
scale: positive, the staff over-estimate what customers live; negative, they under-estimate it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Population(StrEnum):
    CUSTOMER = "client"
    EMPLOYEE = "collaborateur"


#: The scales a survey file may use: the first that holds every note of the file is taken.
SCALES: tuple[tuple[int, int], ...] = ((1, 4), (1, 5), (1, 7), (0, 10))


@dataclass(frozen=True, slots=True)
class MirrorAnswer:
    """One survey answer: a customer's score, or an employee's guess of it."""

    id: int
    question: str
    step: str  # a step name, or '' for the whole journey
    population: Population
    score: float


@dataclass(frozen=True, slots=True)
class MirrorGap:
    """One question (and step) of the survey: both means and the gap between them."""

    question: str
    step: str
    customer_mean: float
    employee_mean: float
    customers: int
    employees: int

    @property
    def gap(self) -> float:
        return self.employee_mean - self.customer_mean


def gaps(answers: dict[int, MirrorAnswer]) -> list[MirrorGap]:
    """Per (question, step) with answers from both sides, in first-seen order."""
    groups: dict[tuple[str, str], dict[Population, list[float]]] = {}
    for a in sorted(answers.values(), key=lambda a: a.id):
        side = groups.setdefault((a.question, a.step), {p: [] for p in Population})
        side[a.population].append(a.score)
    result = []
    for (question, step), side in groups.items():
        c, e = side[Population.CUSTOMER], side[Population.EMPLOYEE]
        if c and e:
            result.append(MirrorGap(question, step, sum(c) / len(c), sum(e) / len(e),
                                    len(c), len(e)))
    return result


def largest_gaps(answers: dict[int, MirrorAnswer], n: int = 5) -> list[MirrorGap]:
    return sorted(gaps(answers), key=lambda g: -abs(g.gap))[:n]
