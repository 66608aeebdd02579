"""Quote attribution: quotations, speakers, coreference and indirect speech."""

from stance.attribution.extract import Attributor, extract

__all__ = ["Attributor", "extract"]
