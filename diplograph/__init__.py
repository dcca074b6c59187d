"""diplograph: a knowledge graph of diplomatic relations built from news articles."""

__version__ = "0.1.0"
