/**
 * Prawat's published language: commands (imperative), events (past tense), queries and their
 * results, typed ids and the rule violations a client may be told about. One file per message,
 * because Axon stores class names.
 */
package org.prawat.api;
