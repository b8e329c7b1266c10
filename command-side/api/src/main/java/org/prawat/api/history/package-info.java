/**
 * Reading case files back (issue 4): one employee's history as it stands, as it stood at a past
 * moment (as at) or as it was in effect on a business date (as of), and a unit's team timeline.
 * Every query takes the caller's {@link org.prawat.api.history.Scope}.
 */
package org.prawat.api.history;
