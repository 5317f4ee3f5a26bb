"""Find the reference records a claim may be checked against, with scores."""
