// The search page's recurrence view (issue 14): for an authority typed in the form, each
// improvement point of its reports, the label /api/recurrence gives it (raised again,
// discussed later, not found) and the later paragraphs it rests on, each a link into its
// report. The labels are machine suggestions and the view says so. Uses app.js's el and
// getJson; all text is set as text, never as HTML.
"use strict";

function paragraphLink(p) {
  const [report, para] = p.id.split("/");
  return el("a", { href: "?" + new URLSearchParams({ report: report, para: para }) }, p.id);
}

function recurrenceTable(body) {
  const table = el("table", { class: "recurrence" },
    el("tr", {}, el("th", {}, "report"), el("th", {}, "improvement point"), el("th", {}, "label"),
      el("th", {}, "closest later paragraphs (similarity)")));
  for (const p of body.points) {
    const later = el("ul", {});
    for (const m of p.matches) {
      later.append(el("li", {}, m.similarity.toFixed(2) + " " + (m.date || "undated") + " " +
        m.report_type + (m.improvement ? " (improvement) " : " "), paragraphLink(m)));
    }
    const label = p.later_reports ? p.label : p.label + " (no later report)";
    table.append(el("tr", { class: p.label.replace(" ", "-") },
      el("td", {}, (p.date || "undated") + " " + p.report_type),
      el("td", {}, p.text, " ", paragraphLink(p)), el("td", {}, label), el("td", {}, later)));
  }
  return table;
}

async function showRecurrence(authority) {
  const out = document.getElementById("recurrence-result");
  out.replaceChildren(el("p", {}, "Reading " + authority + "'s reports ..."));
  try {
    const body = await getJson("/api/recurrence?" + new URLSearchParams({ authority: authority }));
    const l = body.labels || {};
    out.replaceChildren(
      el("p", { class: "summary" }, body.authority + ": " + body.points.length +
        " improvement points in " + body.reports + " dated reports; " + (l["raised again"] || 0) +
        " raised again, " + (l["discussed later"] || 0) + " discussed later, " +
        (l["not found"] || 0) + " not found."),
      el("p", { class: "note" }, "The labels are machine suggestions from word similarity, " +
        "not a reading: open the paragraphs they list before relying on them."),
      recurrenceTable(body));
  } catch (err) {
    out.replaceChildren(el("p", { class: "error", role: "alert" }, err.message));
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("recurrence-form");
  if (!form) return;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const name = document.getElementById("recurrence-authority").value.trim();
    if (name) showRecurrence(name);
  });
});
