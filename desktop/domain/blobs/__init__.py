"""blobs area: stored file bytes, shared by attachments, inspection evidence and issued documents."""
