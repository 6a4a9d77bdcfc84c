"""scipy's Hungarian solver loaded on its own: without scipy.optimize's package, same answers."""
import json
import subprocess
import sys

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment as public_solver

from unquote.engine.quotes.fates.solver import linear_sum_assignment

LOAD_ALONE = """
import json, sys
import numpy as np
from unquote.engine.quotes.fates.solver import linear_sum_assignment
rows, cols = linear_sum_assignment()(np.array([[0.2, 0.9], [0.8, 0.1]]), maximize=True)
print(json.dumps([rows.tolist(), cols.tolist(), sorted(m for m in sys.modules if m.startswith("scipy."))]))
"""


def test_the_solver_loads_without_scipy_optimize():
    run = subprocess.run([sys.executable, "-c", LOAD_ALONE], capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    rows, cols, modules = json.loads(run.stdout)
    assert (rows, cols) == ([0, 1], [1, 0])
    assert "scipy.optimize" not in modules and not any(m.startswith("scipy.linalg") for m in modules)


@pytest.mark.parametrize("shape, levels", [((4, 4), 3), ((7, 5), 2), ((5, 9), 4), ((12, 12), 5), ((30, 20), 0)])
def test_same_pairs_as_the_public_solver_ties_included(shape, levels):
    rng = np.random.default_rng(sum(shape) + levels)
    for _ in range(20):
        # few distinct values make ties, where only the same algorithm picks the same pairs
        block = rng.integers(0, levels, size=shape) / 4.0 if levels else rng.random(shape)
        ours = linear_sum_assignment()(block, maximize=True)
        theirs = public_solver(block, maximize=True)
        assert [a.tolist() for a in ours] == [a.tolist() for a in theirs]
