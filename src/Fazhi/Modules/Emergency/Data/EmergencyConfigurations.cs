using Fazhi.Modules.Emergency.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Emergency.Data;

internal sealed class EmergencyPlanConfiguration : IEntityTypeConfiguration<EmergencyPlan>
{
    public void Configure(EntityTypeBuilder<EmergencyPlan> b)
    {
        b.ToTable("emergency_plans");
        b.HasKey(p => p.Id);
        b.Property(p => p.Title).HasMaxLength(200).IsRequired();
        b.Property(p => p.Class).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.OwnerUnit).HasMaxLength(100).IsRequired();
        b.Property(p => p.RiskAssessment).HasMaxLength(2000);
        b.Property(p => p.ResourceSurvey).HasMaxLength(2000);
        b.Property(p => p.ApprovedBy).HasMaxLength(200);
        b.Property(p => p.DocumentNumber).HasMaxLength(200);
        b.Property(p => p.FiledWith).HasMaxLength(200);
        b.Property(p => p.Note).HasMaxLength(2000);
        b.Property(p => p.CreatedBy).HasMaxLength(100).IsRequired();
        b.HasIndex(p => new { p.RegionCode, p.Class, p.Status });
        b.HasIndex(p => new { p.RegionCode, p.PublishedOn });
    }
}

internal sealed class RevisionTriggerConfiguration : IEntityTypeConfiguration<RevisionTrigger>
{
    public void Configure(EntityTypeBuilder<RevisionTrigger> b)
    {
        b.ToTable("emergency_plan_triggers");
        b.HasKey(t => t.Id);
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(t => t.Description).HasMaxLength(1000).IsRequired();
        b.HasIndex(t => new { t.RegionCode, t.PlanId, t.On });
    }
}

internal sealed class PlanEvaluationConfiguration : IEntityTypeConfiguration<PlanEvaluation>
{
    public void Configure(EntityTypeBuilder<PlanEvaluation> b)
    {
        b.ToTable("emergency_plan_evaluations");
        b.HasKey(e => e.Id);
        b.Property(e => e.Conclusion).HasMaxLength(2000).IsRequired();
        b.HasIndex(e => new { e.RegionCode, e.PlanId, e.On });
    }
}

internal sealed class PlanRevisionConfiguration : IEntityTypeConfiguration<PlanRevision>
{
    public void Configure(EntityTypeBuilder<PlanRevision> b)
    {
        b.ToTable("emergency_plan_revisions");
        b.HasKey(r => r.Id);
        b.Property(r => r.Summary).HasMaxLength(2000).IsRequired();
        b.Property(r => r.DocumentNumber).HasMaxLength(200);
        b.HasIndex(r => new { r.RegionCode, r.PlanId, r.Version }).IsUnique();
        b.HasIndex(r => new { r.RegionCode, r.On });
    }
}

internal sealed class DrillConfiguration : IEntityTypeConfiguration<Drill>
{
    public void Configure(EntityTypeBuilder<Drill> b)
    {
        b.ToTable("emergency_drills");
        b.HasKey(d => d.Id);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Title).HasMaxLength(200).IsRequired();
        b.Property(d => d.Organizer).HasMaxLength(100).IsRequired();
        b.Property(d => d.Location).HasMaxLength(200);
        b.Property(d => d.Findings).HasMaxLength(2000);
        b.Property(d => d.CreatedBy).HasMaxLength(100).IsRequired();
        b.HasIndex(d => new { d.RegionCode, d.HeldOn });
        b.HasIndex(d => new { d.RegionCode, d.PlanId, d.HeldOn });
    }
}

internal sealed class SupplyStandardConfiguration : IEntityTypeConfiguration<SupplyStandard>
{
    public void Configure(EntityTypeBuilder<SupplyStandard> b)
    {
        b.ToTable("emergency_supply_standards");
        b.HasKey(s => s.Id);
        b.Property(s => s.Basis).HasMaxLength(300);
        b.HasIndex(s => s.RegionCode).IsUnique();
    }
}

internal sealed class SupplyItemConfiguration : IEntityTypeConfiguration<SupplyItem>
{
    public void Configure(EntityTypeBuilder<SupplyItem> b)
    {
        b.ToTable("emergency_supply_items");
        b.HasKey(i => i.Id);
        b.Property(i => i.Name).HasMaxLength(100).IsRequired();
        b.Property(i => i.Unit).HasMaxLength(20).IsRequired();
        b.Property(i => i.PersonsPerUnit).HasPrecision(10, 2);
        b.Property(i => i.Location).HasMaxLength(200);
        b.HasIndex(i => new { i.RegionCode, i.Name }).IsUnique();
    }
}

internal sealed class SupplyCountConfiguration : IEntityTypeConfiguration<SupplyCount>
{
    public void Configure(EntityTypeBuilder<SupplyCount> b)
    {
        b.ToTable("emergency_supply_counts");
        b.HasKey(c => c.Id);
        b.Property(c => c.Note).HasMaxLength(300);
        b.HasIndex(c => new { c.RegionCode, c.ItemId, c.On });
    }
}

internal sealed class SafetyPatrolConfiguration : IEntityTypeConfiguration<SafetyPatrol>
{
    public void Configure(EntityTypeBuilder<SafetyPatrol> b)
    {
        b.ToTable("emergency_safety_patrols");
        b.HasKey(p => p.Id);
        b.Property(p => p.Site).HasMaxLength(200).IsRequired();
        b.Property(p => p.SiteKind).HasConversion<string>().HasMaxLength(30);
        b.Property(p => p.Inspectors).HasMaxLength(200).IsRequired();
        b.Property(p => p.Findings).HasMaxLength(2000);
        b.Property(p => p.RectificationNote).HasMaxLength(1000);
        b.Property(p => p.CreatedBy).HasMaxLength(100).IsRequired();
        b.HasIndex(p => new { p.RegionCode, p.PatrolledOn });
    }
}

internal sealed class EmergencyTeamConfiguration : IEntityTypeConfiguration<EmergencyTeam>
{
    public void Configure(EntityTypeBuilder<EmergencyTeam> b)
    {
        b.ToTable("emergency_teams");
        b.HasKey(t => t.Id);
        b.Property(t => t.Name).HasMaxLength(100).IsRequired();
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.Head).HasMaxLength(100).IsRequired();
        b.Property(t => t.Duties).HasMaxLength(1000);
        b.HasIndex(t => new { t.RegionCode, t.Name }).IsUnique();
        b.HasIndex(t => new { t.RegionCode, t.EstablishedOn });
    }
}
