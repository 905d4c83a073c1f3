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
  hooks, the installed packages, the builder's modules), when the site folder is
  not the one recorded or was built by something else since, or when a plugin
  is on whose output depends on every page (MkDocs' own search, say; only
  plugins known to be safe, ``DIRTY_SAFE_PLUGINS``, allow a dirty build).

What it depends on is :mod:`mkdocs_config`'s, the docs folder and its outputs :mod:`mkdocs_output`'s (with
what is not published), the sitemap's parts :mod:`sitemap`'s and builds in passes :mod:`mkdocs_passes`'.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from ..fsutil import write_atomic
# The builder's parts: what this module builds with, and the names its callers and tests take from here.
from .mkdocs_config import (DIRTY_SAFE_PLUGINS, _config_chain, _setting, fingerprint, installed_packages,  # noqa: F401
                            plugin_names)
from .mkdocs_output import (MARKDOWN_SUFFIXES, STATE, _read_state, _remove_outputs, _site_stamp, _unpublish,  # noqa: F401
                            _write_state, docs_snapshot, links_outside, output_path, unpublished)
from .mkdocs_passes import (JOBS_ENV, PAGES_ONLY_ENV, PAGES_PER_PASS, PAGES_PER_PASS_ENV,  # noqa: F401
                            PASS_BYTES_ENV, _clean_directory, _is_modified, _newer, _run_pass, anchor_report,
                            check_anchors, pass_bytes_for, plan_passes, resident_mb, run_passes)
from .sitemap import SITEMAP_INDEX_HEAD, split_sitemap  # noqa: F401

DEFAULT_EPOCH = 946684800  # 2000-01-01: a fixed build date when SOURCE_DATE_EPOCH is unset
DIRTY_WARNING = "A 'dirty' build is being performed"
ANCHORS_ENV = "FACTARCHIVE_ANCHORS"  # the file where a pass leaves the anchors and links it saw (mkdocs_passes)
# What a build writes besides pages and copied files: material's static templates and the sitemap's gzip, with
# the config's theme.static_templates and extra_templates. Only the lead pass writes them, so a page with one
# of these outputs is the lead's to render.
THEME_OUTPUTS = frozenset({"404.html", "sitemap.xml", "sitemap.xml.gz"})
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
# template. A pass's cost besides its pages grows with the docs folder (about 1 s of CPU per 37,000 files): two
# of its parts are made cheaper, each page's build date (MkDocs reads SOURCE_DATE_EPOCH and formats it for
# every Page; with it set, the date is made once) and each File's path (PurePath(path).as_posix() for every file,
# where a relative path without empty or "." parts is its own answer): 15.5 -> 12.5 s of CPU for a pass of 10
# pages at 100,000 synthetic articles (576,269 files). None of this changes a byte of the site.
# MkDocs collects a page's links to #anchors only when its page logger is above DEBUG (so `--verbose`, which the
# progress bar needs, checked no anchor): that logger is kept at INFO, and MkDocs' debug lines come from others.
# In a build in passes (ANCHORS_ENV set), a pass checks a link only when it rendered both pages: each pass leaves
# in its ANCHORS_ENV file the anchor ids of the pages it rendered and the links it could not check, and
# mkdocs_passes.check_anchors checks them once every pass has ended, with MkDocs' own message and level
# (validation.links.anchors), so --strict fails as within one pass. Done in the wrapper, not by a plugin: passes
# are MkDocs' alone. In passes, MODIFIED_ENV lists the docs files this pass renders or copies, and no other is
# "modified" (a page of another pass is not this one's to write); PAGES_ONLY_ENV (every pass but the lead, see
# mkdocs_passes) makes the steps that write anything but pages (static files, theme and extra templates) do nothing.
_WRAPPER = f"""
import atexit, json, logging, os, sys
logging.getLogger("mkdocs.commands.build").addFilter(lambda r: not r.getMessage().startswith({DIRTY_WARNING!r}))
logging.getLogger("mkdocs.structure.pages").setLevel(logging.INFO)
state_path = os.environ.get({ANCHORS_ENV!r})
if state_path:
    from mkdocs.structure import pages
    ids, left = {{}}, []  # src -> its anchor ids; [src, target, anchor, link, level] for targets not rendered here
    validate = pages.Page.validate_anchor_links

    def validate_across_passes(self, *, files, log_level):
        validate(self, files=files, log_level=log_level)
        if self.present_anchor_ids is None:  # not rendered in this pass
            return
        src = self.file.src_uri
        for to_file, links in (self.links_to_anchors or {{}}).items():
            page = to_file.page
            if page is None or page.present_anchor_ids is not None:
                continue  # not a page, or rendered in this pass: MkDocs checked it
            for anchor, link in links.items():
                left.append([src, to_file.src_uri, anchor, link, log_level])
        ids[src] = sorted(self.present_anchor_ids)

    pages.Page.validate_anchor_links = validate_across_passes

    def save():
        with open(state_path, "w", encoding="utf-8") as fh:
            json.dump({{"ids": ids, "links": left}}, fh)

    atexit.register(save)
modified_path = os.environ.get({MODIFIED_ENV!r})
if modified_path:
    from mkdocs.structure import files
    with open(modified_path, encoding="utf-8") as fh:
        listing = json.load(fh)
    docs_dir, modified = listing["docs"], set(listing["modified"])
    known = None if listing.get("known") is None else set(listing["known"])  # None: every docs file is listed
    is_modified = files.File.is_modified

    def is_modified_as_listed(self):
        if self._content is None and self.src_dir == docs_dir and (known is None or self.src_uri in known):
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
if os.environ.get({PAGES_ONLY_ENV!r}):
    def copy_no_static_files(self, *args, **kwargs):
        listed["templates"] = True  # as the first template would: from here on the build only reads its files

    files_module.Files.copy_static_files = copy_no_static_files
    build_module._build_theme_template = lambda *args, **kwargs: None
    build_module._build_extra_template = lambda *args, **kwargs: None

if os.environ.get("SOURCE_DATE_EPOCH"):  # then the build date is one day for the whole build: made once, not a page
    from mkdocs.structure import pages as pages_module
    build_date = pages_module.get_build_date()
    pages_module.get_build_date = lambda: build_date
if os.sep == "/":
    from pathlib import PurePath
    def set_src_path(self, value):
        # PurePath(value).as_posix() returns a relative path unchanged unless a part is empty or "."
        if type(value) is str and value and value[0] != "/" and not {{"", "."}}.intersection(value.split("/")):
            self.src_uri = value
        else:
            self.src_uri = PurePath(value).as_posix()
    files_module.File.src_path = files_module.File.src_path.setter(set_src_path)

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



# --------------------------------------------------------------------------- the build


def run_mkdocs(config: Path, docs: Path, site: Path, *, strict: bool = True, offline: bool = False,
               incremental: bool = True, progress: Optional[Callable[[int], Any]] = None,
               pages_per_pass: Optional[int] = None, pass_bytes: Optional[int] = None,
               jobs: Optional[int] = None) -> BuildResult:
    """Build ``docs`` into ``site`` with the settings of ``config``; incrementally when that is safe.

    ``progress(total)`` makes a bar (``update(n)``, ``close()``; tqdm's API)
    for the pages MkDocs will read and write; it advances with MkDocs' own
    debug lines ("Reading: ...", "Building page ..."), read as MkDocs prints them.

    The pages are built in passes of about ``pass_bytes`` of Markdown (default: ``$FACTARCHIVE_PASS_BYTES``,
    else what keeps ``jobs`` passes at once within mkdocs_passes.MEMORY_BUDGET_MB), up to ``jobs`` at a time
    (default: ``$FACTARCHIVE_SITE_JOBS``, else 1), each its own MkDocs process; the site is the same whatever
    the passes. ``pages_per_pass`` (default: ``$FACTARCHIVE_PAGES_PER_PASS`` when set; 0 for one pass) cuts
    the passes by page count instead.
    """
    config, docs, site = Path(config).resolve(), Path(docs).resolve(), Path(site).resolve()
    env = dict(os.environ)
    # Same input, same bytes: MkDocs stamps the sitemap with this date.
    env.setdefault("SOURCE_DATE_EPOCH", str(DEFAULT_EPOCH))
    env.setdefault("NO_MKDOCS_2_WARNING", "1")
    env.pop("COLUMNS", None)  # MkDocs wraps its log lines to COLUMNS: one message, one line
    for name in (ANCHORS_ENV, MODIFIED_ENV, PAGES_ONLY_ENV):
        env.pop(name, None)  # each pass is given its own
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
    sizes: dict[str, int] = {}
    snapshot = docs_snapshot(docs, sizes=sizes)
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
    others = [src for src in snapshot if not src.endswith(MARKDOWN_SUFFIXES)]
    # The pages MkDocs will render: every page on a clean build; on a dirty one, those whose output is missing or
    # older than their source (mkdocs.structure.files.File.is_modified).
    to_build = [src for src in pages if _newer(snapshot[src], built[src])] if same else pages
    jobs = max(1, jobs if jobs is not None else int(os.environ.get(JOBS_ENV, 1)))
    if pages_per_pass is None and os.environ.get(PAGES_PER_PASS_ENV):
        pages_per_pass = int(os.environ[PAGES_PER_PASS_ENV])
    if pass_bytes is None:
        pass_bytes = int(os.environ.get(PASS_BYTES_ENV) or pass_bytes_for(jobs, len(snapshot), resident_mb()))
    # Pages only the lead pass may write: their output is also a file the lead writes besides its pages.
    theme_setting = _setting(chain, "theme", {})
    templates = list(_setting(chain, "extra_templates", []) or []) + list(
        (theme_setting.get("static_templates") if isinstance(theme_setting, dict) else None) or [])
    lead_outputs = {output_path(src, directory_urls) for src in others} | THEME_OUTPUTS | set(map(str, templates))
    lead = [src for src in to_build if output_path(src, directory_urls) in lead_outputs]
    passes = plan_passes(to_build, sizes, jobs=jobs, pages_per_pass=pages_per_pass, pass_bytes=pass_bytes, lead=lead)

    # The derived config sits beside the project's, so paths relative to the
    # config file (a theme's custom_dir, say) mean the same in both.
    fd, derived = tempfile.mkstemp(prefix=".mkdocs-factarchive-", suffix=".yml", dir=config.parent)
    scratch = os.path.join(tempfile.gettempdir(), f"factarchive-{os.path.basename(derived)[1:-4]}")
    scratches: list[str] = []

    def listing(name: str, data: dict[str, Any]) -> str:
        path = f"{scratch}-{name}.json"
        scratches.append(path)
        write_atomic(path, json.dumps(data), durable=False)
        return path

    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(derived_text)
        base = [sys.executable, "-c", _WRAPPER, "build"]
        tail = ["-f", derived] + (["--strict"] if strict else []) + (["--verbose"] if progress is not None else [])
        commands: list[tuple[list[str], dict[str, str]]] = []
        anchors: list[str] = []
        if not passes:  # one MkDocs run
            run_env = env
            if same:  # the answers to MkDocs' --dirty question, from the mtimes read above
                run_env = {**env, MODIFIED_ENV: listing("modified", {
                    "docs": str(docs), "known": sorted(snapshot),
                    "modified": sorted(src for src in snapshot if _newer(snapshot[src], built[src]))})}
            commands.append((base + ["--dirty" if same else "--clean"] + tail, run_env))
        else:
            if not same:
                _clean_directory(site)  # what `mkdocs build --clean` does first; every pass is then --dirty
            # The lead copies what changed besides pages; every pass renders its own pages and nothing else.
            copied = [src for src in others if not same or _newer(snapshot[src], built[src])]
            for number, chunk in enumerate(passes):
                anchors.append(f"{scratch}-anchors-{number}.json")
                scratches.append(anchors[-1])
                pass_env = {**env, ANCHORS_ENV: anchors[-1], MODIFIED_ENV: listing(f"modified-{number}", {
                    "docs": str(docs), "modified": sorted(chunk + copied) if number == 0 else chunk})}
                if number:
                    pass_env[PAGES_ONLY_ENV] = "1"
                commands.append((base + ["--dirty"] + tail, pass_env))
        # Every pass reads every page and renders its own.
        bar = progress(max(1, len(passes)) * len(pages) + len(to_build)) if progress is not None else None
        try:
            returncode, lines = run_passes(commands, config.parent, jobs, bar)
        finally:
            if bar is not None:
                bar.close()
        if anchors:  # the passes that ran; after a failed one too, so that its build reports every broken anchor
            code, more = anchor_report(check_anchors(anchors), strict)
            if returncode == 0:
                returncode = code
            elif code:
                more = more[:-1]  # a failed pass has printed MkDocs' own "Aborted ..." line
            lines += more
    finally:
        os.unlink(derived)
        for path in scratches:
            if os.path.exists(path):
                os.unlink(path)
    if returncode == 0:
        _unpublish(site, plugin_names(chain))
        split_sitemap(site)
        states[str(site)] = {"fingerprint": print_, "stamp": _site_stamp(site), "docs": snapshot}
        _write_state(docs, states)
    return BuildResult(returncode, "".join(lines), mode="incremental" if same else "clean", removed=removed)
