package health.staffing.jobalerts;

import health.staffing.requisitions.AlertFrequency;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When alerts go out: "as soon as posted" every minute (a new posting reaches its watchers within
 * about a minute of going live, also when its open date arrives), the daily digest at 07:00 in the
 * portal's time zone. Tests sweep by hand ({@code portal.job-alerts.schedule=false}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "portal.job-alerts.schedule", havingValue = "true", matchIfMissing = true)
class JobAlertSchedule {

    private final JobAlertSweep sweep;

    JobAlertSchedule(JobAlertSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(initialDelayString = "${portal.job-alerts.immediate-delay:PT1M}",
            fixedDelayString = "${portal.job-alerts.immediate-delay:PT1M}")
    void immediate() {
        sweep.sweep(AlertFrequency.IMMEDIATE);
    }

    @Scheduled(cron = "${portal.job-alerts.daily-cron:0 0 7 * * *}")
    void daily() {
        sweep.sweep(AlertFrequency.DAILY);
    }
}
