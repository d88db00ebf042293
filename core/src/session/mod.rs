//! L4: the orchestration: which work runs, and what it may run beside.
