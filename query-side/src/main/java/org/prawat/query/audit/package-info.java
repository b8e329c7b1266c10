/**
 * The auditor's raw event stream of a case file, read from the event store's own table (not a
 * projection), so that what is shown is what was stored.
 */
package org.prawat.query.audit;
