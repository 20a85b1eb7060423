"""A/B experiments: definitions, assignment, exposures, conversions, results (`core`);
the statistics in plain Python (`stats`)."""
