using Fazhi.Modules.Reconsideration.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Reconsideration.Data;

internal sealed class ReconsiderationCaseConfiguration : IEntityTypeConfiguration<ReconsiderationCase>
{
    public void Configure(EntityTypeBuilder<ReconsiderationCase> b)
    {
        b.ToTable("reconsideration_cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.CaseNumber).HasMaxLength(100).IsRequired();
        b.Property(c => c.Applicant).HasMaxLength(ReconsiderationCase.MaxName).IsRequired();
        b.Property(c => c.ChallengedAct).HasMaxLength(ReconsiderationCase.MaxText).IsRequired();
        b.Property(c => c.ChallengedCaseNumber).HasMaxLength(100);
        b.Property(c => c.ReviewBody).HasMaxLength(ReconsiderationCase.MaxName).IsRequired();
        b.Property(c => c.Track).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Law).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.DefinitionKey).HasMaxLength(100).IsRequired();
        b.Property(c => c.State).HasMaxLength(40).IsRequired();
        b.Property(c => c.DecisionSummary).HasMaxLength(ReconsiderationCase.MaxText);
        b.Property(c => c.ComplianceNote).HasMaxLength(ReconsiderationCase.MaxText);
        b.Property(c => c.CreatedBy).HasMaxLength(100).IsRequired();
        b.HasIndex(c => new { c.RegionCode, c.AcceptedOn });
        b.HasIndex(c => new { c.RegionCode, c.DecidedOn });
        b.HasIndex(c => new { c.RegionCode, c.State });
    }
}

internal sealed class ReconsiderationHearingConfiguration : IEntityTypeConfiguration<ReconsiderationHearing>
{
    public void Configure(EntityTypeBuilder<ReconsiderationHearing> b)
    {
        b.ToTable("reconsideration_hearings");
        b.HasKey(h => h.Id);
        b.Property(h => h.LeaderName).HasMaxLength(100);
        b.Property(h => h.DelegateName).HasMaxLength(100);
        b.Property(h => h.DelegationReason).HasMaxLength(ReconsiderationCase.MaxText);
        b.Property(h => h.Note).HasMaxLength(ReconsiderationCase.MaxText);
        b.HasOne<ReconsiderationCase>().WithMany().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(h => new { h.RegionCode, h.HeldOn });
    }
}
