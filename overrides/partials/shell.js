{#- The page shell every page shares, written once per site (mkdocs.yml: theme.static_templates renders this
    file to site/partials/shell.js) instead of once per page (see main.html). Every page loads it with its one
    <script> tag, at the end of <body>. In order, it:
      1. puts material's shared markup into the page (partials/shell-parts.html): toggles, header, nav, table
         of contents, back-to-top button, footer, dialog; and our search box (partials/search.html);
      2. writes material's __config and defines material's inline helpers (partials/javascripts/base.html);
      3. runs material's bundle, which is carried here (one file, one request) and finds the markup material
         would have written;
      4. loads mkdocs.yml's extra_javascript in order.
    Links are site-relative here and made relative to the page with the page's base: the path this script was
    loaded from, less "partials/shell.js". So the one file serves every page, online, under a GitHub Pages
    subpath, on the 404 page (linked from the site's root) and from file:// alike. -#}
{%- import "partials/language.html" as lang with context -%}
{%- import "partials/shell-parts.html" as parts with context -%}
{%- set search_html %}{% include "partials/search.html" %}{% endset -%}
{%- set entries = [] -%}
{%- set flat = not nav.items | selectattr("children") | list -%}
{%- if flat -%}
{%- for item in nav.items -%}
{%- set _ = entries.append([item.title, item.url]) -%}
{%- endfor -%}
{%- endif -%}
{%- set scripts = [] -%}
{%- for script in config.extra_javascript -%}
{%- set _ = scripts.append(script.path if script.path is defined else script | string) -%}
{%- endfor -%}
{#- material's bundle, whose name its base.html (and test_page_shell.py) know; its source map is not published. -#}
{%- set bundle %}{% include "assets/javascripts/bundle.d7400e89.min.js" %}{% endset -%}
/* Written by MkDocs from overrides/partials/shell.js: the page shell every page of the site shares. */
(function () {
  "use strict";
  var script = document.currentScript;
  var base = script.getAttribute("src").replace(/partials\/shell\.js([?#].*)?$/, "") || "./";
  var header = document.querySelector(".md-header__inner");
  // The page's home link (partials/header.html): the same page on every page, written relative to each.
  var home = header ? header.querySelector("a").getAttribute("href") : base;

  // 1. material's markup.
  document.body.insertAdjacentHTML("afterbegin", {{ parts.toggles() | tojson }});
  var entries = {{ entries | tojson }};
  var here = location.href.split("#")[0].split("?")[0].replace(/index\.html$/, "");
  var current = entries.filter(function (entry) { return resolve(base + entry[1]) === here; })[0];
  if (header) {
    header.innerHTML = {{ parts.header(search_html) | tojson }};
    // The page's name, shown in the header once its heading scrolls away (material: the page's title, which is
    // its nav entry's for a page in the nav and its heading's for the others).
    var heading = document.querySelector(".md-content h1");
    header.querySelector("[data-md-component=header-topic] span").textContent =
      current ? current[0] : heading ? headingText(heading) : document.title;
  }
  var primary = document.querySelector(".md-sidebar--primary");
  if (primary && !primary.firstElementChild && entries.length) {
    primary.innerHTML = {{ parts.nav() | tojson }};
    var list = primary.querySelector(".md-nav__list");
    entries.forEach(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      item.className = "md-nav__item";
      link.className = "md-nav__link";
      link.setAttribute("href", base + entry[1]);
      link.textContent = entry[0];
      if (entry === current) {
        item.className += " md-nav__item--active";
        link.className += " md-nav__link--active";
      }
      item.appendChild(link);
      list.appendChild(item);
    });
  }
  document.querySelectorAll("a.md-logo").forEach(function (link) { link.setAttribute("href", home); });
  var secondary = document.querySelector(".md-sidebar--secondary");
  if (secondary) {
    var toc = tableOfContents(document.querySelector(".md-content"));
    secondary.innerHTML = {{ parts.toc() | tojson }};
    var nav = secondary.querySelector(".md-nav--secondary");
    if (toc.length) {
      nav.querySelector(".md-nav__list").replaceChildren.apply(nav.querySelector(".md-nav__list"), items(toc));
    } else {
      nav.replaceChildren();  // material writes an empty <nav> for a page with no headings under its title
    }
  }
  var main = document.querySelector(".md-main");
  if (main) {
    main.insertAdjacentHTML("beforeend", {{ parts.top() | tojson }});
    main.insertAdjacentHTML("afterend", {{ parts.footer() | tojson }});
  }
  document.body.insertAdjacentHTML("beforeend", {{ parts.dialog() | tojson }});

  // material's bundle takes every <link rel="alternate"> for a language version of the site and downloads the
  // sitemap.xml beside it (from file:// the request is refused, with a console error; over http it is 0.7 MB
  // at BBC scale). This site's one is its Atom feed, which feed readers find in the page as served: it leaves
  // the page in the browser.
  document.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]').forEach(function (link) {
    link.remove();
  });

  // 2. material's __config (read by its bundle at start: the page's base and the features; no translations,
  // which serve only material's search and code-copy button, neither of which this site has) and helpers.
  var config = document.createElement("script");
  config.id = "__config";
  config.type = "application/json";
  config.textContent = JSON.stringify({
    annotate: null, base: base, features: {{ (config.theme.features or []) | list | tojson }},
    search: base + {{ "assets/javascripts/workers/search.2c215733.min.js" | tojson }}, tags: null,
    translations: {}, version: null});
  document.body.appendChild(config);
  // material's partials/javascripts/base.html as it ships (local storage by site; config.extra.scope, when
  // set, is the scope instead of the site's base).
  window.__md_scope = new URL({{ config.extra.scope | d("", true) | tojson }} || base, location);
  window.__md_hash = e => [...e].reduce(((e, _) => (e << 5) - e + _.charCodeAt(0)), 0);
  window.__md_get = (e, _ = localStorage, t = __md_scope) => JSON.parse(_.getItem(t.pathname + "." + e));
  window.__md_set = (e, _, t = localStorage, a = __md_scope) => { try { t.setItem(a.pathname + "." + e, JSON.stringify(_)) } catch (e) {} };

  // 4. mkdocs.yml's extra_javascript, in order (async = false), after this file: material's bundle (3) is
  // loaded by then, and its document$ replays the page to a script that subscribes late.
  {{ scripts | tojson }}.forEach(function (path) {
    var tag = document.createElement("script");
    tag.src = base + path;
    tag.async = false;
    document.body.appendChild(tag);
  });

  // An address as the browser resolves it from this page, less a final index.html (the nav's "Home" online is
  // "./", offline "index.html").
  function resolve(href) {
    var link = document.createElement("a");
    link.href = href;
    return link.href.replace(/index\.html$/, "");
  }

  // A heading's text without its permalink sign (the toc extension's <a class="headerlink">).
  function headingText(heading) {
    return Array.prototype.map.call(heading.childNodes, function (node) {
      return node.nodeType === 1 && node.classList.contains("headerlink") ? "" : node.textContent;
    }).join("").trim();
  }

  // The page's table of contents as MkDocs gives it to material's partials/toc.html (page.toc): every heading
  // with an id (the toc extension gives one to each), nested by level (a heading holds the lower-level ones
  // after it, up to the next heading of its level or higher, as Markdown's toc extension nests them), less the
  // page's title: when the first heading is an <h1>, its children are the table.
  function tableOfContents(content) {
    var top = [];
    var open = [];
    if (!content) return top;
    content.querySelectorAll("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]").forEach(function (heading) {
      var entry = { level: +heading.tagName[1], id: heading.id, title: headingText(heading), children: [] };
      while (open.length && open[open.length - 1].level >= entry.level) open.pop();
      (open.length ? open[open.length - 1].children : top).push(entry);
      open.push(entry);
    });
    return top.length && top[0].level === 1 ? top[0].children : top;
  }

  // material's toc-item.html: <li><a href="#id"><span>title</span></a><nav><ul>children</ul></nav></li>.
  function items(entries) {
    return entries.map(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      var title = document.createElement("span");
      item.className = "md-nav__item";
      link.className = "md-nav__link";
      link.setAttribute("href", "#" + entry.id);
      title.className = "md-ellipsis";
      title.textContent = entry.title;
      link.appendChild(title);
      item.appendChild(link);
      if (entry.children.length) {
        var nav = document.createElement("nav");
        var list = document.createElement("ul");
        nav.className = "md-nav";
        nav.setAttribute("aria-label", entry.title);
        list.className = "md-nav__list";
        list.replaceChildren.apply(list, items(entry.children));
        nav.appendChild(list);
        item.appendChild(nav);
      }
      return item;
    });
  }
})();
/* 3. material's bundle (mkdocs-material, MIT): assets/javascripts/bundle.d7400e89.min.js. */
{{ bundle.split("//# sourceMappingURL=")[0] }}
