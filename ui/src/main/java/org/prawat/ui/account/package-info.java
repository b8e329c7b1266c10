/** Accounts: who may sign in, in which role and scope, kept in PostgreSQL with bcrypt hashes. */
package org.prawat.ui.account;
