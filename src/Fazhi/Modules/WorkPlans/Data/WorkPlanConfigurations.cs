using Fazhi.Modules.WorkPlans.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.WorkPlans.Data;

internal sealed class WorkPlanConfiguration : IEntityTypeConfiguration<WorkPlan>
{
    public void Configure(EntityTypeBuilder<WorkPlan> b)
    {
        b.ToTable("work_plans");
        b.HasKey(p => p.Id);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Title).HasMaxLength(200).IsRequired();
        b.Property(p => p.IssuingBody).HasMaxLength(100).IsRequired();
        b.Property(p => p.DocumentNumber).HasMaxLength(60);
        b.Property(p => p.CreatedBy).HasMaxLength(100).IsRequired();
        b.Ignore(p => p.FirstDay);
        b.Ignore(p => p.LastDay);
        b.Ignore(p => p.Period);
        b.HasMany(p => p.Tasks).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Tasks).AutoInclude(false);
        b.HasIndex(p => new { p.RegionCode, p.FirstYear, p.Kind });
    }
}

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> b)
    {
        b.ToTable("work_plan_tasks");
        b.HasKey(t => t.Id);
        b.Property(t => t.Area).HasMaxLength(200).IsRequired();
        b.Property(t => t.Content).HasMaxLength(300).IsRequired();
        b.Property(t => t.LeadUnit).HasMaxLength(100).IsRequired();
        b.Property(t => t.CoUnits).HasMaxLength(300);
        b.Property(t => t.MilestoneText).HasMaxLength(3000).IsRequired();
        b.Ignore(t => t.Milestones);
        b.HasIndex(t => new { t.RegionCode, t.PlanId, t.Number }).IsUnique();
        b.HasIndex(t => new { t.RegionCode, t.Deadline });
    }
}
