#!/usr/bin/python3
"""The Dask recipe on a LocalCluster gives exactly what one `articlelens-cli batch` gives.

    test_articlelens_dask.py CLI SAMPLES_FOLDER

Exit code 77 (skipped) when Dask (Debian python3-distributed) is not installed.
"""

import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import articlelens_dask  # noqa: E402


def main():
    cli, samples = os.path.abspath(sys.argv[1]), sys.argv[2]
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        print("SKIP: python3-distributed is not installed")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        folder = os.path.join(tmp, "articles")
        shutil.copytree(samples, os.path.join(folder, "story"))
        # A nested folder, a bad file among the good ones, and files that are not articles.
        os.makedirs(os.path.join(folder, "more", "deeper"))
        shutil.copy(os.path.join(samples, sorted(os.listdir(samples))[0]),
                    os.path.join(folder, "more", "deeper", "copy.txt"))
        open(os.path.join(folder, "more", "empty.txt"), "w").close()
        with open(os.path.join(folder, "more", "photo.png"), "wb") as f:
            f.write(b"\x89PNG\r\n")
        open(os.path.join(folder, ".hidden.txt"), "w").close()
        os.makedirs(os.path.join(folder, ".git"))
        shutil.copy(os.path.join(samples, sorted(os.listdir(samples))[1]), os.path.join(folder, ".git", "x.txt"))

        single = subprocess.run([cli, "batch", "--threads", "1", folder], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, check=True).stdout.decode("utf-8").splitlines()
        files = articlelens_dask.collect(folder)
        assert len(single) == len(files) == len(os.listdir(samples)) + 2, (len(single), len(files))

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
        try:
            distributed = articlelens_dask.analyse(folder, client, cli, shards=5, threads=1)
        finally:
            client.close()
            cluster.close()

        assert len(distributed) == len(single), (len(distributed), len(single))
        for i, (a, b) in enumerate(zip(single, distributed)):
            assert a == b, "line %d differs:\n%s\n%s" % (i + 1, a[:300], b[:300])
        errors = [line for line in distributed if line.startswith('{"error"')]
        assert len(errors) == 1 and "empty" in errors[0], errors
        print("OK: %d lines, the same as one batch" % len(distributed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
