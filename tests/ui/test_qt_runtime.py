"""Guards against Qt binding releases with known defects that would crash a long session."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    progressed = Signal(int, int, str)


def test_emitting_signals_keeps_reference_counts(qapp):
    # PySide6 6.12.0 dropped one reference to True per emit(): a long session crashed in bool_dealloc.
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for n in range(500):
        emitter.progressed.emit(n, 500, "x")
    assert sys.getrefcount(True) - before > -10
