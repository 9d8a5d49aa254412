using Fazhi.Modules.Enforcement.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Enforcement.Data;

internal sealed class CoerciveMeasureConfiguration : IEntityTypeConfiguration<CoerciveMeasure>
{
    public void Configure(EntityTypeBuilder<CoerciveMeasure> b)
    {
        b.ToTable("enforcement_case_measures");
        b.HasKey(x => x.Id);
        b.Property(x => x.State).HasMaxLength(50);
        b.Property(x => x.ApprovedBy).HasMaxLength(50);
        b.Property(x => x.Outcome).HasMaxLength(1000);
        b.HasOne<EnforcementCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RegionCode, x.CaseId });
        b.HasIndex(x => new { x.RegionCode, x.On });
    }
}

internal sealed class PaymentArrangementConfiguration : IEntityTypeConfiguration<PaymentArrangement>
{
    public void Configure(EntityTypeBuilder<PaymentArrangement> b)
    {
        b.ToTable("enforcement_payment_arrangements");
        b.HasKey(x => x.Id);
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.ApprovedBy).HasMaxLength(50);
        b.HasOne<EnforcementCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Instalments).WithOne().HasForeignKey(i => i.ArrangementId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.NextUnpaid);
        b.Ignore(x => x.Approved);
        b.Ignore(x => x.LastDueOn);
        b.HasIndex(x => x.CaseId).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.ApprovedOn });
    }
}

internal sealed class PaymentInstalmentConfiguration : IEntityTypeConfiguration<PaymentInstalment>
{
    public void Configure(EntityTypeBuilder<PaymentInstalment> b)
    {
        b.ToTable("enforcement_payment_instalments");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.ArrangementId, x.Sequence }).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.DueOn });
    }
}

internal sealed class LenientListConfiguration : IEntityTypeConfiguration<LenientList>
{
    public void Configure(EntityTypeBuilder<LenientList> b)
    {
        b.ToTable("enforcement_lenient_lists");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(200);
        b.HasMany(x => x.Items).WithOne().HasForeignKey(i => i.ListId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RegionCode, x.Version }).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.EffectiveOn });
    }
}

internal sealed class LenientListItemConfiguration : IEntityTypeConfiguration<LenientListItem>
{
    public void Configure(EntityTypeBuilder<LenientListItem> b)
    {
        b.ToTable("enforcement_lenient_list_items");
        b.HasKey(x => x.Id);
        b.Property(x => x.Violation).HasMaxLength(500);
        b.Property(x => x.Circumstance).HasMaxLength(1000);
        b.Property(x => x.LegalBasis).HasMaxLength(1000);
        b.HasIndex(x => new { x.ListId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.ListId });
    }
}

internal sealed class FlexibleMeasureConfiguration : IEntityTypeConfiguration<FlexibleMeasure>
{
    public void Configure(EntityTypeBuilder<FlexibleMeasure> b)
    {
        b.ToTable("enforcement_flexible_measures");
        b.HasKey(x => x.Id);
        b.Property(x => x.PartyName).HasMaxLength(200);
        b.Property(x => x.Summary).HasMaxLength(2000);
        b.HasIndex(x => new { x.RegionCode, x.On });
        b.HasIndex(x => new { x.RegionCode, x.CaseId });
    }
}
