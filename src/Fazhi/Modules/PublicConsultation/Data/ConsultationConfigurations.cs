using Fazhi.Modules.PublicConsultation.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.PublicConsultation.Data;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> b)
    {
        b.ToTable("public_consultations");
        b.HasKey(c => c.Id);
        b.Property(c => c.SubjectType).HasMaxLength(60).IsRequired();
        b.Property(c => c.Title).HasMaxLength(Consultation.MaxTitle).IsRequired();
        b.Property(c => c.DraftText).IsRequired();
        b.Property(c => c.Explanation).IsRequired();
        b.Property(c => c.OrganizingUnit).HasMaxLength(Consultation.MaxUnit).IsRequired();
        b.Property(c => c.UrgencyReason).HasMaxLength(Consultation.MaxReason);
        b.Property(c => c.CreatedBy).HasMaxLength(100).IsRequired();
        b.Ignore(c => c.PortalPath);
        b.HasIndex(c => new { c.SubjectType, c.SubjectId });
        b.HasIndex(c => new { c.RegionCode, c.OpensOn });
        b.HasIndex(c => c.ClosesOn);
    }
}

internal sealed class PublicCommentConfiguration : IEntityTypeConfiguration<PublicComment>
{
    public void Configure(EntityTypeBuilder<PublicComment> b)
    {
        b.ToTable("public_comments");
        b.HasKey(c => c.Id);
        b.Property(c => c.RegionCode).HasMaxLength(12).IsRequired();
        b.Property(c => c.Body).HasMaxLength(PublicComment.MaxBody).IsRequired();
        b.Property(c => c.DisplayName).HasMaxLength(PublicComment.MaxName);
        b.Property(c => c.Quote).HasMaxLength(PublicComment.MaxQuote);
        b.Property(c => c.QuotePrefix).HasMaxLength(PublicComment.MaxContext);
        b.Property(c => c.QuoteSuffix).HasMaxLength(PublicComment.MaxContext);
        b.Property(c => c.PhoneCipher).HasMaxLength(200);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.ModeratedBy).HasMaxLength(100);
        b.Property(c => c.HiddenReason).HasMaxLength(PublicComment.MaxReason);
        b.Property(c => c.GroupLabel).HasMaxLength(PublicComment.MaxLabel);
        b.Property(c => c.Answer).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.AnswerReason).HasMaxLength(PublicComment.MaxReason);
        b.Property(c => c.AnsweredBy).HasMaxLength(100);
        b.Ignore(c => c.Anchor);
        b.Ignore(c => c.HasPhone);
        b.Ignore(c => c.IsUnanswered);
        b.HasOne<Consultation>().WithMany().HasForeignKey(c => c.ConsultationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.ConsultationId, c.Status });
        b.HasIndex(c => new { c.RegionCode, c.ReceivedAt });
    }
}
