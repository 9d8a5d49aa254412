using Fazhi.Platform.Identity;
using Fazhi.Platform.Regions;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Platform.Data;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.ToTable("regions");
        b.HasKey(r => r.Code);
        b.Property(r => r.Code).HasMaxLength(12);
        b.Property(r => r.Name).HasMaxLength(100).IsRequired();
        b.Property(r => r.ParentCode).HasMaxLength(12);
        b.Ignore(r => r.SubtreePrefix);
        b.HasIndex(r => r.ParentCode);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.RegionCode).HasMaxLength(12).IsRequired();
        b.Property(u => u.DisplayName).HasMaxLength(50);
        b.HasIndex(u => u.RegionCode);
    }
}

internal sealed class AppRoleConfiguration : IEntityTypeConfiguration<AppRole>
{
    public void Configure(EntityTypeBuilder<AppRole> b)
    {
        b.Property(r => r.DisplayName).HasMaxLength(50);
    }
}

internal sealed class RolePermissionConfiguration : IEntityTypeConfiguration<RolePermission>
{
    public void Configure(EntityTypeBuilder<RolePermission> b)
    {
        b.ToTable("role_permissions");
        b.HasKey(p => new { p.RoleId, p.Permission });
        b.Property(p => p.Permission).HasMaxLength(100);
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        b.ToTable("api_tokens");
        b.HasKey(t => t.Id);
        b.Property(t => t.Hash).HasMaxLength(64).IsRequired();
        b.HasIndex(t => t.Hash).IsUnique();
        b.Property(t => t.Prefix).HasMaxLength(16);
        b.Property(t => t.RegionCode).HasMaxLength(12);
        b.Property(t => t.Scopes).HasMaxLength(4000);
    }
}

internal sealed class KnownPermissionConfiguration : IEntityTypeConfiguration<KnownPermission>
{
    public void Configure(EntityTypeBuilder<KnownPermission> b)
    {
        b.ToTable("known_permissions");
        b.HasKey(p => p.Permission);
        b.Property(p => p.Permission).HasMaxLength(100);
    }
}
