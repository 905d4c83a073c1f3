"""What a MkDocs build depends on besides its pages: the config and every config it INHERITs, the plugins it turns
on, and a fingerprint of all that went into every page (mkdocs_build decides from it whether an incremental
build is safe)."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import Any

from .. import yamlsafe

# Plugins whose output for a page depends on that page alone (material's offline plugin only rewrites a search
# index it finds, and sets use_directory_urls, which is in the fingerprint through FACTARCHIVE_OFFLINE).
DIRTY_SAFE_PLUGINS = frozenset({"offline", "material/offline"})
# The modules of the builder (this folder): a change to any of them builds clean (their bytes are in the fingerprint).
BUILDER_MODULES = ("mkdocs_build.py", "mkdocs_config.py", "mkdocs_output.py", "mkdocs_passes.py", "sitemap.py")


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
    for module in BUILDER_MODULES:
        digest.update((Path(__file__).parent / module).read_bytes())
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

