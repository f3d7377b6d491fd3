"""Sync between laptops through a folder the user's own sync tool moves (docs/sync.md).

The app never opens a network connection and never puts its live SQLite file in
the synced folder: it writes sealed, numbered change files there and merges the
other laptops' files into the journal.
"""
