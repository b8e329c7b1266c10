/**
 * What auditors read (issue 5): the raw stream of stored events of one case file, each with its
 * business and record time, who issued it, why, and its payload exactly as stored.
 */
package org.prawat.api.audit;
