/**
 * The command side's decisions: aggregates refuse what breaks an invariant, and lookup tables in
 * PostgreSQL guard the rules that span aggregates (one case file per national ID).
 */
package org.prawat.domain;
