using Fazhi.Modules.NormativeDocuments.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.NormativeDocuments.Data;

internal sealed class NormativeDocumentConfiguration : IEntityTypeConfiguration<NormativeDocument>
{
    public void Configure(EntityTypeBuilder<NormativeDocument> b)
    {
        b.ToTable("normative_documents");
        b.HasKey(d => d.Id);
        b.Property(d => d.Title).HasMaxLength(NormativeDocument.MaxTitle).IsRequired();
        b.Property(d => d.DraftingUnit).HasMaxLength(NormativeDocument.MaxUnit).IsRequired();
        b.Property(d => d.IssuingAuthority).HasMaxLength(NormativeDocument.MaxUnit).IsRequired();
        b.Property(d => d.BodyText).IsRequired();
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.CreatedBy).HasMaxLength(100).IsRequired();
        b.Property(d => d.LegalityOpinionNumber).HasMaxLength(100);
        b.Property(d => d.MeetingName).HasMaxLength(200);
        b.Property(d => d.RegistrationNumber).HasMaxLength(100);
        b.Property(d => d.DocumentNumber).HasMaxLength(100);
        b.Property(d => d.SourceUrl).HasMaxLength(NormativeDocument.MaxUrl);
        b.Property(d => d.FilingAuthority).HasMaxLength(NormativeDocument.MaxUnit);
        b.Property(d => d.EndReason).HasMaxLength(500);
        b.Ignore(d => d.IsValid);
        // Lists filter by status and sort by dates; the validity check looks across regions by status and 有效期至.
        b.HasIndex(d => new { d.RegionCode, d.Status, d.PublishedOn });
        b.HasIndex(d => new { d.RegionCode, d.ExpiresOn });
        b.HasIndex(d => new { d.RegionCode, d.DocumentNumber });
        b.HasIndex(d => new { d.Status, d.ExpiresOn });
    }
}

internal sealed class ImplementationEvaluationConfiguration : IEntityTypeConfiguration<ImplementationEvaluation>
{
    public void Configure(EntityTypeBuilder<ImplementationEvaluation> b)
    {
        b.ToTable("normative_document_evaluations");
        b.HasKey(e => e.Id);
        b.Property(e => e.Conclusion).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Note).HasMaxLength(2000);
        b.Property(e => e.Actor).HasMaxLength(100).IsRequired();
        b.HasOne<NormativeDocument>().WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.RegionCode, e.On });
    }
}

internal sealed class CleanupCampaignConfiguration : IEntityTypeConfiguration<CleanupCampaign>
{
    public void Configure(EntityTypeBuilder<CleanupCampaign> b)
    {
        b.ToTable("normative_document_cleanups");
        b.HasKey(c => c.Id);
        b.Property(c => c.Name).HasMaxLength(CleanupCampaign.MaxName).IsRequired();
        b.Property(c => c.Reason).HasMaxLength(1000);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.CreatedBy).HasMaxLength(100).IsRequired();
        b.HasIndex(c => new { c.RegionCode, c.Status, c.StartedOn });
        b.HasIndex(c => new { c.RegionCode, c.PublishedOn });
    }
}

internal sealed class CleanupItemConfiguration : IEntityTypeConfiguration<CleanupItem>
{
    public void Configure(EntityTypeBuilder<CleanupItem> b)
    {
        b.ToTable("normative_document_cleanup_items");
        b.HasKey(i => i.Id);
        b.Property(i => i.Conclusion).HasConversion<string>().HasMaxLength(30);
        b.Property(i => i.Note).HasMaxLength(1000);
        b.Property(i => i.Actor).HasMaxLength(100).IsRequired();
        b.HasOne<CleanupCampaign>().WithMany().HasForeignKey(i => i.CampaignId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<NormativeDocument>().WithMany().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => new { i.CampaignId, i.DocumentId }).IsUnique();
        b.HasIndex(i => new { i.RegionCode, i.Conclusion });
    }
}
