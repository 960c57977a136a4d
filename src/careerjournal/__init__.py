"""Career Journal: an offline desktop journal for steering a career on evidence."""

__version__ = "0.1.0"
APP_NAME = "Career Journal"
APP_ID = "io.github.careerjournal.CareerJournal"
