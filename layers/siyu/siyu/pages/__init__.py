"""Server-driven page layouts (`modules`: kinds and configurations; `layouts`: versions, publish, render)."""
