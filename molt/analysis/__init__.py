"""Facts about the IR that passes read: dataflow (liveness, definite assignment) and types."""
