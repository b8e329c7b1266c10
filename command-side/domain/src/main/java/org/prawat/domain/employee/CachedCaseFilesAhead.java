package org.prawat.domain.employee;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.prawat.api.employee.EmployeeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * {@link CaseFilesAhead} into the cache of recent case files ({@link EmployeeCache}): each case file
 * is loaded through Axon's repository in a unit of work of its own that only reads, which leaves
 * it in the cache for the command to take. A case file already cached is skipped.
 *
 * <p>It only ever holds the lock of the one case file it is loading, so it cannot deadlock with the
 * command. Should it reach a case file the command has already taken, it waits for that command's
 * end (Axon keeps the lock until then) and then stops, as it was told to meanwhile. A case file
 * that cannot be loaded is left for the command, which reports it in its own words.
 */
@Component
class CachedCaseFilesAhead implements CaseFilesAhead, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CachedCaseFilesAhead.class);

    /** Found late: Axon's configuration is built from beans such as the handlers that use this one. */
    private final ObjectProvider<Configuration> axon;

    private final Cache caseFiles;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        var loader = new Thread(work, "case-files-ahead");
        loader.setDaemon(true);
        return loader;
    });

    CachedCaseFilesAhead(ObjectProvider<Configuration> axon, @Qualifier(EmployeeCache.CACHE) Cache caseFiles) {
        this.axon = axon;
        this.caseFiles = caseFiles;
    }

    @Override
    public Loading loadFromTheEnd(List<EmployeeId> inOrder) {
        var stopped = new AtomicBoolean();
        List<EmployeeId> backwards = new ArrayList<>(inOrder);
        Collections.reverse(backwards);
        thread.execute(() -> load(backwards, stopped));
        return () -> stopped.set(true);
    }

    private void load(List<EmployeeId> ids, AtomicBoolean stopped) {
        var repository = axon.getObject().repository(Employee.class);
        for (EmployeeId id : ids) {
            if (stopped.get()) {
                return;
            }
            if (caseFiles.containsKey(id.value())) {
                continue;
            }
            try {
                DefaultUnitOfWork.startAndGet(null).execute(() -> repository.load(id.value()));
            } catch (RuntimeException notLoaded) {
                log.debug("Case file {} not loaded ahead: {}", id.value(), notLoaded.toString());
            }
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
