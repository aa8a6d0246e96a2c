// The search page's instruments (issue 14): under the result list, the query's rate per
// year from /api/trend, and, for an authority chosen in the form (URL parameter
// `compare`), its rate beside its ten statistical neighbours from /api/compare. Uses
// app.js's el/state/go/searchParams/getJson; all text is set as text, never as HTML.
"use strict";

function rateText(row) {
  if (!row.searched) return "-";
  return row.rate_per_1000.toFixed(2) + (row.small_base ? "*" : "");
}

// One bar per year: the rate, labelled with the counts it rests on.
function trendView(body) {
  const rows = body.rows.filter((r) => r.searched);
  const max = Math.max(...rows.map((r) => r.rate_per_1000), 0);
  const box = el("div", { class: "chart instrument", id: "trend", role: "img",
    "aria-label": "Matching paragraphs per 1,000 searched, by year" },
  el("h3", {}, "Per 1,000 paragraphs searched, by year (matching/searched; * under " +
    body.small_base_below + ")"));
  for (const r of rows) {
    const fill = el("span", { class: "fill" });
    fill.style.width = (max ? Math.max(2, 200 * r.rate_per_1000 / max) : 2) + "px";
    box.append(el("div", { class: "bar" }, el("span", { class: "label" }, r.bucket), fill,
      rateText(r) + " (" + r.matching + "/" + r.searched + ")"));
  }
  return box;
}

function judgementText(row) {
  if (!row.reports_indexed) return "none indexed";
  const j = row.latest_judgement;
  return j ? j.grade + " " + (j.date || "undated") + (j.part ? " (" + j.part + ")" : "") : "ungraded (latest " + (row.latest_report_date || "undated") + ")";
}

function compareView(body) {
  const head = ["", "matching", "searched", "per 1,000", "reports", "rank", "latest judgement"];
  const table = el("table", { class: "compare" }, el("tr", {}, ...head.map((h) => el("th", {}, h))));
  for (const r of body.rows) {
    const name = r.role === "neighbour" ? r.neighbour_order + ". " + r.name
      : r.role === "region" ? r.name + " (region)" : r.role === "england" ? "England (all indexed)" : r.name;
    const authority = r.role === "authority" || r.role === "neighbour";
    table.append(el("tr", { class: r.role }, el("td", {}, name), el("td", {}, String(r.matching)),
      el("td", {}, String(r.searched)), el("td", {}, rateText(r)),
      el("td", {}, r.matching_reports + " of " + r.reports),
      el("td", {}, authority && r.rank ? String(r.rank) : ""), el("td", {}, authority ? judgementText(r) : "")));
  }
  const rank = body.rank ? body.authority + " ranks " + body.rank + " of " + body.ranked +
    " by rate among it and its neighbours with paragraphs searched." : body.authority + " is not ranked: none of its paragraphs was searched.";
  return el("div", { class: "instrument", id: "comparison" },
    el("h3", {}, body.authority + " beside its statistical neighbours"), table, el("p", {}, rank));
}

function compareForm(s) {
  const input = el("input", { id: "compare-authority", type: "text", autocomplete: "off",
    placeholder: "e.g. Rotherham" });
  input.value = s.get("compare") || "";
  const form = el("form", { class: "compare-form" },
    el("label", { for: "compare-authority" }, "Compare an authority with its statistical neighbours "),
    input, el("button", { type: "submit" }, "Compare"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const next = state();
    if (input.value.trim()) next.set("compare", input.value.trim()); else next.delete("compare");
    go(next);
  });
  return form;
}

async function showInstruments(s) {
  const results = document.getElementById("results");
  if (!s.get("q")) return;
  const at = location.search;  // a later search replaces the results: stop adding then
  const box = el("section", { class: "instruments", "aria-label": "Trend and comparison" });
  results.append(box);
  const params = searchParams(s);
  try {
    params.set("by", "year");
    const trend = await getJson("/api/trend?" + params);
    if (location.search !== at) return;
    box.append(trendView(trend));
  } catch (err) {
    box.append(el("p", { class: "error" }, err.message));
  }
  box.append(compareForm(s));
  if (!s.get("compare")) return;
  const p = searchParams(s);
  p.delete("authority");  // the authority compared, in place of any filter on one
  p.set("authority", s.get("compare"));
  try {
    const comparison = await getJson("/api/compare?" + p);
    if (location.search !== at) return;
    box.append(compareView(comparison));
  } catch (err) {
    box.append(el("p", { class: "error", role: "alert" }, err.message));
  }
}

document.addEventListener("ofsearch:search", (e) => { showInstruments(e.detail); });
