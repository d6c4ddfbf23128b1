"""Qt-free domain: ORM models, pure rules and use-case services per area."""
