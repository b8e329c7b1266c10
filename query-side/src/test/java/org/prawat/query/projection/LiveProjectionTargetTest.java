package org.prawat.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.util.List;
import org.apache.http.HttpHost;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One set of documents per index for a whole batch, whichever handler asks; nothing outside a batch. */
class LiveProjectionTargetTest {

    // Never contacted: nothing is written in these tests.
    private final RestClient unreachable =
            RestClient.builder(new HttpHost("127.0.0.1", 9)).build();
    private final LiveProjectionTarget target = new LiveProjectionTarget(
            new ElasticsearchClient(new RestClientTransport(unreachable, new JacksonJsonpMapper())));

    @AfterEach
    void close() throws Exception {
        unreachable.close();
    }

    @Test
    void every_handler_of_a_batch_and_its_nested_units_of_work_share_the_documents_of_an_index() {
        var batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        var timeline = target.documents("timeline");
        var nested = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));

        assertThat(target.documents("timeline")).isSameAs(timeline);
        assertThat(target.documents("timeline-people")).isNotSameAs(timeline);

        nested.commit();
        batch.commit();
    }

    @Test
    void the_next_batch_gets_documents_of_its_own() {
        var first = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("first"));
        var documents = target.documents("timeline");
        first.commit();
        var second = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("second"));

        assertThat(target.documents("timeline")).isNotSameAs(documents);
        second.commit();
    }

    @Test
    void only_the_aliases_one_read_model_alone_writes_are_cached() {
        var cachedTarget = new LiveProjectionTarget(
                new ElasticsearchClient(new RestClientTransport(unreachable, new JacksonJsonpMapper())),
                List.of("timeline"),
                10);
        var batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));

        assertThat(cachedTarget.documents("timeline")).isInstanceOf(CachedDocuments.class);
        assertThat(cachedTarget.documents("timeline-units")).isInstanceOf(ElasticsearchDocuments.class);
        batch.commit();
    }

    @Test
    void outside_an_event_processors_unit_of_work_nothing_is_written() {
        assertThatThrownBy(() -> target.documents("timeline")).isInstanceOf(IllegalStateException.class);
    }
}
