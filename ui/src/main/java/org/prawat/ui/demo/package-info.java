/** Demo organisations and employees, loaded through the command gateway like any user input. */
package org.prawat.ui.demo;
