using Fazhi.Modules.Mediation.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Mediation.Data;

internal sealed class CommitteeConfiguration : IEntityTypeConfiguration<Committee>
{
    public void Configure(EntityTypeBuilder<Committee> b)
    {
        b.ToTable("mediation_committees");
        b.HasKey(c => c.Id);
        b.Property(c => c.Name).HasMaxLength(MediationCase.MaxShort).IsRequired();
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.CreatedBy).HasMaxLength(100).IsRequired();
        b.Ignore(c => c.TermEndsOn);
        b.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.RegionCode, c.Name }).IsUnique();
    }
}

internal sealed class CommitteeMemberConfiguration : IEntityTypeConfiguration<CommitteeMember>
{
    public void Configure(EntityTypeBuilder<CommitteeMember> b)
    {
        b.ToTable("mediation_committee_members");
        b.HasKey(m => m.Id);
        b.Property(m => m.Name).HasMaxLength(50).IsRequired();
        b.Property(m => m.Position).HasMaxLength(10).IsRequired();
        b.HasIndex(m => new { m.RegionCode, m.CommitteeId });
    }
}

internal sealed class MediatorConfiguration : IEntityTypeConfiguration<Mediator>
{
    public void Configure(EntityTypeBuilder<Mediator> b)
    {
        b.ToTable("mediation_mediators");
        b.HasKey(m => m.Id);
        b.Property(m => m.Name).HasMaxLength(50).IsRequired();
        b.HasIndex(m => new { m.RegionCode, m.CommitteeId });
    }
}

internal sealed class MediatorTrainingConfiguration : IEntityTypeConfiguration<MediatorTraining>
{
    public void Configure(EntityTypeBuilder<MediatorTraining> b)
    {
        b.ToTable("mediation_trainings");
        b.HasKey(t => t.Id);
        b.Property(t => t.Topic).HasMaxLength(MediationCase.MaxShort).IsRequired();
        b.Property(t => t.Organizer).HasMaxLength(MediationCase.MaxShort).IsRequired();
        b.Property(t => t.Hours).HasPrecision(6, 1);
        b.HasIndex(t => new { t.RegionCode, t.HeldOn });
        b.HasIndex(t => new { t.RegionCode, t.MediatorId });
    }
}

internal sealed class MediationCaseConfiguration : IEntityTypeConfiguration<MediationCase>
{
    public void Configure(EntityTypeBuilder<MediationCase> b)
    {
        b.ToTable("mediation_cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.Number).HasMaxLength(100).IsRequired();
        b.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Matter).HasMaxLength(MediationCase.MaxShort).IsRequired();
        b.Property(c => c.Facts).HasMaxLength(MediationCase.MaxText).IsRequired();
        b.Property(c => c.DisputeType).HasMaxLength(50).IsRequired();
        b.Property(c => c.ReferredBy).HasMaxLength(MediationCase.MaxShort);
        b.Property(c => c.DisputeNumber).HasMaxLength(100);
        b.Property(c => c.State).HasMaxLength(40).IsRequired();
        b.Property(c => c.RefusingParty).HasMaxLength(100);
        b.Property(c => c.Mediators).HasMaxLength(MediationCase.MaxShort);
        b.Property(c => c.AgreementForm).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Obligations).HasMaxLength(MediationCase.MaxText);
        b.Property(c => c.PerformanceTerms).HasMaxLength(MediationCase.MaxText);
        b.Property(c => c.FailureReason).HasMaxLength(MediationCase.MaxText);
        b.Property(c => c.RoutesExplained).HasMaxLength(MediationCase.MaxText);
        b.Property(c => c.ConfirmationCourt).HasMaxLength(MediationCase.MaxShort);
        b.Property(c => c.Performance).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.CreatedBy).HasMaxLength(100).IsRequired();
        b.Ignore(c => c.Concluded);
        b.HasIndex(c => new { c.RegionCode, c.Number }).IsUnique();
        b.HasIndex(c => new { c.RegionCode, c.AppliedOn });
        b.HasIndex(c => new { c.RegionCode, c.AcceptedOn });
        b.HasIndex(c => new { c.RegionCode, c.AgreedOn });
        b.HasIndex(c => new { c.RegionCode, c.FailedOn });
        b.HasIndex(c => new { c.RegionCode, c.DisputeId });
    }
}

internal sealed class MediationPartyConfiguration : IEntityTypeConfiguration<MediationParty>
{
    public void Configure(EntityTypeBuilder<MediationParty> b)
    {
        b.ToTable("mediation_parties");
        b.HasKey(p => p.Id);
        b.Property(p => p.Name).HasMaxLength(100).IsRequired();
        b.Property(p => p.Role).HasMaxLength(20).IsRequired();
        b.Property(p => p.IdNumberCipher).HasMaxLength(200);
        b.Property(p => p.IdNumberMasked).HasMaxLength(18);
        b.Property(p => p.PhoneCipher).HasMaxLength(200);
        b.Property(p => p.PhoneMasked).HasMaxLength(20);
        b.HasIndex(p => new { p.RegionCode, p.CaseId });
    }
}

internal sealed class MediationSessionConfiguration : IEntityTypeConfiguration<MediationSession>
{
    public void Configure(EntityTypeBuilder<MediationSession> b)
    {
        b.ToTable("mediation_sessions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Place).HasMaxLength(MediationCase.MaxShort).IsRequired();
        b.Property(s => s.Participants).HasMaxLength(MediationCase.MaxShort).IsRequired();
        b.Property(s => s.Record).HasMaxLength(MediationCase.MaxText).IsRequired();
        b.Property(s => s.RecordedBy).HasMaxLength(100).IsRequired();
        b.HasIndex(s => new { s.RegionCode, s.CaseId });
    }
}
