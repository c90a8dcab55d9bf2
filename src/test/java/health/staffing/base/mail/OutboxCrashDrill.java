package health.staffing.base.mail;

import health.staffing.Application;
import health.staffing.notifications.NotificationService;
import health.staffing.security.SystemActor;
import java.util.Arrays;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal as its own process for {@link OutboxCrashIT}: starts the whole application with the
 * arguments it is given and, with {@code --drill.decide}, makes one decision that notifies the hiring
 * manager (the notification and its mail are written in that transaction), then keeps running so
 * the outbox's schedule sends. The test kills it with SIGKILL while that mail is being sent.
 */
public final class OutboxCrashDrill {

    static final String SUBJECT = "Crash drill: requisition 102619 was approved";
    static final String COMMITTED = "DRILL COMMITTED";
    static final String RUNNING = "DRILL RUNNING";

    private OutboxCrashDrill() {
    }

    public static void main(String[] args) throws InterruptedException {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(args);
        if (Arrays.asList(args).contains("--drill.decide")) {
            NotificationService notifications = context.getBean(NotificationService.class);
            TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
            SystemActor.run(() -> transaction.executeWithoutResult(status ->
                    notifications.notify("manager", SUBJECT, "", "requisitions/42")));
            System.out.println(COMMITTED);
        }
        System.out.println(RUNNING);
        System.out.flush();
        Thread.currentThread().join();
    }
}
