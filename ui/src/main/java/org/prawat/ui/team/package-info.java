/** A manager's start page: the records of everyone in their unit and the units below it, by month. */
package org.prawat.ui.team;
