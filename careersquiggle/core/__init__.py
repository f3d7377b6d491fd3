"""The journal's domain: Qt-free and database-free."""
