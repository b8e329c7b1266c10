/**
 * Issue 7's benchmarks: {@code data} generates a deterministic Thai data set of a {@code DataSize};
 * {@code run} loads it through the command bus and measures each path beside its raw limit.
 */
package org.prawat.bench;
