"""The crossroads review window: the review of a period, prompts, options, intent and plan."""

from careersquiggle.ui.review.window import ReviewWindow

__all__ = ["ReviewWindow"]
