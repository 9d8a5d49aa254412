using Fazhi.Modules.Disputes.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Disputes.Data;

internal sealed class DisputeConfiguration : IEntityTypeConfiguration<Dispute>
{
    public void Configure(EntityTypeBuilder<Dispute> b)
    {
        b.ToTable("disputes");
        b.HasKey(d => d.Id);
        b.Property(d => d.Number).HasMaxLength(100).IsRequired();
        b.Property(d => d.Title).HasMaxLength(Dispute.MaxShort).IsRequired();
        b.Property(d => d.Facts).HasMaxLength(Dispute.MaxText).IsRequired();
        b.Property(d => d.Type).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.Source).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.Route).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.Location).HasMaxLength(Dispute.MaxShort).IsRequired();
        b.Property(d => d.State).HasMaxLength(40).IsRequired();
        b.Property(d => d.ResponsibleUnit).HasMaxLength(Dispute.MaxShort);
        b.Property(d => d.RouteReference).HasMaxLength(Dispute.MaxShort);
        b.Property(d => d.Resolution).HasMaxLength(Dispute.MaxText);
        b.Property(d => d.FollowUp).HasMaxLength(Dispute.MaxText);
        b.Property(d => d.CreatedBy).HasMaxLength(100).IsRequired();
        b.HasMany(d => d.Parties).WithOne().HasForeignKey(p => p.DisputeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.RegionCode, d.Number }).IsUnique();
        b.HasIndex(d => new { d.RegionCode, d.RegisteredOn });
        b.HasIndex(d => new { d.RegionCode, d.AssignedOn });
        b.HasIndex(d => new { d.RegionCode, d.ResolvedOn });
        b.HasIndex(d => new { d.RegionCode, d.State });
    }
}

internal sealed class DisputePartyConfiguration : IEntityTypeConfiguration<DisputeParty>
{
    public void Configure(EntityTypeBuilder<DisputeParty> b)
    {
        b.ToTable("dispute_parties");
        b.HasKey(p => p.Id);
        b.Property(p => p.Name).HasMaxLength(100).IsRequired();
        b.Property(p => p.Role).HasMaxLength(20).IsRequired();
        b.Property(p => p.IdNumberCipher).HasMaxLength(200);
        b.Property(p => p.IdNumberMasked).HasMaxLength(18);
        b.Property(p => p.PhoneCipher).HasMaxLength(200);
        b.Property(p => p.PhoneMasked).HasMaxLength(20);
        b.HasIndex(p => new { p.RegionCode, p.DisputeId });
    }
}

internal sealed class ScreeningRoundConfiguration : IEntityTypeConfiguration<ScreeningRound>
{
    public void Configure(EntityTypeBuilder<ScreeningRound> b)
    {
        b.ToTable("dispute_screening_rounds");
        b.HasKey(r => r.Id);
        b.Property(r => r.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Unit).HasMaxLength(Dispute.MaxShort).IsRequired();
        b.Property(r => r.Summary).HasMaxLength(Dispute.MaxText);
        b.Property(r => r.CreatedBy).HasMaxLength(100).IsRequired();
        b.HasIndex(r => new { r.RegionCode, r.StartedOn });
    }
}

internal sealed class DisputeEscalationConfiguration : IEntityTypeConfiguration<DisputeEscalation>
{
    public void Configure(EntityTypeBuilder<DisputeEscalation> b)
    {
        b.ToTable("dispute_escalations");
        b.HasKey(e => e.Id);
        b.Property(e => e.Reason).HasMaxLength(2000).IsRequired();
        b.Property(e => e.ReportedBy).HasMaxLength(100).IsRequired();
        b.Property(e => e.AcknowledgedBy).HasMaxLength(100);
        b.Property(e => e.Instruction).HasMaxLength(2000);
        b.HasIndex(e => new { e.RegionCode, e.DisputeId });
        b.HasIndex(e => new { e.RegionCode, e.AcknowledgedAt });
    }
}
