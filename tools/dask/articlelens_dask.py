#!/usr/bin/python3
"""Analyse a folder of articles on a Dask cluster with `articlelens-cli batch`.

The engine is a mapper: `articlelens-cli batch` reads article paths on stdin and writes one JSON
analysis per line, in order, using every core of its machine. This recipe shards a folder's
articles over the workers of a Dask cluster, runs `batch` on each shard, and writes the lines
back in the folder's order, so the output is the same as one `articlelens-cli batch FOLDER` on
one machine. Load the result into a library without analysing again:

    tools/dask/articlelens_dask.py ARTICLES/ --local 2 -o analyses.jsonl
    articlelens-cli library add --from-jsonl analyses.jsonl

On a real cluster, start a scheduler and workers (`dask scheduler`, `dask worker ADDRESS`) on
machines that see the articles and the program at the same paths (a shared file system), and
pass --scheduler tcp://HOST:8786 and --cli /path/to/articlelens-cli. Nothing goes over the
network but paths and the JSON lines.

Needs Debian's python3-distributed (Dask 2022.12), run with /usr/bin/python3.
"""

import argparse
import os
import subprocess
import sys

# The article files `articlelens-cli batch FOLDER` takes (LibraryImporter::collect): these
# suffixes, no hidden files or folders, every other sub-folder, sorted by absolute path.
ARTICLE_SUFFIXES = {"txt", "text", "html", "htm", "xhtml", "md", "markdown", "pdf"}


def collect(folder):
    """The folder's article files in the order `batch` takes them."""
    found = []
    for root, dirs, files in os.walk(os.path.abspath(folder), followlinks=True):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = os.path.join(root, name)
            suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
            if name.startswith(".") or suffix not in ARTICLE_SUFFIXES:
                continue
            if os.path.isfile(path) and os.access(path, os.R_OK):
                found.append(path)
    return sorted(set(found))


def shards_of(paths, count):
    """`count` contiguous shards of about equal size, in order."""
    count = max(1, min(count, len(paths)))
    size, extra = divmod(len(paths), count)
    out, start = [], 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        out.append(paths[start:end])
        start = end
    return [s for s in out if s]


def run_shard(paths, cli, threads, date):
    """On a worker: `articlelens-cli batch` over the shard; its output lines, in order."""
    args = [cli, "batch"]
    if threads:
        args += ["--threads", str(threads)]
    if date:
        args += ["--date", date]
    done = subprocess.run(args, input="".join(p + "\n" for p in paths).encode("utf-8"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if done.returncode != 0:
        raise RuntimeError("articlelens-cli batch failed (%d): %s"
                           % (done.returncode, done.stderr.decode("utf-8", "replace")))
    lines = done.stdout.decode("utf-8").splitlines()
    if len(lines) != len(paths):
        raise RuntimeError("articlelens-cli batch gave %d lines for %d paths" % (len(lines), len(paths)))
    return lines


def analyse(folder, client, cli, shards, threads=0, date=None):
    """Every article under `folder`, analysed on the cluster: JSON lines in the folder's order."""
    paths = collect(folder)
    if not paths:
        return []
    parts = shards_of(paths, shards)
    futures = client.map(run_shard, parts, cli=cli, threads=threads, date=date, pure=False)
    lines = []
    for part in client.gather(futures):  # gather keeps the order of the shards
        lines.extend(part)
    return lines


def default_cli():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.normpath(os.path.join(here, "..", "..", "build", "release", "app", "cli", "articlelens-cli"))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", help="the folder of articles (searched recursively)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://HOST:8786)")
    where.add_argument("--local", type=int, metavar="N", default=0,
                       help="start a LocalCluster of N worker processes (default when no --scheduler: 2)")
    parser.add_argument("--shards", type=int, default=0, help="how many pieces (default: 4 per worker)")
    parser.add_argument("--threads", type=int, default=0,
                        help="analysis threads per shard (default: 1 with --local, all cores otherwise)")
    parser.add_argument("--cli", default=default_cli(), help="path of articlelens-cli on the workers")
    parser.add_argument("--date", help="the articles' date (YYYY-MM-DD), when they have none of their own")
    parser.add_argument("-o", "--output", help="write the JSON lines here (default: stdout)")
    args = parser.parse_args(argv)

    if not os.path.isdir(args.folder):
        print("articlelens_dask: %s is not a folder" % args.folder, file=sys.stderr)
        return 1
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        print("articlelens_dask: Dask is missing; install the Debian package python3-distributed "
              "and run with /usr/bin/python3", file=sys.stderr)
        return 1

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        threads = args.threads
    else:
        workers = args.local or 2
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
        threads = args.threads or 1
    try:
        lines = analyse(args.folder, client, os.path.abspath(args.cli), args.shards or 4 * workers,
                        threads, args.date)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    text = "".join(line + "\n" for line in lines)
    if args.output:
        tmp = args.output + ".part"
        with open(tmp, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, args.output)  # whole or not at all
    else:
        sys.stdout.write(text)
    errors = sum(1 for line in lines if line.startswith('{"error"'))
    print("articlelens_dask: %d articles, %d errors" % (len(lines), errors), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
