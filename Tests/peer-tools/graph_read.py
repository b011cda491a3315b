"""Reads a graph file with networkx and prints it as JSON, for tests to check what a graph tool sees.

Usage: python graph_read.py gexf|graphml FILE

Prints {"nodes": {id: attributes}, "edges": [[source, target, attributes], ...]}.
"""
import json
import sys

import networkx


def main(kind, path):
    if kind == "gexf":
        graph = networkx.read_gexf(path)
    elif kind == "graphml":
        graph = networkx.read_graphml(path)
    else:
        raise SystemExit(f"unknown format {kind}")
    if graph.is_multigraph():
        edges = [[u, v, dict(data)] for u, v, data in graph.edges(data=True)]
    else:
        edges = [[u, v, dict(data)] for u, v, data in graph.edges(data=True)]
    print(json.dumps({
        "directed": graph.is_directed(),
        "nodes": {str(n): dict(data) for n, data in graph.nodes(data=True)},
        "edges": edges,
    }, sort_keys=True, default=str))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
