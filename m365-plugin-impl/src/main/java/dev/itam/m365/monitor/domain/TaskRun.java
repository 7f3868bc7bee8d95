package dev.itam.m365.monitor.domain;

import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.api.monitor.TaskOutcome;
import dev.itam.m365.api.monitor.TaskTrigger;
import dev.itam.m365.api.monitor.TaskType;
import dev.itam.m365.persistence.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One run of a task, as the monitor shows it. The portal is kept by id and name, not as a
 * reference, so the record survives the portal's deletion.
 */
@Entity(name = "TaskRun")
@Table(name = "M365_TASK_RUN")
public class TaskRun extends PersistentEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "TASK", nullable = false, length = 30)
    private TaskType task;

    @Enumerated(EnumType.STRING)
    @Column(name = "TRIGGERED_BY", nullable = false, length = 20)
    private TaskTrigger triggeredBy;

    @Column(name = "PORTAL_ID")
    private Long portalId;

    @Column(name = "PORTAL_NAME", length = 100)
    private String portalName;

    @Column(name = "STARTED_AT", nullable = false)
    private Instant startedAt;

    @Column(name = "ENDED_AT")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", nullable = false, length = 20)
    private TaskOutcome outcome;

    @Embedded
    private ImportCounts counts;

    @Enumerated(EnumType.STRING)
    @Column(name = "ERROR_CATEGORY", length = 40)
    private FailureCategory errorCategory;

    @Column(name = "ERROR_MESSAGE", length = 4000)
    private String errorMessage;

    protected TaskRun() {}

    private TaskRun(TaskType task, TaskTrigger triggeredBy, Long portalId, String portalName, Instant startedAt) {
        this.task = task;
        this.triggeredBy = triggeredBy;
        this.portalId = portalId;
        this.portalName = portalName;
        this.startedAt = startedAt;
        this.outcome = TaskOutcome.RUNNING;
        this.counts = ImportCounts.none();
    }

    public static TaskRun started(
            TaskType task, TaskTrigger triggeredBy, Long portalId, String portalName, Instant now) {
        return new TaskRun(task, triggeredBy, portalId, portalName, now);
    }

    /** A run ends once: an end that comes after it was closed (its lease lapsed) changes nothing. */
    public boolean succeed(ImportCounts finalCounts, Instant now) {
        if (!isRunning()) {
            return false;
        }
        this.counts = finalCounts;
        this.outcome = TaskOutcome.SUCCEEDED;
        this.endedAt = now;
        return true;
    }

    public boolean fail(FailureCategory category, String message, Instant now) {
        if (!isRunning()) {
            return false;
        }
        this.errorCategory = category;
        this.errorMessage = message == null || message.length() <= 4000 ? message : message.substring(0, 4000);
        this.outcome = TaskOutcome.FAILED;
        this.endedAt = now;
        return true;
    }

    /** Some of the work failed; what succeeded is counted. */
    public boolean failPartly(ImportCounts finalCounts, FailureCategory category, String message, Instant now) {
        if (!fail(category, message, now)) {
            return false;
        }
        this.counts = finalCounts;
        return true;
    }

    public boolean isRunning() {
        return outcome == TaskOutcome.RUNNING;
    }

    public TaskType task() {
        return task;
    }

    public TaskTrigger triggeredBy() {
        return triggeredBy;
    }

    public Long portalId() {
        return portalId;
    }

    public String portalName() {
        return portalName;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public TaskOutcome outcome() {
        return outcome;
    }

    public ImportCounts counts() {
        return counts;
    }

    public FailureCategory errorCategory() {
        return errorCategory;
    }

    public String errorMessage() {
        return errorMessage;
    }
}
