// Every plain table of a page becomes sortable by a click on its header (tablesort, vendored).
// document$ is mkdocs-material's page-load observable.
document$.subscribe(function () {
  document.querySelectorAll("article table:not([class])").forEach(function (table) {
    new Tablesort(table);
  });
});
