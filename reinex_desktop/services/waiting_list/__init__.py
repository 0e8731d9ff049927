"""Use cases of the waiting list: entries, their matches, freed-slot offers and turning a match into a lesson."""
