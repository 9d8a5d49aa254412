using Fazhi.Modules.DataSharing.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.DataSharing.Data;

internal sealed class DataResourceConfiguration : IEntityTypeConfiguration<DataResource>
{
    public void Configure(EntityTypeBuilder<DataResource> b)
    {
        b.ToTable("data_resources");
        b.HasKey(r => r.Id);
        b.Property(r => r.Code).HasMaxLength(20).IsRequired();
        b.Property(r => r.Name).HasMaxLength(100).IsRequired();
        b.Property(r => r.Summary).HasMaxLength(500).IsRequired();
        b.Property(r => r.Provider).HasMaxLength(100).IsRequired();
        b.Property(r => r.ShareType).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.ShareCondition).HasMaxLength(500);
        b.Property(r => r.OpenType).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.UpdateCycle).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.MetricKeys).HasMaxLength(4000).IsRequired();
        b.Ignore(r => r.Items);
        b.HasIndex(r => new { r.RegionCode, r.Code }).IsUnique();
    }
}

internal sealed class SharingRequestConfiguration : IEntityTypeConfiguration<SharingRequest>
{
    public void Configure(EntityTypeBuilder<SharingRequest> b)
    {
        b.ToTable("data_sharing_requests");
        b.HasKey(r => r.Id);
        b.Property(r => r.Applicant).HasMaxLength(100).IsRequired();
        b.Property(r => r.Contact).HasMaxLength(50).IsRequired();
        b.Property(r => r.Purpose).HasMaxLength(500).IsRequired();
        b.Property(r => r.Basis).HasMaxLength(300).IsRequired();
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.DecidedBy).HasMaxLength(100);
        b.Property(r => r.Opinion).HasMaxLength(1000);
        b.Property(r => r.TokenHash).HasMaxLength(64);
        b.Property(r => r.TokenHint).HasMaxLength(10);
        b.Property(r => r.RecordedBy).HasMaxLength(100).IsRequired();
        b.Ignore(r => r.RepliedLate);
        b.HasIndex(r => r.TokenHash).IsUnique();
        b.HasIndex(r => new { r.RegionCode, r.ReceivedOn });
        b.HasIndex(r => new { r.RegionCode, r.ResourceId });
    }
}

internal sealed class SharingAccessConfiguration : IEntityTypeConfiguration<SharingAccess>
{
    public void Configure(EntityTypeBuilder<SharingAccess> b)
    {
        b.ToTable("data_sharing_reads");
        b.HasKey(a => a.Id);
        b.HasIndex(a => new { a.RegionCode, a.RequestId, a.At });
    }
}
