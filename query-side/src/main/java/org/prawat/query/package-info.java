/**
 * The read side: projections of the event store into Elasticsearch (Thai-analysed) and the query
 * handlers that answer from them. Never imports the command-side domain.
 */
package org.prawat.query;
