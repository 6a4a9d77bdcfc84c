"""Getting documents in: drops and pastes, files and downloads."""
