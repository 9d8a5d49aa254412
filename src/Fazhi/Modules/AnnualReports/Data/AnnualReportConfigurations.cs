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

internal sealed class ReportIssueAcceptanceConfiguration : IEntityTypeConfiguration<ReportIssueAcceptance>
{
    public void Configure(EntityTypeBuilder<ReportIssueAcceptance> b)
    {
        b.ToTable("annual_report_issue_acceptances");
        b.HasKey(a => a.Id);
        b.Property(a => a.Fingerprint).HasMaxLength(16).IsRequired();
        b.Property(a => a.Rule).HasMaxLength(40).IsRequired();
        b.Property(a => a.Message).HasMaxLength(1000).IsRequired();
        b.Property(a => a.Reason).HasMaxLength(ReportIssueAcceptance.MaxReason).IsRequired();
        b.Property(a => a.AcceptedBy).HasMaxLength(100).IsRequired();
        b.HasIndex(a => new { a.RegionCode, a.ReportId, a.Fingerprint }).IsUnique();
    }
}

internal sealed class AnnualReportSnapshotConfiguration : IEntityTypeConfiguration<AnnualReportSnapshot>
{
    public void Configure(EntityTypeBuilder<AnnualReportSnapshot> b)
    {
        b.ToTable("annual_report_snapshots");
        b.HasKey(s => s.Id);
        b.Property(s => s.RegionName).HasMaxLength(100).IsRequired();
        b.Property(s => s.Content).IsRequired();
        // One snapshot per report: a report is submitted once (no step leads back from 已报送).
        b.HasIndex(s => new { s.RegionCode, s.ReportId }).IsUnique();
    }
}
