"""compiler layer (see DESIGN.md)."""
