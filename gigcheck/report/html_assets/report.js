// gigcheck HTML report: builds the gig table from the gig blocks, then sorts, filters and
// searches. Gig text only ever reaches the DOM through textContent, never as markup, and
// the page loads nothing: everything it needs is in the file.
(function () {
  "use strict";
  var RANK = { unreadable: 4, error: 3, warning: 2, info: 1, clean: 0 };
  var FILTERS = ["severity", "rule", "category", "section"];
  var TEXT_KEYS = { path: 1, title: 1, seller: 1, rules: 1, sections: 1 };  // sorted A to Z first
  // Extras and packages are filtered as a group ("extra:Fast delivery" is one of the
  // Extras): listing each one's title would bury the section filter in them.
  var GROUPS = { extra: "Extras", "package": "Packages" };
  function sectionGroup(s) {
    var i = s.indexOf(":");
    return i > 0 && GROUPS[s.slice(0, i)] ? s.slice(0, i) + ":*" : s;
  }
  function sectionLabel(v) {
    var i = v.indexOf(":*");
    return i > 0 && i === v.length - 2 ? GROUPS[v.slice(0, i)] : v;
  }
  var $ = function (sel, root) { return (root || document).querySelector(sel); };
  var $$ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // A path that may wrap after each separator, as the gig blocks show it (html_gig._path).
  function pathInto(parent, path) {
    var parts = path.split(/([\/\\#])/);  // with the separators, at odd indexes
    for (var i = 0; i < parts.length; i += 2) {
      parent.appendChild(document.createTextNode(parts[i] + (parts[i + 1] || "")));
      if (i + 1 < parts.length) parent.appendChild(document.createElement("wbr"));
    }
    return parent;
  }

  // One record per gig, read from the streamed <details> blocks (the single source of truth).
  var gigs = $$("details.gig").map(function (d) {
    var notes = $$(".note", d).map(function (n) {
      return { el: n, f: n.dataset.f, severity: n.dataset.severity, rule: n.dataset.rule,
               name: n.dataset.name, category: n.dataset.category, section: sectionGroup(n.dataset.section) };
    });
    var count = function (s) { return notes.filter(function (n) { return n.severity === s; }).length; };
    var uniq = function (key) {
      var seen = {};
      notes.forEach(function (n) { seen[n[key]] = true; });
      return Object.keys(seen).sort();
    };
    // Looked for inside the <summary> itself: a "summary .x" selector from the gig would
    // walk its whole text (about 10x slower over thousands of gigs).
    var head = $("summary", d);
    var shown = function (cls) { var e = $(cls, head); return e ? e.textContent : ""; };
    return { el: d, i: +d.dataset.i, path: d.dataset.path, status: d.dataset.status, notes: notes,
             shownPath: shown(".path"), title: shown(".title"), seller: shown(".seller"), text: null,
             marks: $$("[data-f]", $(".src", d) || d).filter(function (m) { return !m.classList.contains("note"); }),
             errors: count("error"), warnings: count("warning"), infos: count("info"),
             rules: uniq("rule"), sections: uniq("section") };
  });

  // Filter choices: whatever occurs in this report, with counts.
  function fillSelect(key, label) {
    var counts = {}, labels = {};
    gigs.forEach(function (g) { g.notes.forEach(function (n) {
      counts[n[key]] = (counts[n[key]] || 0) + 1;
      labels[n[key]] = label ? label(n) : n[key];
    }); });
    var sel = $("#f-" + key);
    Object.keys(counts).sort().forEach(function (v) {
      var o = el("option", null, labels[v] + " (" + counts[v] + ")");
      o.value = v;
      sel.appendChild(o);
    });
  }
  fillSelect("rule", function (n) { return n.rule + " " + n.name; });
  fillSelect("category");
  fillSelect("section", function (n) { return sectionLabel(n.section); });

  // Each gig's findings as a bar of its errors, warnings and infos (the summary's colours),
  // in proportion to the gig with the most, and said in its tooltip.
  var SEVERITIES = [["errors", "error"], ["warnings", "warning"], ["infos", "info"]];
  var most = Math.max.apply(null, gigs.map(function (g) { return g.errors + g.warnings + g.infos; }).concat([1]));
  function findingsBar(g) {
    var bar = el("span", "minibar"), words = [];
    SEVERITIES.forEach(function (k) {
      var n = g[k[0]];
      if (!n) return;
      var seg = el("span", "seg sev-" + k[1]);
      seg.style.width = Math.max(2, Math.round(60 * n / most)) + "px";  // CSSOM: allowed by the CSP
      bar.appendChild(seg);
      words.push(n + " " + (n === 1 ? k[1] : k[0]));
    });
    bar.title = words.join(", ");
    bar.setAttribute("role", "img");
    bar.setAttribute("aria-label", words.join(", ") || "no findings");
    return bar;
  }

  // Table rows, built once; sorting re-appends them, filtering toggles `hidden`.
  var tbody = $("#gig-table tbody");
  gigs.forEach(function (g) {
    var tr = el("tr");
    var td = el("td", "path");
    var a = pathInto(el("a"), g.path);
    a.href = "#g" + g.i;
    td.appendChild(a);
    tr.appendChild(td);
    tr.appendChild(el("td", "title", g.title));
    tr.appendChild(el("td", "seller", g.seller));
    td = el("td");
    td.appendChild(el("span", "badge st-" + g.status, g.status));
    if (g.notes.length) td.appendChild(findingsBar(g));
    tr.appendChild(td);
    SEVERITIES.forEach(function (k) {
      tr.appendChild(el("td", "num " + (g[k[0]] ? "sev-" + k[1] : "zero"), String(g[k[0]])));
    });
    td = el("td", "rules");
    g.rules.forEach(function (r) { td.appendChild(el("span", "chip", r)); });
    tr.appendChild(td);
    tr.appendChild(el("td", "sections", g.sections.map(sectionLabel).join(", ")));
    tr.addEventListener("click", function (ev) {
      if (ev.target.tagName !== "A") location.hash = "g" + g.i;
      reveal(g);
    });
    g.row = tr;
    tbody.appendChild(tr);
  });

  // Show a gig the editor is sent to (a row, a cross-link, a bookmark): open, and shown
  // even when the filters had hidden it (they are cleared then).
  function reveal(g) {
    if (g.el.hidden) {
      $("#filters").reset();
      apply();
      g.el.scrollIntoView({ block: "start" });
    }
    g.el.open = true;
    g.el.classList.add("flash");
    setTimeout(function () { g.el.classList.remove("flash"); }, 1200);
  }
  var byIndex = {};
  gigs.forEach(function (g) { byIndex[g.i] = g; });
  function revealHash() {
    var m = /^#g(\d+)$/.exec(location.hash);
    if (m && byIndex[m[1]]) reveal(byIndex[m[1]]);
  }
  window.addEventListener("hashchange", revealHash);

  // Cross-gig findings name other drafts: each name links to the gig whose path reads the
  // same. A name with no gig in this report (its path was masked differently) stays text.
  var byPath = Object.create(null);
  gigs.forEach(function (g) { if (!byPath[g.shownPath]) byPath[g.shownPath] = g; });
  $$("a.xref").forEach(function (a) {
    var g = byPath[a.textContent];
    if (g) a.href = "#g" + g.i;
    else a.classList.add("unknown");
  });

  // One listener for every gig's links (thousands of them): a cross-link shows its gig
  // (even one the filters hide); "Back to the table" scrolls the table to the gig's row,
  // which flashes.
  $("#gigs").addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest("a.xref[href], a.back") : null;
    if (!a) return;
    if (a.classList.contains("xref")) {
      reveal(byIndex[a.getAttribute("href").slice(2)]);
      return;
    }
    var g = byIndex[a.closest("details.gig").dataset.i];
    if (!g.row.hidden) $(".tablewrap").scrollTop = g.row.offsetTop - $("#gig-table thead").offsetHeight;
    g.row.classList.add("flash");
    setTimeout(function () { g.row.classList.remove("flash"); }, 1200);
  });

  // Sorting: click a header; a second click reverses. Ties fall back to worst, then path.
  var sortKey = "status", sortDir = -1;
  function value(g, key) {
    if (key === "status") return RANK[g.status];
    if (key === "rules" || key === "sections") return g[key].join(" ");
    return g[key];
  }
  function compare(a, b) {
    var x = value(a, sortKey), y = value(b, sortKey);
    if (typeof x !== "number" && !x !== !y) return x ? -1 : 1;  // no title or seller: last either way
    var c = typeof x === "number" ? x - y : String(x).localeCompare(String(y));
    if (c) return c * sortDir;
    return (RANK[b.status] - RANK[a.status]) || (b.errors - a.errors) || (b.warnings - a.warnings) ||
           a.path.localeCompare(b.path);
  }
  function sort() {
    gigs.slice().sort(compare).forEach(function (g) { tbody.appendChild(g.row); });
    $$("#gig-table th").forEach(function (th) {
      th.setAttribute("aria-sort", th.dataset.key !== sortKey ? "none" : sortDir > 0 ? "ascending" : "descending");
    });
  }
  $$("#gig-table th").forEach(function (th) {
    th.querySelector("button").addEventListener("click", function () {
      var key = th.dataset.key;
      if (key === sortKey) sortDir = -sortDir;
      else { sortKey = key; sortDir = TEXT_KEYS[key] ? 1 : -1; }
      sort();
    });
  });

  // Filtering: a gig shows when its text holds every word searched for and at least one
  // finding matches every chosen field; findings that do not match are hidden in its text
  // and their marks dimmed.
  // What the search box looks in: the path, title and seller, and the gig's text with its
  // findings (their codes, names, messages), lowercased. Read at the first search, not at
  // load: opening a report of thousands of gigs does not pay for it.
  function searchText(g) {
    if (g.text === null) {
      var body = $(".src", g.el) || $(".readerr", g.el);
      g.text = [g.path, g.title, g.seller, body ? body.textContent : ""].join("\n").toLowerCase();
    }
    return g.text;
  }

  function apply() {
    var want = {};
    FILTERS.forEach(function (k) { var v = $("#f-" + k).value; if (v) want[k] = v; });
    var anyField = Object.keys(want).length > 0;
    var words = $("#f-path").value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    gigs.forEach(function (g) {
      var hit = {};
      g.notes.forEach(function (n) {
        var ok = FILTERS.every(function (k) { return !want[k] || n[k] === want[k]; });
        n.el.classList.toggle("dim", anyField && !ok);
        if (ok) hit[n.f] = true;
      });
      g.marks.forEach(function (m) {
        var ids = m.dataset.f.split(" ");
        m.classList.toggle("dim", anyField && !ids.some(function (f) { return hit[f]; }));
      });
      var found = !words.length || words.every(function (w) { return searchText(g).indexOf(w) >= 0; });
      var visible = found && (!anyField || Object.keys(hit).length > 0);
      g.row.hidden = !visible;
      g.el.hidden = !visible;
      if (visible) shown++;
    });
    $("#f-count").textContent = shown + " of " + gigs.length + " gig" + (gigs.length === 1 ? "" : "s");
    $$("[data-filter]").forEach(function (b) {
      b.classList.toggle("on", want[b.dataset.filter] === b.dataset.value);
    });
  }
  FILTERS.forEach(function (k) { $("#f-" + k).addEventListener("change", apply); });
  $("#f-path").addEventListener("input", apply);
  $("#filters").addEventListener("submit", function (ev) { ev.preventDefault(); });
  $("#filters").addEventListener("reset", function () { setTimeout(apply, 0); });

  // Chart bars and severity cards set (or, clicked again, clear) one filter.
  function pick(b) {
    var sel = $("#f-" + b.dataset.filter);
    var v = b.dataset.value;
    if (!$$("option", sel).some(function (o) { return o.value === v; })) return;
    sel.value = sel.value === v ? "" : v;
    apply();
    $("#triage").scrollIntoView({ block: "start" });
  }
  $$("[data-filter]").forEach(function (b) {
    b.addEventListener("click", function () { pick(b); });
    b.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(b); }
    });
  });

  // Hovering an explanation outlines the text it explains.
  gigs.forEach(function (g) {
    g.notes.forEach(function (n) {
      var on = function (state) {
        g.marks.forEach(function (m) {
          if (m.dataset.f.split(" ").indexOf(n.f) >= 0) m.classList.toggle("active", state);
        });
      };
      n.el.addEventListener("mouseenter", function () { on(true); });
      n.el.addEventListener("mouseleave", function () { on(false); });
    });
  });

  $("#expand-all").addEventListener("click", function () { gigs.forEach(function (g) { g.el.open = true; }); });
  $("#collapse-all").addEventListener("click", function () { gigs.forEach(function (g) { g.el.open = false; }); });

  sort();
  apply();
  revealHash();  // opened with #gN (a link from elsewhere)
})();
