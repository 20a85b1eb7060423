"""Members: profile and identity (this package), check-in, tasks, points and levels."""
