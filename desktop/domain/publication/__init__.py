"""Publishing the public lists (designated institutes, sanctions) as numbered, frozen documents."""
