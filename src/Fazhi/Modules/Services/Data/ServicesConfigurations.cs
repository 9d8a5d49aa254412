using Fazhi.Modules.Services.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Services.Data;

// Every index starts with RegionCode (DESIGN.md "Scale path"): the lists and the figures filter a region subtree and a
// date range, and the tables can be distributed by region later without a redesign.
internal sealed class ServiceMatterConfiguration : IEntityTypeConfiguration<ServiceMatter>
{
    public void Configure(EntityTypeBuilder<ServiceMatter> b)
    {
        b.ToTable("service_matters");
        b.HasKey(m => m.Id);
        b.Property(m => m.Code).HasMaxLength(40).IsRequired();
        b.Property(m => m.Name).HasMaxLength(ServiceMatter.MaxName).IsRequired();
        b.Property(m => m.Department).HasMaxLength(100).IsRequired();
        b.Property(m => m.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.LegalBasis).HasMaxLength(ServiceMatter.MaxText).IsRequired();
        b.Property(m => m.Materials).HasMaxLength(ServiceMatter.MaxText).IsRequired();
        b.Property(m => m.Category).HasMaxLength(1).IsRequired();
        b.HasIndex(m => new { m.RegionCode, m.Code }).IsUnique();
        b.HasIndex(m => new { m.RegionCode, m.Department });
        b.HasIndex(m => new { m.RegionCode, m.ListedOn, m.RemovedOn });
    }
}

internal sealed class ServiceApplicationConfiguration : IEntityTypeConfiguration<ServiceApplication>
{
    public void Configure(EntityTypeBuilder<ServiceApplication> b)
    {
        b.ToTable("service_applications");
        b.HasKey(a => a.Id);
        b.Property(a => a.Number).HasMaxLength(60).IsRequired();
        b.Property(a => a.MatterCode).HasMaxLength(40).IsRequired();
        b.Property(a => a.MatterName).HasMaxLength(ServiceMatter.MaxName).IsRequired();
        b.Property(a => a.Department).HasMaxLength(100).IsRequired();
        b.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.VillageCode).HasMaxLength(12);
        b.Property(a => a.ApplicantName).HasMaxLength(200).IsRequired();
        b.Property(a => a.ApplicantPhoneProtected).HasMaxLength(200);
        b.Property(a => a.ReceivedBy).HasMaxLength(100).IsRequired();
        b.Property(a => a.MissingMaterials).HasMaxLength(2000);
        b.Property(a => a.RejectionReason).HasMaxLength(2000);
        b.Property(a => a.ExtensionApprover).HasMaxLength(100);
        b.Property(a => a.ExtensionReason).HasMaxLength(2000);
        b.HasMany(a => a.Exclusions).WithOne().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.RegionCode, a.Number }).IsUnique();
        b.HasIndex(a => new { a.RegionCode, a.AcceptedOn });
        b.HasIndex(a => new { a.RegionCode, a.DecidedOn });
        b.HasIndex(a => new { a.RegionCode, a.Status, a.CommittedDueOn });
        b.HasIndex(a => new { a.RegionCode, a.MatterId });
    }
}

internal sealed class ApplicationExclusionConfiguration : IEntityTypeConfiguration<ApplicationExclusion>
{
    public void Configure(EntityTypeBuilder<ApplicationExclusion> b)
    {
        b.ToTable("service_application_exclusions");
        b.HasKey(e => e.Id);
        b.Property(e => e.Reason).HasMaxLength(500).IsRequired();
        b.HasIndex(e => new { e.RegionCode, e.ApplicationId });
    }
}

internal sealed class ServiceTicketConfiguration : IEntityTypeConfiguration<ServiceTicket>
{
    public void Configure(EntityTypeBuilder<ServiceTicket> b)
    {
        b.ToTable("service_tickets");
        b.HasKey(t => t.Id);
        b.Property(t => t.Category).HasMaxLength(1).IsRequired();
        b.Property(t => t.Number).HasMaxLength(10).IsRequired();
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.Source).HasConversion<string>().HasMaxLength(20);
        // One number per region and day: the kiosk's numbers come from the gap-free counter, an import's duplicates are refused.
        b.HasIndex(t => new { t.RegionCode, t.ServiceDay, t.Number }).IsUnique();
        b.HasIndex(t => new { t.RegionCode, t.ServiceDay, t.Status, t.Category });
        b.HasIndex(t => new { t.RegionCode, t.ChangedAt });
        // Two windows calling the same ticket: the second save fails on the changed stamp and calls the next one.
        b.Property(t => t.ChangedAt).IsConcurrencyToken();
    }
}

internal sealed class TicketImportConfiguration : IEntityTypeConfiguration<TicketImport>
{
    public void Configure(EntityTypeBuilder<TicketImport> b)
    {
        b.ToTable("service_ticket_imports");
        b.HasKey(i => i.Id);
        b.Property(i => i.FileName).HasMaxLength(260).IsRequired();
        b.Property(i => i.ImportedBy).HasMaxLength(100).IsRequired();
        b.HasIndex(i => new { i.RegionCode, i.ImportedAt });
    }
}

internal sealed class ServiceWindowConfiguration : IEntityTypeConfiguration<ServiceWindow>
{
    public void Configure(EntityTypeBuilder<ServiceWindow> b)
    {
        b.ToTable("service_windows");
        b.HasKey(w => w.Id);
        b.Property(w => w.Name).HasMaxLength(100).IsRequired();
        b.Property(w => w.Categories).HasMaxLength(26).IsRequired();
        b.HasIndex(w => new { w.RegionCode, w.Number }).IsUnique();
    }
}

internal sealed class ServiceSettingsConfiguration : IEntityTypeConfiguration<ServiceSettings>
{
    public void Configure(EntityTypeBuilder<ServiceSettings> b)
    {
        b.ToTable("service_settings");
        b.HasKey(s => s.Id);
        b.HasIndex(s => new { s.RegionCode, s.EffectiveFrom }).IsUnique();
    }
}

internal sealed class ServiceRatingConfiguration : IEntityTypeConfiguration<ServiceRating>
{
    public void Configure(EntityTypeBuilder<ServiceRating> b)
    {
        b.ToTable("service_ratings");
        b.HasKey(r => r.Id);
        b.Property(r => r.Department).HasMaxLength(100).IsRequired();
        b.Property(r => r.Level).HasConversion<int>();
        b.Property(r => r.Verification).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.AppealOutcome).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.RaterPhoneProtected).HasMaxLength(200);
        b.Property(r => r.Comment).HasMaxLength(2000);
        b.Property(r => r.Rectification).HasMaxLength(2000);
        b.Property(r => r.CallbackNote).HasMaxLength(2000);
        b.Property(r => r.AppealReason).HasMaxLength(2000);
        // 一次一评: one rating per service.
        b.HasIndex(r => new { r.RegionCode, r.ApplicationId }).IsUnique();
        b.HasIndex(r => new { r.RegionCode, r.RatedOn });
    }
}

internal sealed class QueueCategoryConfiguration : IEntityTypeConfiguration<QueueCategory>
{
    public void Configure(EntityTypeBuilder<QueueCategory> b)
    {
        b.ToTable("service_queue_categories");
        b.HasKey(c => c.Id);
        b.Property(c => c.Letter).HasMaxLength(1).IsRequired();
        b.Property(c => c.Name).HasMaxLength(50).IsRequired();
        b.HasIndex(c => new { c.RegionCode, c.Letter }).IsUnique();
    }
}
