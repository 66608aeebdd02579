"""stance: who said what in news about the war in Ukraine, and how each speaker leans."""

__version__ = "0.1.0"
