"""factarchive: news articles in, a published fact archive out.

Two halves with one contract between them: :mod:`factarchive.extract` reads
``seeds/`` and writes YAML fact sheets to ``archive/``; :mod:`factarchive.site`
reads only ``archive/`` and writes Markdown pages to ``docs/`` and the built
site to ``site/``.
"""

__version__ = "0.1.0"
