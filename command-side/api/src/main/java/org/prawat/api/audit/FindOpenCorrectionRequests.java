package org.prawat.api.audit;

import org.prawat.api.history.Scope;

/**
 * The record owners' correction requests not yet approved or rejected, of the case files the
 * caller's {@code scope} covers, oldest request first: HR's queue, as a list of
 * {@link OpenCorrectionRequest}.
 */
public record FindOpenCorrectionRequests(Scope scope) {}
