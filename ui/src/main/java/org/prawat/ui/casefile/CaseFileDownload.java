package org.prawat.ui.casefile;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.ui.common.CaseFileCsv;
import org.prawat.ui.session.CurrentUser;

/**
 * The case file's download link: reads the case file again when clicked (what is downloaded is what
 * the store holds then) as an export, so the read log records who took it out. The user is read
 * when the link is drawn; a download is answered outside the session's lock.
 */
final class CaseFileDownload {

    private CaseFileDownload() {}

    static Anchor link(QueryGateway queries, EmployeeId employeeId, String text) {
        var user = CurrentUser.get();
        var metaData = MetaData.with(MetaDataKeys.EXPORT, "csv")
                .and(MetaDataKeys.ISSUED_BY, user.account())
                .and(MetaDataKeys.ACTING_ROLE, user.role().name())
                .and(MetaDataKeys.CHANNEL, "ui");
        var download = DownloadHandler.fromInputStream(event -> queries.query(
                        new GenericMessage<>(new FindCaseHistory(employeeId, user.scope()), metaData),
                        ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join()
                .map(history -> {
                    byte[] csv = CaseFileCsv.bytes(history);
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv),
                            CaseFileCsv.fileName(history),
                            CaseFileCsv.CONTENT_TYPE,
                            csv.length);
                })
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND)));
        var anchor = new Anchor(download, AttachmentType.DOWNLOAD, text);
        anchor.setId("case-file-download");
        return anchor;
    }
}
