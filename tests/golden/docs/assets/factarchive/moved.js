// The 404 page's script: an address that moved leads to where its page lives now (factarchive/site/urls.py).
//
// A static host (GitHub Pages, Netlify, any web server set up so) answers a missing path with the site's
// 404.html, which loads this script. It reads the missing path and, when it is an address the site once
// published, replaces it with the new one:
//   articles/<id>/, articles/<id>.html, articles/<id>.json   -> articles/<bb>/<id>/ (.html, .json)
//   series/<id>/, series/<id>.html                          -> series/<bb>/<id>/ (.html)
//   entities/<id>/, .html, .json, and entities/<bb>/<id>/ ... -> the entity's page, or its fact on the one
//                                                              article naming it (articles/<bb>/<a>/#actor-<id>)
// <bb> is the id's bucket (fnv1aBucket). Where an entity lives is in moved/<bb>.js, one plain script per
// bucket that calls factarchiveMoved.load(bucket, {id: "entities/<bb>/<id>" or "articles/<bb>/<a>#actor-<id>"})
// (merged or renamed ids too): loaded by a <script> tag like the search index, so it works on any host.
// Anything else keeps the 404 page as it is.
(function () {
  "use strict";

  var pending = {};

  // FNV-1a, 32 bits, over the id's UTF-8 bytes; the low byte as two hex digits. Our own, not a library's:
  // it must give exactly the folders Python gave (urls.bucket), and this is all it takes.
  function fnv1aBucket(id) {
    var bytes = new TextEncoder().encode(id), hash = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      hash = Math.imul(hash ^ bytes[i], 0x01000193) >>> 0;
    }
    return ("0" + (hash & 0xff).toString(16)).slice(-2);
  }

  function loadBucket(root, bucket) {
    return new Promise(function (resolve) {
      pending[bucket] = resolve;
      var tag = document.createElement("script");
      tag.src = root + "moved/" + bucket + ".js";
      tag.onerror = function () { delete pending[bucket]; resolve(null); };
      document.head.appendChild(tag);
    });
  }

  // "entities/ab/x/" -> {section: "entities", id: "x", bucketed: true, json: false}; null for other paths.
  function parse(path) {
    var m = /^(articles|entities|series)\/(.+?)(\/index\.html|\/|\.html|\.json)?$/.exec(path);
    if (!m) return null;
    var parts = m[2].split("/"), json = m[3] === ".json";
    if (parts.length === 1) return { section: m[1], id: parts[0], bucketed: false, json: json };
    if (parts.length === 2 && parts[1] && fnv1aBucket(parts[1]) === parts[0]) {
      return { section: m[1], id: parts[1], bucketed: true, json: json };
    }
    return null;
  }

  // Where a docs path ("articles/ab/x" or "articles/ab/x#actor-y") is published in this site's URL style.
  function address(home, json, directoryUrls) {
    var hash = home.indexOf("#"), stem = hash < 0 ? home : home.slice(0, hash);
    if (json) return stem + ".json";
    return stem + (directoryUrls ? "/" : ".html") + (hash < 0 ? "" : home.slice(hash));
  }

  // The new address (relative to the site root) of a missing path, or null: a promise.
  function target(path, directoryUrls, root) {
    var found = parse(path);
    if (!found) return Promise.resolve(null);
    var bucket = fnv1aBucket(found.id);
    if (found.section !== "entities") {  // an article or a series: only its folder changed
      var moved = found.bucketed || (found.json && found.section === "series") ? null
        : address(found.section + "/" + bucket + "/" + found.id, found.json, directoryUrls);
      return Promise.resolve(moved);
    }
    return loadBucket(root, bucket).then(function (homes) {
      var home = homes && Object.prototype.hasOwnProperty.call(homes, found.id) ? homes[found.id] : null;
      return home === null ? null : address(home, found.json, directoryUrls);
    });
  }

  window.factarchiveMoved = {
    load: function (bucket, homes) {
      var resolve = pending[bucket];
      if (resolve) { delete pending[bucket]; resolve(homes); }
    },
    bucket: fnv1aBucket,
    target: target
  };

  var script = document.currentScript;
  if (!script || !script.dataset.root) return;
  var root = script.dataset.root.replace(/\/?$/, "/");
  var here = location.pathname;
  if (here.indexOf(root) !== 0) return;
  var path;
  try { path = decodeURIComponent(here.slice(root.length)); } catch (e) { return; }
  target(path, script.dataset.directoryUrls !== "false", root).then(function (next) {
    // Never to the missing path itself (a page that should be there and is not): that would loop.
    if (!next || next.split("#")[0] === path) return;
    if (next.indexOf("#") < 0 && location.hash) next += location.hash;
    location.replace(root + encodeURI(next));
  });
})();
