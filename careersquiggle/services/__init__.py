"""Qt-free use cases: the Journal facade, formats, reports."""
