/**
 * What auditors read (issues 5 and 6): the raw stream of stored events of one case file, each with
 * its business and record time, who issued it, why, and its payload exactly as stored; the hash
 * chain's verification (proof nothing stored was altered); and the read log (who read what).
 */
package org.prawat.api.audit;
