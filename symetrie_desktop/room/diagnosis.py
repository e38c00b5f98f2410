"""The self-diagnosis on the phones: one page with the statements, one call with the answers.

Each phone sends its own answers once the person has ticked them; the response is stored with
no name and no phone id (the statement ids and the values only), through the owner's door
like any other edit. The page uses the phone page's stylesheet and a small script of its own
(the room's Content-Security-Policy allows no inline script).
"""

from __future__ import annotations

import html
from typing import Any

from aiohttp import web

from ..commands.after import add_response
from ..domain.diagnosis import DIMENSION_NAMES, SCALE_MAX, SCALE_MIN, ordered_statements
from ..domain.rules import RuleError
from .gate import Owner
from .phone import BadRequest, _payload
from .server import Routes, error, room_of

WORDS = {1: "Pas du tout d'accord", 2: "Plutôt pas d'accord", 3: "Plutôt d'accord",
         4: "Tout à fait d'accord"}

PAGE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Autodiagnostic</title><link rel="stylesheet" href="phone.css"></head>
<body><main>
<h1>Autodiagnostic de l'expérience collaborateur</h1>
<p>Répondez seul·e : vos réponses sont anonymes. 1 pas du tout d'accord … 4 tout à fait
d'accord. Une case laissée vide ne compte pas.</p>
<form id="diag">$items
<button type="submit" id="send">Envoyer mes réponses</button></form>
<p id="status" role="status"></p>
</main><script src="diagnostic.js"></script></body></html>
"""

SCRIPT = """
document.getElementById('diag').addEventListener('submit', function (e) {
  e.preventDefault();
  var answers = {};
  document.querySelectorAll('input[type=radio]:checked').forEach(function (r) {
    answers[r.name.slice(1)] = parseInt(r.value, 10);
  });
  var status = document.getElementById('status');
  if (!Object.keys(answers).length) { status.textContent = 'Cochez au moins une réponse.'; return; }
  var id = localStorage.getItem('phone') || '';
  fetch('api/diagnosis', {method: 'POST', headers: {'Content-Type': 'application/json',
    'X-Phone': id}, body: JSON.stringify({answers: answers})})
    .then(function (r) { return r.json().then(function (b) { return [r.status, b]; }); })
    .then(function (rb) {
      if (rb[0] === 200) {
        status.textContent = 'Merci, vos réponses sont enregistrées.';
        document.getElementById('diag').reset();
      } else { status.textContent = 'Non enregistré : ' + (rb[1].error || rb[0]); }
    })
    .catch(function () { status.textContent = 'Réseau indisponible, réessayez.'; });
});
"""


def register(routes: Routes) -> None:
    routes.get("diagnostic", page)
    routes.get("diagnostic.js", script)
    routes.post("api/diagnosis", send_answers)


def items(owner: Owner) -> str:
    out = []
    current = None
    for s in ordered_statements(owner.workshop.statements):
        if s.dimension != current:
            current = s.dimension
            out.append(f"<h2>{html.escape(DIMENSION_NAMES[current])}</h2>")
        choices = "".join(
            f"<label><input type='radio' name='s{s.id}' value='{v}' "
            f"aria-label='{html.escape(WORDS[v], quote=True)}'> {v}</label> "
            for v in range(SCALE_MIN, SCALE_MAX + 1))
        out.append(f"<fieldset><legend>{html.escape(s.text)}</legend>{choices}</fieldset>")
    return "\n".join(out) or "<p>Le questionnaire n'est pas encore ouvert.</p>"


async def page(request: web.Request) -> web.Response:
    room = room_of(request)
    body = PAGE.replace("$items", await room.run(items))
    return web.Response(text=body, content_type="text/html", charset="utf-8")


async def script(_request: web.Request) -> web.Response:
    return web.Response(text=SCRIPT, content_type="text/javascript", charset="utf-8")


def receive(owner: Owner, answers: dict[int, int]) -> tuple[int, dict[str, Any]]:
    w = owner.workshop
    if any(sid not in w.statements for sid in answers):
        return 400, {"error": "unknown statement"}
    try:
        edit = add_response(w, answers)
    except RuleError as e:
        return 400, {"error": str(e)}
    if owner.try_push(lambda _w: edit) is None:
        return 503, {"error": "not saved"}
    return 200, {"status": "received"}


async def send_answers(request: web.Request) -> web.Response:
    room = room_of(request)
    try:
        data = await _payload(request)
        raw = data.get("answers")
        if not isinstance(raw, dict) or not raw or len(raw) > 200:
            raise BadRequest("answers: expected an object of statement -> value")
        answers = {}
        for key, value in raw.items():
            if not str(key).isdigit() or isinstance(value, bool) or not isinstance(value, int):
                raise BadRequest("answers: statement ids and whole values")
            if not SCALE_MIN <= value <= SCALE_MAX:
                raise BadRequest(f"answers: values from {SCALE_MIN} to {SCALE_MAX}")
            answers[int(key)] = value
    except BadRequest as e:
        return error(400, str(e))
    if room.paused:
        return error(503, "paused")
    status, body = await room.run(lambda owner: receive(owner, answers))
    return web.json_response(body, status=status)
