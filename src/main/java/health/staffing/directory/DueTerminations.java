package health.staffing.directory;

import health.staffing.base.ClusterLock;
import health.staffing.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Terminations HR dated in advance are carried out on their day: shortly after midnight, and at start-up in
 * case the server was down at midnight. Runs as the system actor, so the audit trail says who acted, and one
 * instance at a time ({@link ClusterLock}): the next finds nothing left to do.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DueTerminations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DueTerminations.class);

    private final HrImportService hrImport;
    private final ClusterLock lock;

    DueTerminations(HrImportService hrImport, ClusterLock lock) {
        this.hrImport = hrImport;
        this.lock = lock;
    }

    @Scheduled(cron = "${portal.directory.terminations-cron:0 5 0 * * *}")
    void nightly() {
        Integer done = SystemActor.call(() -> lock.exclusively("due-terminations", hrImport::applyDueTerminations));
        if (done != null && done > 0) {
            log.info("Carried out {} terminations due today", done);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        nightly();
    }
}
