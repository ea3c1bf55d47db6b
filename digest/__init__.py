"""digest: RSS/Atom feeds → a summarised email digest (docs/architecture.md is the map).

One process-wide setting lives here because it must be made before anything imports numpy
(compose/, and store/archive.py when it ranks archived articles): numpy's OpenBLAS starts a
worker thread per core at import, and a worker busy-waits for work a while before it sleeps
(`perf`: 5.7% of `digest send`'s samples in `blas_thread_server`). Our matrices are small (a
day's articles), yet on a 2-core machine the spinning thread took a core from the process: 0.07 s
of CPU, 7% of its wall time (0.93 → 0.87 s, generated feeds of bench/vs_rss2email.py, session
5). One BLAS thread gives the same floats (checked on 3,207 real articles' summaries and
cosines); set OPENBLAS_NUM_THREADS yourself to override.
"""

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
