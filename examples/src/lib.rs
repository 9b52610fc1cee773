//! Runnable examples of graph-resource (see `examples/`).
