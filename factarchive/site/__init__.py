"""The site half: archive/ -> Markdown pages in docs/ -> MkDocs site. Reads no seed."""
