/**
 * The auditor's start page: the raw event stream of a case file, the case file as it stood at a
 * chosen moment, and the rebuild of the read side with its live progress.
 */
package org.prawat.ui.audit;
