/** The correction desk of a case file: the owner's correction requests, HR's corrections and retractions. */
package org.prawat.domain.correction;
