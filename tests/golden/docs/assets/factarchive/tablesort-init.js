// Every plain table of a page becomes sortable by a click on its header (tablesort, vendored),
// and a filter box (<input class="fa-filter">) hides the rows of the next table that do not contain
// what is typed. Our own few lines, not a library: it only compares text already on the page, so it
// works offline and from file://. document$ is mkdocs-material's page-load observable.
document$.subscribe(function () {
  document.querySelectorAll("article table:not([class])").forEach(function (table) {
    new Tablesort(table);
  });
  document.querySelectorAll("article input.fa-filter").forEach(function (input) {
    var block = input.closest("p") || input;
    var next = block.nextElementSibling;
    while (next && !next.querySelector("table") && next.tagName !== "TABLE") next = next.nextElementSibling;
    if (!next) return;
    var table = next.tagName === "TABLE" ? next : next.querySelector("table");
    var rows = Array.prototype.slice.call(table.tBodies[0] ? table.tBodies[0].rows : []);
    var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
    var status = document.createElement("span");
    status.className = "fa-filter-status";
    status.setAttribute("aria-live", "polite");
    input.insertAdjacentElement("afterend", status);
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row, n) {
        var keep = words.every(function (w) { return texts[n].indexOf(w) !== -1; });
        row.hidden = !keep;
        if (keep) shown += 1;
      });
      status.textContent = words.length ? shown + " of " + rows.length + " shown" : "";
    });
  });
});
