"""Qt-free basics shared by every layer."""
