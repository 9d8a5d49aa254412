using Fazhi.Platform.Identity;

namespace Fazhi.Modules.Mediation;

/// <summary>人民调解 permissions and their default holders.</summary>
public static class MediationPermissions
{
    public const string Read = "mediation.read";
    public const string Handle = "mediation.handle";
    public const string ManageOrganizations = "mediation.organizations.manage";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看人民调解案件、调解组织和调解员", Roles.LegalOffice, Roles.Clerk, Roles.Leader, Roles.Supervisor),
        new(Handle, "受理和办理人民调解案件", Roles.LegalOffice, Roles.Clerk),
        new(ManageOrganizations, "管理人民调解委员会、调解员和培训记录", Roles.LegalOffice),
    ];
}
