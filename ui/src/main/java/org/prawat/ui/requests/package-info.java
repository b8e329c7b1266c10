/** HR's queue of the record owners' correction requests: approve by correcting, or reject with a reason. */
package org.prawat.ui.requests;
