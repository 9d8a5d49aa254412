using Fazhi.Modules.PowerList.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.PowerList.Data;

internal static class ItemColumns
{
    /// <summary>The item's field columns, the same on the item, each version and each proposed change.</summary>
    public static void Configure<T>(EntityTypeBuilder<T> b)
        where T : class
    {
        b.Property<string>("Name").HasMaxLength(200).IsRequired();
        b.Property<string?>("SubItem").HasMaxLength(200);
        b.Property<PowerType>("Type").HasConversion<string>().HasMaxLength(30);
        b.Property<string>("Basis").HasMaxLength(2000).IsRequired();
        b.Property<string>("Responsibilities").HasMaxLength(4000).IsRequired();
        b.Property<string>("Accountability").HasMaxLength(4000).IsRequired();
        b.Property<string>("Authority").HasMaxLength(100).IsRequired();
        b.Property<string>("Handler").HasMaxLength(100).IsRequired();
        b.Property<DutyCategory?>("Category").HasConversion<string>().HasMaxLength(30);
        b.Ignore("Fields");
    }
}

internal sealed class PowerItemConfiguration : IEntityTypeConfiguration<PowerItem>
{
    public void Configure(EntityTypeBuilder<PowerItem> b)
    {
        b.ToTable("power_items");
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(50).IsRequired();
        ItemColumns.Configure(b);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.RegionCode, x.Code }).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.Status, x.Type });
    }
}

internal sealed class PowerItemVersionConfiguration : IEntityTypeConfiguration<PowerItemVersion>
{
    public void Configure(EntityTypeBuilder<PowerItemVersion> b)
    {
        b.ToTable("power_item_versions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(50).IsRequired();
        ItemColumns.Configure(b);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(1000).IsRequired();
        b.HasOne<PowerItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PowerListAdjustment>().WithMany().HasForeignKey(x => x.AdjustmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RegionCode, x.ItemId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.EffectiveOn });
    }
}

internal sealed class PowerListAdjustmentConfiguration : IEntityTypeConfiguration<PowerListAdjustment>
{
    public void Configure(EntityTypeBuilder<PowerListAdjustment> b)
    {
        b.ToTable("power_list_adjustments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(200).IsRequired();
        b.Property(x => x.Trigger).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.TriggerDescription).HasMaxLength(2000).IsRequired();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.RecordedBy).HasMaxLength(100).IsRequired();
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.AdjustmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Changes).WithOne().HasForeignKey(c => c.AdjustmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RegionCode, x.TriggeredOn });
        b.HasIndex(x => new { x.RegionCode, x.PublishedOn });
    }
}

internal sealed class AdjustmentStepConfiguration : IEntityTypeConfiguration<AdjustmentStep>
{
    public void Configure(EntityTypeBuilder<AdjustmentStep> b)
    {
        b.ToTable("power_list_adjustment_steps");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Actor).HasMaxLength(200).IsRequired();
        b.Property(x => x.Opinion).HasMaxLength(2000);
        b.HasIndex(x => new { x.RegionCode, x.AdjustmentId, x.Sequence }).IsUnique();
    }
}

internal sealed class AdjustmentChangeConfiguration : IEntityTypeConfiguration<AdjustmentChange>
{
    public void Configure(EntityTypeBuilder<AdjustmentChange> b)
    {
        b.ToTable("power_list_adjustment_changes");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Code).HasMaxLength(50).IsRequired();
        ItemColumns.Configure(b);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.HasIndex(x => new { x.RegionCode, x.AdjustmentId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.ItemId });
    }
}
