"""Issuing official documents: the use cases that need both the database (domain) and a renderer (documents).

Above ``desktop.domain`` and ``desktop.documents`` in the layers contract: ``documents`` renders bytes and never
opens a transaction; here a document of an issued record is rendered once, signed, stored and served from storage
ever after, verified, and gathered into batches and dossiers.
"""
