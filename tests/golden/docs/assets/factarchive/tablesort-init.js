// Every plain table of a page becomes sortable by a click on its header (tablesort, vendored),
// and a filter box (<input class="fa-filter">) hides the rows of the next table that do not contain
// what is typed. Our own few lines, not a library: it only compares text already on the page, so it
// works offline and from file://. document$ is mkdocs-material's page-load observable.
// Columns of numbers are right-aligned here, not by Markdown's "---:": that wrote style="text-align: right;"
// on every cell, 2.4 MB over the BBC archive's tables (issue #14, site size). A column is one of numbers when
// each of its non-empty cells is a number with at most a short unit ("2,980", "45 USD", "10-14"); without
// JavaScript numbers stay left-aligned.
var NUMBER = /^[-\u2212+]?[\d.,]*\d[\d.,]*(\s?\S{1,4})?$/;

function alignNumbers(table) {
  var rows = table.tBodies[0] ? Array.prototype.slice.call(table.tBodies[0].rows) : [];
  var head = table.tHead && table.tHead.rows[0];
  var columns = head ? head.cells.length : 0;
  for (var c = 0; c < columns; c++) {
    var cells = rows.map(function (row) { return row.cells[c]; }).filter(Boolean);
    var filled = cells.filter(function (cell) { return cell.textContent.trim() !== ""; });
    if (!filled.length || !filled.every(function (cell) { return NUMBER.test(cell.textContent.trim()); })) continue;
    head.cells[c].classList.add("fa-num");
    cells.forEach(function (cell) { cell.classList.add("fa-num"); });
  }
}

document$.subscribe(function () {
  document.querySelectorAll("article table:not([class])").forEach(function (table) {
    alignNumbers(table);
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
