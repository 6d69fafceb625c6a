"""Nothing: its time is the start-up that the runner subtracts from every program's."""
