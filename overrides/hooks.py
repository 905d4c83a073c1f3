"""MkDocs hook: the offline build's .html URLs, without material's offline plugin.

`python build.py site --offline` (and `make offline`) set FACTARCHIVE_OFFLINE=true. All the site needs
from file:// is `use_directory_urls: false`: our search loads its index with <script> tags, which file://
allows, so neither the offline plugin's inlined index nor its iframe-worker shim (which it adds from
unpkg.com unless one is listed) is needed. MkDocs does not copy .py files of a theme folder into the site.
"""

import os


def on_config(config):
    if os.environ.get("FACTARCHIVE_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on"):
        config.use_directory_urls = False
    return config
