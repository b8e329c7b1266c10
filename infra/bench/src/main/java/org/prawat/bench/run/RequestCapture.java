package org.prawat.bench.run;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.http.HttpEntityEnclosingRequest;
import org.apache.http.HttpRequest;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.boot.autoconfigure.elasticsearch.RestClientBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the query handlers send to Elasticsearch, caught on the wire while armed: the raw limit of
 * a query is the very same requests sent directly. Only reads are caught (search, get, mget), so
 * a projection writing in the background does not slip in.
 */
@Component
class RequestCapture implements RestClientBuilderCustomizer {

    /** One request as sent: method, path, query string (null for none), body (null for none), content type. */
    record Sent(String method, String path, String query, byte[] body, String contentType, String accept) {}

    private final AtomicReference<List<Sent>> armed = new AtomicReference<>();

    @Override
    public void customize(RestClientBuilder builder) {}

    @Override
    public void customize(HttpAsyncClientBuilder builder) {
        builder.addInterceptorLast((HttpRequest request, org.apache.http.protocol.HttpContext context) -> {
            List<Sent> into = armed.get();
            if (into != null) {
                record(request, into);
            }
        });
    }

    /** The reads {@code work} sends, in order. */
    List<Sent> during(Runnable work) {
        List<Sent> sent = new ArrayList<>();
        armed.set(sent);
        try {
            work.run();
        } finally {
            armed.set(null);
        }
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    private static void record(HttpRequest request, List<Sent> into) throws IOException {
        URI uri = URI.create(request.getRequestLine().getUri());
        String path = uri.getRawPath();
        if (!(path.contains("_search") || path.contains("_doc") || path.contains("_mget"))) {
            return;
        }
        byte[] body = null;
        String contentType = null;
        if (request instanceof HttpEntityEnclosingRequest enclosing && enclosing.getEntity() != null) {
            body = EntityUtils.toByteArray(enclosing.getEntity());
            contentType = enclosing.getEntity().getContentType() == null
                    ? null
                    : enclosing.getEntity().getContentType().getValue();
        }
        var accept = request.getFirstHeader("Accept");
        synchronized (into) {
            into.add(new Sent(
                    request.getRequestLine().getMethod(),
                    path,
                    uri.getRawQuery(),
                    body,
                    contentType,
                    accept == null ? null : accept.getValue()));
        }
    }
}
