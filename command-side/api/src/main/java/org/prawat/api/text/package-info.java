/** What a text field of a command may hold. */
package org.prawat.api.text;
