"""Drawing the squiggle with pyqtgraph, for the window and for headless pictures."""
