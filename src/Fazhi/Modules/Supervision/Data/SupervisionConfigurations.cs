using Fazhi.Modules.Supervision.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Supervision.Data;

internal sealed class SupervisionTaskConfiguration : IEntityTypeConfiguration<SupervisionTask>
{
    public void Configure(EntityTypeBuilder<SupervisionTask> b)
    {
        b.ToTable("supervision_tasks");
        b.HasKey(t => t.Id);
        b.Property(t => t.AssignedByRegion).HasMaxLength(12).IsRequired();
        b.Property(t => t.Title).HasMaxLength(300).IsRequired();
        b.Property(t => t.Source).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.SourceReference).HasMaxLength(300);
        b.Property(t => t.OriginKey).HasMaxLength(120);
        b.Property(t => t.LeadUnit).HasMaxLength(100).IsRequired();
        b.Property(t => t.CoUnits).HasMaxLength(300);
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.CompletionSummary).HasMaxLength(2000);
        b.Property(t => t.VerificationNote).HasMaxLength(2000);
        b.Property(t => t.CreatedBy).HasMaxLength(100).IsRequired();
        b.HasMany(t => t.Milestones).WithOne().HasForeignKey(m => m.TaskId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.RegionCode, t.Status, t.Deadline });
        b.HasIndex(t => new { t.RegionCode, t.AssignedOn });
        b.HasIndex(t => new { t.RegionCode, t.OriginKey });
    }
}

internal sealed class TaskMilestoneConfiguration : IEntityTypeConfiguration<TaskMilestone>
{
    public void Configure(EntityTypeBuilder<TaskMilestone> b)
    {
        b.ToTable("supervision_task_milestones");
        b.HasKey(m => m.Id);
        b.Property(m => m.Title).HasMaxLength(200).IsRequired();
        b.HasIndex(m => new { m.RegionCode, m.TaskId, m.Number }).IsUnique();
    }
}

internal sealed class TaskProgressReportConfiguration : IEntityTypeConfiguration<TaskProgressReport>
{
    public void Configure(EntityTypeBuilder<TaskProgressReport> b)
    {
        b.ToTable("supervision_task_reports");
        b.HasKey(r => r.Id);
        b.Property(r => r.Content).HasMaxLength(2000).IsRequired();
        b.Property(r => r.Reporter).HasMaxLength(100).IsRequired();
        b.HasIndex(r => new { r.RegionCode, r.TaskId, r.ReportedOn });
    }
}

internal sealed class TaskReminderConfiguration : IEntityTypeConfiguration<TaskReminder>
{
    public void Configure(EntityTypeBuilder<TaskReminder> b)
    {
        b.ToTable("supervision_task_reminders");
        b.HasKey(r => r.Id);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Message).HasMaxLength(500).IsRequired();
        // One reminder of each kind per task and deadline, whichever process wins the race.
        b.HasIndex(r => new { r.RegionCode, r.TaskId, r.Kind, r.Deadline }).IsUnique();
        b.HasIndex(r => new { r.RegionCode, r.On });
    }
}

internal sealed class TaskEscalationConfiguration : IEntityTypeConfiguration<TaskEscalation>
{
    public void Configure(EntityTypeBuilder<TaskEscalation> b)
    {
        b.ToTable("supervision_task_escalations");
        b.HasKey(e => e.Id);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Reason).HasMaxLength(500).IsRequired();
        // An overdue task escalates once.
        b.HasIndex(e => new { e.RegionCode, e.TaskId }).IsUnique();
        b.HasIndex(e => new { e.RegionCode, e.On });
    }
}

internal sealed class SupervisionTeamConfiguration : IEntityTypeConfiguration<SupervisionTeam>
{
    public void Configure(EntityTypeBuilder<SupervisionTeam> b)
    {
        b.ToTable("supervision_teams");
        b.HasKey(t => t.Id);
        b.Property(t => t.Name).HasMaxLength(100).IsRequired();
        b.Property(t => t.Leader).HasMaxLength(50).IsRequired();
        b.Property(t => t.Members).HasMaxLength(500).IsRequired();
        b.Property(t => t.Scope).HasMaxLength(200);
        b.HasIndex(t => new { t.RegionCode, t.Name }).IsUnique();
    }
}

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> b)
    {
        b.ToTable("supervision_inspections");
        b.HasKey(i => i.Id);
        b.Property(i => i.TargetKind).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Target).HasMaxLength(100).IsRequired();
        b.Property(i => i.Subject).HasMaxLength(200).IsRequired();
        b.Property(i => i.Summary).HasMaxLength(2000);
        b.HasMany(i => i.Findings).WithOne().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => new { i.RegionCode, i.TeamId, i.PlannedOn });
        b.HasIndex(i => new { i.RegionCode, i.HeldOn });
    }
}

internal sealed class InspectionFindingConfiguration : IEntityTypeConfiguration<InspectionFinding>
{
    public void Configure(EntityTypeBuilder<InspectionFinding> b)
    {
        b.ToTable("supervision_inspection_findings");
        b.HasKey(f => f.Id);
        b.Property(f => f.Problem).HasMaxLength(1000).IsRequired();
        b.HasIndex(f => new { f.RegionCode, f.InspectionId, f.Number }).IsUnique();
    }
}
