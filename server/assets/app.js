// The search page: the whole state lives in the URL (query, filters, page, report
// view), so a search can be shared and the back button works. Every piece of
// report text is set with textContent: nothing from the index is parsed as HTML.
"use strict";

// The filter fields, in the order the facet lists show them: the server's field
// registry, read from /api/health at start.
let FIELDS = [];
const RANGE = ["from", "to"];  // report date bounds, ISO dates
const PAGE = 10;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v; else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function state() { return new URLSearchParams(location.search); }

function go(params, replace) {
  const url = "?" + params.toString();
  if (replace) history.replaceState(null, "", url); else history.pushState(null, "", url);
  render();
}

// The URL's parameters that narrow a search: the query, filter values and the date range.
function searchParams(s) {
  const p = new URLSearchParams();
  if (s.get("q")) p.set("q", s.get("q"));
  for (const f of FIELDS) for (const v of s.getAll(f)) p.append(f, v);
  for (const k of RANGE) if (s.get(k)) p.set(k, s.get(k));
  return p;
}

function narrowed(s) { return FIELDS.some((f) => s.getAll(f).length) || RANGE.some((k) => s.get(k)); }

async function getJson(url) {
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

// "**word**" marks a highlight in snippets.
function snippet(text) {
  const p = el("p");
  text.split("**").forEach((part, i) => p.append(i % 2 ? el("mark", {}, part) : part));
  return p;
}

function badge(grade) { return grade ? el("span", { class: "badge " + grade }, grade) : ""; }

function hitNode(hit) {
  const r = hit.record || hit;
  const meta = el("div", { class: "meta" }, [r.authority || "unknown authority", r.date || "undated",
    r.report_type].join(" | "), " ", badge(r.grade));
  const links = el("div", { class: "links" });
  const inReport = el("a", { href: "?" + new URLSearchParams({ report: r.report_id, para: r.paragraph }) }, "in report");
  inReport.addEventListener("click", (e) => { e.preventDefault(); go(new URLSearchParams(inReport.getAttribute("href").slice(1))); });
  const similar = el("a", { href: "?" + new URLSearchParams({ similar: r.id }) }, "similar in other reports");
  similar.addEventListener("click", (e) => { e.preventDefault(); go(new URLSearchParams({ similar: r.id })); });
  links.append(inReport, " · ", similar, r.page ? " · p. " + r.page : "");
  return el("article", { class: "hit" }, meta,
    el("div", { class: "section" }, (r.section || []).join(" > ")),
    snippet(hit.snippet || r.text || ""), links);
}

function bars(title, counts, limit) {
  const entries = Object.entries(counts || {});
  if (!entries.length) return "";
  const top = limit ? entries.sort((a, b) => b[1] - a[1]).slice(0, limit) : entries;
  const max = Math.max(...top.map((e) => e[1]));
  const box = el("div", { class: "chart", role: "img", "aria-label": title }, el("h3", {}, title));
  for (const [label, n] of top) {
    const fill = el("span", { class: "fill" });
    fill.style.width = Math.max(2, 200 * n / max) + "px";  // CSSOM, allowed by the CSP
    box.append(el("div", { class: "bar" }, el("span", { class: "label" }, label), fill, String(n)));
  }
  return box;
}

// "Years from ... to ...": a range of report years, as the API's from/to dates.
function yearRange(s) {
  const input = (id, value) => el("input", { id, type: "number", min: "2000", max: "2100",
    inputmode: "numeric", value: (value || "").slice(0, 4) });
  const from = input("from-year", s.get("from"));
  const to = input("to-year", s.get("to"));
  const form = el("form", { class: "years", "aria-label": "Report years" },
    el("label", { for: "from-year" }, "Years from"), from, el("label", { for: "to-year" }, "to"), to,
    el("button", { type: "submit" }, "Apply"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const next = state();
    for (const k of RANGE) next.delete(k);
    if (from.value) next.set("from", from.value + "-01-01");
    if (to.value) next.set("to", to.value + "-12-31");
    next.delete("offset");
    go(next);
  });
  return form;
}

function facetList(s, facets) {
  const aside = document.getElementById("facets");
  aside.replaceChildren(yearRange(s));
  for (const field of FIELDS) {
    const values = facets[field];
    if (!values || !Object.keys(values).length) continue;
    const chosen = s.getAll(field);
    const list = el("ul");
    for (const [value, n] of Object.entries(values).sort((a, b) => b[1] - a[1])) {
      const on = chosen.includes(value);
      const button = el("button", { type: "button", "aria-pressed": on ? "true" : "false",
        "data-field": field, "data-value": value }, el("span", {}, value), el("span", {}, String(n)));
      button.addEventListener("click", () => {
        const next = state();
        const kept = next.getAll(field).filter((v) => v !== value);
        next.delete(field);
        for (const v of kept) next.append(field, v);
        if (!on) next.append(field, value);
        next.delete("offset");
        go(next);
      });
      list.append(el("li", {}, button));
    }
    aside.append(el("h2", {}, field), list);
  }
}

async function showSearch(s) {
  const results = document.getElementById("results");
  const params = searchParams(s);
  const offset = Number(s.get("offset") || 0);
  params.set("limit", PAGE);
  params.set("offset", offset);
  const body = await getJson("/api/search?" + params);
  facetList(s, body.facets || {});
  const csv = searchParams(s);
  csv.set("limit", 1000);
  results.replaceChildren(
    el("p", { class: "summary" }, body.total + (body.total === 1 ? " paragraph matches" : " paragraphs match")),
    body.suggestion ? el("p", {}, "Did you mean: ", el("a", { href: "?q=" + encodeURIComponent(body.suggestion) }, body.suggestion)) : "",
    el("a", { href: "/api/search.csv?" + csv, download: "ofsearch.csv" }, "download CSV"),
    bars("Matching paragraphs per year", body.facets && body.facets.year),
    bars("Top authorities", body.facets && body.facets.authority, 10));
  for (const hit of body.hits) results.append(hitNode(hit));
  const pager = el("nav", { class: "pager", "aria-label": "pages" });
  if (offset > 0) pager.append(pageLink("previous", Math.max(0, offset - PAGE)));
  if (offset + PAGE < body.total) pager.append(pageLink("next", offset + PAGE));
  results.append(pager);
  document.dispatchEvent(new CustomEvent("ofsearch:search", { detail: s }));  // instruments.js
}

function pageLink(label, offset) {
  const next = state();
  next.set("offset", offset);
  const a = el("a", { href: "?" + next }, label);
  a.addEventListener("click", (e) => { e.preventDefault(); go(next); });
  return a;
}

async function showSimilar(id) {
  const body = await getJson("/api/paragraphs/" + id.split("/").map(encodeURIComponent).join("/") + "/similar?limit=10");
  const results = document.getElementById("results");
  results.replaceChildren(el("p", { class: "summary" },
    "Top " + body.top + " paragraphs in other reports similar to " + id + ", ranked on: " + body.words.join(", ")));
  for (const hit of body.hits) results.append(hitNode(hit));
}

async function showReport(id, para) {
  const view = document.getElementById("report");
  const body = await getJson("/api/reports/" + encodeURIComponent(id));
  const r = body.report;
  const table = el("table", {}, el("tr", {}, el("th", {}, "Judgement"), el("th", {}, "Grade")));
  for (const j of r.judgements || []) table.append(el("tr", {}, el("td", {}, j.area), el("td", {}, badge(j.grade))));
  view.replaceChildren(el("h2", {}, r.title || r.report_id),
    el("p", {}, [r.authority, r.report_type, r.date].filter(Boolean).join(" | ")), table);
  let target = null;
  for (const p of body.paragraphs) {
    if (p.boilerplate) continue;
    const node = el("div", { class: "para", id: "p" + p.paragraph, tabindex: "-1" },
      el("div", { class: "section" }, (p.section || []).join(" > "), " ", badge(p.grade)),
      el("p", {}, (p.number ? p.number + ". " : "") + p.text));
    if (String(p.paragraph) === String(para)) { node.classList.add("target"); target = node; }
    view.append(node);
  }
  if (target) { target.scrollIntoView(); target.focus(); }
}

async function render() {
  const s = state();
  document.getElementById("q").value = s.get("q") || "";
  const results = document.getElementById("results");
  const report = document.getElementById("report");
  report.hidden = !s.get("report");
  results.hidden = !!s.get("report");
  try {
    if (s.get("report")) await showReport(s.get("report"), s.get("para"));
    else if (s.get("similar")) await showSimilar(s.get("similar"));
    else if (s.get("q") || narrowed(s)) await showSearch(s);
    else { results.replaceChildren(); document.getElementById("facets").replaceChildren(); }
  } catch (err) {
    results.hidden = false;
    results.replaceChildren(el("p", { class: "error", role: "alert" }, err.message));
  }
}

// What the pipeline recognised in an added letter, or why it was refused.
async function uploadLetter(e) {
  e.preventDefault();
  const out = document.getElementById("upload-result");
  const form = new FormData();
  form.append("file", document.getElementById("upload-file").files[0]);
  out.replaceChildren(el("p", {}, "Indexing..."));
  try {
    const res = await fetch("/api/reports", { method: "POST", body: form,
      headers: { Authorization: "Bearer " + document.getElementById("upload-token").value } });
    const body = await res.json();
    if (!res.ok) throw new Error(body.error || res.statusText);
    const r = body.report;
    const list = el("ul", {},
      el("li", {}, "authority: " + (r.authority || "not recognised")),
      el("li", {}, "type: " + r.report_type),
      el("li", {}, "date: " + (r.date || "none") + "; inspection: " + (r.inspection_start || "?") + " to " + (r.inspection_end || "?")),
      el("li", {}, "paragraphs: " + r.paragraphs));
    for (const j of r.judgements || []) list.append(el("li", {}, j.area + ": ", badge(j.grade)));
    for (const w of r.warnings || []) list.append(el("li", { class: "error" }, "warning: " + w));
    const open = el("a", { href: "?" + new URLSearchParams({ report: r.report_id }) }, "open it");
    out.replaceChildren(el("p", {}, "Added " + r.report_id + " (searchable now). ", open), list);
  } catch (err) {
    out.replaceChildren(el("p", { class: "error", role: "alert" }, err.message));
  }
}

// Saved searches (`ofsearch watch add`): each opens as a search here and has an Atom feed.
async function showWatches() {
  const list = await getJson("/api/watch");
  const ul = document.getElementById("watch-list");
  ul.replaceChildren(...list.map((w) => {
    const p = new URLSearchParams({ q: w.query });
    for (const [k, v] of w.params) p.append(k, v);
    return el("li", {}, el("a", { href: "?" + p }, w.name), " " + w.query + " ",
      el("a", { href: w.feed, type: "application/atom+xml" }, "Atom feed"));
  }));
  document.getElementById("watches").hidden = list.length === 0;
}

document.addEventListener("DOMContentLoaded", () => {
  showWatches().catch(() => {});
  getJson("/api/health").then((h) => {
    FIELDS = h.fields || [];
    document.getElementById("upload").hidden = !h.uploads;
  }).catch(() => {}).finally(render);
  document.getElementById("upload-form").addEventListener("submit", uploadLetter);
  document.getElementById("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    next.set("q", document.getElementById("q").value);
    const kept = searchParams(state());
    kept.delete("q");
    for (const [k, v] of kept) next.append(k, v);
    go(next);
  });
  window.addEventListener("popstate", render);
});
