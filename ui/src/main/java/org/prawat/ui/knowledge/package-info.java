/** The organisation's knowledge: courses, post-training reports and knowledge items, and who knows what. */
package org.prawat.ui.knowledge;
