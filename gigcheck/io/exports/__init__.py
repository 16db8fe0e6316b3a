"""Platform exports (JSON lines, CSV): reading rows, and a row as a gig."""
