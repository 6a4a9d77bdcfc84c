"""The installed PySide6 keeps Python's ``None`` alive (6.12.0 on Python 3.11 did not).

pyproject.toml excludes that release by an environment marker; this catches a shiboken6
that again returns ``None`` from void methods without taking a reference.
"""
import sys

from PySide6.QtGui import QTextCursor, QTextDocument


def test_void_calls_leave_none_reference_count_alone():
    document = QTextDocument("A sentence long enough to move a cursor about in.")
    cursor = QTextCursor(document)
    before = sys.getrefcount(None)
    for i in range(1000):
        cursor.setPosition(i % 40)
    assert sys.getrefcount(None) >= before - 10
