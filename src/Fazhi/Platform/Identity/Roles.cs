namespace Fazhi.Platform.Identity;

/// <summary>The roles the platform creates on a new database. Roles are data: administrators may add or change them.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string LegalOffice = "legal_office";
    public const string LegalAdviser = "legal_adviser";
    public const string Enforcement = "enforcement";
    public const string ServiceCenter = "service_center";
    public const string Petitions = "petitions";
    public const string Emergency = "emergency";
    public const string Leader = "leader";
    public const string Clerk = "clerk";
    public const string Supervisor = "supervisor";

    /// <summary>(name, 中文名称, requires TOTP).</summary>
    public static readonly IReadOnlyList<(string Name, string DisplayName, bool TwoFactor)> Defaults =
    [
        (Admin, "系统管理员", true),
        (LegalOffice, "依法治镇办（司法所）", false),
        (LegalAdviser, "法律顾问", false),
        (Enforcement, "综合行政执法办", false),
        (ServiceCenter, "政务服务中心", false),
        (Petitions, "信访办", false),
        (Emergency, "应急管理办", false),
        (Leader, "镇领导", false),
        (Clerk, "部门经办人", false),
        (Supervisor, "上级督导", false),
    ];
}

/// <summary>A permission and the roles that hold it on a new database (the administrator role always holds all).</summary>
public sealed record PermissionGrant(string Permission, string DisplayName, params string[] DefaultRoles);

/// <summary>Every permission the kernel and the modules declare; modules add theirs with <c>services.AddPermissions</c>.</summary>
public sealed class PermissionCatalog(IEnumerable<PermissionGrant> grants)
{
    public IReadOnlyList<PermissionGrant> All { get; } = grants.ToList();
}

public static class PermissionRegistration
{
    public static IServiceCollection AddPermissions(this IServiceCollection services, params PermissionGrant[] grants)
    {
        foreach (var grant in grants)
        {
            services.AddSingleton(grant);
        }

        return services;
    }
}
