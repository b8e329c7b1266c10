/**
 * Set validation: rules over many aggregates (one case file per national ID, units that exist, no
 * cycles in the tree, post-training reports that a knowledge item may cite), kept in PostgreSQL
 * tables written in the same transaction as the events.
 */
package org.prawat.domain.lookup;
