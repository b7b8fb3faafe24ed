"""lintnews: a linter and fixer for machine-translated news text."""

__version__ = "0.1.0"
