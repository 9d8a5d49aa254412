using Fazhi.Modules.Governance.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Governance.Data;

internal sealed class CommitteeBodyConfiguration : IEntityTypeConfiguration<CommitteeBody>
{
    public void Configure(EntityTypeBuilder<CommitteeBody> b)
    {
        b.ToTable("governance_bodies");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Name).HasMaxLength(100).IsRequired();
        b.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RegionCode, x.Name }).IsUnique();
    }
}

internal sealed class BodyMemberConfiguration : IEntityTypeConfiguration<BodyMember>
{
    public void Configure(EntityTypeBuilder<BodyMember> b)
    {
        b.ToTable("governance_body_members");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(50).IsRequired();
        b.Property(x => x.Post).HasMaxLength(100).IsRequired();
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(x => new { x.RegionCode, x.BodyId });
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.ToTable("governance_meetings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Place).HasMaxLength(100);
        b.Property(x => x.Chair).HasMaxLength(50).IsRequired();
        b.Property(x => x.Minutes).HasMaxLength(4000);
        b.Property(x => x.RecordedBy).HasMaxLength(100).IsRequired();
        b.HasOne<CommitteeBody>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Agenda).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Decisions).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RegionCode, x.BodyId, x.HeldOn });
        b.HasIndex(x => new { x.RegionCode, x.HeldOn });
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.ToTable("governance_agenda_items");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(300).IsRequired();
        b.HasIndex(x => new { x.RegionCode, x.MeetingId, x.Number }).IsUnique();
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> b)
    {
        b.ToTable("governance_decisions");
        b.HasKey(x => x.Id);
        b.Ignore(x => x.OriginKey);
        b.Property(x => x.Text).HasMaxLength(500).IsRequired();
        b.Property(x => x.LeadUnit).HasMaxLength(100).IsRequired();
        b.Property(x => x.CoUnits).HasMaxLength(300);
        b.HasIndex(x => new { x.RegionCode, x.MeetingId, x.Number }).IsUnique();
    }
}

internal sealed class LeaderLawReportConfiguration : IEntityTypeConfiguration<LeaderLawReport>
{
    public void Configure(EntityTypeBuilder<LeaderLawReport> b)
    {
        b.ToTable("governance_law_reports");
        b.HasKey(x => x.Id);
        b.Property(x => x.Leader).HasMaxLength(50).IsRequired();
        b.Property(x => x.Post).HasMaxLength(100).IsRequired();
        b.Property(x => x.Occasion).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Rating).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Summary).HasMaxLength(4000).IsRequired();
        b.Property(x => x.RecordedBy).HasMaxLength(100).IsRequired();
        b.HasIndex(x => new { x.RegionCode, x.Leader, x.Year, x.Occasion }).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.GivenOn });
    }
}

internal sealed class EvaluationSchemeConfiguration : IEntityTypeConfiguration<EvaluationScheme>
{
    public void Configure(EntityTypeBuilder<EvaluationScheme> b)
    {
        b.ToTable("governance_evaluation_schemes");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(200).IsRequired();
        b.HasMany(x => x.Criteria).WithOne().HasForeignKey(c => c.SchemeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RegionCode, x.AdoptedOn });
    }
}

internal sealed class EvaluationCriterionConfiguration : IEntityTypeConfiguration<EvaluationCriterion>
{
    public void Configure(EntityTypeBuilder<EvaluationCriterion> b)
    {
        b.ToTable("governance_evaluation_criteria");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100).IsRequired();
        b.HasIndex(x => new { x.RegionCode, x.SchemeId, x.Number }).IsUnique();
    }
}

internal sealed class CadreEvaluationConfiguration : IEntityTypeConfiguration<CadreEvaluation>
{
    public void Configure(EntityTypeBuilder<CadreEvaluation> b)
    {
        b.ToTable("governance_cadre_evaluations");
        b.HasKey(x => x.Id);
        b.Ignore(x => x.Period);
        b.Ignore(x => x.Total);
        b.Property(x => x.PeriodKind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Department).HasMaxLength(100).IsRequired();
        b.Property(x => x.Person).HasMaxLength(50).IsRequired();
        b.Property(x => x.Post).HasMaxLength(100).IsRequired();
        b.Property(x => x.Grade).HasMaxLength(20).IsRequired();
        b.Property(x => x.FollowUp).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.FollowUpNote).HasMaxLength(500);
        b.Property(x => x.RecordedBy).HasMaxLength(100).IsRequired();
        b.HasOne<EvaluationScheme>().WithMany().HasForeignKey(x => x.SchemeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Scores).WithOne().HasForeignKey(s => s.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RegionCode, x.Person, x.Department, x.Year, x.PeriodKind }).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.EvaluatedOn });
    }
}

internal sealed class CriterionScoreConfiguration : IEntityTypeConfiguration<CriterionScore>
{
    public void Configure(EntityTypeBuilder<CriterionScore> b)
    {
        b.ToTable("governance_criterion_scores");
        b.HasKey(x => x.Id);
        b.Property(x => x.Criterion).HasMaxLength(100).IsRequired();
        b.HasIndex(x => new { x.RegionCode, x.EvaluationId, x.Number }).IsUnique();
    }
}
