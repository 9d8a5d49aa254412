using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Platform.Documents;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("attachments");
        b.HasKey(a => a.Id);
        b.Property(a => a.OwnerType).HasMaxLength(AttachmentOwners.MaxOwnerTypeLength).IsRequired();
        b.Property(a => a.OwnerId).HasMaxLength(AttachmentOwners.MaxOwnerIdLength).IsRequired();
        b.Property(a => a.FileName).HasMaxLength(255).IsRequired();
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        b.Property(a => a.UploadedBy).HasMaxLength(256).IsRequired();
        b.Ignore(a => a.ContentType);
        b.HasIndex(a => new { a.RegionCode, a.OwnerType, a.OwnerId });
        b.HasIndex(a => a.Sha256);
    }
}
