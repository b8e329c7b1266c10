/**
 * The HTTP JSON API: one resource-oriented endpoint per command, answered with RFC 9457 problem
 * details when refused. Callers sign in with HTTP Basic (service accounts) or a bearer token where
 * OpenID Connect is configured; every command carries the signed-in account as who issued it.
 */
package org.prawat.ui.rest;
