/**
 * Corrections and retractions (domain.md): nothing in a case file is overwritten. A correction or
 * retraction is a new event naming the record, the reason, the evidence and who approved it; the
 * record owner may request one with evidence, which HR approves (by filing it) or rejects.
 */
package org.prawat.api.correction;
