/** Who uses a browser session: signing in with an account and reading the signed-in user. */
package org.prawat.ui.session;
