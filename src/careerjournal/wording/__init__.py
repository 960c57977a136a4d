"""English words for the facts the services return: the CLI and the report word them here; the
GUI words the same facts with tr() in `careerjournal.ui`. Qt-free."""
