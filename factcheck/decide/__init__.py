"""Turn a claim and its candidate records into a verdict and a message."""
