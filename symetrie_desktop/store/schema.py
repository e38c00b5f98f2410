"""The schema of a workshop file, and the forward migrations that bring an older file up to it.

A workshop file is a plain SQLite database that sqlite3 or Datasette can read; the
README documents each table. ``PRAGMA application_id`` marks it as ours and
``PRAGMA user_version`` is the schema version below.
"""

from __future__ import annotations

from collections.abc import Callable

from .sqlite import Database

#: 'SYMT' in ASCII: tells a workshop file from any other SQLite database.
APPLICATION_ID = 0x53594D54
SCHEMA_VERSION = 2

_V1 = """
CREATE TABLE workshop (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    organization TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    objective TEXT NOT NULL DEFAULT '',
    vote_budget INTEGER NOT NULL DEFAULT 3 CHECK (vote_budget >= 0)
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    department TEXT NOT NULL DEFAULT '',
    office TEXT CHECK (office IN ('front', 'back')),
    colour TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE steps (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    phase TEXT NOT NULL CHECK (phase IN ('avant', 'pendant', 'après')),
    position INTEGER NOT NULL
);
CREATE TABLE lanes (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN
        ('customer', 'employee', 'actors', 'channels', 'tools', 'indicators', 'custom')),
    name TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE cards (
    id INTEGER PRIMARY KEY,
    lane_id INTEGER NOT NULL REFERENCES lanes(id) ON DELETE CASCADE,
    step_id INTEGER NOT NULL REFERENCES steps(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('irritant', 'enchantment', 'note')),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    author_id INTEGER REFERENCES participants(id) ON DELETE SET NULL,
    tags TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL
);
CREATE INDEX cards_by_cell ON cards (step_id, lane_id, position);
CREATE TABLE links (
    customer_card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    employee_card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    PRIMARY KEY (customer_card_id, employee_card_id)
);
CREATE INDEX links_by_employee ON links (employee_card_id);
CREATE TABLE ideas (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    author_id INTEGER REFERENCES participants(id) ON DELETE SET NULL,
    theme TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL
);
CREATE TABLE idea_cards (
    idea_id INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    PRIMARY KEY (idea_id, card_id)
);
CREATE TABLE votes (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
    idea_id INTEGER REFERENCES ideas(id) ON DELETE CASCADE,
    card_id INTEGER REFERENCES cards(id) ON DELETE CASCADE,
    CHECK ((idea_id IS NULL) <> (card_id IS NULL))
);
CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    owner TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('todo', 'doing', 'done')),
    position INTEGER NOT NULL
);
CREATE TABLE action_cards (
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, card_id)
);
CREATE TABLE action_ideas (
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    idea_id INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, idea_id)
);
"""


#: Version 2 (issue 14): after the workshop. Follow-up sessions keep the earlier sessions
#: whole (their exchange JSON), each carried action its origin and its review history, the
#: irritants judged solved; the self-diagnosis questionnaire and its anonymous answers; the
#: mirror survey's answers.
_V2 = """
ALTER TABLE actions ADD COLUMN origin TEXT NOT NULL DEFAULT '';
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY CHECK (id > 0),
    title TEXT NOT NULL,
    date TEXT NOT NULL DEFAULT '',
    exchange TEXT NOT NULL CHECK (json_valid(exchange))
);
CREATE TABLE action_reviews (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('todo', 'doing', 'done', 'dropped')),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_reviews_by_action ON action_reviews (action_id);
CREATE TABLE solved_irritants (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    card TEXT NOT NULL,
    action_id INTEGER REFERENCES actions(id) ON DELETE SET NULL,
    date TEXT NOT NULL DEFAULT '',
    UNIQUE (session_id, card)
);
CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    dimension TEXT NOT NULL CHECK (dimension IN
        ('sens', 'epanouissement', 'connexions', 'image', 'ecosysteme')),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    position INTEGER NOT NULL
);
CREATE TABLE diagnosis_responses (
    id INTEGER PRIMARY KEY,
    answers TEXT NOT NULL CHECK (json_valid(answers))
);
CREATE TABLE mirror_answers (
    id INTEGER PRIMARY KEY,
    question TEXT NOT NULL CHECK (length(trim(question)) > 0),
    step TEXT NOT NULL DEFAULT '',
    population TEXT NOT NULL CHECK (population IN ('client', 'collaborateur')),
    score REAL NOT NULL
);
"""


def _run_script(db: Database, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _create_v1(db: Database) -> None:
    _run_script(db, _V1)


def _upgrade_v2(db: Database) -> None:
    _run_script(db, _V2)


#: MIGRATIONS[n] brings a file from user_version n to n + 1. Each runs inside the
#: transaction that opens the file, so a failed migration leaves the file as it was.
MIGRATIONS: dict[int, Callable[[Database], None]] = {
    0: _create_v1,
    1: _upgrade_v2,
}

assert sorted(MIGRATIONS) == list(range(SCHEMA_VERSION)), "one migration per version"
