"""Quote attribution: quotations, speakers, coreference and indirect speech."""
