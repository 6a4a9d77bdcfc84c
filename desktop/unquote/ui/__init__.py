"""Qt interface on top of the engine.

Importing it first guards ``None`` against shiboken6 6.12's reference leak on Python 3.11
(see :mod:`unquote.ui.none_refcount`).
"""
from .none_refcount import keep_none_alive

keep_none_alive()
