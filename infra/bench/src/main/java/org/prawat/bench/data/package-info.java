/**
 * The benchmark data set (issue 7): {@link org.prawat.bench.data.ThaiCaseFiles} draws Thai local-
 * government organisations, people and case files from a seed, the same every time. Real provinces
 * and districts, Thai names, positions and course texts from the seed documents are shipped under
 * {@code src/main/resources/bench}; nothing is downloaded. Tests feed the generated commands through
 * the real aggregates, so every command is one the application accepts.
 */
package org.prawat.bench.data;
