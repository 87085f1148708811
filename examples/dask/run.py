#!/usr/bin/python3
"""Analyse a corpus of speeches on a Dask cluster with jianghua, and print the corpus summary.

A dask.bag of records {"id", "text", ...} -- built from folders of speeches, or read from JSONL record files --
is split into partitions; each partition is piped through `jianghua analyze --input jsonl` (one subprocess per
partition, on a Dask worker), each partition's result lines through `jianghua summarize --partial`, and the
partial summaries are merged in a tree by `jianghua summarize --partial` again. The last partial gives the summary,
exactly the one `jianghua analyze DIR --summary` prints for the same texts.

    /usr/bin/python3 examples/dask/run.py corpus/                       # a LocalCluster of 2 worker processes
    /usr/bin/python3 examples/dask/run.py --scheduler tcp://10.0.0.5:8786 --records 's3://bucket/speeches/*.jsonl'

The workers need Node 20 and jianghua on their PATH (or --jianghua 'node /opt/jianghua/bin/jianghua.js'); see the
README, "A corpus larger than one machine". Python: dask and distributed (Debian: python3-distributed).
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
import warnings

import dask
import dask.bag as db
from fsspec.core import open_files

TEXT_EXTENSIONS = ('.txt', '.md')


def speech_files(folder):
    """The files `jianghua analyze FOLDER` reads as text, in its order: sorted, recursive, hidden entries skipped."""
    for entry in sorted(os.listdir(folder)):
        if entry.startswith('.') or entry == 'node_modules':
            continue
        full = os.path.join(folder, entry)
        if os.path.isdir(full):
            yield from speech_files(full)
        elif os.path.isfile(full) and os.path.splitext(entry)[1].lower() in TEXT_EXTENSIONS:
            yield full


def folder_records(folders):
    """Records from folders: the id is the path as `analyze` names it, so both runs list the same files."""
    for folder in folders:
        for path in speech_files(folder):
            with open(path, 'rb') as f:
                raw = f.read()
            try:
                text = raw.decode('utf-8-sig')
            except UnicodeDecodeError:
                print(f'run.py: {path}：不是 UTF-8 文本，已跳过（记录须为 UTF-8；GBK 文件请先转码）。', file=sys.stderr)
                continue
            yield {'id': os.path.normpath(path), 'text': text}


def jianghua(cmd, args, data):
    """Run the CLI with `data` (bytes) on stdin; exit code 2 means bad records were skipped (reported on stderr)."""
    p = subprocess.run(cmd + args, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode not in (0, 2):
        raise RuntimeError(f'{shlex.join(cmd + args)} 失败（退出码 {p.returncode}）：{p.stderr.decode("utf-8", "replace")}')
    return p.stdout, [l for l in p.stderr.decode('utf-8', 'replace').split('\n') if l], p.returncode


def analyze_partition(records, cmd, extra):
    """One partition through `analyze --input jsonl`: result lines (str), and bad-record messages as ('error', msg)."""
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    lines = [l.rstrip('\r\n') for l in lines if l.strip()]
    if not lines:
        return []
    out, errors, _ = jianghua(cmd, ['analyze', '--input', 'jsonl', '--jobs', '1', *extra], ('\n'.join(lines) + '\n').encode('utf-8'))
    # split('\n'), not splitlines(): a JSON string may hold U+2028 or U+0085, which splitlines() cuts at.
    return [l for l in out.decode('utf-8').split('\n') if l] + [('error', e) for e in errors]


def write_results(part, file):
    """Write a partition's result lines to its file (`file`: the one-element partition of the files bag), one per
    line; the partition goes on unchanged."""
    with file[0] as f:
        f.write('\n'.join(l for l in part if isinstance(l, str)))
    return part


def partial_of_results(part, cmd):
    """The partial summary of one partition's result lines, with the partition's bad-record messages."""
    results = [l for l in part if isinstance(l, str)]
    errors = [l[1] for l in part if not isinstance(l, str)]
    partial, more, code = jianghua(cmd, ['summarize', '--partial'], ('\n'.join(results) + '\n').encode('utf-8'))
    if code != 0:
        raise RuntimeError('summarize --partial 失败：' + '\n'.join(more))
    return partial, errors


def merge_partials(pairs, cmd):
    """A combiner: partial summaries merged into one partial summary (exact; a file in two of them is an error)."""
    pairs = list(pairs)
    partial, more, code = jianghua(cmd, ['summarize', '--partial'], b''.join(p for p, _ in pairs))
    if code != 0:
        raise RuntimeError('合并部分汇总失败：' + '\n'.join(more))
    return partial, [e for _, es in pairs for e in es]


def final_summary(pair, cmd, fmt):
    partial, errors = pair
    summary, more, code = jianghua(cmd, ['summarize', '--format', fmt], partial)
    if code != 0:
        raise RuntimeError('汇总失败：' + '\n'.join(more))
    return summary, errors


def main(argv=None):
    ap = argparse.ArgumentParser(description='在 Dask 集群上用 jianghua 分析讲话语料，输出语料汇总。')
    ap.add_argument('folders', nargs='*', help='讲话文件夹（.txt/.md，UTF-8），记录的 id 为文件路径')
    ap.add_argument('--records', action='append', default=[], help='JSONL 记录文件（可用通配符和 hdfs://、s3:// 等 dask 支持的地址），可重复')
    where = ap.add_mutually_exclusive_group()
    where.add_argument('--scheduler', help='已有集群的调度器地址，例如 tcp://10.0.0.5:8786')
    where.add_argument('--local', type=int, default=2, metavar='N', help='没有 --scheduler 时在本机启动 N 个工作进程的 LocalCluster（默认 2）')
    ap.add_argument('--partitions', type=int, default=0, help='分区数（默认：文件夹的讲话分成工作进程数的 2 倍；--records 每 64 MB 一个分区）')
    ap.add_argument('--jianghua', default=os.environ.get('JIANGHUA', 'jianghua'), help='工作进程上运行 jianghua 的命令（默认 jianghua，或环境变量 JIANGHUA）')
    ap.add_argument('--no-keywords', action='store_true', help='不提取关键词（快得多）')
    ap.add_argument('--results', help='把每个分区的分析结果写到这个文件夹（part-*.jsonl；须是所有工作进程都能写的共享存储）')
    ap.add_argument('--format', choices=['json', 'outline'], default='json', help='汇总的输出格式（默认 json）')
    args = ap.parse_args(argv)
    if not args.folders and not args.records:
        ap.error('请给出讲话文件夹或 --records 记录文件。')

    from distributed import Client, LocalCluster
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        # The scheduler's HTTP endpoint (health, metrics) still takes a port without the dashboard; when 8787 is
        # taken it moves to another and says so in English. Nothing here uses it.
        warnings.filterwarnings('ignore', message='Port .* is already in use')
        # One thread per worker process: each task runs one jianghua process, which keeps a core busy.
        cluster = LocalCluster(n_workers=args.local, processes=True, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    try:
        workers = max(1, len(client.scheduler_info()['workers']))
        npartitions = args.partitions or 2 * workers
        cmd = shlex.split(args.jianghua)
        extra = ['--no-keywords'] if args.no_keywords else []

        bags = []
        if args.folders:
            records = list(folder_records(args.folders))
            if records:
                bags.append(db.from_sequence(records, npartitions=min(npartitions, len(records))))
        for pattern in args.records:
            # A partition per 64 MB of records (split at line ends), unless --partitions says otherwise.
            lines = db.read_text(pattern, blocksize='64MiB')
            bags.append(lines.repartition(args.partitions) if args.partitions else lines)
        if not bags:
            print('run.py: 没有找到可分析的讲话。', file=sys.stderr)
            return 2
        records = db.concat(bags) if len(bags) > 1 else bags[0]

        results = records.map_partitions(analyze_partition, cmd, extra)
        if args.results:
            os.makedirs(args.results, exist_ok=True)
            # Each partition's lines are written by the task that analysed it, and the summary is reduced from the
            # same results: every partition is analysed once. (Bag.to_textfiles fuses the analysis into its own
            # write tasks, so computing it beside the summary analysed everything twice.)
            files = open_files(os.path.join(args.results, 'part-*.jsonl'), mode='wt', encoding='utf-8', num=results.npartitions)
            results = results.map_partitions(write_results, db.from_sequence(files, npartitions=results.npartitions))
        partial = results.reduction(lambda part: partial_of_results(part, cmd), lambda pairs: merge_partials(pairs, cmd), split_every=8)
        summary = dask.delayed(final_summary)(partial, cmd, args.format)
        (text, errors), = dask.compute(summary)
        for e in errors:
            print(e, file=sys.stderr)
        sys.stdout.write(text.decode('utf-8'))
        return 2 if errors else 0
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == '__main__':
    sys.exit(main())
