"""The numpy/sparsetools kernels against scipy itself, which they were written to replace.

`related.average_link_clusters` re-implements scipy's average-link clustering and `textsim.Csr`
calls scipy.sparse's C kernels without importing scipy.sparse (both to save ~0.1 s of import).
Both promise the same results as scipy: the same partition for every distance matrix and cutoff
(ties included), and the same floats, bit for bit, for the sparse products.
"""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from digest.compose import textsim
from digest.compose.related import average_link_clusters
from digest.compose.textsim import Csr, cosines

ROOT = Path(__file__).resolve().parent.parent
ECB_DOCS = ROOT.parent / "shared" / "data" / "stories" / "ecbplus_docs.jsonl"


# ----------------------------------------------------------------------------------------------
# Average-link clustering


def partition(labels: np.ndarray) -> list[int]:
    """Labels renumbered by first appearance: equal lists mean equal partitions."""
    seen: dict[int, int] = {}
    return [seen.setdefault(int(label), len(seen)) for label in labels]


def scipy_partition(distance: np.ndarray, cutoff: float) -> list[int]:
    tree = linkage(squareform(distance, checks=False), method="average")
    return partition(fcluster(tree, cutoff, criterion="distance"))


def symmetric(upper: np.ndarray) -> np.ndarray:
    """A distance matrix from the upper triangle of `upper`, zero diagonal."""
    d = np.triu(upper, 1)
    return d + d.T


def random_distances(rng: np.random.Generator, n: int) -> np.ndarray:
    return symmetric(rng.random((n, n)))


def tied_distances(rng: np.random.Generator, n: int) -> np.ndarray:
    """Few distinct values (many equal pairs and equal merge heights), some 'far' (1e6)."""
    levels = np.array([0.0, 0.25, 0.5, 0.5, 0.75, 1.0, 1e6])
    return symmetric(levels[rng.integers(0, len(levels), (n, n))])


def text_distances(n: int) -> np.ndarray:
    """1 - cosine of the first `n` real articles (whole stories), clipped as related does."""
    similarity = cosines(textsim.vectors(ecb_docs(step=1, stop=n)))
    return 1.0 - np.clip(similarity, 0.0, 1.0)


CUTOFFS = (0.0, 0.1, 0.25, 0.3, 0.5, 0.6, 0.75, 0.9, 1.0, 2.0)


@pytest.mark.parametrize("make", [random_distances, tied_distances], ids=["random", "ties"])
def test_average_link_partition_equals_scipy_fcluster(make) -> None:
    rng = np.random.default_rng(20261128)
    checked = 0
    for n in [2, 3, 4, 5, 7, 10, 16, 25, 40, 64] * 4:
        distance = make(rng, n)
        for cutoff in CUTOFFS:
            expected = scipy_partition(distance, cutoff)
            assert partition(average_link_clusters(distance, cutoff)) == expected, (n, cutoff)
            checked += 1
    assert checked == 400


def test_average_link_on_real_text_distances_equals_scipy() -> None:
    distance = text_distances(150)
    clusters_seen = set()
    for threshold in (0.05, 0.1, 0.15, 0.2, 0.3, 0.5):
        cutoff = 1.0 - threshold + 1e-9  # as related._average_link cuts
        ours = partition(average_link_clusters(distance, cutoff))
        assert ours == scipy_partition(distance, cutoff), threshold
        clusters_seen.add(len(set(ours)))
    assert len(clusters_seen) > 2  # the thresholds cut the tree at different heights


def test_average_link_reads_the_upper_triangle_and_mutates_nothing() -> None:
    rng = np.random.default_rng(7)
    distance = np.triu(rng.random((30, 30)), 1)
    distance += np.tril(rng.random((30, 30)) * 5, -1)  # garbage below: squareform ignores it
    given = distance.copy()
    for cutoff in (0.3, 0.5, 0.7):
        assert partition(average_link_clusters(distance, cutoff)) == scipy_partition(
            distance, cutoff
        )
    assert np.array_equal(distance, given)


def test_average_link_single_point() -> None:
    assert average_link_clusters(np.zeros((1, 1)), 0.5).tolist() == [0]


# ----------------------------------------------------------------------------------------------
# Sparse kernels


def ecb_docs(step: int = 20, stop: int | None = None) -> list[tuple[str, str]]:
    """(title, text) of ECB+ articles; by default every 20th: ~50 docs from many topics."""
    with ECB_DOCS.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in islice(lines, 0, stop, step)]
    return [(row["first_sentence"], row["text"]) for row in rows]


def same_arrays(ours: Csr, theirs: sparse.csr_matrix) -> None:
    """Same shape, same stored entries in the same order, same floats to the bit."""
    theirs = sparse.csr_matrix(theirs)
    assert ours.shape == theirs.shape
    assert np.array_equal(ours.indptr, theirs.indptr)
    assert np.array_equal(ours.indices, theirs.indices)
    assert np.array_equal(ours.data, theirs.data)


@pytest.fixture(scope="module")
def docs() -> list[tuple[str, str]]:
    found = ecb_docs()
    assert len(found) >= 40
    return found


@pytest.fixture(scope="module")
def matrix(docs) -> Csr:
    return textsim.vectors(docs)


def test_vectors_equal_vectorize_and_are_unit_rows(docs, matrix: Csr) -> None:
    same_arrays(matrix, textsim.vectorize(docs))
    assert matrix.shape[0] == len(docs) and matrix.nnz > 10 * len(docs)
    norms = np.sqrt(matrix.to_scipy().multiply(matrix.to_scipy()).sum(axis=1)).A1
    np.testing.assert_allclose(norms, 1.0, rtol=0, atol=1e-12)


def test_cosines_equal_scipy_products(matrix: Csr) -> None:
    a, b = matrix.rows(15), matrix
    expected = (a.to_scipy() @ b.to_scipy().T).toarray()
    ours = cosines(a, b)
    assert ours.dtype == np.float64 and ours.shape == (15, matrix.shape[0])
    np.testing.assert_allclose(ours, expected, rtol=0, atol=1e-12)
    assert np.array_equal(ours, expected)  # the same kernel: the same floats
    whole = cosines(matrix)
    assert np.array_equal(whole, textsim.cosine_matrix(matrix.to_scipy()))
    assert whole[0, 1] < 0.999 < whole[0, 0]  # real text: not all the same


def test_csr_operations_equal_scipy_sparse(matrix: Csr) -> None:
    theirs = matrix.to_scipy()
    same_arrays(matrix.rows(12), theirs[:12])
    same_arrays(matrix.transposed(), theirs.T.tocsr())
    same_arrays(matrix @ matrix.transposed(), theirs @ theirs.T)
    same_arrays(matrix.squared(), theirs.multiply(theirs))
    assert np.array_equal(matrix.row_sums(), np.asarray(theirs.sum(axis=1)).ravel())
    factors = np.linspace(0.5, 2.0, matrix.shape[0])
    factors[3] = 0.0  # a zero factor empties its row
    same_arrays(matrix.scaled_rows(factors), sparse.diags(factors) @ theirs)
    assert matrix.scaled_rows(factors).rows(4).row_sums()[3] == 0.0
    assert np.array_equal(matrix.toarray(), theirs.toarray())


def test_from_coo_and_normalized_on_raw_counts_equal_scipy() -> None:
    """Unsorted entries with duplicates (summed) and an empty row, then L2 rows."""
    rng = np.random.default_rng(3)
    n_rows, n_cols, nnz = 40, 300, 2000
    rows = rng.integers(0, n_rows, nnz)
    rows[rows == 5] = 6  # row 5 stays empty
    cols = rng.integers(0, n_cols, nnz)
    data = rng.integers(1, 6, nnz).astype(np.float64) * rng.random(nnz)
    ours = Csr.from_coo(data, rows, cols, (n_rows, n_cols))
    theirs = sparse.csr_matrix((data, (rows, cols)), shape=(n_rows, n_cols))
    theirs.sum_duplicates()
    same_arrays(ours, theirs)
    normalized = ours.normalized()
    same_arrays(normalized, textsim.normalize_rows(theirs))
    assert normalized.row_sums()[5] == 0.0
    product = ours @ ours.transposed()
    same_arrays(product, theirs @ theirs.T)
    assert np.array_equal(cosines(normalized), textsim.cosine_matrix(normalized.to_scipy()))


def test_empty_matrices_multiply_to_zeros() -> None:
    empty = Csr.empty((3, 5))
    assert empty.nnz == 0 and not empty.toarray().any()
    dense = Csr.from_coo(np.ones(4), np.array([0, 1, 2, 2]), np.array([0, 1, 2, 4]), (3, 5))
    assert np.array_equal(cosines(empty, dense), np.zeros((3, 3)))
    assert np.array_equal(empty.row_sums(), np.zeros(3))
