using Fazhi.Modules.Indicators.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Indicators.Data;

internal sealed class IndicatorSubmissionConfiguration : IEntityTypeConfiguration<IndicatorSubmission>
{
    public void Configure(EntityTypeBuilder<IndicatorSubmission> b)
    {
        b.ToTable("indicator_submissions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Key).HasMaxLength(60).IsRequired();
        b.Property(s => s.Value).HasPrecision(18, 2);
        b.Property(s => s.Department).HasMaxLength(100).IsRequired();
        b.Property(s => s.Source).HasMaxLength(300).IsRequired();
        b.Property(s => s.SubmittedBy).HasMaxLength(100).IsRequired();
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.ReviewedBy).HasMaxLength(100);
        b.Property(s => s.ReturnReason).HasMaxLength(500);
        b.HasIndex(s => new { s.RegionCode, s.Key, s.Year, s.Status });
        b.HasIndex(s => new { s.RegionCode, s.Year });
    }
}
