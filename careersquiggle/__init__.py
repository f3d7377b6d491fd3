"""Career Squiggle: a private desktop journal for the non-linear career."""

__version__ = "0.1.0"

APP_NAME = "Career Squiggle"
# Used by platformdirs and QSettings; no spaces so folder names stay tidy.
APP_DIR_NAME = "CareerSquiggle"
ORG_NAME = "CareerSquiggle"
APP_ID = "io.github.careersquiggle.CareerSquiggle"
