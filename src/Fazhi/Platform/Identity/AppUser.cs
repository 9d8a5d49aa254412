using Microsoft.AspNetCore.Identity;

namespace Fazhi.Platform.Identity;

/// <summary>用户 (user account): a person who belongs to exactly one region.</summary>
public sealed class AppUser : IdentityUser<Guid>, Data.IRegionTagged
{
    public AppUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    /// <summary>所属区划: the user reads this region's subtree and writes to this region only.</summary>
    public string RegionCode { get; set; } = "";

    /// <summary>姓名 as shown in the workbench.</summary>
    public string DisplayName { get; set; } = "";
}

/// <summary>角色 (role): roles are data; what a role may do is the set of its <see cref="RolePermission"/> rows.</summary>
public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole()
    {
        Id = Guid.CreateVersion7();
    }

    public AppRole(string name, string displayName) : this()
    {
        Name = name;
        NormalizedName = name.ToUpperInvariant();
        DisplayName = displayName;
    }

    /// <summary>角色名称 in Chinese.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>管理员角色: members must use TOTP two-factor sign-in.</summary>
    public bool RequiresTwoFactor { get; set; }
}

/// <summary>角色权限 (a permission granted to a role).</summary>
public sealed class RolePermission
{
    public Guid RoleId { get; set; }

    public string Permission { get; set; } = "";
}
