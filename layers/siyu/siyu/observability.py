"""Powertools Logger, Tracer and Metrics, set up once per container."""

from __future__ import annotations

from aws_lambda_powertools import Logger, Metrics, Tracer

logger = Logger()
tracer = Tracer()
metrics = Metrics(namespace="Siyu")
