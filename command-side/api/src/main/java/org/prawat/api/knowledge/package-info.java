/**
 * Knowledge management (การจัดการความรู้): what participants learned on a course, published for
 * the whole organisation as knowledge items, often from their post-training report. An item is
 * revised (revision 2, 3, …) and finally archived; nothing is deleted.
 */
package org.prawat.api.knowledge;
