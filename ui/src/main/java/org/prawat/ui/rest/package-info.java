/**
 * The HTTP JSON API: one resource-oriented endpoint per command, answered with RFC 9457 problem
 * details when refused. Until sign-in exists the caller names themselves in {@value
 * org.prawat.ui.rest.Caller#USER_HEADER}; every command carries that name as who issued it.
 */
package org.prawat.ui.rest;
