/** HTTP endpoints of the organisation tree: create, rename, move a unit; assign its manager. */
package org.prawat.ui.rest.organisation;
