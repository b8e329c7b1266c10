/**
 * The Vaadin application. Talks to the rest of Prawat only through Axon's command and query
 * gateways; never imports the command-side domain (an architecture test keeps it so).
 */
package org.prawat.ui;
