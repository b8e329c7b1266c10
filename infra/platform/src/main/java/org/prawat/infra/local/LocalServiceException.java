package org.prawat.infra.local;

/** A local service could not be provided; the message says what to do about it. */
public class LocalServiceException extends RuntimeException {

    public LocalServiceException(String message) {
        super(message);
    }

    public LocalServiceException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Another program listens on the port a local service needs. */
    public static LocalServiceException portTaken(String service, int port, String portProperty, String externalEnv) {
        return new LocalServiceException(
                "Port " + port + " is already taken by another program, so the local " + service
                        + " cannot start. Stop that program, choose another port with -D" + portProperty
                        + "=<port>, or use an external server by setting " + externalEnv + ".");
    }
}
