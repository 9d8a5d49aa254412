using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Enforcement.Publication;

internal sealed class DecisionPublicationConfiguration : IEntityTypeConfiguration<DecisionPublication>
{
    public void Configure(EntityTypeBuilder<DecisionPublication> b)
    {
        b.ToTable("enforcement_publications");
        b.HasKey(x => x.Id);
        b.Property(x => x.State).HasMaxLength(50);
        b.Property(x => x.DecisionNumber).HasMaxLength(100);
        b.Property(x => x.AgencyName).HasMaxLength(100);
        b.Property(x => x.PartyDisplay).HasMaxLength(200);
        b.Property(x => x.PartyIdDisplay).HasMaxLength(30);
        b.Property(x => x.Category).HasMaxLength(50);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Conclusion).HasMaxLength(200);
        b.Property(x => x.Facts).HasMaxLength(4000);
        b.Property(x => x.ChangeReason).HasMaxLength(500);
        b.HasOne<Domain.EnforcementCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.CaseId).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.DecidedOn });
        b.HasIndex(x => new { x.RegionCode, x.State, x.PublishedOn });
    }
}
