/** The organisation tree, so that a manager's scope (a subtree) and every employee's unit exist. */
package org.prawat.domain.organisation;
