"""digest: RSS/Atom feeds → a summarised email digest (docs/architecture.md is the map).

One process-wide setting lives here because it must be made before anything imports numpy
(compose/, and store/archive.py when it ranks archived articles): numpy's OpenBLAS starts a
worker thread per core at import, and each one busy-waits for work for about 0.1 s before it
sleeps. Our matrices are small (a day's articles), so BLAS never splits its work between threads
here, yet on a 2-core machine the spinning thread took a core from `digest send` itself: 7-10%
of its wall time (0.87 → 0.80 s, generated feeds of bench/vs_rss2email.py, session 5). One BLAS
thread gives the same floats (nothing was split before either); set OPENBLAS_NUM_THREADS
yourself to override.
"""

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
