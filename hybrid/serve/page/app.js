// The drafting page: pick a department, stream a draft from /v1/drafts, then render its
// citations as links to the passages they cite and highlight unsupported claims.
// Everything the model wrote is inserted as text, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);

function headers() {
  const h = { "Content-Type": "application/json" };
  const token = $("token").value.trim() || localStorage.getItem("hybrid-token") || "";
  if (token) h.Authorization = "Bearer " + token;
  return h;
}

function setStatus(text, isError = false) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

async function loadDepartments() {
  const saved = localStorage.getItem("hybrid-token");
  if (saved && !$("token").value) $("token").value = saved;
  const resp = await fetch("/v1/departments", { headers: headers() });
  if (!resp.ok) {
    setStatus(await errorText(resp), true);
    return;
  }
  const data = await resp.json();
  const select = $("department");
  select.replaceChildren();
  for (const name of data.departments) {
    const opt = document.createElement("option");
    opt.value = name;
    opt.textContent = name;
    select.append(opt);
  }
}

async function errorText(resp) {
  try {
    const body = await resp.json();
    const e = body.error || {};
    return `${resp.status}: ${e.message || resp.statusText}${e.param ? " (" + e.param + ")" : ""}`;
  } catch (_) {
    return `${resp.status}: ${resp.statusText}`;
  }
}

// Splits the draft into text, [n] citation links and highlighted unsupported claims.
function renderText(container, text, draft) {
  container.replaceChildren();
  const cited = new Set(draft.citations.map((c) => c.marker));
  const claims = draft.unsupported.map((c) => c.text).filter((t) => t.length > 0);
  const parts = [];
  const re = /\[(\d+)\]/g;
  let last = 0;
  let m;
  while ((m = re.exec(text)) !== null) {
    parts.push({ kind: "text", value: text.slice(last, m.index) });
    parts.push({ kind: "marker", value: m[0], n: Number(m[1]) });
    last = m.index + m[0].length;
  }
  parts.push({ kind: "text", value: text.slice(last) });
  for (const part of parts) {
    if (part.kind === "marker") {
      if (cited.has(part.n)) {
        const a = document.createElement("a");
        a.href = "#passage-" + part.n;
        a.className = "citation";
        a.textContent = part.value;
        const c = draft.citations.find((x) => x.marker === part.n);
        if (c) a.title = c.source + (c.page ? ", page " + c.page : "") + ": " + c.quote;
        a.addEventListener("click", () => focusPassage(part.n));
        container.append(a);
      } else {
        container.append(document.createTextNode(part.value));
      }
      continue;
    }
    appendWithClaims(container, part.value, claims);
  }
}

function appendWithClaims(container, text, claims) {
  let rest = text;
  while (rest.length > 0) {
    let best = -1;
    let claim = "";
    for (const c of claims) {
      const at = rest.indexOf(c);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
        claim = c;
      }
    }
    if (best < 0) {
      container.append(document.createTextNode(rest));
      return;
    }
    container.append(document.createTextNode(rest.slice(0, best)));
    const mark = document.createElement("mark");
    mark.className = "unsupported";
    mark.title = "No retrieved passage supports this";
    mark.textContent = claim;
    container.append(mark);
    rest = rest.slice(best + claim.length);
  }
}

function focusPassage(n) {
  document.querySelectorAll("#passages li.focus").forEach((li) => li.classList.remove("focus"));
  const li = $("passage-" + n);
  if (li) li.classList.add("focus");
}

function renderDraft(draft) {
  $("voice").textContent =
    "· " + draft.department + " · voice " + (draft.adapter === "base" ? "base model" : draft.adapter + " " + (draft.adapter_version || "")) +
    (draft.retrieval ? "" : " · no retrieval");
  renderText($("draft-text"), draft.text, draft);
  const list = $("passages");
  list.replaceChildren();
  const cited = new Set(draft.citations.map((c) => c.marker));
  draft.passages.forEach((p, i) => {
    const li = document.createElement("li");
    li.id = "passage-" + (i + 1);
    li.className = cited.has(i + 1) ? "cited" : "not-cited";
    const src = document.createElement("div");
    src.className = "source";
    src.textContent = `${p.source}:${p.start_char}-${p.end_char}` + (p.page ? ` page ${p.page}` : "") +
      (cited.has(i + 1) ? " · cited" : " · not cited");
    const body = document.createElement("p");
    body.className = "passage-text";
    body.textContent = p.text;
    li.append(src, body);
    list.append(li);
  });
  if (draft.passages.length === 0) {
    const li = document.createElement("li");
    li.textContent = draft.retrieval ? "No passage matched." : "Retrieval was off.";
    list.append(li);
  }
  const claims = $("unsupported");
  claims.replaceChildren();
  for (const c of draft.unsupported) {
    const li = document.createElement("li");
    const mark = document.createElement("mark");
    mark.className = "unsupported";
    mark.textContent = c.text;
    li.append(mark, document.createTextNode(" (" + c.kind + ")"));
    claims.append(li);
  }
  $("unsupported-box").hidden = draft.unsupported.length === 0;
  const notes = $("notes");
  notes.replaceChildren();
  for (const n of draft.notes) {
    const li = document.createElement("li");
    li.textContent = n;
    notes.append(li);
  }
}

async function draft(event) {
  event.preventDefault();
  const token = $("token").value.trim();
  if (token) localStorage.setItem("hybrid-token", token);
  const body = {
    request: $("request").value,
    department: $("department").value,
    stream: true,
    options: { retrieval: $("retrieval").checked, adapter: $("adapter").checked },
  };
  $("draft-button").disabled = true;
  $("result").hidden = false;
  $("draft-text").textContent = "";
  $("passages").replaceChildren();
  $("unsupported-box").hidden = true;
  setStatus("drafting…");
  try {
    const resp = await fetch("/v1/drafts", { method: "POST", headers: headers(), body: JSON.stringify(body) });
    if (!resp.ok) {
      setStatus(await errorText(resp), true);
      return;
    }
    const reader = resp.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let streamed = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const event = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        if (!event.startsWith("data: ")) continue;
        const data = event.slice(6);
        if (data === "[DONE]") continue;
        const msg = JSON.parse(data);
        if (msg.delta !== undefined) {
          streamed += msg.delta;
          $("draft-text").textContent = streamed;
        } else if (msg.draft) {
          renderDraft(msg.draft);
          setStatus(`done in ${msg.draft.timings.total.toFixed(2)} s`);
          document.body.dataset.state = "drafted";
        } else if (msg.error) {
          setStatus(msg.error.message, true);
        }
      }
    }
  } catch (err) {
    setStatus(String(err), true);
  } finally {
    $("draft-button").disabled = false;
  }
}

$("draft-form").addEventListener("submit", draft);
$("token").addEventListener("change", loadDepartments);
loadDepartments();
