// The phone page of the room. Post-its wait in localStorage until the laptop says « reçu »
// (only once they are in the workshop file), so a dropped Wi-Fi loses nothing and a resend
// is recognised by the post-it's own id. Text from the server is only ever set as textContent.
"use strict";

(function () {
  const T = JSON.parse(document.getElementById("strings").textContent);
  const $ = (id) => document.getElementById(id);
  const API = "api/";
  const store = {
    get(key, fallback) {
      try { const v = localStorage.getItem("symetrie." + key); return v ? JSON.parse(v) : fallback; }
      catch (e) { return fallback; }
    },
    set(key, value) {
      try { localStorage.setItem("symetrie." + key, JSON.stringify(value)); } catch (e) { /* full */ }
    },
  };

  function newId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
  }

  const phone = store.get("phone", null) || newId();
  store.set("phone", phone);
  let prefs = store.get("prefs", {});
  let outbox = store.get("outbox", []);
  let state = null;
  let flushing = false;
  let removed = false;

  function headers() { return { "Content-Type": "application/json", "X-Phone": phone }; }
  // The laptop's refusals carry a reason code; the sentence is the phone's, in its language.
  async function reasonOf(response, fallback) {
    try {
      const body = await response.json();
      return T["why_" + body.reason] || fallback;
    } catch (e) { return fallback; }
  }

  function setStatus(text, cls) {
    const el = $("status");
    el.textContent = text;
    el.className = "status" + (cls ? " " + cls : "");
  }

  // -- who, where, what (remembered on the phone) ----------------------------------------------
  function savePrefs() {
    prefs = {
      author: $("who").value,
      lane: document.querySelector("input[name=lane]:checked").value,
      kind: document.querySelector("input[name=kind]:checked").value,
      step: $("step").value,
    };
    store.set("prefs", prefs);
  }
  function restorePrefs() {
    for (const name of ["lane", "kind"]) {
      const el = document.querySelector(`input[name=${name}][value="${prefs[name] || ""}"]`);
      if (el) el.checked = true;
    }
  }
  function setOptions(select, items, keep, first) {
    const wanted = keep != null ? String(keep) : select.value;
    select.replaceChildren();
    if (first) { const o = document.createElement("option"); o.value = ""; o.textContent = first; select.append(o); }
    for (const item of items) {
      const o = document.createElement("option");
      o.value = String(item.id);
      o.textContent = item.name;
      select.append(o);
    }
    if ([...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }

  // -- sending post-its --------------------------------------------------------------------------
  function send() {
    const text = $("text").value.trim();
    if (!text) { setStatus(T.empty, "warn"); $("text").focus(); return; }
    if (!state) { setStatus(T.offline, "warn"); return; }
    savePrefs();
    const step = Number(prefs.step) || state.step;
    outbox.push({
      id: newId(), text: text, lane: prefs.lane, kind: prefs.kind, step: step,
      author: prefs.author ? Number(prefs.author) : null, state: "pending",
    });
    store.set("outbox", outbox);
    $("text").value = "";
    setStatus(T.sending, "");
    renderMine();
    flush();
  }

  async function flush() {
    if (flushing || removed) return;
    flushing = true;
    let waiting = null;
    try {
      for (const item of outbox) {
        if (item.state !== "pending") continue;
        const body = { id: item.id, text: item.text, lane: item.lane, kind: item.kind,
                       step: item.step, author: item.author };
        let response;
        try {
          response = await fetch(API + "cards", { method: "POST", headers: headers(), body: JSON.stringify(body) });
        } catch (e) { waiting = T.waiting; break; }
        if (response.ok) {
          let answer = {};
          try { answer = await response.json(); } catch (e) { /* an empty answer is « reçu » */ }
          // « reçu » means in the file: on the board, or in the facilitator's tray
          item.state = { pending: "review", refused: "turned_down" }[answer.status] || "received";
          setStatus(item.state === "turned_down" ? T.turned_down : T.received,
                    item.state === "turned_down" ? "bad" : "ok");
        } else if (response.status === 403) {
          removed = true; showRemoved(); break;
        } else if (response.status === 429 || response.status >= 500) {
          waiting = await reasonOf(response, T.waiting);
          if (response.status === 503 && state && state.paused) waiting = T.paused;
          break;
        } else {
          item.state = "refused";
          setStatus(await reasonOf(response, T.refused), "bad");
        }
        store.set("outbox", outbox);
        renderMine();
      }
    } finally {
      flushing = false;
    }
    store.set("outbox", outbox);
    renderMine();
    if (waiting) { setStatus(waiting, "warn"); setTimeout(flush, 3000); }
  }

  function renderMine() {
    const list = $("mine");
    list.replaceChildren();
    const items = outbox.filter((i) => i.state !== "withdrawn").slice(-30).reverse();
    $("mine-section").hidden = items.length === 0;
    for (const item of items) {
      const li = document.createElement("li");
      li.textContent = item.text;
      const s = document.createElement("span");
      const word = { pending: T.sending, received: T.received, refused: T.refused,
                     review: T.review, accepted: T.accepted, turned_down: T.turned_down }[item.state];
      const tone = { received: " ok", accepted: " ok", refused: " bad", turned_down: " bad",
                     review: " wait" }[item.state] || "";
      s.className = "state" + tone;
      s.textContent = word;
      li.append(s);
      if (["received", "review", "accepted"].includes(item.state)) {
        const actions = document.createElement("span");
        actions.className = "actions";
        const fix = document.createElement("button");
        fix.type = "button"; fix.textContent = T.correct;
        fix.addEventListener("click", () => correct(item));
        const drop = document.createElement("button");
        drop.type = "button"; drop.textContent = T.withdraw;
        drop.addEventListener("click", () => withdraw(item));
        actions.append(fix, drop);
        li.append(actions);
      }
      list.append(li);
    }
  }

  async function changeCard(item, text) {
    let response;
    try {
      response = await fetch(API + "cards/change", { method: "POST", headers: headers(),
        body: JSON.stringify({ id: item.id, text: text }) });
    } catch (e) { setStatus(T.offline, "warn"); return false; }
    if (response.status === 404) { item.state = "withdrawn"; }
    else if (!response.ok) { setStatus(await reasonOf(response, T.refused), "bad"); return false; }
    return true;
  }
  async function correct(item) {
    const text = (window.prompt(T.correct, item.text) || "").trim();
    if (!text || text === item.text) return;
    if (await changeCard(item, text)) { item.text = text; store.set("outbox", outbox); renderMine(); }
  }
  async function withdraw(item) {
    if (!window.confirm(T.confirm_withdraw)) return;
    if (await changeCard(item, null)) {
      item.state = "withdrawn"; store.set("outbox", outbox); renderMine(); setStatus(T.withdrawn, "");
    }
  }

  function showRemoved() {
    $("banner").textContent = T.removed;
    $("banner").hidden = false;
    $("send").disabled = true;
  }

  // The laptop no longer answers (the room was closed, the Wi-Fi dropped): say so, rather than
  // leave « Demandé : … » or a stale vote on screen; the next answer takes the banner away.
  function showLost() {
    $("banner").textContent = T.lost;
    $("banner").hidden = false;
  }

  // -- what the laptop says ----------------------------------------------------------------------
  async function refresh() {
    if (removed) return;
    const me = $("who").value || prefs.author || "";
    try {
      const response = await fetch(API + "state" + (me ? "?me=" + encodeURIComponent(me) : ""),
                                   { headers: { "X-Phone": phone } });
      if (response.status === 403) { removed = true; showRemoved(); return; }
      if (!response.ok) return;
      state = await response.json();
    } catch (e) { showLost(); return; }
    $("title").textContent = state.title;
    setOptions($("who"), state.participants, $("who").value || prefs.author, T.nobody);
    setOptions($("step"), state.steps, prefs.step || state.step, null);
    $("banner").hidden = !state.paused;
    if (state.paused) $("banner").textContent = T.paused;
    renderName();
    renderVote();
    renderBoard();
    if (outbox.some((i) => i.state === "pending")) flush();
    if (outbox.some((i) => i.state === "review")) reviewed();
  }

  // -- what the facilitator decided -------------------------------------------------------------
  async function reviewed() {
    const waiting = outbox.filter((i) => i.state === "review").slice(-100);
    let answer;
    try {
      const response = await fetch(API + "cards/status", { method: "POST", headers: headers(),
        body: JSON.stringify({ ids: waiting.map((i) => i.id) }) });
      if (!response.ok) return;
      answer = (await response.json()).statuses;
    } catch (e) { return; }
    for (const item of waiting) {
      const now = { accepted: "accepted", refused: "turned_down" }[answer[item.id]];
      if (now) item.state = now;
    }
    store.set("outbox", outbox);
    renderMine();
  }

  // -- a name typed on the phone ------------------------------------------------------------------
  async function askName() {
    const name = $("typed-name").value.trim();
    if (!name) { $("typed-name").focus(); return; }
    let response;
    try {
      response = await fetch(API + "name", { method: "POST", headers: headers(),
        body: JSON.stringify({ name: name }) });
    } catch (e) { $("name-status").textContent = T.offline; return; }
    if (!response.ok) { $("name-status").textContent = await reasonOf(response, T.refused); return; }
    $("typed-name").value = "";
    $("name-status").textContent = fill(T.name_pending, { name: name });
  }
  function renderName() {
    const asked = state && state.name;
    if (!asked) return;
    if (asked.status === "accepted" && asked.participant != null) {
      const id = String(asked.participant);
      // once: the participant may pick another name afterwards
      if (store.get("named", "") !== id && [...$("who").options].some((o) => o.value === id)) {
        $("who").value = id; savePrefs(); store.set("named", id);
      }
      $("name-status").textContent = fill(T.name_accepted, { name: asked.name });
    } else {
      const text = asked.status === "refused" ? T.name_refused : T.name_pending;
      $("name-status").textContent = fill(text, { name: asked.name });
    }
  }

  let shownVote = "";
  function renderVote() {
    const vote = state && state.vote;
    $("vote").hidden = !vote;
    if (!vote) { shownVote = ""; return; }
    const me = $("who").value;
    const key = me + JSON.stringify(vote);
    if (key === shownVote) return;  // the same list: leave it under the participant's thumb
    shownVote = key;
    const info = $("vote-info");
    const list = $("ideas");
    list.replaceChildren();
    if (!me) info.textContent = T.pick_name;
    else if (vote.excluded) info.textContent = T.excluded;
    else info.textContent = fill(T.dots_left, { n: vote.left, budget: vote.budget });
    const canVote = !!me && !vote.excluded;
    for (const idea of vote.ideas) {
      const li = document.createElement("li");
      li.dataset.idea = idea.id;
      const text = document.createElement("span");
      text.className = "text";
      text.textContent = idea.text;
      if (idea.total !== null && idea.total !== undefined) {
        const total = document.createElement("span");
        total.className = "total";
        total.textContent = fill(T.dots_total, { n: idea.total });
        text.append(total);
      }
      const minus = document.createElement("button");
      minus.type = "button"; minus.textContent = "−"; minus.className = "minus";
      minus.setAttribute("aria-label", T.remove_dot);
      minus.disabled = !canVote || idea.mine <= 0;
      const dots = document.createElement("span");
      dots.className = "dots"; dots.textContent = String(idea.mine);
      const plus = document.createElement("button");
      plus.type = "button"; plus.textContent = "+"; plus.className = "plus";
      plus.setAttribute("aria-label", T.add_dot);
      plus.disabled = !canVote || vote.left <= 0;
      minus.addEventListener("click", () => placeDots(idea, idea.mine - 1));
      plus.addEventListener("click", () => placeDots(idea, idea.mine + 1));
      li.append(text, minus, dots, plus);
      list.append(li);
    }
  }

  async function placeDots(idea, dots) {
    const me = Number($("who").value);
    if (!me) return;
    let response;
    try {
      response = await fetch(API + "votes", { method: "POST", headers: headers(),
        body: JSON.stringify({ participant: me, idea: idea.id, dots: dots }) });
    } catch (e) { setStatus(T.offline, "warn"); return; }
    if (response.status === 403) { removed = true; showRemoved(); return; }
    if (!response.ok) setStatus(await reasonOf(response, T.waiting), "warn");
    await refresh();
  }

  let shownBoard = "";
  function renderBoard() {
    const rows = state && state.board;
    $("board-section").hidden = !rows;
    const key = JSON.stringify(rows);
    if (!rows || key === shownBoard) return;
    shownBoard = key;
    const root = $("board");
    root.replaceChildren();
    for (const row of rows) {
      const block = document.createElement("div");
      block.className = "board-step";
      const h = document.createElement("h3");
      h.textContent = row.step;
      block.append(h);
      for (const lane of ["customer", "employee"]) {
        const list = document.createElement("ol");
        list.className = "cell";
        for (const card of row[lane]) {
          const li = document.createElement("li");
          li.className = card.kind;
          li.textContent = card.text;
          list.append(li);
        }
        if (list.children.length) block.append(list);
      }
      root.append(block);
    }
  }

  // -- start -------------------------------------------------------------------------------------
  restorePrefs();
  $("send").addEventListener("click", send);
  $("ask-name").addEventListener("click", askName);
  for (const el of document.querySelectorAll("#details select, #details input[type=radio]")) {
    el.addEventListener("change", () => { savePrefs(); if (el.id === "who") refresh(); });
  }
  $("details").open = !prefs.lane;  // first visit: show who, where, what once
  renderMine();
  refresh();
  setInterval(refresh, 5000);
  window.addEventListener("online", flush);
})();
