"""`python -m careerjournal`."""

import sys

from .app import main

sys.exit(main())
