using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Enforcement.Inspections;

internal sealed class InspectionPlanConfiguration : IEntityTypeConfiguration<InspectionPlan>
{
    public void Configure(EntityTypeBuilder<InspectionPlan> b)
    {
        b.ToTable("enforcement_inspection_plans");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.HasIndex(x => new { x.RegionCode, x.Year });
    }
}

internal sealed class InspectionDrawConfiguration : IEntityTypeConfiguration<InspectionDraw>
{
    public void Configure(EntityTypeBuilder<InspectionDraw> b)
    {
        b.ToTable("enforcement_inspection_draws");
        b.HasKey(x => x.Id);
        b.Property(x => x.DrawnBy).HasMaxLength(100);
        b.HasOne<InspectionPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RegionCode, x.PlanId });
    }
}

internal sealed class InspectionRecordConfiguration : IEntityTypeConfiguration<InspectionRecord>
{
    public void Configure(EntityTypeBuilder<InspectionRecord> b)
    {
        b.ToTable("enforcement_inspections");
        b.HasKey(x => x.Id);
        b.Property(x => x.EntityName).HasMaxLength(200);
        b.Property(x => x.EntityCode).HasMaxLength(30);
        b.Property(x => x.OfficerNames).HasMaxLength(300);
        b.Property(x => x.Findings).HasMaxLength(2000);
        b.HasOne<InspectionPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<InspectionDraw>().WithMany().HasForeignKey(x => x.DrawId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.EnforcementCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RegionCode, x.InspectedOn, x.Category });
        b.HasIndex(x => new { x.RegionCode, x.PlannedOn });
        b.HasIndex(x => x.CaseId);
    }
}
