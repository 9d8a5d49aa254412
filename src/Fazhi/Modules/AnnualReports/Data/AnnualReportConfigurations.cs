using Fazhi.Modules.AnnualReports.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.AnnualReports.Data;

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> b)
    {
        b.ToTable("annual_reports");
        b.HasKey(r => r.Id);
        b.Property(r => r.TemplateKey).HasMaxLength(50).IsRequired();
        b.Property(r => r.Title).HasMaxLength(AnnualReport.MaxTitle).IsRequired();
        b.Property(r => r.Addressee).HasMaxLength(AnnualReport.MaxAddressee).IsRequired();
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        // One report per region and year; the same index serves the list and the supervising level's overview.
        b.HasIndex(r => new { r.RegionCode, r.Year }).IsUnique();
        b.HasMany(r => r.Sections).WithOne().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Sections).AutoInclude(false);
    }
}

internal sealed class ReportSectionConfiguration : IEntityTypeConfiguration<ReportSection>
{
    public void Configure(EntityTypeBuilder<ReportSection> b)
    {
        b.ToTable("annual_report_sections");
        b.HasKey(s => s.Id);
        b.Property(s => s.Key).HasMaxLength(50).IsRequired();
        b.Property(s => s.Heading).HasMaxLength(ReportSection.MaxHeading).IsRequired();
        b.Property(s => s.Text).HasMaxLength(ReportSection.MaxText).IsRequired();
        b.Property(s => s.Guidance).HasMaxLength(500);
        b.HasIndex(s => new { s.RegionCode, s.ReportId, s.Order }).IsUnique();
    }
}

internal sealed class AnnualReportSettingConfiguration : IEntityTypeConfiguration<AnnualReportSetting>
{
    public void Configure(EntityTypeBuilder<AnnualReportSetting> b)
    {
        b.ToTable("annual_report_settings");
        b.HasKey(s => s.Id);
        b.Property(s => s.Addressee).HasMaxLength(AnnualReport.MaxAddressee).IsRequired();
        b.Property(s => s.CopyTo).HasMaxLength(200);
        b.HasIndex(s => s.RegionCode).IsUnique();
    }
}
