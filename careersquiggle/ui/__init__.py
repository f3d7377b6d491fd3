"""PySide6 widgets, dialogs, item models and actions. Talks to services only."""
