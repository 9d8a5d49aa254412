using Fazhi.Modules.MajorDecisions.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.MajorDecisions.Data;

internal sealed class DecisionCatalogConfiguration : IEntityTypeConfiguration<DecisionCatalog>
{
    public void Configure(EntityTypeBuilder<DecisionCatalog> b)
    {
        b.ToTable("major_decision_catalogs");
        b.HasKey(c => c.Id);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.AdjustmentReason).HasMaxLength(DecisionCatalog.MaxText);
        b.Property(c => c.PartyApproval).HasMaxLength(200);
        b.Property(c => c.PublicationUrl).HasMaxLength(DecisionCatalog.MaxText);
        b.Property(c => c.CreatedBy).HasMaxLength(100).IsRequired();
        b.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.CatalogId).OnDelete(DeleteBehavior.Cascade);
        // One numbered version per region and year; two concurrent adjustments cannot both be saved.
        b.HasIndex(c => new { c.RegionCode, c.Year, c.Version }).IsUnique();
        b.HasIndex(c => new { c.RegionCode, c.Status, c.Year });
    }
}

internal sealed class CatalogItemConfiguration : IEntityTypeConfiguration<CatalogItem>
{
    public void Configure(EntityTypeBuilder<CatalogItem> b)
    {
        b.ToTable("major_decision_catalog_items");
        b.HasKey(i => i.Id);
        b.Property(i => i.Title).HasMaxLength(CatalogItem.MaxTitle).IsRequired();
        b.Property(i => i.LeadUnit).HasMaxLength(CatalogItem.MaxUnit).IsRequired();
        b.Property(i => i.Note).HasMaxLength(DecisionCatalog.MaxText);
        b.HasIndex(i => new { i.RegionCode, i.CatalogId, i.Number });
        b.HasIndex(i => new { i.RegionCode, i.ItemKey });
    }
}

internal sealed class MajorDecisionConfiguration : IEntityTypeConfiguration<MajorDecision>
{
    public void Configure(EntityTypeBuilder<MajorDecision> b)
    {
        b.ToTable("major_decisions");
        b.HasKey(d => d.Id);
        b.Property(d => d.Title).HasMaxLength(CatalogItem.MaxTitle).IsRequired();
        b.Property(d => d.LeadUnit).HasMaxLength(CatalogItem.MaxUnit).IsRequired();
        b.Property(d => d.Proposer).HasMaxLength(100).IsRequired();
        b.Property(d => d.State).HasMaxLength(40).IsRequired();
        b.Property(d => d.DraftText).HasMaxLength(MajorDecision.MaxText).IsRequired();
        b.Property(d => d.Explanation).HasMaxLength(MajorDecision.MaxText).IsRequired();
        b.Property(d => d.LegalRiskStatement).HasMaxLength(2000);
        b.Property(d => d.PartyReport).HasMaxLength(500);
        b.Property(d => d.PublicationChannel).HasMaxLength(200);
        b.Property(d => d.PublicationUrl).HasMaxLength(500);
        b.Property(d => d.EndReason).HasMaxLength(2000);
        b.Property(d => d.CreatedBy).HasMaxLength(100).IsRequired();
        b.HasIndex(d => new { d.RegionCode, d.State, d.DecidedOn });
        b.HasIndex(d => new { d.RegionCode, d.CatalogYear });
        b.HasIndex(d => new { d.RegionCode, d.CatalogItemKey });
    }
}

internal sealed class ExpertOpinionConfiguration : IEntityTypeConfiguration<ExpertOpinion>
{
    public void Configure(EntityTypeBuilder<ExpertOpinion> b)
    {
        b.ToTable("major_decision_expert_opinions");
        b.HasKey(e => e.Id);
        b.Property(e => e.Expert).HasMaxLength(50).IsRequired();
        b.Property(e => e.Affiliation).HasMaxLength(100).IsRequired();
        b.Property(e => e.Opinion).HasMaxLength(MajorDecision.MaxText).IsRequired();
        b.Property(e => e.RecordedBy).HasMaxLength(100).IsRequired();
        b.Ignore(e => e.Valid);
        b.HasOne<MajorDecision>().WithMany().HasForeignKey(e => e.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.RegionCode, e.GivenOn });
    }
}

internal sealed class RiskAssessmentConfiguration : IEntityTypeConfiguration<RiskAssessment>
{
    public void Configure(EntityTypeBuilder<RiskAssessment> b)
    {
        b.ToTable("major_decision_risk_assessments");
        b.HasKey(e => e.Id);
        b.Property(e => e.Assessor).HasMaxLength(100).IsRequired();
        b.Property(e => e.RiskPoints).HasMaxLength(MajorDecision.MaxText).IsRequired();
        b.Property(e => e.Mitigations).HasMaxLength(MajorDecision.MaxText).IsRequired();
        b.Property(e => e.ContingencyPlan).HasMaxLength(MajorDecision.MaxText).IsRequired();
        b.Property(e => e.RiskLevel).HasMaxLength(10).IsRequired();
        b.HasOne<MajorDecision>().WithMany().HasForeignKey(e => e.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.RegionCode, e.ReportedOn });
    }
}

internal sealed class DecisionHearingConfiguration : IEntityTypeConfiguration<DecisionHearing>
{
    public void Configure(EntityTypeBuilder<DecisionHearing> b)
    {
        b.ToTable("major_decision_hearings");
        b.HasKey(e => e.Id);
        b.Property(e => e.Place).HasMaxLength(200).IsRequired();
        b.Property(e => e.Summary).HasMaxLength(MajorDecision.MaxText).IsRequired();
        b.Ignore(e => e.NoticeDays);
        b.Ignore(e => e.Valid);
        b.HasOne<MajorDecision>().WithMany().HasForeignKey(e => e.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.RegionCode, e.HeldOn });
    }
}

internal sealed class DecisionMeetingConfiguration : IEntityTypeConfiguration<DecisionMeeting>
{
    public void Configure(EntityTypeBuilder<DecisionMeeting> b)
    {
        b.ToTable("major_decision_meetings");
        b.HasKey(e => e.Id);
        b.Property(e => e.MeetingType).HasMaxLength(50).IsRequired();
        b.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.ChiefReasons).HasMaxLength(2000);
        b.Property(e => e.RecordedBy).HasMaxLength(100).IsRequired();
        b.Ignore(e => e.Dissent);
        b.HasOne<MajorDecision>().WithMany().HasForeignKey(e => e.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Views).WithOne().HasForeignKey(v => v.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.RegionCode, e.HeldOn });
    }
}

internal sealed class MeetingViewConfiguration : IEntityTypeConfiguration<MeetingView>
{
    public void Configure(EntityTypeBuilder<MeetingView> b)
    {
        b.ToTable("major_decision_meeting_views");
        b.HasKey(e => e.Id);
        b.Property(e => e.Name).HasMaxLength(50).IsRequired();
        b.Property(e => e.Position).HasMaxLength(50).IsRequired();
        b.Property(e => e.View).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Remarks).HasMaxLength(2000);
        b.HasIndex(e => new { e.RegionCode, e.MeetingId, e.Order }).IsUnique();
    }
}

internal sealed class PostEvaluationConfiguration : IEntityTypeConfiguration<PostEvaluation>
{
    public void Configure(EntityTypeBuilder<PostEvaluation> b)
    {
        b.ToTable("major_decision_post_evaluations");
        b.HasKey(e => e.Id);
        b.Property(e => e.Evaluator).HasMaxLength(100).IsRequired();
        b.Property(e => e.Conclusion).HasMaxLength(MajorDecision.MaxText).IsRequired();
        b.Property(e => e.RecordedBy).HasMaxLength(100).IsRequired();
        b.HasOne<MajorDecision>().WithMany().HasForeignKey(e => e.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.RegionCode, e.EvaluatedOn });
    }
}
