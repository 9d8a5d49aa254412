using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Platform.Procedures;

internal sealed class ProcedureInstanceConfiguration : IEntityTypeConfiguration<ProcedureInstance>
{
    public void Configure(EntityTypeBuilder<ProcedureInstance> b)
    {
        b.ToTable("procedure_instances");
        b.HasKey(i => i.Id);
        b.Property(i => i.DefinitionKey).HasMaxLength(100).IsRequired();
        b.Property(i => i.SubjectType).HasMaxLength(100).IsRequired();
        b.Property(i => i.State).HasMaxLength(50).IsRequired();
        b.HasIndex(i => new { i.RegionCode, i.SubjectType, i.SubjectId });
        b.HasIndex(i => new { i.RegionCode, i.DefinitionKey, i.State });
        b.HasMany(i => i.Clocks).WithOne().HasForeignKey(c => c.InstanceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProcedureStepConfiguration : IEntityTypeConfiguration<ProcedureStep>
{
    public void Configure(EntityTypeBuilder<ProcedureStep> b)
    {
        b.ToTable("procedure_steps");
        b.HasKey(s => s.Id);
        b.Property(s => s.ActionKey).HasMaxLength(50).IsRequired();
        b.Property(s => s.ActionName).HasMaxLength(100).IsRequired();
        b.Property(s => s.FromState).HasMaxLength(50).IsRequired();
        b.Property(s => s.ToState).HasMaxLength(50).IsRequired();
        b.Property(s => s.Actor).HasMaxLength(100).IsRequired();
        b.Property(s => s.ActorName).HasMaxLength(100).IsRequired();
        b.Property(s => s.Note).HasMaxLength(2000);
        b.HasOne<ProcedureInstance>().WithMany().HasForeignKey(s => s.InstanceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.InstanceId, s.Sequence }).IsUnique();
        b.HasIndex(s => new { s.RegionCode, s.On });
    }
}

internal sealed class ClockConfiguration : IEntityTypeConfiguration<Clock>
{
    public void Configure(EntityTypeBuilder<Clock> b)
    {
        b.ToTable("procedure_clocks");
        b.HasKey(c => c.Id);
        b.Property(c => c.RuleKey).HasMaxLength(50).IsRequired();
        b.Property(c => c.Name).HasMaxLength(100).IsRequired();
        b.Property(c => c.Unit).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.LegalBasis).HasMaxLength(200).IsRequired();
        b.Ignore(c => c.IsCounting);
        b.HasIndex(c => new { c.InstanceId, c.RuleKey }).IsUnique();
        // The scan looks across regions by status and date; the workbench within a region.
        b.HasIndex(c => new { c.Status, c.DueDate });
        b.HasIndex(c => new { c.RegionCode, c.Status, c.WarnOn });
        b.HasMany(c => c.Adjustments).WithOne().HasForeignKey(a => a.ClockId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ClockAdjustmentConfiguration : IEntityTypeConfiguration<ClockAdjustment>
{
    public void Configure(EntityTypeBuilder<ClockAdjustment> b)
    {
        b.ToTable("procedure_clock_adjustments");
        b.HasKey(a => a.Id);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Reason).HasMaxLength(2000).IsRequired();
        b.Property(a => a.Actor).HasMaxLength(200).IsRequired();
        b.HasIndex(a => new { a.ClockId, a.Round });
    }
}

internal sealed class ClockAlertConfiguration : IEntityTypeConfiguration<ClockAlert>
{
    public void Configure(EntityTypeBuilder<ClockAlert> b)
    {
        b.ToTable("procedure_clock_alerts");
        b.HasKey(a => a.Id);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Message).HasMaxLength(500).IsRequired();
        b.HasOne<Clock>().WithMany().HasForeignKey(a => a.ClockId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.ClockId, a.Kind, a.DueDate }).IsUnique();
        b.HasIndex(a => new { a.RegionCode, a.DetectedOn });
    }
}
