"""Moving the time axis to what the window wants you to see: a short glide, or at once.

    motion = RangeMotion(view_box, reduced=lambda: settings_say_so)
    motion.go(x0, x1)

When a new or edited entry, an import or a filter brings something into view, the axis
glides there in about 200 ms, so the eye can follow where things went. Reduced motion
(View → Reduce motion, or the platform's own preference where Qt reports it: Qt 6.12's
``QAccessibilityHints.motionPreference``) sets the range at once. A glide is driven by
time, not by frames, so a slow frame on a huge journal makes it coarser, never longer.
A pan or zoom by the user during a glide stops it: the user wins.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QObject, Qt, QVariantAnimation

from careersquiggle.ui.contrast import platform_hints

GLIDE_MS = 200


def platform_reduces_motion() -> bool:
    """True when the platform says its user prefers less motion (Qt 6.12 and later)."""
    hints = platform_hints()[1]
    preference = getattr(hints, "motionPreference", None)
    wanted = getattr(Qt, "MotionPreference", None)
    if preference is None or wanted is None:
        return False  # this Qt cannot tell: the setting alone decides
    return bool(preference() == wanted.ReducedMotion)


class RangeMotion(QObject):
    def __init__(self, view_box, reduced: Callable[[], bool], parent: QObject | None = None):
        super().__init__(parent)
        self.vb = view_box
        self._reduced = reduced
        self._from = self._to = (0.0, 0.0)
        self.animation = QVariantAnimation(self)
        self.animation.setDuration(GLIDE_MS)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.animation.valueChanged.connect(self._step)
        self.animation.finished.connect(self._land)
        view_box.sigRangeChangedManually.connect(lambda *_: self.stop())

    @property
    def running(self) -> bool:
        return self.animation.state() == QVariantAnimation.State.Running

    @property
    def target(self) -> tuple[float, float] | None:
        return self._to if self.running else None

    def reduced(self) -> bool:
        return self._reduced() or platform_reduces_motion()

    def go(self, x0: float, x1: float) -> None:
        """Show x0..x1 on the time axis: glide there, or jump when motion is reduced."""
        self.animation.stop()
        (a0, a1), _ = self.vb.viewRange()
        if self.reduced() or not self.vb.isVisible() or (a0, a1) == (x0, x1):
            self.vb.setXRange(x0, x1, padding=0)
            return
        self._from, self._to = (a0, a1), (x0, x1)
        self.animation.start()

    def stop(self) -> None:
        """Leave the axis where it is now (the user took over)."""
        self.animation.stop()

    def _step(self, t) -> None:
        if not self.running:
            return  # the last value arrives through _land, exactly
        (a0, a1), (b0, b1) = self._from, self._to
        t = float(t)
        self.vb.setXRange(a0 + (b0 - a0) * t, a1 + (b1 - a1) * t, padding=0)

    def _land(self) -> None:
        self.vb.setXRange(*self._to, padding=0)
