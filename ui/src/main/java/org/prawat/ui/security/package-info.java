/**
 * Web security: who may open which page or call which endpoint, how they prove it (the sign-in form,
 * HTTP Basic, bearer tokens, OpenID Connect) and the headers every answer carries.
 */
package org.prawat.ui.security;
