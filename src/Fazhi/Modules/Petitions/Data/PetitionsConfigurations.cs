using Fazhi.Modules.Petitions.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Petitions.Data;

internal sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    public void Configure(EntityTypeBuilder<Petition> b)
    {
        b.ToTable("petitions");
        b.HasKey(p => p.Id);
        b.Ignore(p => p.IsGroupVisit);
        b.Ignore(p => p.IsConcluded);
        b.Property(p => p.Number).HasMaxLength(60).IsRequired();
        b.Property(p => p.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.PetitionerName).HasMaxLength(50).IsRequired();
        b.Property(p => p.IdNumberCipher).HasMaxLength(200);
        b.Property(p => p.IdNumberIndex).HasMaxLength(100);
        b.Property(p => p.PhoneCipher).HasMaxLength(200);
        b.Property(p => p.PhoneIndex).HasMaxLength(100);
        b.Property(p => p.Address).HasMaxLength(200);
        b.Property(p => p.Matter).HasMaxLength(200).IsRequired();
        b.Property(p => p.Content).HasMaxLength(Petition.MaxText).IsRequired();
        b.Property(p => p.State).HasMaxLength(30).IsRequired();
        b.Property(p => p.RepeatOfNumber).HasMaxLength(60);
        b.Property(p => p.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.HandlingUnit).HasMaxLength(100);
        b.Property(p => p.StatutoryChannel).HasMaxLength(100);
        b.Property(p => p.ExtensionReason).HasMaxLength(Petition.MaxText);
        b.Property(p => p.OpinionNumber).HasMaxLength(60);
        b.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.ReviewOutcome).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.RecheckOutcome).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Rating).HasConversion<string>().HasMaxLength(30);
        b.Property(p => p.Facts).HasMaxLength(Petition.MaxText);
        b.Property(p => p.Opinion).HasMaxLength(Petition.MaxText);
        b.Property(p => p.OpinionBasis).HasMaxLength(Petition.MaxText);
        b.Property(p => p.ReviewOpinion).HasMaxLength(Petition.MaxText);
        b.Property(p => p.RecheckOpinion).HasMaxLength(Petition.MaxText);
        b.Property(p => p.BaoAnLeader).HasMaxLength(50);
        b.Property(p => p.BaoAnPlan).HasMaxLength(Petition.MaxText);
        b.Property(p => p.BaoAnTeam).HasMaxLength(500);
        b.Property(p => p.CreatedBy).HasMaxLength(100).IsRequired();
        b.HasIndex(p => new { p.RegionCode, p.Number }).IsUnique();
        b.HasIndex(p => new { p.RegionCode, p.ReceivedOn });
        b.HasIndex(p => new { p.RegionCode, p.State });
        b.HasIndex(p => new { p.RegionCode, p.IdNumberIndex });
        b.HasIndex(p => new { p.RegionCode, p.PhoneIndex });
        b.HasIndex(p => new { p.RegionCode, p.HandleDue });
        b.HasIndex(p => new { p.RegionCode, p.RatedOn });
    }
}

internal sealed class PetitionCampaignConfiguration : IEntityTypeConfiguration<PetitionCampaign>
{
    public void Configure(EntityTypeBuilder<PetitionCampaign> b)
    {
        b.ToTable("petition_campaigns");
        b.HasKey(c => c.Id);
        b.Property(c => c.Name).HasMaxLength(100).IsRequired();
        b.Property(c => c.CreatedBy).HasMaxLength(100).IsRequired();
        b.HasIndex(c => new { c.RegionCode, c.StartsOn });
    }
}

internal sealed class PersonalDataRevealConfiguration : IEntityTypeConfiguration<PersonalDataReveal>
{
    public void Configure(EntityTypeBuilder<PersonalDataReveal> b)
    {
        b.ToTable("petition_personal_data_reveals");
        b.HasKey(r => r.Id);
        b.Property(r => r.Field).HasMaxLength(20).IsRequired();
        b.Property(r => r.Reason).HasMaxLength(200).IsRequired();
        b.Property(r => r.Actor).HasMaxLength(100).IsRequired();
        b.HasIndex(r => new { r.RegionCode, r.PetitionId });
    }
}

internal sealed class ReceptionDayConfiguration : IEntityTypeConfiguration<ReceptionDay>
{
    public void Configure(EntityTypeBuilder<ReceptionDay> b)
    {
        b.ToTable("petition_reception_days");
        b.HasKey(d => d.Id);
        b.Property(d => d.Leader).HasMaxLength(ReceptionDay.MaxText).IsRequired();
        b.Property(d => d.Position).HasMaxLength(ReceptionDay.MaxText).IsRequired();
        b.Property(d => d.Place).HasMaxLength(ReceptionDay.MaxText).IsRequired();
        b.Property(d => d.Hours).HasMaxLength(ReceptionDay.MaxText).IsRequired();
        b.Property(d => d.CreatedBy).HasMaxLength(100).IsRequired();
        b.HasIndex(d => new { d.RegionCode, d.On });
    }
}

internal sealed class ReceptionVisitConfiguration : IEntityTypeConfiguration<ReceptionVisit>
{
    public void Configure(EntityTypeBuilder<ReceptionVisit> b)
    {
        b.ToTable("petition_reception_visits");
        b.HasKey(v => v.Id);
        b.Property(v => v.Leader).HasMaxLength(ReceptionDay.MaxText).IsRequired();
        b.Property(v => v.VisitorNames).HasMaxLength(500).IsRequired();
        b.Property(v => v.Matter).HasMaxLength(500).IsRequired();
        b.Property(v => v.CreatedBy).HasMaxLength(100).IsRequired();
        b.HasIndex(v => new { v.RegionCode, v.On });
    }
}
