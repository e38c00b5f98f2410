"""The summary's words for what comes after the workshop (follow-up, self-diagnosis, mirror
survey), kept apart so that :mod:`.labels` stays readable; merged into its two dicts."""

from __future__ import annotations

FR = {
    "changed": "Ce qui a changé",
    "changed_since": "Depuis la séance « {title} » du {date}.",
    "changed_since_nodate": "Depuis la séance « {title} ».",
    "chain": "Séance {n} d’une suite de séances.",
    "actions_progress": "Avancement des actions",
    "p_done": "faites",
    "p_doing": "en cours",
    "p_late": "en retard",
    "p_dropped": "abandonnées",
    "p_todo": "à faire",
    "solved_since": "irritants résolus",
    "new_irritants": "nouveaux irritants",
    "matrix_then_now": "Matrice croisée : avant et maintenant",
    "then": "Séance précédente",
    "now": "Cette séance",
    "curves_then_now": "Courbes de symétrie : avant (pointillés) et maintenant",
    "customer_then": "Client, avant",
    "employee_then": "Collaborateur, avant",
    "customer_now": "Client, maintenant",
    "employee_now": "Collaborateur, maintenant",
    "solved_list": "Irritants résolus",
    "solved_by": "résolu par « {action} »",
    "late_list": "Actions en retard",
    "review_history": "Historique",
    "o_todo": "à faire",
    "o_doing": "en cours",
    "o_done": "faite",
    "o_dropped": "abandonnée",
}

EN = {
    "changed": "What changed",
    "changed_since": "Since the session “{title}” of {date}.",
    "changed_since_nodate": "Since the session “{title}”.",
    "chain": "Session {n} of a chain of sessions.",
    "actions_progress": "Progress of the actions",
    "p_done": "done",
    "p_doing": "in progress",
    "p_late": "late",
    "p_dropped": "dropped",
    "p_todo": "to do",
    "solved_since": "pain points solved",
    "new_irritants": "new pain points",
    "matrix_then_now": "Cross matrix: then and now",
    "then": "Previous session",
    "now": "This session",
    "curves_then_now": "Symmetry curves: then (dotted) and now",
    "customer_then": "Customer, then",
    "employee_then": "Employee, then",
    "customer_now": "Customer, now",
    "employee_now": "Employee, now",
    "solved_list": "Pain points solved",
    "solved_by": "solved by “{action}”",
    "late_list": "Late actions",
    "review_history": "History",
    "o_todo": "to do",
    "o_doing": "in progress",
    "o_done": "done",
    "o_dropped": "dropped",
}

FR.update({
    "mirror": "Enquête miroir : les plus grands écarts",
    "mirror_text": "Les clients répondent pour eux-mêmes, les collaborateurs comme ils pensent "
    "que les clients répondraient (échelle {lo} à {hi}). Écart positif : les équipes "
    "surestiment ce que vivent les clients ; négatif : elles le sous-estiment.",
    "question": "Question",
    "whole_journey": "Tout le parcours",
    "customer_mean": "Clients (moyenne)",
    "employee_estimate": "Estimation des collaborateurs",
    "gap": "Écart",
    "answers_n": "{n} rép.",
    "mirror_none": "Aucune question n’a de réponses des deux côtés.",
    "diagnosis": "Autodiagnostic de l’expérience collaborateur",
    "diagnosis_text": "{n} réponses anonymes, échelle de 1 (pas du tout d’accord) à 4 (tout à "
    "fait d’accord). Score : part du chemin de 1 à 4. Niveaux : À construire sous 40 %, "
    "En chemin de 40 à 70 %, Ancrée à partir de 70 %.",
    "overall": "Ensemble",
    "score": "Score",
    "level": "Niveau",
    "weakest": "Dimensions les plus faibles et leviers",
    "l_to_build": "À construire",
    "l_on_the_way": "En chemin",
    "l_anchored": "Ancrée",
})

EN.update({
    "mirror": "Mirror survey: the largest gaps",
    "mirror_text": "Customers answer for themselves, employees as they think customers would "
    "(scale {lo} to {hi}). A positive gap: the teams over-estimate what customers live; "
    "negative: they under-estimate it.",
    "question": "Question",
    "whole_journey": "Whole journey",
    "customer_mean": "Customers (mean)",
    "employee_estimate": "Employees' estimate",
    "gap": "Gap",
    "answers_n": "{n} ans.",
    "mirror_none": "No question has answers from both sides.",
    "diagnosis": "Employee-experience self-diagnosis",
    "diagnosis_text": "{n} anonymous responses, scale from 1 (strongly disagree) to 4 "
    "(strongly agree). Score: share of the way from 1 to 4. Levels: To build below 40%, "
    "On the way from 40 to 70%, Anchored from 70%.",
    "overall": "Overall",
    "score": "Score",
    "level": "Level",
    "weakest": "Weakest dimensions and levers",
    "l_to_build": "To build",
    "l_on_the_way": "On the way",
    "l_anchored": "Anchored",
})
