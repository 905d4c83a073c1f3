{#- The parts of the page shell every page shares, written once per site (mkdocs.yml: theme.static_templates
    renders this file to site/partials/shell.js) instead of once per page: the nav's entries, our search box, the footer, the back-to-top button, material's
    dialog and its helpers for its bundle.
    Every page (overrides/main.html) loads it with a <script> tag just before material's bundle, so the bundle
    and search.js find the same markup material would have written into the page (classes, data-md-* hooks).
    Links are site-relative here and made relative to the page with the page's own base (__config.base), so
    the one file serves every page, online, under a GitHub Pages subpath and from file:// alike.
    Without JavaScript the drawer still opens on the site's name, which links to the home page. -#}
{%- import "partials/language.html" as lang with context -%}
{%- set search_html %}{% include "partials/search.html" %}{% endset -%}
{%- import "partials/shell-parts.html" as parts with context -%}
{%- set entries = [] -%}
{%- if not nav.items | selectattr("children") | list -%}
{%- for item in nav.items -%}
{%- set _ = entries.append([item.title, item.url]) -%}
{%- endfor -%}
{%- endif -%}
/* Written by MkDocs from overrides/partials/shell.js: the nav and the search box of every page. */
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("__config").textContent);
  var base = config.base.replace(/\/?$/, "/");
  // material's partials/javascripts/base.html, which its bundle expects to find defined (local storage by site).
  // (material's code as it ships; config.extra.scope, when set, is the scope instead of the site's base.)
  window.__md_scope = new URL({{ config.extra.scope | d("", true) | tojson }} || config.base, location);
  window.__md_hash = e => [...e].reduce(((e, _) => (e << 5) - e + _.charCodeAt(0)), 0);
  window.__md_get = (e, _ = localStorage, t = __md_scope) => JSON.parse(_.getItem(t.pathname + "." + e));
  window.__md_set = (e, _, t = localStorage, a = __md_scope) => { try { t.setItem(a.pathname + "." + e, JSON.stringify(_)) } catch (e) {} };
  var entries = {{ entries | tojson }};
  var list = document.querySelector(".md-nav--primary > .md-nav__list");
  if (list) {
    var here = location.href.split("#")[0].split("?")[0].replace(/index\.html$/, "");
    entries.forEach(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      item.className = "md-nav__item";
      link.className = "md-nav__link";
      link.setAttribute("href", base + entry[1]);
      link.textContent = entry[0];
      if (link.href.replace(/index\.html$/, "") === here) {
        item.className += " md-nav__item--active";
        link.className += " md-nav__link--active";
      }
      item.appendChild(link);
      list.appendChild(item);
    });
  }
  var main = document.querySelector(".md-main");
  if (main) {
    main.insertAdjacentHTML("beforeend", {{ parts.top() | tojson }});
    main.insertAdjacentHTML("afterend", {{ parts.footer() | tojson }});
  }
  document.body.insertAdjacentHTML("beforeend", {{ parts.dialog() | tojson }});
  var search = document.querySelector("[data-factarchive-search-slot]");
  if (search) {
    search.outerHTML = {{ search_html | tojson }};
  }
})();
