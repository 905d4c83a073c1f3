"""Extraction: seeds -> Articles -> FactSheets. Knows nothing of pages."""
