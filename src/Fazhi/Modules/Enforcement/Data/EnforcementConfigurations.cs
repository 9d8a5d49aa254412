using Fazhi.Modules.Enforcement.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Enforcement.Data;

internal sealed class EnforcementAgencyConfiguration : IEntityTypeConfiguration<EnforcementAgency>
{
    public void Configure(EntityTypeBuilder<EnforcementAgency> b)
    {
        b.ToTable("enforcement_agencies");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.LegalBasis).HasMaxLength(500);
        b.HasIndex(x => new { x.RegionCode, x.Name });
    }
}

internal sealed class EnforcementMatterConfiguration : IEntityTypeConfiguration<EnforcementMatter>
{
    public void Configure(EntityTypeBuilder<EnforcementMatter> b)
    {
        b.ToTable("enforcement_matters");
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(50);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.LegalBasis).HasMaxLength(1000);
        b.HasOne<EnforcementAgency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RegionCode, x.Code }).IsUnique();
    }
}

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> b)
    {
        b.ToTable("enforcement_officers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.CertificateNumber).HasMaxLength(50);
        b.Property(x => x.Category).HasMaxLength(100);
        b.HasIndex(x => new { x.RegionCode, x.CertificateNumber }).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.ValidTo });
    }
}

internal sealed class DiscretionStandardConfiguration : IEntityTypeConfiguration<DiscretionStandard>
{
    public void Configure(EntityTypeBuilder<DiscretionStandard> b)
    {
        b.ToTable("enforcement_discretion_standards");
        b.HasKey(x => x.Id);
        b.Property(x => x.Violation).HasMaxLength(200);
        b.Property(x => x.Circumstance).HasMaxLength(500);
        b.Property(x => x.LegalBasis).HasMaxLength(1000);
        b.HasIndex(x => new { x.RegionCode, x.Violation });
    }
}

internal sealed class LegalReviewCatalogItemConfiguration : IEntityTypeConfiguration<LegalReviewCatalogItem>
{
    public void Configure(EntityTypeBuilder<LegalReviewCatalogItem> b)
    {
        b.ToTable("enforcement_legal_review_catalog");
        b.HasKey(x => x.Id);
        b.Property(x => x.Description).HasMaxLength(500);
        b.HasIndex(x => new { x.RegionCode, x.Active });
    }
}

internal sealed class EnforcementCaseConfiguration : IEntityTypeConfiguration<EnforcementCase>
{
    public void Configure(EntityTypeBuilder<EnforcementCase> b)
    {
        b.ToTable("enforcement_cases");
        b.HasKey(x => x.Id);
        b.Property(x => x.State).HasMaxLength(50);
        b.Property(x => x.CaseNumber).HasMaxLength(100);
        b.Property(x => x.DecisionNumber).HasMaxLength(100);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.PartyName).HasMaxLength(200);
        b.Property(x => x.PartyIdNumber).HasMaxLength(30);
        b.Property(x => x.ClueSummary).HasMaxLength(2000);
        b.Property(x => x.Facts).HasMaxLength(4000);
        b.Property(x => x.DiscretionJustification).HasMaxLength(2000);
        b.Property(x => x.LegalReviewOpinion).HasMaxLength(4000);
        b.Property(x => x.DefenceSummary).HasMaxLength(4000);
        b.Property(x => x.DiscussionConclusion).HasMaxLength(4000);
        b.Property(x => x.SimpleLegalBasis).HasMaxLength(1000);
        b.Property(x => x.EducationSummary).HasMaxLength(4000);
        b.Property(x => x.LighterBasis).HasMaxLength(1000);
        b.Property(x => x.JudicialOutcome).HasMaxLength(2000);
        b.Ignore(x => x.WithinSimpleLimits);
        b.HasMany(x => x.Officers).WithOne().HasForeignKey(o => o.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Remedies).WithOne().HasForeignKey(o => o.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.RemedyIntervals);
        b.HasIndex(x => new { x.RegionCode, x.State });
        b.HasIndex(x => new { x.RegionCode, x.FiledOn });
        b.HasIndex(x => new { x.RegionCode, x.DecidedOn });
        b.HasIndex(x => new { x.RegionCode, x.ClosedOn });
        b.HasIndex(x => new { x.RegionCode, x.CaseNumber });
    }
}

internal sealed class CaseOfficerConfiguration : IEntityTypeConfiguration<CaseOfficer>
{
    public void Configure(EntityTypeBuilder<CaseOfficer> b)
    {
        b.ToTable("enforcement_case_officers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.CertificateNumber).HasMaxLength(50);
        b.HasIndex(x => new { x.CaseId, x.OfficerId }).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.OfficerId });
    }
}

internal sealed class CaseRemedyConfiguration : IEntityTypeConfiguration<CaseRemedy>
{
    public void Configure(EntityTypeBuilder<CaseRemedy> b)
    {
        b.ToTable("enforcement_case_remedies");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.RegionCode, x.CaseId });
    }
}

internal sealed class CaseEvidenceConfiguration : IEntityTypeConfiguration<CaseEvidence>
{
    public void Configure(EntityTypeBuilder<CaseEvidence> b)
    {
        b.ToTable("enforcement_case_evidence");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasMaxLength(50);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.OfficerNames).HasMaxLength(500);
        b.HasOne<EnforcementCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RegionCode, x.CaseId });
    }
}
