using Fazhi.Modules.Litigation.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Litigation.Data;

internal sealed class LitigationCaseConfiguration : IEntityTypeConfiguration<LitigationCase>
{
    public void Configure(EntityTypeBuilder<LitigationCase> b)
    {
        b.ToTable("litigation_cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.CourtCaseNumber).HasMaxLength(100).IsRequired();
        b.Property(c => c.Court).HasMaxLength(LitigationCase.MaxName).IsRequired();
        b.Property(c => c.Plaintiff).HasMaxLength(LitigationCase.MaxName).IsRequired();
        b.Property(c => c.ChallengedAct).HasMaxLength(LitigationCase.MaxText).IsRequired();
        b.Property(c => c.ChallengedCaseNumber).HasMaxLength(100);
        b.Property(c => c.State).HasMaxLength(40).IsRequired();
        b.Property(c => c.FirstInstanceOutcome).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.AppealOutcome).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.ComplianceNote).HasMaxLength(LitigationCase.MaxText);
        b.Property(c => c.CreatedBy).HasMaxLength(100).IsRequired();
        b.HasIndex(c => new { c.RegionCode, c.ServedOn });
        b.HasIndex(c => new { c.RegionCode, c.FirstInstanceOn });
        b.HasIndex(c => new { c.RegionCode, c.State });
    }
}

internal sealed class LitigationHearingConfiguration : IEntityTypeConfiguration<LitigationHearing>
{
    public void Configure(EntityTypeBuilder<LitigationHearing> b)
    {
        b.ToTable("litigation_hearings");
        b.HasKey(h => h.Id);
        b.Property(h => h.LeaderName).HasMaxLength(100);
        b.Property(h => h.LeaderRank).HasConversion<string>().HasMaxLength(20);
        b.Property(h => h.DelegateName).HasMaxLength(100);
        b.Property(h => h.Excuse).HasConversion<string>().HasMaxLength(30);
        b.Property(h => h.ExcuseNote).HasMaxLength(LitigationCase.MaxText);
        b.HasOne<LitigationCase>().WithMany().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(h => new { h.RegionCode, h.HeldOn });
    }
}
