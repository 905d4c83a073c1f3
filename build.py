#!/usr/bin/env python3
"""Entry point: python build.py [extract|site|check] --help"""

import sys

from factarchive.cli import main

if __name__ == "__main__":
    sys.exit(main())
