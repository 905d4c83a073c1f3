"""Run the static-site builder over the generated pages, incrementally where that gives the same site.

The builder is MkDocs 1.6 by default, as a subprocess, so the core never
imports it and the same ``docs/`` builds with ProperDocs or Zensical. A docs or
site folder other than ``mkdocs.yml``'s own is handled with a small config
that INHERITs the project's.

**Incremental builds.** Page generation rewrites only the files of ``docs/``
whose bytes changed (the others keep their mtime). After each successful build
this module records, in ``docs/.factarchive-build.json`` (a dot-name: MkDocs
never publishes it), a fingerprint of everything global to the site and the
mtime of every file in ``docs/``. The next build of the same site folder then:

- skips MkDocs altogether when no file in ``docs/`` was added, changed or removed;
- otherwise deletes from the site what removed files had produced and runs
  ``mkdocs build --dirty``, which rebuilds only pages whose source is newer
  than their output;
- builds clean when the fingerprint changed (the config and every config it
  INHERITs, the environment variables they read, the theme override folder,
  hooks, the installed packages, this module), when the site folder is not the
  one recorded or was built by something else since, or when a plugin is on
  whose output depends on every page (MkDocs' own search, say; only plugins
  known to be safe, ``DIRTY_SAFE_PLUGINS``, allow a dirty build).

**What is not published.** After each build, the files of material that no page of this site loads are removed
from the site (``unpublished``): its search plugin's lunr/ and workers/ when no search plugin is on, the source
maps, and its bundle when the site's ``partials/shell.js`` carries it (overrides/partials/shell.js). Done here,
not by a plugin or hook, so that any builder builds the same pages; done after every build, clean or
incremental (MkDocs' ``--dirty`` copies a theme file again when its copy is missing), so both leave the same files.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from .. import yamlsafe
from ..fsutil import write_atomic

DEFAULT_EPOCH = 946684800  # 2000-01-01: a fixed build date when SOURCE_DATE_EPOCH is unset
STATE = ".factarchive-build.json"
# Plugins whose output for a page depends on that page alone (material's offline plugin only rewrites a search
# index it finds, and sets use_directory_urls, which is in the fingerprint through FACTARCHIVE_OFFLINE).
DIRTY_SAFE_PLUGINS = frozenset({"offline", "material/offline"})
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")  # mkdocs.utils.markdown_extensions
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
DIRTY_WARNING = "A 'dirty' build is being performed"
ANCHORS_ENV = "FACTARCHIVE_ANCHORS"  # the file where passes leave each other the anchors and links they saw
MODIFIED_ENV = "FACTARCHIVE_MODIFIED"  # the file that lists the docs files a --dirty build is to build again
# MkDocs warns on every --dirty build, and --strict turns that warning into a failure: the build runs through
# this wrapper, which drops that one message (at its logger, before the strict-mode counter sees it).
# A --dirty build asks of every file whether its output is older than its source (two stats each, 21,000 files on
# the BBC site): run_mkdocs has read both mtimes already, so in one pass the wrapper takes its answers (MODIFIED_ENV:
# the same test, _newer) for the docs files it listed, and asks MkDocs' own for any other. The theme's templates are
# compiled through Jinja's bytecode cache (its own private folder in the system temp dir, keyed by each template's
# source): 404.html, the sitemap and the page shell are rendered on every build, and compiling them was a fifth of
# a --dirty build. Two listings are made once: material's theme folder is walked without its dot-folders (.icons:
# 14,300 of its 14,500 files, each then refused by Files.add_files_from_theme's filter, which refuses every dot-name),
# and from the first theme template on (404.html, the sitemap, the shell), when the build only reads its files, the
# list of pages (Files.documentation_pages: every file asked, 17,000 on the BBC site) is made once, not once per
# template. None of this changes a byte of the site.
# MkDocs collects a page's links to #anchors only when its page logger is above DEBUG (so `--verbose`, which the
# progress bar needs, checked no anchor): that logger is kept at INFO, and MkDocs' debug lines come from others.
# In a build in passes (ANCHORS_ENV set), a pass checks a link only when it rendered both pages (MkDocs'
# Page.validate_anchor_links skips a target it did not render): the wrapper adds the links across passes, with
# MkDocs' own message, logger and level (validation.links.anchors), so --strict counts them as MkDocs does. Each
# pass leaves in ANCHORS_ENV the anchor ids of the pages it rendered and the links it could not check (their
# target not rendered yet); a later pass checks its links against the ids left, and the links left against the
# pages it renders. A link whose target no pass renders (an unchanged page, in an incremental build) is not
# checked, as in one `mkdocs build --dirty`. Done in the wrapper, not by a plugin: passes are MkDocs' alone.
_WRAPPER = f"""
import atexit, json, logging, os, sys
logging.getLogger("mkdocs.commands.build").addFilter(lambda r: not r.getMessage().startswith({DIRTY_WARNING!r}))
logging.getLogger("mkdocs.structure.pages").setLevel(logging.INFO)
state_path = os.environ.get({ANCHORS_ENV!r})
if state_path:
    from mkdocs.structure import pages
    try:
        with open(state_path, encoding="utf-8") as fh:
            state = json.load(fh)
    except FileNotFoundError:
        state = {{"ids": {{}}, "links": {{}}}}
    ids, waiting = state["ids"], state["links"]  # src -> anchor ids; target src -> [[src, anchor, link]]
    validate = pages.Page.validate_anchor_links

    def report(log_level, src, link, target, anchor):
        pages.log.log(log_level, f"Doc file '{{src}}' contains a link '{{link}}', but the doc '{{target}}' "
                                 f"does not contain an anchor '#{{anchor}}'.")

    def validate_across_passes(self, *, files, log_level):
        validate(self, files=files, log_level=log_level)
        if self.present_anchor_ids is None:  # not rendered in this pass
            return
        src = self.file.src_uri
        for source, anchor, link in waiting.pop(src, []):
            if anchor not in self.present_anchor_ids:
                report(log_level, source, link, src, anchor)
        for to_file, links in (self.links_to_anchors or {{}}).items():
            page = to_file.page
            if page is None or page.present_anchor_ids is not None:
                continue  # not a page, or rendered in this pass: MkDocs checked it
            target = to_file.src_uri
            for anchor, link in links.items():
                if target not in ids:
                    waiting.setdefault(target, []).append([src, anchor, link])
                elif anchor not in ids[target]:
                    report(log_level, src, link, target, anchor)
        ids[src] = sorted(self.present_anchor_ids)

    pages.Page.validate_anchor_links = validate_across_passes

    def save():
        with open(state_path, "w", encoding="utf-8") as fh:
            json.dump(state, fh)

    atexit.register(save)
modified_path = os.environ.get({MODIFIED_ENV!r})
if modified_path:
    from mkdocs.structure import files
    with open(modified_path, encoding="utf-8") as fh:
        listed = json.load(fh)
    docs_dir, known, modified = listed["docs"], set(listed["known"]), set(listed["modified"])
    is_modified = files.File.is_modified

    def is_modified_as_listed(self):
        if self._content is None and self.src_dir == docs_dir and self.src_uri in known:
            return self.src_uri in modified
        return is_modified(self)

    files.File.is_modified = is_modified_as_listed
import jinja2
from mkdocs import theme
from mkdocs.commands import build as build_module
from mkdocs.structure import files as files_module
get_env = theme.Theme.get_env
add_files_from_theme = files_module.Files.add_files_from_theme
documentation_pages = files_module.Files.documentation_pages
build_theme_template = build_module._build_theme_template
listed = {{}}

def add_files_from_theme_outside_dot_folders(self, env, config):
    loader = env.loader
    if type(loader) is not jinja2.FileSystemLoader:
        return add_files_from_theme(self, env, config)

    def list_templates():
        found = set()
        for searchpath in loader.searchpath:
            for dirpath, dirnames, filenames in os.walk(searchpath, followlinks=loader.followlinks):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                for filename in filenames:
                    found.add(os.path.join(dirpath, filename)[len(searchpath):].strip(os.sep).replace(os.sep, "/"))
        return sorted(found)

    loader.list_templates = list_templates
    try:
        return add_files_from_theme(self, env, config)
    finally:
        del loader.list_templates

def documentation_pages_listed_once(self, *, inclusion=files_module.InclusionLevel.is_included):
    if "templates" not in listed:
        return documentation_pages(self, inclusion=inclusion)
    key = (id(self), len(self), inclusion)
    if key not in listed:
        listed[key] = documentation_pages(self, inclusion=inclusion)
    return listed[key]

def build_theme_template_listing_pages_once(*args, **kwargs):
    listed["templates"] = True  # from the first theme template on, the build only reads its files
    return build_theme_template(*args, **kwargs)

files_module.Files.add_files_from_theme = add_files_from_theme_outside_dot_folders
files_module.Files.documentation_pages = documentation_pages_listed_once
build_module._build_theme_template = build_theme_template_listing_pages_once

def get_env_with_bytecode_cache(self):
    env = get_env(self)
    env.bytecode_cache = jinja2.FileSystemBytecodeCache()
    return env

theme.Theme.get_env = get_env_with_bytecode_cache
from mkdocs.__main__ import cli
sys.argv[0] = "mkdocs"
cli()
"""


@dataclass(frozen=True)
class BuildResult:
    returncode: int
    output: str
    mode: str = "clean"  # "clean", "incremental" (mkdocs --dirty) or "unchanged" (MkDocs not run)
    removed: int = 0  # site files removed because their docs file was

    @property
    def ok(self) -> bool:
        return self.returncode == 0


# --------------------------------------------------------------------------- what a build depends on


def _config_chain(config: Path) -> list[tuple[Path, dict]]:
    """The config and every config it INHERITs, nearest first."""
    chain, path = [], Path(config).resolve()
    while path not in {p for p, _ in chain}:
        data = yamlsafe.load_keeping_tags(path.read_text("utf-8")) or {}
        chain.append((path, data if isinstance(data, dict) else {}))
        parent = chain[-1][1].get("INHERIT")
        if not isinstance(parent, str):
            break
        path = (path.parent / parent).resolve()
    return chain


def _setting(chain: list[tuple[Path, dict]], key: str, default: Any = None) -> Any:
    """A top-level setting as the nearest config gives it (lists are replaced, not merged, by INHERIT)."""
    return next((data[key] for _, data in chain if key in data), default)


def _env_names(value: Any) -> set[str]:
    if isinstance(value, dict):
        if value.get("!tag") == "ENV":
            names = value["value"] if isinstance(value["value"], list) else [value["value"]]
            return {n for n in names[:-1] if isinstance(n, str)} if len(names) > 1 else {str(names[0])}
        return set().union(*(_env_names(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_env_names(v) for v in value)) if value else set()
    return set()


def plugin_names(chain: list[tuple[Path, dict]]) -> list[str]:
    """The plugins the config turns on (MkDocs' default is ``search``); a plugin with ``enabled: false`` is left out."""
    plugins = _setting(chain, "plugins", ["search"])
    entries = plugins.items() if isinstance(plugins, dict) else [
        next(iter(p.items())) if isinstance(p, dict) else (p, None) for p in (plugins or [])]
    names = []
    for name, options in entries:
        enabled = options.get("enabled", True) if isinstance(options, dict) else True
        if isinstance(enabled, dict) and enabled.get("!tag") == "ENV":  # !ENV [VAR, default]
            spec = enabled["value"] if isinstance(enabled["value"], list) else [enabled["value"]]
            raw = next((os.environ[v] for v in spec[:-1] if v in os.environ), spec[-1] if len(spec) > 1 else None)
            enabled = raw if not isinstance(raw, str) else yamlsafe.load(raw)
        if enabled not in (False, None):
            names.append(str(name))
    return names


def _tree_digest(digest: Any, folder: Path) -> None:
    if not folder.is_dir():
        return
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = Path(root, name)
            digest.update(f"{path.relative_to(folder).as_posix()}\0".encode())
            digest.update(path.read_bytes())


def fingerprint(config: Path, derived: str, env: dict[str, str]) -> str:
    """A hash of everything that goes into every page: configs, the env they read, theme override, hooks, packages."""
    chain = _config_chain(config)
    digest = hashlib.sha256(derived.encode())
    for path, data in chain:
        digest.update(path.read_bytes())
    for name in sorted(set().union(*(_env_names(data) for _, data in chain)) | {"SOURCE_DATE_EPOCH", "FACTARCHIVE_OFFLINE"}):
        digest.update(f"{name}={env.get(name)}\0".encode())
    theme = _setting(chain, "theme", {})
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    if isinstance(custom, str):
        _tree_digest(digest, Path(config).resolve().parent / custom)
    for hook in _setting(chain, "hooks", []) or []:
        if isinstance(hook, str) and (Path(config).resolve().parent / hook).is_file():
            digest.update((Path(config).resolve().parent / hook).read_bytes())
    digest.update("\n".join(installed_packages()).encode())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()


def installed_packages() -> list[str]:
    """The installed distributions, as the names of their metadata folders (``mkdocs-1.6.1.dist-info``): name and
    version, read from the folder listings of ``sys.path`` (importlib.metadata parses every METADATA file: 0.2 s
    of each build for 124 packages)."""
    found = set()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:  # a zip, a missing folder
            continue
        found.update(n for n in names if n.endswith((".dist-info", ".egg-info")))
    return sorted(found)


# --------------------------------------------------------------------------- docs/ and what it becomes


def docs_snapshot(docs: Path) -> dict[str, int]:
    """Every file MkDocs reads from ``docs`` (no dot-names, no top-level templates/) -> its mtime in ns."""
    docs = Path(docs)
    snapshot = {}
    for root, dirs, files in os.walk(docs):
        rel = Path(root).relative_to(docs).as_posix()
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (rel == "." and d == "templates"))
        for name in files:
            if not name.startswith("."):
                path = os.path.join(root, name)
                snapshot[name if rel == "." else f"{rel}/{name}"] = os.stat(path).st_mtime_ns
    return snapshot


def links_outside(docs: Path) -> list[Path]:
    """The links in ``docs`` (any depth, dot-names too) that lead outside it, sorted; [] when there is no ``docs``.

    What fsutil.list_files(docs)[1] returns (source.docs_links_outside's question, asked before every build), found
    from the folder listings alone: only a link is resolved, and no other entry becomes a Path (BBC docs/, 14,000
    files: 0.016 s CPU against 0.13 s). Folder links are not followed.
    """
    from ..fsutil import inside

    found: list[Path] = []
    folders = [str(docs)]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    try:
                        if entry.is_symlink():
                            if not inside(entry.path, docs):
                                found.append(Path(entry.path))
                        elif entry.is_dir():
                            folders.append(entry.path)
                    except OSError:
                        continue
        except OSError:
            continue  # missing, vanished or unreadable: nothing in it is listed
    return sorted(found)


def output_path(src: str, directory_urls: bool) -> str:
    """Where MkDocs writes a docs file in the site (mkdocs.structure.files.File.dest_uri)."""
    if not src.endswith(MARKDOWN_SUFFIXES):
        return src
    parent, filename = posixpath.split(src)
    stem = posixpath.splitext(filename)[0]
    stem = "index" if stem == "README" else stem
    if not directory_urls or stem == "index":
        return posixpath.join(parent, stem + ".html")
    return posixpath.join(parent, stem, "index.html")


def _remove_outputs(site: Path, removed: set[str], kept: set[str], directory_urls: bool) -> int:
    """Delete from ``site`` what the removed docs files had produced (and folders left empty); returns files removed."""
    keep = {output_path(src, directory_urls) for src in kept}
    count = 0
    for src in sorted(removed):
        out = output_path(src, directory_urls)
        target = site / out
        if out in keep or not target.is_file():
            continue
        target.unlink()
        count += 1
        folder = target.parent
        while folder != site and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    return count


def _read_state(docs: Path) -> dict[str, Any]:
    try:
        state = json.loads((Path(docs) / STATE).read_text("utf-8"))
        return state if isinstance(state, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_state(docs: Path, state: dict[str, Any]) -> None:
    write_atomic(Path(docs) / STATE, json.dumps(state, sort_keys=True, separators=(",", ":")), durable=False)


def _site_stamp(site: Path) -> Optional[list[int]]:
    """Identifies the last build in ``site``: MkDocs rewrites 404.html on every build."""
    try:
        st = (site / "404.html").stat()
        return [st.st_mtime_ns, st.st_size]
    except OSError:
        return None


# --------------------------------------------------------------------------- files material ships, unused here

SEARCH_PLUGINS = frozenset({"search", "material/search"})
# Site-relative globs, and the condition under which no page of the site loads them (issue #14: about 1 KB per
# article at BBC scale, 2.3 MB a site). lunr/ and workers/ serve material's search plugin (our search is
# factarchive/site/search.py); source maps serve a developer's browser tools (which then say the map is
# missing); the bundle is inside partials/shell.js, which every page loads instead (overrides/main.html).
UNPUBLISHED: tuple[tuple[str, str], ...] = (
    ("assets/javascripts/lunr", "no search plugin"),
    ("assets/javascripts/workers", "no search plugin"),
    ("assets/javascripts/*.map", "always"),
    ("assets/stylesheets/*.map", "always"),
    ("assets/javascripts/bundle.*.min.js", "bundle in partials/shell.js"),
)
BUNDLE_MARK = "window.document$="  # how material's bundle shows itself in partials/shell.js


def unpublished(site: Path, plugins: list[str]) -> list[Path]:
    """The files and folders of ``site`` that material published and no page of this site loads."""
    shell = Path(site) / "partials" / "shell.js"
    holds = {"always": True, "no search plugin": not SEARCH_PLUGINS & set(plugins),
             "bundle in partials/shell.js": shell.is_file() and BUNDLE_MARK in shell.read_text("utf-8")}
    return sorted(path for pattern, condition in UNPUBLISHED if holds[condition] for path in Path(site).glob(pattern))


def _unpublish(site: Path, plugins: list[str]) -> None:
    """Remove ``unpublished`` files and folders, and the folders that leaves empty (assets/javascripts/)."""
    for path in unpublished(site, plugins):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
        folder = path.parent
        while folder != Path(site) and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent


# --------------------------------------------------------------------------- the sitemap past the protocol's limit

_XML = '<?xml version="1.0" encoding="UTF-8"?>\n'
SITEMAP_INDEX_HEAD = _XML + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
SITEMAP_HEAD = _XML + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
_LOC = re.compile(r"<loc>([^<]*)</loc>")


def _sitemap_urls(path: Path):
    """Each ``<url>...</url>`` element of MkDocs' sitemap, as its text, read line by line (never the whole file:
    about 45 MB at 100,000 articles). MkDocs' template (mkdocs/templates/sitemap.xml) puts ``<url>`` and ``</url>``
    on lines of their own."""
    with open(path, encoding="utf-8") as fh:
        element: Optional[list[str]] = None
        for line in fh:
            text = line.strip()
            if text == "<url>":
                element = []
            elif text == "</url>" and element is not None:
                yield "".join(element)
                element = None
            elif element is not None and text:
                element.append(text)


def split_sitemap(site: Path, limit: Optional[int] = None) -> int:
    """Make MkDocs' ``sitemap.xml`` an index of sitemaps when it lists more than ``limit`` pages; returns the parts.

    The sitemap protocol allows 50,000 URLs (and 50 MB) per file (``urls.SITEMAP_URLS``); past that MkDocs' one file
    is not read by search engines. The pages go, in MkDocs' order, into ``sitemaps/1.xml``, ``sitemaps/2.xml`` ...
    (``urls.SITEMAP_PART``), ``limit`` each, and ``sitemap.xml`` (and ``sitemap.xml.gz``, gzipped with the time
    MkDocs gave it) becomes their ``<sitemapindex>``: the sitemap keeps its address. A part's address is the site's
    root (the common start of every page's address, the home page's own) and its path. Parts left by an earlier
    build that this one does not make are removed, so an incremental build leaves what a clean one does. Done
    here, after MkDocs, as the unpublished files are: any builder, the same site. 0 when the sitemap fits (or
    there is none).
    """
    from . import urls

    site = Path(site)
    limit = limit if limit is not None else urls.SITEMAP_URLS
    sitemap = site / urls.SITEMAP
    folder = site / posixpath.dirname(urls.SITEMAP_PART)
    parts: list[str] = []
    if sitemap.is_file():
        with open(sitemap, encoding="utf-8") as fh:
            if fh.read(len(SITEMAP_INDEX_HEAD)) == SITEMAP_INDEX_HEAD:  # split already: MkDocs did not write it
                return len(list(folder.glob("*.xml")))
        if sum(1 for _ in _sitemap_urls(sitemap)) > limit:
            root: Optional[str] = None
            out = None
            n = 0
            try:
                for number, element in enumerate(_sitemap_urls(sitemap)):
                    loc = _LOC.search(element)
                    address = loc.group(1) if loc else ""
                    root = address if root is None else os.path.commonprefix([root, address])
                    if number % limit == 0:
                        if out is not None:
                            out.write("</urlset>\n")
                            out.close()
                        n += 1
                        folder.mkdir(exist_ok=True)
                        out = open(folder / (posixpath.basename(urls.SITEMAP_PART.format(n=n)) + ".tmp"), "w",
                                   encoding="utf-8", newline="\n")
                        out.write(SITEMAP_HEAD)
                    out.write(f"    <url>\n         {element}\n    </url>\n")
            finally:
                if out is not None:
                    out.write("</urlset>\n")
                    out.close()
            root = (root or "")[: (root or "").rfind("/") + 1]
            for k in range(1, n + 1):
                name = posixpath.basename(urls.SITEMAP_PART.format(n=k))
                os.replace(folder / (name + ".tmp"), folder / name)
                parts.append(root + urls.SITEMAP_PART.format(n=k))
            _write_sitemap_index(sitemap, parts)
    for stale in sorted(folder.glob("*.xml")) if folder.is_dir() else []:
        if stale.name not in {posixpath.basename(p) for p in parts}:
            stale.unlink()
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
    return len(parts)


def _write_sitemap_index(sitemap: Path, parts: list[str]) -> None:
    """``sitemap.xml`` as the index of ``parts`` (their addresses), and ``sitemap.xml.gz``: the same bytes gzipped."""
    import gzip
    import io
    from xml.sax.saxutils import escape

    text = (SITEMAP_INDEX_HEAD + "".join(f"    <sitemap><loc>{escape(p)}</loc></sitemap>\n" for p in parts)
            + "</sitemapindex>\n")
    write_atomic(sitemap, text, durable=False)
    gz = sitemap.with_name(sitemap.name + ".gz")
    mtime = 0
    try:
        with open(gz, "rb") as fh:  # the time MkDocs stamped it with (SOURCE_DATE_EPOCH): same build, same bytes
            mtime = int.from_bytes(fh.read(8)[4:8], "little")
    except OSError:
        pass
    packed = io.BytesIO()
    with gzip.GzipFile(fileobj=packed, filename=str(gz), mode="wb", mtime=mtime) as out:
        out.write(text.encode("utf-8"))
    write_atomic(gz, packed.getvalue(), durable=False)


# --------------------------------------------------------------------------- builds in passes
#
# MkDocs renders every page's Markdown into memory before it writes any (mkdocs.commands.build.build: the page
# HTML, its Markdown source and its table of contents are held until the end), so its peak memory grows with the
# site: 923 MB at 17,014 pages of 5,000 synthetic articles, about 50 KB a page, 389 MB in passes of 5,000 pages
# (same CPU time: 307 against 327 s). Past ``PAGES_PER_PASS`` pages the build runs in
# passes of plain `mkdocs build --dirty`, each rendering one slice of the pages: the pages of later slices are
# "held" (an output, empty if there was none, stamped with its source's mtime, which MkDocs' `--dirty` takes as
# up to date) and each slice is "released" (its outputs deleted) just before its pass. Every page is rendered
# once, by the same MkDocs as in one pass, so the site is the same byte for byte (a --dirty build renders a page
# as a clean one does: the incremental builds rest on that too). What a pass costs besides its pages (listing
# the files, the nav, copying what changed, the sitemap) is about 1 s per 18,000 files. MkDocs checks a link's
# #anchor only when it rendered both pages in the same pass: _WRAPPER checks the links across passes.

PAGES_PER_PASS = 10_000
PAGES_PER_PASS_ENV = "FACTARCHIVE_PAGES_PER_PASS"


def _is_modified(docs: Path, site: Path, src: str, directory_urls: bool) -> bool:
    """MkDocs' own test for --dirty (mkdocs.structure.files.File.is_modified): no output, or one older than its source."""
    try:
        return os.stat(site / output_path(src, directory_urls)).st_mtime < os.stat(docs / src).st_mtime
    except FileNotFoundError:
        return True


def _newer(source_ns: int, output_mtime: Optional[float]) -> bool:
    """:func:`_is_modified` from mtimes already read: the source's in ns (docs_snapshot), the output's as os.stat's
    float. The source's float is made as os.stat makes it (seconds + nanoseconds * 1e-9), so both compare alike."""
    return output_mtime is None or output_mtime < source_ns // 10**9 + (source_ns % 10**9) * 1e-9


def _clean_directory(site: Path) -> None:
    """Empty ``site`` as `mkdocs build --clean` does (mkdocs.utils.clean_directory: dot-names are kept)."""
    if not site.is_dir():
        return
    for entry in sorted(os.listdir(site)):
        if entry.startswith("."):
            continue
        path = site / entry
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink()


def _hold(docs: Path, site: Path, sources: list[str], directory_urls: bool) -> list[str]:
    """Make MkDocs' --dirty take these pages as up to date; returns those given an empty placeholder output."""
    made = []
    for src in sources:
        target = site / output_path(src, directory_urls)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.touch()
            made.append(src)
        mtime = os.stat(docs / src).st_mtime_ns
        os.utime(target, ns=(mtime, mtime))
    return made


def _release(site: Path, sources: list[str], directory_urls: bool) -> None:
    """Make MkDocs' --dirty render these pages: their outputs go (each pass writes them again)."""
    for src in sources:
        try:
            (site / output_path(src, directory_urls)).unlink()
        except FileNotFoundError:
            pass


def _run_pass(cmd: list[str], env: dict[str, str], cwd: Path, lines: list[str], bar: Any) -> int:
    """One MkDocs run: its log lines (DEBUG aside) go to ``lines``; its debug lines advance ``bar``."""
    with subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          cwd=cwd, bufsize=1) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            line = _ANSI.sub("", line)  # MkDocs colours level names even into a pipe
            if not line.startswith("DEBUG"):
                lines.append(line)
            elif bar is not None and ("-  Reading: " in line or "-  Building page " in line):
                bar.update(1)
    return proc.returncode


# --------------------------------------------------------------------------- the build


def run_mkdocs(config: Path, docs: Path, site: Path, *, strict: bool = True, offline: bool = False,
               incremental: bool = True, progress: Optional[Callable[[int], Any]] = None,
               pages_per_pass: Optional[int] = None) -> BuildResult:
    """Build ``docs`` into ``site`` with the settings of ``config``; incrementally when that is safe.

    ``progress(total)`` makes a bar (``update(n)``, ``close()``; tqdm's API)
    for the pages MkDocs will read and write; it advances with MkDocs' own
    debug lines ("Reading: ...", "Building page ..."), read as MkDocs prints them.

    ``pages_per_pass`` (default: ``$FACTARCHIVE_PAGES_PER_PASS``, else ``PAGES_PER_PASS``; 0 for no limit) bounds
    the pages one MkDocs run renders, and so its memory: more pages than that are built in several passes.
    """
    config, docs, site = Path(config).resolve(), Path(docs).resolve(), Path(site).resolve()
    env = dict(os.environ)
    # Same input, same bytes: MkDocs stamps the sitemap with this date.
    env.setdefault("SOURCE_DATE_EPOCH", str(DEFAULT_EPOCH))
    env.setdefault("NO_MKDOCS_2_WARNING", "1")
    env.pop("COLUMNS", None)  # MkDocs wraps its log lines to COLUMNS: one message, one line
    if offline:
        env["FACTARCHIVE_OFFLINE"] = "true"
    # JSON strings are YAML strings: paths are quoted safely whatever they hold.
    derived_text = (f"INHERIT: {json.dumps(config.name)}\n"
                    f"docs_dir: {json.dumps(str(docs))}\n"
                    f"site_dir: {json.dumps(str(site))}\n"
                    # file:// opens x.html, not the folder x/: the offline build's one difference.
                    + ("use_directory_urls: false\n" if offline else ""))
    chain = _config_chain(config)
    directory_urls = bool(_setting(chain, "use_directory_urls", True)) and not offline
    # Strictness too: a build that passed without --strict says nothing about one with it.
    print_ = fingerprint(config, f"{derived_text}strict: {strict}\n", env)
    snapshot = docs_snapshot(docs)
    states = _read_state(docs)
    previous = states.get(str(site), {})
    safe = all(name in DIRTY_SAFE_PLUGINS for name in plugin_names(chain))
    same = (incremental and safe and previous.get("fingerprint") == print_
            and previous.get("stamp") is not None and previous.get("stamp") == _site_stamp(site))
    built: dict[str, Optional[float]] = {}  # a docs file -> its output's mtime (None: no output), one stat each
    if same:
        before: dict[str, int] = previous.get("docs", {})
        for src in snapshot:
            try:
                st = os.stat(os.path.join(site, output_path(src, directory_urls)))
                built[src] = st.st_mtime if stat.S_ISREG(st.st_mode) else None  # MkDocs: os.path.isfile
            except OSError:
                built[src] = None
        # Every output of a file still there must still be in the site; otherwise someone cleaned it: build clean.
        same = all(built[src] is not None for src in before.keys() & snapshot.keys())
    if same and before == snapshot:
        return BuildResult(0, "", mode="unchanged")
    removed = _remove_outputs(site, before.keys() - snapshot.keys(), set(snapshot), directory_urls) if same else 0
    # Until this build succeeds, no state: a failed build is followed by a clean one.
    states.pop(str(site), None)
    if (docs / STATE).exists():
        _write_state(docs, states)

    pages = sorted(src for src in snapshot if src.endswith(MARKDOWN_SUFFIXES))
    # The pages MkDocs will render: every page on a clean build; on a dirty one, those whose output is missing or
    # older than their source (mkdocs.structure.files.File.is_modified).
    to_build = [src for src in pages if _newer(snapshot[src], built[src])] if same else pages
    limit = pages_per_pass if pages_per_pass is not None else int(os.environ.get(PAGES_PER_PASS_ENV, PAGES_PER_PASS))
    passes: list[Optional[list[str]]] = [None]  # one MkDocs run, as it decides
    if limit > 0 and len(to_build) > limit:
        passes = [to_build[i:i + limit] for i in range(0, len(to_build), limit)]

    # The derived config sits beside the project's, so paths relative to the
    # config file (a theme's custom_dir, say) mean the same in both.
    fd, derived = tempfile.mkstemp(prefix=".mkdocs-factarchive-", suffix=".yml", dir=config.parent)
    anchors = os.path.join(tempfile.gettempdir(), f"factarchive-anchors-{os.path.basename(derived)[:-4]}.json")
    modified = os.path.join(tempfile.gettempdir(), f"factarchive-modified-{os.path.basename(derived)[:-4]}.json")
    held: list[str] = []
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(derived_text)
        if same and passes == [None]:  # passes hold and release outputs between runs: MkDocs asks for itself there
            write_atomic(modified, json.dumps({"docs": str(docs), "known": sorted(snapshot), "modified": sorted(
                src for src in snapshot if _newer(snapshot[src], built[src]))}), durable=False)
            env = {**env, MODIFIED_ENV: modified}
        bar = progress(len(passes) * len(pages) + len(to_build)) if progress is not None else None
        lines: list[str] = []
        returncode = 0
        try:
            if passes != [None]:
                env = {**env, ANCHORS_ENV: anchors}  # what passes leave each other (_WRAPPER), outside the project
                if not same:
                    _clean_directory(site)  # what `mkdocs build --clean` does first; every pass is then --dirty
                held = _hold(docs, site, to_build, directory_urls)
            for chunk in passes:
                if chunk is not None:
                    _release(site, chunk, directory_urls)
                dirty = same or chunk is not None
                cmd = [sys.executable, "-c", _WRAPPER, "build", "--dirty" if dirty else "--clean", "-f", derived]
                if strict:
                    cmd.append("--strict")
                if bar is not None:
                    cmd.append("--verbose")
                returncode = _run_pass(cmd, env, config.parent, lines, bar)
                if returncode != 0:
                    break
        finally:
            if bar is not None:
                bar.close()
            # An output still empty is a placeholder MkDocs did not replace (a failed pass, or a page it skipped
            # for rendering to nothing, which a clean build does not write either).
            for src in held:
                target = site / output_path(src, directory_urls)
                try:
                    if target.stat().st_size == 0:
                        target.unlink()
                except OSError:
                    pass
    finally:
        os.unlink(derived)
        for scratch in (anchors, modified):
            if os.path.exists(scratch):
                os.unlink(scratch)
    if returncode == 0:
        _unpublish(site, plugin_names(chain))
        split_sitemap(site)
        states[str(site)] = {"fingerprint": print_, "stamp": _site_stamp(site), "docs": snapshot}
        _write_state(docs, states)
    return BuildResult(returncode, "".join(lines), mode="incremental" if same else "clean", removed=removed)
