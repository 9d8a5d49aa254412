using Fazhi.Modules.FairCompetition.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.FairCompetition.Data;

internal sealed class ReviewStandardSetConfiguration : IEntityTypeConfiguration<ReviewStandardSet>
{
    public void Configure(EntityTypeBuilder<ReviewStandardSet> b)
    {
        b.ToTable("fair_competition_standard_sets");
        b.HasKey(s => s.Key);
        b.Property(s => s.Key).HasMaxLength(40);
        b.Property(s => s.Name).HasMaxLength(100).IsRequired();
        b.Property(s => s.Note).HasMaxLength(500);
        b.HasData(ReviewStandardCatalog.Sets);
    }
}

internal sealed class ReviewStandardConfiguration : IEntityTypeConfiguration<ReviewStandard>
{
    public void Configure(EntityTypeBuilder<ReviewStandard> b)
    {
        b.ToTable("fair_competition_standards");
        b.HasKey(s => s.Code);
        b.Property(s => s.Code).HasMaxLength(60);
        b.Property(s => s.SetKey).HasMaxLength(40).IsRequired();
        b.Property(s => s.Category).HasMaxLength(40).IsRequired();
        b.Property(s => s.Article).HasMaxLength(100).IsRequired();
        b.Property(s => s.Text).HasMaxLength(500).IsRequired();
        b.HasOne<ReviewStandardSet>().WithMany().HasForeignKey(s => s.SetKey).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.SetKey, s.SortOrder }).IsUnique();
        b.HasData(ReviewStandardCatalog.Items);
    }
}

internal sealed class FairCompetitionReviewConfiguration : IEntityTypeConfiguration<FairCompetitionReview>
{
    public void Configure(EntityTypeBuilder<FairCompetitionReview> b)
    {
        b.ToTable("fair_competition_reviews");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.SubjectType).HasMaxLength(60).IsRequired();
        b.Property(r => r.Title).HasMaxLength(200).IsRequired();
        b.Property(r => r.DraftingUnit).HasMaxLength(100).IsRequired();
        b.Property(r => r.StandardSetKey).HasMaxLength(40).IsRequired();
        b.Property(r => r.Summary).HasMaxLength(4000);
        b.Property(r => r.RegisteredBy).HasMaxLength(256).IsRequired();
        b.Property(r => r.DeterminationReason).HasMaxLength(2000);
        b.Property(r => r.ConclusionText).HasMaxLength(8000);
        b.Property(r => r.ConsultationNote).HasMaxLength(4000);
        b.Property(r => r.IssueReference).HasMaxLength(100);
        b.Property(r => r.EvaluationExplanation).HasMaxLength(1000);
        b.Property(r => r.Kind).HasConversion<int>();
        b.Property(r => r.Status).HasConversion<int>();
        b.Property(r => r.Conclusion).HasConversion<int?>();
        b.Ignore(r => r.CurrentAnswers);
        b.Ignore(r => r.MayBeIssued);
        b.HasOne<ReviewStandardSet>().WithMany().HasForeignKey(r => r.StandardSetKey).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Conclusions).WithOne().HasForeignKey(c => c.ReviewId).OnDelete(DeleteBehavior.Cascade);

        // One review per subject and region: the contract's RegisterAsync is idempotent on it.
        b.HasIndex(r => new { r.RegionCode, r.SubjectType, r.SubjectId }).IsUnique();
        b.HasIndex(r => new { r.RegionCode, r.Status, r.RegisteredAt });
        b.HasIndex(r => new { r.RegionCode, r.ConcludedOn });
    }
}

internal sealed class ChecklistAnswerConfiguration : IEntityTypeConfiguration<ChecklistAnswer>
{
    public void Configure(EntityTypeBuilder<ChecklistAnswer> b)
    {
        b.ToTable("fair_competition_answers");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.StandardCode).HasMaxLength(60).IsRequired();
        b.Property(a => a.Verdict).HasConversion<int>();
        b.Property(a => a.Note).HasMaxLength(2000);
        b.Property(a => a.ExceptionGround).HasMaxLength(200);
        b.Property(a => a.ExceptionJustification).HasMaxLength(2000);
        b.Property(a => a.TerminationCondition).HasMaxLength(500);
        b.Property(a => a.AnsweredBy).HasMaxLength(256).IsRequired();
        b.HasOne<ReviewStandard>().WithMany().HasForeignKey(a => a.StandardCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.ReviewId, a.Round, a.StandardCode }).IsUnique();
        b.HasIndex(a => new { a.RegionCode, a.Verdict });
    }
}

internal sealed class ConclusionRecordConfiguration : IEntityTypeConfiguration<ConclusionRecord>
{
    public void Configure(EntityTypeBuilder<ConclusionRecord> b)
    {
        b.ToTable("fair_competition_conclusions");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Conclusion).HasConversion<int>();
        b.Property(c => c.Text).HasMaxLength(8000).IsRequired();
        b.Property(c => c.ConcludedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(c => new { c.ReviewId, c.Round }).IsUnique();
        b.HasIndex(c => new { c.RegionCode, c.ConcludedOn });
    }
}

internal sealed class FairCompetitionSettingsConfiguration : IEntityTypeConfiguration<FairCompetitionSettings>
{
    public void Configure(EntityTypeBuilder<FairCompetitionSettings> b)
    {
        b.ToTable("fair_competition_settings");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.UpdatedBy).HasMaxLength(256);
        b.HasIndex(s => s.RegionCode).IsUnique();
    }
}
