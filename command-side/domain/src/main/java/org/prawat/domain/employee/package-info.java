/** Case files, one per national ID, which every career and development event belongs to. */
package org.prawat.domain.employee;
