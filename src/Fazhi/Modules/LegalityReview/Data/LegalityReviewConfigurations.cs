using Fazhi.Modules.LegalityReview.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.LegalityReview.Data;

internal sealed class LegalityReviewConfiguration : IEntityTypeConfiguration<Domain.LegalityReview>
{
    public void Configure(EntityTypeBuilder<Domain.LegalityReview> b)
    {
        b.ToTable("legality_reviews");
        b.HasKey(r => r.Id);
        b.Property(r => r.Title).HasMaxLength(Domain.LegalityReview.MaxTitle).IsRequired();
        b.Property(r => r.DocumentType).HasConversion<string>().HasMaxLength(40);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Conclusion).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.SubmittingUnit).HasMaxLength(100).IsRequired();
        b.Property(r => r.Basis).HasMaxLength(Domain.LegalityReview.MaxText);
        b.Property(r => r.Background).HasMaxLength(Domain.LegalityReview.MaxText);
        b.Property(r => r.Consultation).HasMaxLength(Domain.LegalityReview.MaxText);
        b.Property(r => r.OpinionSummary).HasMaxLength(Domain.LegalityReview.MaxText);
        b.Property(r => r.DecisionNote).HasMaxLength(2000);
        b.Property(r => r.SubjectType).HasMaxLength(100);
        b.Property(r => r.SubmittedBy).HasMaxLength(100).IsRequired();
        b.Property(r => r.ReviewerLogin).HasMaxLength(100);
        b.Property(r => r.ReviewerName).HasMaxLength(100);
        b.Property(r => r.SignedBy).HasMaxLength(200);
        b.Property(r => r.AdviserName).HasMaxLength(100);
        b.Property(r => r.OpinionNumber).HasMaxLength(100);
        b.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.ReviewId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.RegionCode, r.Status, r.SubmittedOn });
        b.HasIndex(r => new { r.RegionCode, r.OpinionIssuedOn, r.DocumentType });
        b.HasIndex(r => new { r.RegionCode, r.ReviewerLogin, r.Status });
        b.HasIndex(r => new { r.RegionCode, r.SubjectType, r.SubjectId });
        b.HasIndex(r => r.InstanceId).IsUnique();
    }
}

internal sealed class OpinionItemConfiguration : IEntityTypeConfiguration<OpinionItem>
{
    public void Configure(EntityTypeBuilder<OpinionItem> b)
    {
        b.ToTable("legality_review_opinion_items");
        b.HasKey(i => i.Id);
        b.Property(i => i.Text).HasMaxLength(2000).IsRequired();
        b.Property(i => i.Reason).HasMaxLength(2000);
        b.Property(i => i.Response).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(i => new { i.ReviewId, i.Number }).IsUnique();
        b.HasIndex(i => new { i.RegionCode, i.Response });
    }
}

internal sealed class GovernmentContractConfiguration : IEntityTypeConfiguration<GovernmentContract>
{
    public void Configure(EntityTypeBuilder<GovernmentContract> b)
    {
        b.ToTable("legality_review_contracts");
        b.HasKey(c => c.Id);
        b.Property(c => c.Name).HasMaxLength(200).IsRequired();
        b.Property(c => c.CounterpartyName).HasMaxLength(200).IsRequired();
        b.Property(c => c.CreditCode).HasMaxLength(18).IsRequired();
        b.Property(c => c.SubmittingUnit).HasMaxLength(100).IsRequired();
        b.Property(c => c.CreatedBy).HasMaxLength(100).IsRequired();
        b.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Domain.LegalityReview>().WithMany().HasForeignKey(c => c.ReviewId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Milestones).WithOne().HasForeignKey(m => m.ContractId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.RegionCode, c.EndsOn });
        b.HasIndex(c => new { c.RegionCode, c.CreditCode });
        b.HasIndex(c => new { c.RegionCode, c.ReviewId });
    }
}

internal sealed class ContractMilestoneConfiguration : IEntityTypeConfiguration<ContractMilestone>
{
    public void Configure(EntityTypeBuilder<ContractMilestone> b)
    {
        b.ToTable("legality_review_contract_milestones");
        b.HasKey(m => m.Id);
        b.Property(m => m.Name).HasMaxLength(200).IsRequired();
        b.HasIndex(m => new { m.RegionCode, m.DueOn });
    }
}

internal sealed class ReviewTermSettingConfiguration : IEntityTypeConfiguration<ReviewTermSetting>
{
    public void Configure(EntityTypeBuilder<ReviewTermSetting> b)
    {
        b.ToTable("legality_review_term_settings");
        b.HasKey(s => s.Id);
        b.Property(s => s.DocumentType).HasConversion<string>().HasMaxLength(40);
        b.HasIndex(s => new { s.RegionCode, s.DocumentType }).IsUnique();
    }
}
