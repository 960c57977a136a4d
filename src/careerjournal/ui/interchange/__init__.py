"""File > Import and File > Export: the import wizard and the export dialog."""
