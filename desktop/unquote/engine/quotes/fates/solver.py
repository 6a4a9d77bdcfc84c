"""scipy's Hungarian solver (``linear_sum_assignment``), loaded without ``scipy.optimize``.

The solver is one compiled module, ``scipy.optimize._lsap``, that needs numpy alone and loads
in about 15 ms; importing it the usual way first runs ``scipy.optimize``'s package, which loads
scipy.linalg, scipy.sparse, the array-API layer and more: 0.4 s, on the path of every
comparison that has a group of quotes too large or too tied for small_assignment. So the
compiled module is loaded from its file in scipy's folder; where that fails (another layout
of scipy, a frozen bundle), the public import is used. Both give the same function.
"""
from __future__ import annotations

import importlib.machinery
import importlib.util
import os
from collections.abc import Callable
from functools import cache
from typing import Any

Solver = Callable[..., Any]


@cache
def linear_sum_assignment() -> Solver:
    """``scipy.optimize.linear_sum_assignment``, loaded once, the quick way where possible."""
    try:
        return _compiled_solver()
    except (ImportError, OSError, AttributeError):
        from scipy.optimize import linear_sum_assignment as solver

        return solver


def _compiled_solver() -> Solver:
    import scipy

    folder = os.path.join(scipy.__path__[0], "optimize")
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = os.path.join(folder, "_lsap" + suffix)
        if os.path.isfile(path):
            loader = importlib.machinery.ExtensionFileLoader("scipy.optimize._lsap", path)
            spec = importlib.util.spec_from_file_location("scipy.optimize._lsap", path, loader=loader)
            if spec is None:
                break
            module = importlib.util.module_from_spec(spec)
            loader.exec_module(module)
            return module.linear_sum_assignment
    raise ImportError("scipy.optimize._lsap not found")
