using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Platform.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.HasKey(a => a.Sequence);
        b.Property(a => a.Sequence).ValueGeneratedNever();
        b.HasIndex(a => a.Id).IsUnique();
        b.Property(a => a.Actor).HasMaxLength(100);
        b.Property(a => a.RegionCode).HasMaxLength(12);
        b.Property(a => a.Action).HasMaxLength(40);
        b.Property(a => a.Entity).HasMaxLength(100);
        b.Property(a => a.EntityId).HasMaxLength(100);
        b.Property(a => a.PreviousHash).HasMaxLength(64);
        b.Property(a => a.Hash).HasMaxLength(64);
        b.HasIndex(a => new { a.RegionCode, a.At });
        b.HasIndex(a => new { a.Entity, a.EntityId });
    }
}
